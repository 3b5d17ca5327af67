package content

import "bytes"

// The figure's lines: [exercise.figure] is a table of its own under its [[exercise]], and each
// pose an inline table on a line of the poses array. The loose decoder looks up the line of every
// key it reads (to read a table's keys in file order), not only of those a problem names, so a
// look-up reads no more than the figure's own lines: the start of a line comes from the
// locator's index, not from counting newlines from the top of the file (which made loading the
// built-in library three times slower once every exercise had a figure).

// lineStart is the byte offset of line idx (0-based) of the file, or -1 past its end.
func (l *locator) lineStart(idx int) int {
	if idx < 0 || idx >= len(l.starts) {
		return -1
	}
	return l.starts[idx]
}

// figureHeader is the line index of exercise i's [exercise.figure] header, or -1.
func (l *locator) figureHeader(i int) int {
	start := at(l.exercises, i)
	if start < 0 {
		return -1
	}
	off := l.lineStart(start + 1)
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
	off := l.lineStart(first - 1)
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
