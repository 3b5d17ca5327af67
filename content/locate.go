package content

import (
	"bytes"
	"strings"
)

// locator finds the line of a table or key in a TOML file, so semantic errors (which the TOML
// decoder cannot place) still point at a line. It understands the layout limber's files use:
// [[exercise]], [[routine]] and [[routine.step]] headers with plain `key = value` lines below.
//
// Every line is read once, when the locator is made, into maps; each lookup after that is a map
// look-up, so a file with 50,000 problems is placed in linear time, not in 50,000 scans of it.
type locator struct {
	exercises []int   // header line index of each [[exercise]]
	routines  []int   // header line index of each [[routine]]
	steps     [][]int // per routine, header line index of each [[routine.step]]
	// fields maps a section (the index of the header line above, -1 before any) and a key to the
	// index of the first `key =` line in that section.
	fields map[sectionKey]int
	// first maps a key to the index of its first `key =` line anywhere, and headers a header
	// ("[x]", "[[x]]", spaces removed) to the index of its first line.
	first, headers map[string]int
	// mentions maps a key to the index of the first line holding `key =` anywhere in it (inside
	// an inline table); built on first use.
	mentions map[string]int
	data     []byte
	kinds    []byte
	starts   []int // the byte offset of each line
}

type sectionKey struct {
	section int
	key     string
}

// newLocator indexes data. kinds, from prescan, says where each line starts: lines inside a
// multi-line string or bracket are no header and no key of their own. With kinds nil, every line
// is taken at face value.
func newLocator(data []byte, kinds []byte) *locator {
	n := bytes.Count(data, []byte("\n")) + 1 // sized once: growing a map of 100,000 keys rehashes it again and again
	l := &locator{fields: make(map[sectionKey]int, n), first: make(map[string]int, n), headers: map[string]int{}, data: data, kinds: kinds}
	l.starts = make([]int, 0, n)
	section, off := -1, 0
	forLines(data, func(i int, line []byte) {
		l.starts = append(l.starts, off)
		off += len(line) + 1
		if l.kind(i) != lineTop {
			return
		}
		if h := header(string(line)); h != "" {
			section = i
			if _, ok := l.headers[h]; !ok {
				l.headers[h] = i
			}
			switch h {
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
			return
		}
		k := keyOf(string(line))
		if k == "" {
			return
		}
		if _, ok := l.first[k]; !ok {
			l.first[k] = i
		}
		sk := sectionKey{section, k}
		if _, ok := l.fields[sk]; !ok {
			l.fields[sk] = i
		}
	})
	return l
}

// forLines calls f with each line of data (without its newline) and its index.
func forLines(data []byte, f func(i int, line []byte)) {
	for i := 0; ; i++ {
		n := bytes.IndexByte(data, '\n')
		if n < 0 {
			f(i, data)
			return
		}
		f(i, data[:n])
		data = data[n+1:]
	}
}

// kind is where line i starts (lineTop when prescan said nothing).
func (l *locator) kind(i int) byte {
	if l.kinds == nil || i >= len(l.kinds) {
		return lineTop
	}
	return l.kinds[i]
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

// field returns the line of `key =` in the section under the header at index start, else the
// header's line.
func (l *locator) field(start int, key string) int {
	if start < 0 {
		return 0
	}
	if key != "" {
		if i, ok := l.fields[sectionKey{start, key}]; ok {
			return i + 1
		}
	}
	return start + 1
}

// firstKey returns the 1-based line of the first `key =` line, or 0.
func (l *locator) firstKey(key string) int {
	if i, ok := l.first[key]; ok {
		return i + 1
	}
	return 0
}

// headerLine returns the 1-based line of the first header [key] or [[key]], or 0.
func (l *locator) headerLine(key string) int {
	for _, h := range []string{"[" + key + "]", "[[" + key + "]]"} {
		if i, ok := l.headers[h]; ok {
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
	if l.mentions == nil {
		l.mentions = map[string]int{}
		forLines(l.data, func(i int, line []byte) {
			if l.kind(i) == lineInString {
				return
			}
			for j := 0; j < len(line); j++ {
				if line[j] != '=' {
					continue
				}
				end := j
				for end > 0 && (line[end-1] == ' ' || line[end-1] == '\t') {
					end--
				}
				start := end
				for start > 0 && isKeyChar(line[start-1]) {
					start--
				}
				if start < end {
					if k := string(line[start:end]); l.mentions[k] == 0 {
						l.mentions[k] = i + 1
					}
				}
			}
		})
	}
	return l.mentions[key]
}

func isKeyChar(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// valueCol is the 1-based column where the value of `key = value` on line starts, or 0 when
// line is not such a line.
func (l *locator) valueCol(line int, key string) int {
	text := l.lineText(line)
	if keyOf(text) != key {
		return 0
	}
	eq := strings.IndexByte(text, '=')
	rest := text[eq+1:]
	return eq + 1 + len(rest) - len(strings.TrimLeft(rest, " \t")) + 1
}

// lineText is the 1-based line of the file, without its newline ("" past the end).
func (l *locator) lineText(line int) string {
	if line < 1 {
		return ""
	}
	data := l.data
	for i := 1; i < line; i++ {
		n := bytes.IndexByte(data, '\n')
		if n < 0 {
			return ""
		}
		data = data[n+1:]
	}
	if n := bytes.IndexByte(data, '\n'); n >= 0 {
		data = data[:n]
	}
	return string(data)
}
