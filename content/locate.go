package content

import (
	"bytes"
	"strings"
)

// locator finds the line of a table or key in a TOML file, so semantic errors (which the TOML
// decoder cannot place) still point at a line. It understands the layout limber's files use:
// [[exercise]], [[routine]] and [[routine.step]] headers with plain `key = value` lines below.
type locator struct {
	lines     []string
	exercises []int   // header line index of each [[exercise]]
	routines  []int   // header line index of each [[routine]]
	steps     [][]int // per routine, header line index of each [[routine.step]]
}

func newLocator(data []byte) *locator {
	l := &locator{}
	for i, raw := range bytes.Split(data, []byte("\n")) {
		line := string(raw)
		l.lines = append(l.lines, line)
		switch header(line) {
		case "[[exercise]]":
			l.exercises = append(l.exercises, i)
		case "[[routine]]":
			l.routines = append(l.routines, i)
			l.steps = append(l.steps, nil)
		case "[[routine.step]]":
			if n := len(l.steps); n > 0 {
				l.steps[n-1] = append(l.steps[n-1], i)
			}
		}
	}
	return l
}

// header returns the line's table header with spaces removed, or "".
func header(line string) string {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "[") {
		return ""
	}
	if i := strings.IndexByte(t, '#'); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	return strings.ReplaceAll(t, " ", "")
}

func at(idx []int, i int) int {
	if i >= 0 && i < len(idx) {
		return idx[i]
	}
	return -1
}

// exercise returns the 1-based line of exercise i's field key, or of its header when the key is
// not found (key ""), or 0 when unknown.
func (l *locator) exercise(i int, key string) int { return l.field(at(l.exercises, i), key) }

// routine is like exercise, for routine i.
func (l *locator) routine(i int, key string) int { return l.field(at(l.routines, i), key) }

// step is like exercise, for step j of routine i.
func (l *locator) step(i, j int, key string) int {
	if i < 0 || i >= len(l.steps) {
		return 0
	}
	return l.field(at(l.steps[i], j), key)
}

// field scans from the header at index start to the next header for `key =`.
func (l *locator) field(start int, key string) int {
	if start < 0 {
		return 0
	}
	if key == "" {
		return start + 1
	}
	for i := start + 1; i < len(l.lines); i++ {
		if header(l.lines[i]) != "" {
			break
		}
		if keyOf(l.lines[i]) == key {
			return i + 1
		}
	}
	return start + 1
}

// firstKey returns the 1-based line of the first `key =` line at or after line index from, or 0.
func (l *locator) firstKey(key string, from int) int {
	for i := max(from, 0); i < len(l.lines); i++ {
		if keyOf(l.lines[i]) == key {
			return i + 1
		}
	}
	return 0
}

// keyOf returns the bare key of a `key = value` line, or "".
func keyOf(line string) string {
	t := strings.TrimSpace(line)
	i := strings.IndexByte(t, '=')
	if i <= 0 || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "[") {
		return ""
	}
	return strings.Trim(strings.TrimSpace(t[:i]), `"'`)
}

// mention returns the 1-based line of the first `key =` anywhere in a line (inside an inline
// table such as `progress = { evry = 3 }`), or 0.
func (l *locator) mention(key string) int {
	for i, line := range l.lines {
		for j := strings.Index(line, key); j >= 0; {
			before := j == 0 || !isKeyChar(line[j-1])
			rest := strings.TrimLeft(line[j+len(key):], " \t")
			if before && strings.HasPrefix(rest, "=") {
				return i + 1
			}
			k := strings.Index(line[j+1:], key)
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return 0
}

func isKeyChar(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
