package content

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize returns s with everything removed that could move the cursor, change colours, retitle
// the window or reorder text on a terminal: escape sequences (CSI, OSC, DCS, …), every C0 and C1
// control character (tabs and newlines too: content lines are single lines), DEL, the Unicode
// bidirectional controls and every other invisible format character (zero-width space, joiner
// and non-joiner, word joiner, byte-order mark, soft hyphen: they break column alignment and
// hide what the text really says). Line and paragraph separators (U+2028, U+2029) become spaces,
// like newlines. Invalid UTF-8 bytes are dropped. Runs of spaces left behind collapse.
func Sanitize(s string) string { return sanitize(s) }

func sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
			continue
		case r == 0x1b: // ESC: skip the whole sequence
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
			continue
		case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidi(r) || isInvisible(r):
			// dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return collapseSpaces(b.String())
}

// isPlain reports whether s is printable ASCII, the common case, which needs no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return !strings.Contains(s, "  ")
}

// isBidi reports the Unicode bidirectional formatting characters (embeddings, overrides,
// isolates and marks), which can make text display in a different order than it is stored.
func isBidi(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c || r == 0xfeff:
		return true
	}
	return false
}

// isInvisible reports the Unicode format characters (category Cf): zero-width space (U+200B),
// non-joiner and joiner (U+200C, U+200D), word joiner (U+2060), the byte-order mark (U+FEFF),
// the soft hyphen, invisible operators and the like. They take no column on screen, so text
// holding them lines up wrongly and can look like something it is not.
func isInvisible(r rune) bool { return r >= 0xad && unicode.Is(unicode.Cf, r) }

// skipEscape returns the index just past the escape sequence whose ESC ended before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-character sequences (ESC c, ESC 7, ESC ( B …): skip intermediates and the final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) {
		i++
	}
	return i
}

// skipCSI skips parameter and intermediate bytes up to and including the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			break
		}
		if c < 0x20 || c > 0x7e { // not part of a CSI: stop here
			return i - 1
		}
	}
	return i
}

// skipString skips an OSC/DCS/SOS/PM/APC body up to BEL, ST (ESC \) or C1 ST.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// DisplayPath is path as limber prints it in messages and in limber show's Source line: as it is
// when every character in it is visible and harmless, else in double quotes with every control,
// escape, format and invalid character written as a Go escape ("evil\x1b]0;x\a.toml"), so a
// file name can neither drive the terminal nor forge a line of output. Backslashes and quotes
// alone (a Windows path) do not need quoting.
func DisplayPath(path string) string {
	for _, r := range path {
		if r == utf8.RuneError || !unicode.IsGraphic(r) || isBidi(r) || isInvisible(r) {
			return strconv.QuoteToGraphic(path)
		}
	}
	if !utf8.ValidString(path) {
		return strconv.QuoteToGraphic(path)
	}
	return path
}

func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// quoted is s for an error message: in double quotes, cut to 60 characters, with every control,
// escape and bidi character shown as a Go escape (\x1b, \u202e) instead of removed, so the
// message says exactly what is in the file ("st\x1b]0;tanding" rather than a puzzling
// "standing") and nothing in it can act on the terminal.
func quoted(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return strconv.QuoteToGraphic(s)
}
