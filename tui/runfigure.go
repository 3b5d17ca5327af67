package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
)

// The run screen's figure: beside the count where the block digits leave room on their left
// (from 80 columns, in practice), else above the cues from figureAboveHeight rows; never at
// the cost of the count or the pain line, which the page keeps first.
const (
	// figureCountRoom is the width the block digits are allowed, per scale: "HOLD 7" and
	// "10/10" fit, so a figure beside them never moves when the count changes.
	figureCountRoom = 27
	// figureGap is the space between the figure and the count.
	figureGap = 3
	// figureMinWidth and figureMaxWidth bound the figure's box beside the count.
	figureMinWidth = 16
	figureMaxWidth = 36
	// figureAboveHeight is the height from which a figure that does not fit beside the count
	// is drawn above the cues.
	figureAboveHeight = 30
)

// figureSpot is where the run screen draws the figure: a w×h box beside the count, or above
// the cues; ok is false when there is no room (or figures are off).
type figureSpot struct {
	w, h   int
	beside bool
	ok     bool
}

// runFigureSpot works the spot out from the terminal's size alone, so every step of a session
// puts the figure in the same place, the same size.
func (c *Common) runFigureSpot() figureSpot {
	if !c.Figures.on() {
		return figureSpot{}
	}
	scale := 0
	switch {
	case c.Height >= hugeHeight:
		scale = 2
	case c.Height >= tallHeight:
		scale = 1
	}
	if scale > 0 {
		if zone := (c.Width-figureCountRoom*scale)/2 - figureGap - 2; zone >= figureMinWidth { // 2: off the edge
			h := bigRows * scale
			switch { // taller than the digits where there are rows to spare: a standing figure needs them
			case scale == 1 && c.Height >= figureAboveHeight:
				h += 4
			case scale == 1 && c.Height >= 24:
				h += 2
			}
			return figureSpot{w: min(zone, figureMaxWidth), h: h, beside: true, ok: true}
		}
	}
	if c.Height >= figureAboveHeight {
		h := 6
		if c.Height >= hugeHeight {
			h = 8
		}
		return figureSpot{w: min(c.Width-4, 40), h: h, ok: true}
	}
	return figureSpot{}
}

// figureNow is the snapshot's figure as drawn now at spot (nil: none).
func (m runModel) figureNow(s session.Snapshot, spot figureSpot) []string {
	if !spot.ok {
		return nil
	}
	mo, ok := motionOf(s)
	if !ok {
		return nil
	}
	return mo.lines(m.c.Figures, spot.w, spot.h)
}

// figureNext is how long until the figure on the run screen changes, while the clock runs.
func (m runModel) figureNext(s session.Snapshot) (time.Duration, bool) {
	spot := m.c.runFigureSpot()
	if !spot.ok || s.State != session.StateRunning || m.help {
		return 0, false
	}
	mo, ok := motionOf(s)
	if !ok {
		return 0, false
	}
	return mo.next(m.c.Figures, spot.w, spot.h)
}

// bigBeside draws the count as big does, with the figure on its left when the spot is beside
// the count and the digits leave it room; the plain digits that stand in for the block digits
// on a short screen come without it.
func (m runModel) bigBeside(p *page, count string, s session.Snapshot) {
	spot := m.c.runFigureSpot()
	fig := m.figureNow(s, spot)
	if !spot.beside || fig == nil {
		m.big(p, count)
		return
	}
	st, w := m.c.Styles.Accent, m.c.Width
	scale := spot.h / bigRows
	digits, ok := bigText(count, scale)
	if !ok || m.c.Height < []int{0, tallHeight, hugeHeight}[scale] {
		m.big(p, count)
		return
	}
	dw := ansi.StringWidth(digits[0])
	left := (w - dw) / 2
	// The figure keeps its column whatever the count: centred in the room left of the widest
	// count it makes way for.
	figX := max(((w-figureCountRoom*scale)/2-figureGap-spot.w+1)/2, 1)
	if left < figX+spot.w+figureGap {
		m.big(p, count) // too wide a count for the figure beside it
		return
	}
	top := (spot.h - len(digits)) / 2
	lines := make([]string, spot.h)
	for i := range lines {
		line := strings.Repeat(" ", figX) + fig[i]
		if j := i - top; j >= 0 && j < len(digits) {
			line += strings.Repeat(" ", left-figX-spot.w) + st.Render(digits[j])
		}
		lines[i] = strings.TrimRight(line, " ")
	}
	p.addAlt(inBody, flushLeft, 1, lines, []string{st.Render(count)})
	p.anchor = len(p.secs) - 1
}

// figureAbove draws the figure on its own above the cues, when that is its spot.
func (m runModel) figureAbove(p *page, s session.Snapshot) {
	spot := m.c.runFigureSpot()
	if spot.beside {
		return
	}
	if fig := m.figureNow(s, spot); fig != nil {
		p.blank(inBody, 12)
		p.add(inBody, centeredBlock, 11, fig...)
	}
}
