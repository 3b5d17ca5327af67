package journal

import (
	"encoding/binary"
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// parser is a cursor over one line.
type parser struct {
	b []byte
	i int
	d *decoder
	// discard checks strings without making them (for steps that will not be kept).
	discard bool
}

func (p *parser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// next skips whitespace and consumes c if it comes next.
func (p *parser) next(c byte) bool {
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// raw consumes a string with no escapes, no control characters and valid UTF-8, returning the
// bytes between the quotes. Plain ASCII is skipped eight bytes at a time.
func (p *parser) raw() ([]byte, bool) {
	if p.i >= len(p.b) || p.b[p.i] != '"' {
		return nil, false
	}
	start, ascii := p.i+1, true
	j := start
	for ; j+8 <= len(p.b) && plain8(binary.LittleEndian.Uint64(p.b[j:])); j += 8 {
	}
	for ; j < len(p.b); j++ {
		switch c := p.b[j]; {
		case c == '"':
			s := p.b[start:j]
			if !ascii && !utf8.Valid(s) {
				return nil, false
			}
			p.i = j + 1
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false
}

// plain8 reports whether the eight bytes in x are all printable ASCII other than '"' and '\\'
// (the classic "has a byte less than n" and "has a byte equal to n" bit tricks).
func plain8(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	q, b := x^(lo*'"'), x^(lo*'\\')
	return x&hi == 0 && (x-lo*0x20)&^x&hi == 0 && (q-lo)&^q&hi == 0 && (b-lo)&^b&hi == 0
}

// str consumes a string into *dst, decoding escapes; intern shares repeated values.
func (p *parser) str(dst *string, intern bool) bool {
	if p.i < len(p.b) && p.b[p.i] == '"' {
		s, ok := p.raw()
		if !ok {
			s, ok = p.unquote()
		}
		if ok && !p.discard {
			*dst = p.d.string(s, intern)
		}
		return ok
	}
	return false
}

// unquote consumes a string that has escapes. A \u escape of a surrogate is left to the slow path.
func (p *parser) unquote() ([]byte, bool) {
	var out []byte
	for j := p.i + 1; j < len(p.b); j++ {
		c := p.b[j]
		switch {
		case c == '"':
			if !utf8.Valid(out) {
				return nil, false
			}
			p.i = j + 1
			return out, true
		case c < 0x20:
			return nil, false
		case c != '\\':
			out = append(out, c)
			continue
		}
		if j++; j >= len(p.b) {
			return nil, false
		}
		switch p.b[j] {
		case '"', '\\', '/':
			out = append(out, p.b[j])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if j+4 >= len(p.b) {
				return nil, false
			}
			r, err := strconv.ParseUint(string(p.b[j+1:j+5]), 16, 32)
			if err != nil || (r >= 0xd800 && r < 0xe000) {
				return nil, false
			}
			out = utf8.AppendRune(out, rune(r))
			j += 4
		default:
			return nil, false
		}
	}
	return nil, false
}

// number consumes a JSON number and returns its text and whether it is a plain integer.
func (p *parser) number() (tok []byte, integer bool) {
	b, i := p.b, p.i
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	first := i
	if n := digits(); n == 0 || (n > 1 && b[first] == '0') {
		return nil, false
	}
	integer = true
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return nil, false
		}
		integer = false
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return nil, false
		}
		integer = false
	}
	tok, p.i = b[p.i:i], i
	return tok, integer
}

// int consumes an integer that fits in 18 digits; anything else (1.0, 1e2) is left to the slow
// path, which reports it as the wrong type.
func (p *parser) int(dst *int) bool {
	tok, integer := p.number()
	if !integer || len(tok) == 0 || len(tok) > 18 {
		return false
	}
	n, neg := 0, tok[0] == '-'
	if neg {
		tok = tok[1:]
	}
	for _, c := range tok {
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	*dst = n
	return true
}

// float consumes a number. Short decimals (at most 15 digits, no exponent) are exact integers
// divided by an exact power of ten — one correctly rounded division, the same result as
// strconv.ParseFloat; the rest go through strconv.
func (p *parser) float(dst *float64) bool {
	tok, _ := p.number()
	if len(tok) == 0 {
		return false
	}
	var mant uint64
	digits, frac, dot, fast := 0, 0, false, true
	for _, c := range tok {
		switch {
		case c == '-':
		case c == '.':
			dot = true
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		default:
			fast = false
		}
	}
	if fast && digits <= 15 {
		// The powers of ten float64 represents exactly.
		pow10 := [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}
		f := float64(mant) / pow10[frac]
		if tok[0] == '-' {
			f = -f
		}
		*dst = f
		return true
	}
	f, err := strconv.ParseFloat(string(tok), 64)
	if err != nil || math.IsInf(f, 0) {
		return false
	}
	*dst = f
	return true
}

func (p *parser) bool(dst *bool) bool {
	switch {
	case len(p.b)-p.i >= 4 && string(p.b[p.i:p.i+4]) == "true":
		*dst, p.i = true, p.i+4
	case len(p.b)-p.i >= 5 && string(p.b[p.i:p.i+5]) == "false":
		*dst, p.i = false, p.i+5
	default:
		return false
	}
	return true
}

// time consumes an RFC 3339 time string, parsed exactly as time.Time's UnmarshalJSON does.
func (p *parser) time(dst *time.Time) bool {
	s, ok := p.raw()
	return ok && dst.UnmarshalText(s) == nil
}
