package content

import "bytes"

// The figure's lines: [exercise.figure] is a table of its own under its [[exercise]], and each
// pose an inline table on a line of the poses array. These look-ups are made only for problems
// that are listed (at most MaxProblemsPerFile a file), so each may read the file.

// lineStart is the byte offset of line idx (0-based) of data, or -1 past its end.
func lineStart(data []byte, idx int) int {
	off := 0
	for ; idx > 0; idx-- {
		n := bytes.IndexByte(data[off:], '\n')
		if n < 0 {
			return -1
		}
		off += n + 1
	}
	return off
}

// figureHeader is the line index of exercise i's [exercise.figure] header, or -1.
func (l *locator) figureHeader(i int) int {
	start := at(l.exercises, i)
	if start < 0 {
		return -1
	}
	off := lineStart(l.data, start+1)
	for idx := start + 1; off >= 0 && off < len(l.data); idx++ {
		end := bytes.IndexByte(l.data[off:], '\n')
		if end < 0 {
			end = len(l.data) - off
		}
		if l.kind(idx) == lineTop {
			switch h := header(string(l.data[off : off+end])); {
			case h == "[exercise.figure]":
				return idx
			case h != "":
				return -1 // the next table: this exercise has no figure table
			}
		}
		off += end + 1
	}
	return -1
}

// figureKey returns the 1-based line of key in exercise i's [exercise.figure], of that header
// when the key is not there, or of the exercise's figure key (an inline figure) or header.
func (l *locator) figureKey(i int, key string) int {
	h := l.figureHeader(i)
	if h < 0 {
		return l.exercise(i, "figure")
	}
	return l.field(h, key)
}

// figurePose returns the 1-based line on which pose j (0-based) of exercise i's figure
// starts: the j-th inline table of its poses array. Strings and comments are skipped as wholes.
func (l *locator) figurePose(i, j int) int {
	first := l.figureKey(i, "poses")
	off := lineStart(l.data, first-1)
	if first <= 0 || off < 0 {
		return first
	}
	line, depth, n := first, 0, 0
	for k := off; k < len(l.data); k++ {
		switch c := l.data[k]; c {
		case '\n':
			line++
		case '#':
			for k < len(l.data) && l.data[k] != '\n' {
				k++
			}
			k--
		case '"', '\'':
			for k++; k < len(l.data) && l.data[k] != c && l.data[k] != '\n'; k++ {
				if c == '"' && l.data[k] == '\\' {
					k++
				}
			}
		case '[':
			depth++
		case ']':
			depth--
			if depth <= 0 {
				return first
			}
		case '{':
			if depth == 1 {
				if n == j {
					return line
				}
				n++
			}
			depth++
		case '}':
			depth--
		}
	}
	return first
}
