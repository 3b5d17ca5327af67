package figure

import "math"

// Options say how to draw a figure.
type Options struct {
	// Width and Height are the box, in terminal cells. Render fills it exactly.
	Width, Height int
	// Charset is the characters to draw with; None draws nothing.
	Charset Charset
	// Mirror flips the picture left to right: the other side of an exercise done on each side.
	Mirror bool
}

// MinWidth and MinHeight are the smallest box a figure is drawn in.
const (
	MinWidth  = 6
	MinHeight = 3
)

// samples is how many points between two keyframes are looked at for the figure's bounds.
const samples = 8

// Render draws the figure at t along its keyframes (see At) in a box of o.Width×o.Height
// cells: exactly o.Height lines of o.Width cells each (blank cells are spaces), the same size
// and place for every t, so a moving figure never jumps or shrinks. It returns nil with no
// charset, no poses, or a box smaller than MinWidth×MinHeight.
func (f *Figure) Render(t float64, o Options) []string {
	if f == nil || len(f.Poses) == 0 || o.Charset == None || o.Width < MinWidth || o.Height < MinHeight {
		return nil
	}
	s := newScene(f)
	s.plain = o.Charset != Braille
	var cv canvas
	aspect := 1.0 // points across per point down for the same length
	if o.Charset == Braille {
		cv = newDots(o.Width, o.Height)
	} else {
		cv = newCells(o.Width, o.Height)
		aspect = 2
	}
	m := s.fit(cv, aspect)
	for _, mk := range s.marks(t) {
		m.draw(cv, mk)
	}
	if f.View != ViewAbove {
		cv.floor()
	}
	return cv.lines(o.Mirror)
}

// bounds is the smallest box holding the figure at every point along its keyframes, props
// and (but from above) the floor included.
func (s *scene) bounds() (lo, hi vec) {
	lo, hi = vec{math.Inf(1), math.Inf(1)}, vec{math.Inf(-1), math.Inf(-1)}
	n := len(s.f.Poses) * samples
	for i := 0; i < n; i++ {
		for _, mk := range s.marks(float64(i) / samples) {
			a, b := mk.box()
			lo = vec{math.Min(lo.x, a.x), math.Min(lo.y, a.y)}
			hi = vec{math.Max(hi.x, b.x), math.Max(hi.y, b.y)}
		}
	}
	if s.f.View != ViewAbove {
		lo.y = math.Min(lo.y, 0)
	}
	return lo, hi
}

// mapping turns body units into canvas points.
type mapping struct {
	sx, sy   float64
	cx       float64 // body x at the middle of the canvas
	ox, oy   float64 // canvas point of (cx, base)
	base     float64 // body y drawn at oy
	centered bool
}

// fit scales the figure's bounds into the canvas, keeping its proportions: standing on the
// row above the floor's, or (from above) in the middle.
func (s *scene) fit(cv canvas, aspect float64) mapping {
	w, h := cv.size()
	lo, hi := s.bounds()
	bw, bh := math.Max(hi.x-lo.x, 1), math.Max(hi.y-lo.y, 1)
	m := mapping{cx: (lo.x + hi.x) / 2, ox: float64(w-1) / 2}
	rows := float64(h - 2) // the last row is the floor's
	if s.f.View == ViewAbove {
		rows = float64(h - 1)
		m.centered, m.base, m.oy = true, (lo.y+hi.y)/2, float64(h-1)/2
	} else {
		m.base, m.oy = 0, float64(h-2)
	}
	m.sy = math.Min(rows/bh, float64(w-1)/(bw*aspect))
	m.sx = m.sy * aspect
	return m
}

func (m mapping) at(p vec) (float64, float64) {
	return (p.x-m.cx)*m.sx + m.ox, m.oy - (p.y-m.base)*m.sy
}

func (m mapping) draw(cv canvas, mk mark) {
	if mk.ring {
		x, y := m.at(mk.pts[0])
		cv.ring(x, y, mk.r*m.sx, mk.r*m.sy, mk.solid)
		return
	}
	for i := 1; i < len(mk.pts); i++ {
		x0, y0 := m.at(mk.pts[i-1])
		x1, y1 := m.at(mk.pts[i])
		cv.line(x0, y0, x1, y1)
	}
}
