package content

import (
	"fmt"

	"github.com/limber-coach/limber/content/safefile"
)

// Bounds on what reaches the TOML decoder. The decoder's time and memory grow with the square
// of how deeply tables, arrays and dotted keys nest, so a 40 KB file of 10,000 nested inline
// tables exhausts memory. limber's own files are under 12 KiB, nest two deep and never hold a
// string over 500 characters: each bound is far above anything a real file needs, and a file
// over one is reported (with its line) instead of decoded.
const (
	// MaxFileSize is the largest content file read.
	MaxFileSize = 1 << 20
	// MaxSettingsSize is the largest config.toml read.
	MaxSettingsSize = 64 << 10
	// MaxNesting is how deeply arrays and inline tables may sit inside one another (a table
	// header's brackets count too: [[routine.step]] is two).
	MaxNesting = 8
	// MaxKeyParts is the most parts a dotted key or a table header may have (a.b.c is three).
	MaxKeyParts = 8
	// MaxString is the longest quoted string, in bytes as written.
	MaxString = 16 << 10
	// MaxWord is the longest bare key or bare value (a number, a date, true), in bytes.
	MaxWord = 128
	// MaxItems is the most items one array or inline table may hold.
	MaxItems = 1000
	// MaxKeys is the most keys (key = value pairs) a file may set, and MaxTables the most
	// table headers ([[exercise]], [[routine.step]], …) it may hold: the decoder takes a few
	// microseconds for each, so these keep a 1 MiB file of nothing but keys or headers well
	// inside a second. 50,000 keys is some 4,000 exercises.
	MaxKeys   = 50000
	MaxTables = 20000
)

// scanLimits are the bounds one kind of file is held to.
type scanLimits struct {
	size int
	what string // "content file", "config.toml"
}

var (
	contentLimits  = scanLimits{size: MaxFileSize, what: "a content file"}
	settingsLimits = scanLimits{size: MaxSettingsSize, what: "config.toml"}
)

// Where each line starts, as prescan finds it (for the locator).
const (
	lineInString  byte = iota // inside a multi-line string: no key or header here
	lineInBracket             // inside an array or inline table spread over lines
	lineTop                   // at the top: a key, a table header, a comment or nothing
)

// prescan reads data once, in linear time, the way the TOML lexer would — strings (basic,
// literal, multi-line, with escapes) and comments are skipped as wholes, so brackets, dots and
// quotes inside them count for nothing — and returns the first place where data goes past a
// bound, or nil when the decoder may have it. Invalid TOML is not its business: the decoder
// stops at the first error, and everything before that point was scanned the same way.
// When data passes, lines says where each line starts (lineTop, …), for the locator.
func prescan(file string, data []byte, lim scanLimits) (p *Problem, lines []byte) {
	if len(data) > lim.size {
		return &Problem{File: file, Msg: tooBig(int64(len(data)), int64(lim.size), lim.what)}, nil
	}
	s := scanner{data: data, line: 1, lines: []byte{lineTop}}
	if p := s.run(file); p != nil {
		return p, nil
	}
	return nil, s.lines
}

// scanner is prescan's state.
type scanner struct {
	data      []byte
	i         int
	line      int
	lineStart int
	// items counts the commas in each open bracket, innermost last.
	items []int
	// parts is the number of parts of the dotted name being read; dot is set after a '.' that
	// continues it, seg right after a part (a word or a string) ends.
	parts    int
	dot, seg bool
	// keyFrom, keyTo delimit the last part read, and key is the last key of a line (outside
	// brackets) followed by '=', to name it in a message.
	keyFrom, keyTo int
	key            string
	// lines records where each line starts.
	lines []byte
	// keys and tables count the key = value pairs and the table headers; bol is set while
	// nothing but spaces has been read on the current line.
	keys, tables int
	bol          bool
}

func (s *scanner) problem(file, format string, args ...any) *Problem {
	msg := fmt.Sprintf(format, args...)
	if s.key != "" {
		msg = s.key + ": " + msg
	}
	return &Problem{File: file, Line: s.line, Col: s.i - s.lineStart + 1, Msg: msg}
}

func (s *scanner) run(file string) *Problem {
	s.bol = true
	for s.i < len(s.data) {
		c := s.data[s.i]
		atStart := s.bol // nothing but spaces before c on its line
		if c != ' ' && c != '\t' && c != '\r' {
			s.bol = c == '\n'
		}
		switch {
		case c == '\n':
			s.newline(lineTop)
			s.endName()
			if len(s.items) == 0 {
				s.key = "" // the next line starts a new key (inside brackets, a value goes on)
			}
			s.i++
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '#':
			for s.i < len(s.data) && s.data[s.i] != '\n' {
				s.i++
			}
		case c == '"' || c == '\'':
			from := s.i
			if !s.str(c) {
				return s.problem(file, "a quoted string longer than %s; the longest text limber takes is %d characters", safefile.Size(MaxString), 500)
			}
			if p := s.part(file, from); p != nil {
				return p
			}
		case c == '.':
			if s.seg {
				s.dot, s.seg = true, false
			} else {
				s.endName()
			}
			s.i++
		case c == '[' || c == '{':
			if c == '[' && atStart && len(s.items) == 0 { // a table header
				if s.tables++; s.tables > MaxTables {
					return s.problem(file, "more than %s tables ([[exercise]], [[routine.step]], …) in one file; split it", thousands(MaxTables))
				}
			}
			s.endName()
			if len(s.items) >= MaxNesting {
				return s.problem(file, "arrays and tables nested more than %d deep; limber's files need 2 at most", MaxNesting)
			}
			s.items = append(s.items, 0)
			s.i++
		case c == ']' || c == '}':
			s.endName()
			if n := len(s.items); n > 0 {
				s.items = s.items[:n-1]
			}
			s.i++
		case c == ',':
			s.endName()
			if n := len(s.items); n > 0 {
				s.items[n-1]++
				if s.items[n-1] >= MaxItems {
					return s.problem(file, "an array or inline table with more than %d items", MaxItems)
				}
			}
			s.i++
		case c == '=':
			if s.keys++; s.keys > MaxKeys {
				s.key = ""
				return s.problem(file, "more than %s keys in one file; split it", thousands(MaxKeys))
			}
			if s.keyTo > s.keyFrom && s.seg && len(s.items) == 0 { // the line's own key
				s.key = keyName(s.data[s.keyFrom:s.keyTo])
			}
			s.endName()
			s.i++
		default:
			from := s.i
			for s.i < len(s.data) && isWordByte(s.data[s.i]) {
				s.i++
				if s.i-from > MaxWord {
					return s.problem(file, "a bare key or value longer than %d characters", MaxWord)
				}
			}
			if s.i == from { // a byte no rule above takes: the decoder will say what is wrong
				s.i++
				s.endName()
				continue
			}
			if p := s.part(file, from); p != nil {
				return p
			}
		}
	}
	return nil
}

// part counts a word or string that just ended (from s.i's old value to s.i) as one part of a
// dotted name.
func (s *scanner) part(file string, from int) *Problem {
	if s.dot {
		s.parts++
	} else {
		s.parts = 1
	}
	s.dot, s.seg = false, true
	s.keyFrom, s.keyTo = from, s.i
	if s.parts > MaxKeyParts {
		return s.problem(file, "a dotted key or table name with more than %d parts", MaxKeyParts)
	}
	return nil
}

// endName ends the dotted name being read.
func (s *scanner) endName() { s.parts, s.dot, s.seg = 0, false, false }

// newline counts the line break at s.i; the next line starts at top (when no bracket is open),
// or inside a string.
func (s *scanner) newline(kind byte) {
	s.line++
	s.lineStart = s.i + 1
	if kind == lineTop && len(s.items) > 0 {
		kind = lineInBracket
	}
	s.lines = append(s.lines, kind)
}

// str skips the string starting at s.i with quote q (single-line or multi-line, basic or
// literal); it returns false when the string is longer than MaxString. An unterminated string
// ends at the end of its line (single-line) or of the data.
func (s *scanner) str(q byte) bool {
	multi := s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q
	if multi {
		s.i += 3
	} else {
		s.i++
	}
	from := s.i
	for s.i < len(s.data) {
		if s.i-from > MaxString {
			return false
		}
		c := s.data[s.i]
		switch {
		case c == '\\' && q == '"':
			if s.i+1 < len(s.data) && s.data[s.i+1] == '\n' {
				s.i++
				s.newline(lineInString)
				s.i--
			}
			s.i += 2
		case c == '\n':
			if !multi {
				return true // left for the decoder to refuse
			}
			s.newline(lineInString)
			s.i++
		case c == q && !multi:
			s.i++
			return true
		case c == q && s.i+2 < len(s.data) && s.data[s.i+1] == q && s.data[s.i+2] == q:
			// The closing delimiter is the last three of a run of up to five quotes.
			end := s.i + 3
			for k := 0; k < 2 && end < len(s.data) && s.data[end] == q; k++ {
				end++
			}
			s.i = end
			return true
		default:
			s.i++
		}
	}
	s.i = min(s.i, len(s.data))
	return true
}

// isWordByte reports the bytes of bare keys and values: anything but space, brackets, quotes,
// comments and the separators.
func isWordByte(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '[', ']', '{', '}', '"', '\'', '#', '.', ',', '=':
		return false
	}
	return true
}

// keyName is a key as written, for a message: bare keys as they are, quoted ones unquoted and
// then quoted safely, both cut short.
func keyName(b []byte) string {
	k := string(b)
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') {
		return quoted(k[1 : len(k)-1])
	}
	if len(k) > 40 || sanitize(k) != k {
		return quoted(k)
	}
	return k
}
