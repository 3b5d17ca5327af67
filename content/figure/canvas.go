package figure

import (
	"math"
	"strings"
)

// Charset is the characters a figure is drawn with.
type Charset int

// The character sets. The zero value draws nothing.
const (
	// None draws no figure.
	None Charset = iota
	// ASCII draws lines with - | / \ _ and the head as O, one cell a point: for a console
	// without braille in its font (TERM=linux) or a locale that is not UTF-8.
	ASCII
	// Braille draws with braille dots, 2×4 to a cell: four times the detail of ASCII in the same
	// room, and the dots are square, so a circle is round.
	Braille
)

var charsetNames = [...]string{"none", "ascii", "braille"}

// String names the character set.
func (c Charset) String() string {
	if c >= 0 && int(c) < len(charsetNames) {
		return charsetNames[c]
	}
	return "unknown"
}

// canvas is a grid the marks are drawn on: braille dots, or ASCII cells.
type canvas interface {
	// size is the grid in points (dots, or cells) and how many points make a cell.
	size() (w, h int)
	line(x0, y0, x1, y1 float64)
	ring(cx, cy, rx, ry float64, solid bool)
	floor()
	lines(mirror bool) []string
}

// dots is a braille canvas: w×h dots, 2×4 to a cell.
type dots struct {
	w, h int
	on   []bool
	// ground is set when the floor is drawn: a dotted line along the bottom, added as the lines
	// are made so that a mirrored picture has the same floor.
	ground bool
}

func newDots(cols, rows int) *dots {
	return &dots{w: cols * 2, h: rows * 4, on: make([]bool, cols*2*rows*4)}
}

func (d *dots) size() (int, int) { return d.w, d.h }

func (d *dots) set(x, y int) {
	if x >= 0 && y >= 0 && x < d.w && y < d.h {
		d.on[y*d.w+x] = true
	}
}

func (d *dots) line(x0, y0, x1, y1 float64) {
	n := int(math.Ceil(math.Max(math.Abs(x1-x0), math.Abs(y1-y0))))
	for i := 0; i <= n; i++ {
		u := 0.0
		if n > 0 {
			u = float64(i) / float64(n)
		}
		d.set(int(math.Round(x0+(x1-x0)*u)), int(math.Round(y0+(y1-y0)*u)))
	}
}

func (d *dots) ring(cx, cy, rx, ry float64, solid bool) {
	if solid || rx < 1.2 {
		for y := int(math.Floor(cy - ry)); y <= int(math.Ceil(cy+ry)); y++ {
			for x := int(math.Floor(cx - rx)); x <= int(math.Ceil(cx+rx)); x++ {
				dx, dy := (float64(x)-cx)/math.Max(rx, 0.5), (float64(y)-cy)/math.Max(ry, 0.5)
				if dx*dx+dy*dy <= 1.05 {
					d.set(x, y)
				}
			}
		}
		if rx < 0.75 {
			d.set(int(math.Round(cx)), int(math.Round(cy)))
		}
		return
	}
	n := int(math.Max(12, 2*math.Pi*math.Max(rx, ry)*1.5))
	for i := 0; i < n; i++ {
		a := 2 * math.Pi * float64(i) / float64(n)
		d.set(int(math.Round(cx+rx*math.Cos(a))), int(math.Round(cy+ry*math.Sin(a))))
	}
}

// floor is a dotted line along the bottom: lighter than a body lying on it.
func (d *dots) floor() { d.ground = true }

// brailleBit is the bit of the dot at (x, y) within a cell.
var brailleBit = [4][2]rune{{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}}

func (d *dots) lines(mirror bool) []string {
	rows, cols := d.h/4, d.w/2
	out := make([]string, rows)
	var b strings.Builder
	for r := 0; r < rows; r++ {
		b.Reset()
		for c := 0; c < cols; c++ {
			var bits rune
			for y := 0; y < 4; y++ {
				for x := 0; x < 2; x++ {
					px := c*2 + x
					if mirror {
						px = d.w - 1 - px
					}
					if d.on[(r*4+y)*d.w+px] {
						bits |= brailleBit[y][x]
					}
				}
			}
			if d.ground && r == rows-1 {
				bits |= brailleBit[3][0]
			}
			if bits == 0 {
				b.WriteByte(' ')
			} else {
				b.WriteRune(0x2800 + bits)
			}
		}
		out[r] = b.String()
	}
	return out
}

// cells is an ASCII canvas: one point a cell, each line drawn with the character closest to its
// slope (cells are twice as tall as they are wide).
type cells struct {
	w, h int
	ch   []byte
}

func newCells(cols, rows int) *cells {
	c := &cells{w: cols, h: rows, ch: make([]byte, cols*rows)}
	for i := range c.ch {
		c.ch[i] = ' '
	}
	return c
}

func (c *cells) size() (int, int) { return c.w, c.h }

func (c *cells) put(x, y int, ch byte) {
	if x >= 0 && y >= 0 && x < c.w && y < c.h {
		c.ch[y*c.w+x] = ch
	}
}

// slope is the character for a line going dx across and dy down, in cells.
func slope(dx, dy float64) byte {
	a := math.Atan2(-dy*2, dx) * 180 / math.Pi // on screen a cell is about twice as tall as wide
	a = math.Mod(a+360, 180)
	switch {
	case a < 22.5 || a >= 157.5:
		return '-'
	case a < 67.5:
		return '/'
	case a < 112.5:
		return '|'
	}
	return '\\'
}

func (c *cells) line(x0, y0, x1, y1 float64) {
	ch := slope(x1-x0, y1-y0)
	n := int(math.Ceil(math.Max(math.Abs(x1-x0), math.Abs(y1-y0))))
	for i := 0; i <= n; i++ {
		u := 0.0
		if n > 0 {
			u = float64(i) / float64(n)
		}
		c.put(int(math.Round(x0+(x1-x0)*u)), int(math.Round(y0+(y1-y0)*u)), ch)
	}
}

func (c *cells) ring(cx, cy, rx, ry float64, solid bool) {
	if solid {
		if rx >= 0.3 {
			c.put(int(math.Round(cx)), int(math.Round(cy)), 'o')
		}
		return
	}
	if ry < 1.2 {
		c.put(int(math.Round(cx)), int(math.Round(cy)), 'O')
		return
	}
	n := 16
	for i := 0; i < n; i++ {
		a0, a1 := 2*math.Pi*float64(i)/float64(n), 2*math.Pi*float64(i+1)/float64(n)
		c.line(cx+rx*math.Cos(a0), cy+ry*math.Sin(a0), cx+rx*math.Cos(a1), cy+ry*math.Sin(a1))
	}
}

func (c *cells) floor() {
	for x := 0; x < c.w; x++ {
		if c.ch[(c.h-1)*c.w+x] == ' ' {
			c.ch[(c.h-1)*c.w+x] = '_'
		}
	}
}

// mirrored swaps the slanted characters of a picture flipped left to right.
var mirrored = [256]byte{'/': '\\', '\\': '/', '(': ')', ')': '('}

func (c *cells) lines(mirror bool) []string {
	out := make([]string, c.h)
	row := make([]byte, c.w)
	for y := 0; y < c.h; y++ {
		for x := 0; x < c.w; x++ {
			ch := c.ch[y*c.w+x]
			if mirror {
				ch = c.ch[y*c.w+c.w-1-x]
				if m := mirrored[ch]; m != 0 {
					ch = m
				}
			}
			row[x] = ch
		}
		out[y] = string(row)
	}
	return out
}
