package journal

import "unicode/utf8"

// EscapeJSON returns JSON text b with every character that could act on a terminal written as a
// \uXXXX escape inside strings: C0 and C1 controls (U+0000–U+001F, U+007F–U+009F), the bidi
// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the zero-width characters
// (U+200B–U+200D, U+2060, U+FEFF) and the line and paragraph separators (U+2028, U+2029). Bytes
// that are not UTF-8 become \ufffd, as encoding/json writes them. The result is still valid JSON
// and decodes to the same data; b is returned itself when there is nothing to escape.
//
// Outside strings valid JSON has only ASCII punctuation, literals and white space; the white
// space (tab, newline, carriage return) is kept, anything else listed above is escaped too, so
// that nothing reaches a terminal raw even from malformed input. Every JSON that limber writes
// for output goes through this function.
func EscapeJSON(b []byte) []byte {
	var out []byte // nil until something needs escaping
	inString, escaped := false, false
	last := 0 // b[last:i] is still to be copied to out
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf && c >= 0x20 && c != 0x7f {
			switch {
			case escaped:
				escaped = false
			case c == '\\' && inString:
				escaped = true
			case c == '"':
				inString = !inString
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		escaped = false
		if !unsafeRune(r, size, inString) {
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b)+16)
		}
		out = append(out, b[last:i]...)
		out = append(out, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		i += size
		last = i
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

const hex = "0123456789abcdef"

// unsafeRune reports whether r (size bytes of input) must be escaped: see EscapeJSON.
func unsafeRune(r rune, size int, inString bool) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return true
	case r == '\t' || r == '\n' || r == '\r':
		return inString // raw only as white space between tokens
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r >= 0x200b && r <= 0x200f, r >= 0x2028 && r <= 0x202e,
		r == 0x2060, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		return true
	}
	return false
}
