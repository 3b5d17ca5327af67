package text

import (
	"strings"

	"github.com/rivo/uniseg"
)

// Width is the number of terminal cells s takes (East Asian wide characters count two).
func Width(s string) int { return uniseg.StringWidth(s) }

// Wrap breaks s into lines of at most w cells at spaces; a word longer than w is cut into
// pieces of w cells. It returns nil for text with no words, and s whole when w < 1.
func Wrap(s string, w int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	if w < 1 {
		return []string{strings.Join(words, " ")}
	}
	var lines []string
	line, n := "", 0
	for _, word := range words {
		for Width(word) > w { // hard-wrap a word that cannot fit on any line
			if line != "" {
				lines, line, n = append(lines, line), "", 0
			}
			head, rest := cut(word, w)
			lines, word = append(lines, head), rest
		}
		ww := Width(word)
		switch {
		case line == "":
			line, n = word, ww
		case n+1+ww <= w:
			line, n = line+" "+word, n+1+ww
		default:
			lines, line, n = append(lines, line), word, ww
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Hang wraps s to w cells behind a first-line prefix and a prefix for the other lines (a
// bullet and its hanging indent): Hang("Rest well", 40, "  • ", "    ").
func Hang(s string, w int, first, rest string) []string {
	lines := Wrap(s, max(w-max(Width(first), Width(rest)), 1))
	for i, l := range lines {
		if i == 0 {
			lines[i] = first + l
		} else {
			lines[i] = rest + l
		}
	}
	return lines
}

// Indent wraps s to w cells and joins the lines, every line after the first starting with
// indent: for a value that continues under its label in a CLI table.
func Indent(s string, w int, indent string) string {
	return strings.Join(Wrap(s, w), "\n"+indent)
}

// Clip cuts s to at most w cells, ending in "…" when cut.
func Clip(s string, w int) string {
	if Width(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	head, _ := cut(s, w-1)
	return head + "…"
}

// ClipList cuts a comma-separated list to at most w cells by dropping whole items from the end
// (ending in ", …"); a first item too long on its own is cut like Clip.
func ClipList(s string, w int) string {
	if Width(s) <= w {
		return s
	}
	for end := strings.LastIndex(s, ", "); end > 0; end = strings.LastIndex(s[:end], ", ") {
		if Width(s[:end])+3 <= w {
			return s[:end] + ", …"
		}
	}
	return Clip(s, w)
}

// Pad cuts s to w cells and pads it with spaces to exactly w.
func Pad(s string, w int) string {
	s = Clip(s, w)
	return s + strings.Repeat(" ", max(w-Width(s), 0))
}

// Sentences splits s after each ". ", "! " or "? ", keeping the punctuation.
func Sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			out = append(out, strings.TrimSpace(s[start:i+1]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(s[min(start, len(s)):]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// cut splits s after at most w cells (at least one grapheme, so it always makes progress).
func cut(s string, w int) (head, rest string) {
	n, i := 0, 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		gw := g.Width()
		if n+gw > w && i > 0 {
			break
		}
		_, end := g.Positions()
		n, i = n+gw, end
	}
	return s[:i], s[i:]
}
