package tui

import "strings"

// bigRows is the height of the block font, in terminal rows.
const bigRows = 5

// bigGlyph returns the block-font rows of r: the digits, ':' and '/', a space, and the letters of
// the breathing phases (IN, HOLD, OUT). ok is false for any other rune. Every row of a glyph has
// the same width.
func bigGlyph(r rune) (rows [bigRows]string, ok bool) {
	switch r {
	case '0', 'O':
		return [bigRows]string{"████", "█  █", "█  █", "█  █", "████"}, true
	case '1':
		return [bigRows]string{" ██ ", "  █ ", "  █ ", "  █ ", " ███"}, true
	case '2':
		return [bigRows]string{"████", "   █", "████", "█   ", "████"}, true
	case '3':
		return [bigRows]string{"████", "   █", " ███", "   █", "████"}, true
	case '4':
		return [bigRows]string{"█  █", "█  █", "████", "   █", "   █"}, true
	case '5':
		return [bigRows]string{"████", "█   ", "████", "   █", "████"}, true
	case '6':
		return [bigRows]string{"████", "█   ", "████", "█  █", "████"}, true
	case '7':
		return [bigRows]string{"████", "   █", "  █ ", " █  ", " █  "}, true
	case '8':
		return [bigRows]string{"████", "█  █", "████", "█  █", "████"}, true
	case '9':
		return [bigRows]string{"████", "█  █", "████", "   █", "████"}, true
	case ':':
		return [bigRows]string{" ", "█", " ", "█", " "}, true
	case '/':
		return [bigRows]string{"   █", "  █ ", " ██ ", " █  ", "█   "}, true
	case ' ':
		return [bigRows]string{"  ", "  ", "  ", "  ", "  "}, true
	case 'I':
		return [bigRows]string{"███", " █ ", " █ ", " █ ", "███"}, true
	case 'N':
		return [bigRows]string{"█  █", "██ █", "█ ██", "█  █", "█  █"}, true
	case 'H':
		return [bigRows]string{"█  █", "█  █", "████", "█  █", "█  █"}, true
	case 'L':
		return [bigRows]string{"█   ", "█   ", "█   ", "█   ", "████"}, true
	case 'D':
		return [bigRows]string{"███ ", "█  █", "█  █", "█  █", "███ "}, true
	case 'U':
		return [bigRows]string{"█  █", "█  █", "█  █", "█  █", "████"}, true
	case 'T':
		return [bigRows]string{"███", " █ ", " █ ", " █ ", " █ "}, true
	}
	return [bigRows]string{}, false
}

// bigText renders s in the block font, magnified scale times (1 or more) in both directions:
// bigRows×scale lines of equal width, scale blank columns between glyphs. ok is false (and
// lines nil) when s is empty or has a rune the font lacks.
func bigText(s string, scale int) (lines []string, ok bool) {
	if s == "" {
		return nil, false
	}
	scale = max(scale, 1)
	var rows [bigRows]strings.Builder
	for i, r := range []rune(s) {
		g, ok := bigGlyph(r)
		if !ok {
			return nil, false
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range g[j] {
				rows[j].WriteString(strings.Repeat(string(c), scale))
			}
		}
	}
	lines = make([]string, 0, bigRows*scale)
	for j := range rows {
		for range scale {
			lines = append(lines, rows[j].String())
		}
	}
	return lines, true
}
