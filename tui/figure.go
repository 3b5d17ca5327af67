package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"sync"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/session"
)

// figures draws the exercises' figures for every screen in one character set (none when they
// are off), keeping each frame drawn so a moving figure is drawn once per frame, not once per
// view: the run screen asks for the next frames to know when the picture changes.
type figures struct {
	cs    figure.Charset
	mu    sync.Mutex
	cache map[frameKey][]string
}

// frameKey is one frame: a figure at t along its keyframes in a box.
type frameKey struct {
	f      *figure.Figure
	t      float64
	w, h   int
	mirror bool
}

// maxFrames is how many frames the cache keeps before it starts again: a few figures' worth.
const maxFrames = 512

// newFigures returns the figure drawer for a character set.
func newFigures(cs figure.Charset) *figures {
	return &figures{cs: cs, cache: map[frameKey][]string{}}
}

// on reports whether figures are drawn at all.
func (g *figures) on() bool { return g != nil && g.cs != figure.None }

// frame is figure f at t in a w×h box, mirrored or not; nil when figures are off or f is nil.
func (g *figures) frame(f *figure.Figure, t float64, w, h int, mirror bool) []string {
	if !g.on() || f == nil {
		return nil
	}
	k := frameKey{f, t, w, h, mirror}
	g.mu.Lock()
	defer g.mu.Unlock()
	if lines, ok := g.cache[k]; ok {
		return lines
	}
	if len(g.cache) >= maxFrames {
		clear(g.cache)
	}
	lines := f.Render(t, figure.Options{Width: w, Height: h, Charset: g.cs, Mirror: mirror})
	g.cache[k] = lines
	return lines
}

// startAndEnd draws a figure's first and last keyframes side by side, an arrow between them
// and their names under them, each picture w×h: how the move starts and where it goes (or the
// pose held). It is 2w+3 cells wide and h+1 lines tall; nil when there is no figure or no room.
func (g *figures) startAndEnd(f *figure.Figure, w, h int) []string {
	if f == nil || !g.on() {
		return nil
	}
	a, b := g.frame(f, 0, w, h, false), g.frame(f, f.Held(), w, h, false)
	if a == nil || b == nil {
		return nil
	}
	arrow := " → "
	if g.cs != figure.Braille {
		arrow = " > "
	}
	out := make([]string, 0, h+1)
	for i := range h {
		mid := "   "
		if i == h/2 {
			mid = arrow
		}
		out = append(out, a[i]+mid+b[i])
	}
	first, last := f.Poses[0].Name, f.Poses[len(f.Poses)-1].Name
	if first == "" {
		first = "start"
	}
	if last == "" {
		last = "end"
	}
	return append(out, centerIn(first, w)+"   "+centerIn(last, w))
}

// centerIn centres s in w cells (cut to fit).
func centerIn(s string, w int) string {
	s = clip(s, w)
	n := ansi.StringWidth(s)
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

// Frame lengths: a moving figure draws at most one frame every minFrame (two a second: each
// frame is a whole redraw, and four a second doubled the coach's CPU over a hold's), and a
// loop of poses or a breath has at least two frames between poses.
const (
	minFrame = 500 * time.Millisecond
	// demoRep is how long a figure takes over one rep of self-paced reps: a steady
	// demonstration of the move, the person keeping their own pace.
	demoRep = 4 * time.Second
)

// motion is what a figure shows at one instant of a session and how it goes on from there:
// frame k = e/dt of a sequence of positions along the figure's keyframes (pos), or one still
// position (dt zero).
type motion struct {
	f      *figure.Figure
	mirror bool
	// still is the position of a figure that does not move now.
	still float64
	// e is how far into the movement the clock is, dt the length of a frame, and last the
	// final frame before the engine's own next change (a breathing phase's end; -1: none).
	e, dt time.Duration
	pos   func(k int) float64
	last  int
}

// motionOf is the figure a snapshot shows and its movement: the held pose during a hold (and
// a max test's count-up), the poses in time with the count during tempo reps (a steady
// demonstration during self-paced ones), the breath in and out during breathing, and the
// coming exercise's first pose while getting ready, resting or switching sides — mirrored for
// the right side. ok is false when there is no figure to show.
func motionOf(s session.Snapshot) (motion, bool) {
	if s.State == session.StatePainPrompt || s.State == session.StateFinished || s.Step.Exercise == nil {
		return motion{}, false
	}
	f := s.Step.Exercise.Figure
	if f == nil || f.Length() == 0 {
		return motion{}, false
	}
	m := motion{f: f, mirror: s.Side == session.SideRight, last: -1}
	n := f.Length()
	switch s.Step.Kind {
	case session.KindHold, session.KindCountUp:
		m.still = f.Held()
	case session.KindReps:
		if !f.Moves() {
			return m, true
		}
		period, e := s.Step.Tempo, s.Step.Duration-s.Left
		if period <= 0 {
			period, e = demoRep, s.Elapsed
		}
		frames := clampInt(int(period/minFrame), 2*n, 8*n)
		m.e, m.dt = e, period/time.Duration(frames)
		m.pos = func(k int) float64 { return float64(k%frames) / float64(frames) * float64(n) }
	case session.KindBreath:
		m.breath(s, n)
	default: // ready, rest, switch: how the coming exercise starts
		m.still = 0
	}
	return m, true
}

// breath sets a breathing figure's movement: toward the last pose breathing in, back to the
// first breathing out, still while the breath is held (where the phase before left it).
func (m *motion) breath(s session.Snapshot, n int) {
	span := float64(n - 1)
	d := s.Phase.Duration
	kind := s.Phase.Kind
	if kind == content.PhaseHold {
		m.still = 0
		for i := 1; i < len(s.Step.Breath); i++ {
			p := s.Step.Breath[(s.PhaseIndex-i+len(s.Step.Breath))%len(s.Step.Breath)]
			if p.Kind != content.PhaseHold {
				if p.Kind == content.PhaseIn {
					m.still = span
				}
				break
			}
		}
		return
	}
	if d <= 0 {
		return
	}
	frames := clampInt(int(d/minFrame), 2, 12)
	m.e, m.dt, m.last = d-s.PhaseLeft, d/time.Duration(frames), frames
	m.pos = func(k int) float64 {
		u := float64(min(k, frames)) / float64(frames)
		if kind == content.PhaseOut {
			u = 1 - u
		}
		return u * span
	}
}

// moving reports whether the picture changes by the clock.
func (m motion) moving() bool { return m.dt > 0 && m.pos != nil }

// frameIndex is the frame the clock is in.
func (m motion) frameIndex() int { return int(m.e / m.dt) }

// at is the position along the keyframes the picture shows now.
func (m motion) at() float64 {
	if !m.moving() {
		return m.still
	}
	return m.pos(m.frameIndex())
}

// lines draws the picture now in a w×h box.
func (m motion) lines(g *figures, w, h int) []string {
	return g.frame(m.f, m.at(), w, h, m.mirror)
}

// next is how long until the picture in a w×h box changes: the next frame that draws
// differently from this one. ok is false when it does not change by the clock (a still figure,
// or a breath that has reached its pose).
func (m motion) next(g *figures, w, h int) (time.Duration, bool) {
	if !m.moving() || !g.on() {
		return 0, false
	}
	k := m.frameIndex()
	now := strings.Join(m.lines(g, w, h), "\n")
	for j := k + 1; j <= k+64 && (m.last < 0 || j <= m.last); j++ {
		if strings.Join(g.frame(m.f, m.pos(j), w, h, m.mirror), "\n") != now {
			return time.Duration(j)*m.dt - m.e, true
		}
	}
	return 0, false
}

func clampInt(v, lo, hi int) int { return min(max(v, lo), hi) }
