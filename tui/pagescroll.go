package tui

import (
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// scroller is where a scrolled page's body is: the first body line in view. A screen keeps
// one, puts it in its page (page.at), and moves it with page.scroll; the page clamps it to the
// body at the size of the moment, so a resize never leaves it past the end.
//
// It is a small type of its own rather than bubbles/viewport: the markers for hidden lines sit
// on the body's first and last rows, so a page moves by the rows between them (a viewport
// pages by its full height and would skip the two lines under the markers); the screens
// rebuild their body from their state on every draw (a viewport keeps a copy of the content
// to be kept in step); lists scroll to keep their cursor in view, not by an offset of their
// own; and the viewport's default keys (space, b, d, f, h, l, u) mean other things here.
type scroller struct{ top int }

// scrollable is a key map whose help names the scrolling keys only while the body scrolls.
type scrollable interface {
	help.KeyMap
	// scrolling returns the key map as it is when the body scrolls (on) or fits.
	scrolling(on bool) help.KeyMap
}

// scrolledParts is a scrolled page cut to its size: the pinned lines, the body and the rows
// the body has.
type scrolledParts struct {
	header, body, under, footer []string
	rows                        int
}

// parts lays a scrolled page out at its size. Pinned sections are dropped, the highest prio
// first (never prio 0), while the body would get fewer than minBody rows.
func (p page) parts() scrolledParts {
	secs := p.drawn(false)
	body := p.placeAll(secs, nil, inBody)
	keep := make([]bool, len(secs))
	pinned := 0
	for i, s := range secs {
		if keep[i] = s.region != inBody; keep[i] {
			pinned += len(s.lines)
		}
	}
	for need := min(p.minBody, len(body)); pinned+need > p.h; {
		drop := -1
		for i, s := range secs {
			if keep[i] && s.region != inBody && s.prio > 0 && (drop < 0 || s.prio >= secs[drop].prio) {
				drop = i
			}
		}
		if drop < 0 {
			break
		}
		keep[drop], pinned = false, pinned-len(secs[drop].lines)
	}
	rows := max(p.h-pinned, 0)
	if len(body) > rows {
		secs = p.drawn(true)
	}
	return scrolledParts{header: p.placeAll(secs, keep, inHeader), body: body,
		under: p.placeAll(secs, keep, underBody), footer: p.placeAll(secs, keep, inFooter), rows: rows}
}

// last is the furthest the body can scroll.
func (sp scrolledParts) last() int { return max(len(sp.body)-sp.rows, 0) }

// step is how far a page up or down moves: the rows between the two markers, so no line is
// skipped.
func (sp scrolledParts) step() int { return max(sp.rows-2, 1) }

// scrolledLines lays a scrolled page out from where its body is: the header, the body's rows (with markers
// when lines are hidden), what goes under the body, blank rows, and the footer at the bottom.
func (p page) scrolledLines() []string {
	sp := p.parts()
	out := slices.Clone(sp.header)
	if len(sp.body) <= sp.rows {
		out = append(append(out, sp.body...), sp.under...)
		for len(out)+len(sp.footer) < p.h {
			out = append(out, "")
		}
		return append(out, sp.footer...)
	}
	top := p.at.top
	if p.follow >= 0 {
		top = p.follow - sp.rows/2
	}
	top = min(max(top, 0), sp.last())
	view := slices.Clone(sp.body[top : top+sp.rows])
	if top > 0 && len(view) > 0 {
		view[0] = p.marker("↑", top+1)
	}
	if below := len(sp.body) - top - sp.rows; below > 0 && len(view) > 0 {
		view[len(view)-1] = p.marker("↓", below+1)
	}
	out = append(append(out, view...), sp.under...)
	return append(out, sp.footer...)
}

// marker is the line standing in for n hidden body lines above (↑) or below (↓): the one it
// covers is counted.
func (p page) marker(arrow string, n int) string {
	return p.margin + p.st.Subtle.Render(p.keys.tr.T("page.more", "Arrow", arrow, "N", n))
}

// scroll is where the body goes for a scrolling key — ↑/↓ a line, PgUp/PgDn a page, Home/End
// (g/G) to either end — and whether msg was one. Only keys that type nothing should reach it
// where letters are typed.
func (p page) scroll(msg tea.KeyPressMsg) (scroller, bool) {
	k, sp := p.keys, p.parts()
	top := min(max(p.at.top, 0), sp.last())
	switch {
	case key.Matches(msg, k.Up):
		top--
	case key.Matches(msg, k.Down):
		top++
	case key.Matches(msg, k.PageUp):
		top -= sp.step()
	case key.Matches(msg, k.PageDown):
		top += sp.step()
	case key.Matches(msg, k.Top):
		top = 0
	case key.Matches(msg, k.Bottom):
		top = sp.last()
	default:
		return p.at, false
	}
	return scroller{top: min(max(top, 0), sp.last())}, true
}

// listMove is where a list's cursor goes for a key — ↑/↓ one item, PgUp/PgDn a page,
// Home/End (g/G) to either end — among n items, and whether msg was such a key.
func (p page) listMove(cursor, n int, msg tea.KeyPressMsg) (int, bool) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Up):
		cursor--
	case key.Matches(msg, k.Down):
		cursor++
	case key.Matches(msg, k.PageUp):
		cursor -= p.parts().step()
	case key.Matches(msg, k.PageDown):
		cursor += p.parts().step()
	case key.Matches(msg, k.Top):
		cursor = 0
	case key.Matches(msg, k.Bottom):
		cursor = n - 1
	default:
		return cursor, false
	}
	return min(max(cursor, 0), max(n-1, 0)), true
}

// overflows reports whether a scrolled page's body is taller than the rows it has: it scrolls.
func (p page) overflows() bool {
	sp := p.parts()
	return len(sp.body) > sp.rows
}

// reveal is where the body goes to show its lines from..to (to excluded) between the markers,
// moving as little as it can from at; the start wins when they do not all fit.
func (p page) reveal(at scroller, from, to int) scroller {
	sp := p.parts()
	if len(sp.body) <= sp.rows || to <= from {
		return at
	}
	top := min(max(at.top, 0), sp.last())
	inner := max(sp.rows-2, 1) // the rows between the markers
	if to-1 > top+inner {
		top = to - 1 - inner
	}
	if from < top+1 {
		top = from - 1
	}
	return scroller{top: min(max(top, 0), sp.last())}
}
