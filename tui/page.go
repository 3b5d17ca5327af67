package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"
)

// region is where a section sits on a page.
type region int

// The regions, top to bottom.
const (
	// inHeader is pinned to the first rows.
	inHeader region = iota
	// inBody is the room between header and footer: fitted on a fitted page (and centred
	// vertically), scrolled on a scrolled one.
	inBody
	// underBody follows the body's last line and never scrolls out of view: a question waiting
	// for its answer. On a fitted page it is part of the body.
	underBody
	// inFooter is pinned to the last rows: notices and the key help.
	inFooter
)

// align is how a section's lines sit across the width.
type align int

// The alignments.
const (
	// flushLeft puts each line after the page's margin.
	flushLeft align = iota
	// centered centres each line on its own.
	centered
	// centeredBlock centres the section as a block: one left margin for all its lines.
	centeredBlock
)

// pageMode is what a page does with a body taller than the room it has.
type pageMode int

// The modes.
const (
	// fitted drops whole sections, the least important first (see section.prio), so the page
	// always fits and nothing ever scrolls: the run screen and the max test, read from the
	// floor, where the countdown and the pain line must never move away.
	fitted pageMode = iota
	// scrolled keeps every body line: the body scrolls between the pinned header and footer,
	// with "↑ n more" and "↓ n more" over its first and last rows while lines are hidden.
	scrolled
)

// String names the mode.
func (m pageMode) String() string {
	if m == scrolled {
		return "scrolled"
	}
	return "fitted"
}

// section is a run of lines that a page keeps or drops as a whole.
type section struct {
	lines []string
	// alt, when set, is a shorter stand-in used when lines do not fit (plain digits for block
	// digits); fitted pages only.
	alt []string
	// keys, when set, makes the section key help: its lines are drawn from keys by the help
	// model when the page is, at the width then known — FullHelp's columns when full, else
	// ShortHelp's one line.
	keys help.KeyMap
	full bool
	// indent goes before each line of key help, inside the alignment.
	indent string
	// region and align place the section.
	region region
	align  align
	// prio orders what is kept when the screen is short: lower is kept first. On a scrolled
	// page only pinned sections are ever dropped, and never those of prio 0.
	prio int
	// group ties sections that must stay in order (the cues): once one is dropped, the later
	// ones of the same group are dropped too.
	group string
}

// page is one screen laid out in the terminal: a pinned header, a body, and a pinned footer
// that holds the key help (and the notices and prompts that must stay in view). Every screen
// draws through a page, in one of two modes (see pageMode). Build it with the add methods in
// display order, then render it.
type page struct {
	mode pageMode
	st   Styles
	keys KeyMap
	w, h int
	// margin goes before every flush-left line.
	margin string
	secs   []section
	// at is where a scrolled body is (see scroller).
	at scroller
	// follow, when not negative, is the body line a scrolled list keeps in view (its cursor):
	// the list is centred on it as far as its ends allow, and the scroller is not used.
	follow int
	// minBody is how many rows a scrolled page keeps for its body (as many as it has, up to
	// this) before it drops pinned sections, the highest prio first.
	minBody int
	// anchor, when not negative, is the body section a fitted page centres on instead of the
	// whole body (the run screen's count): pages built alike above it keep it, and what is
	// above it, on the same rows whatever follows it.
	anchor int
}

// newPage starts an empty page of the screen's size in mode.
func newPage(c *Common, mode pageMode) page {
	return page{mode: mode, st: c.Styles, keys: c.Keys, w: c.Width, h: c.Height, follow: -1, minBody: 1, anchor: -1}
}

// newTextPage starts a scrolled page for the text screens (the safety check, the history):
// flush left after a one-column margin.
func newTextPage(c *Common) page {
	p := newPage(c, scrolled)
	p.margin = strings.Repeat(" ", screenMargin(c.Width))
	return p
}

// titleGap puts a blank line under a text screen's title when the terminal is tall enough to
// spare it.
func (p *page) titleGap() {
	if p.h >= 16 {
		p.add(inHeader, flushLeft, 1, "")
	}
}

// add appends a section.
func (p *page) add(r region, a align, prio int, lines ...string) {
	p.secs = append(p.secs, section{lines: lines, region: r, align: a, prio: prio})
}

// addGroup appends a section belonging to group g.
func (p *page) addGroup(g string, r region, a align, prio int, lines ...string) {
	p.secs = append(p.secs, section{lines: lines, region: r, align: a, prio: prio, group: g})
}

// addAlt appends a section with a shorter stand-in for when it does not fit.
func (p *page) addAlt(r region, a align, prio int, lines, alt []string) {
	p.secs = append(p.secs, section{lines: lines, region: r, align: a, prio: prio, alt: alt})
}

// blank appends an empty line (on a fitted page, kept only when there is room for it at prio).
func (p *page) blank(r region, prio int) { p.add(r, flushLeft, prio, "") }

// addHelp appends km's one-line key help.
func (p *page) addHelp(r region, a align, prio int, km help.KeyMap) {
	p.secs = append(p.secs, section{keys: km, region: r, align: a, prio: prio, lines: []string{""}})
}

// addFullHelp appends km's full key help, one key a line, each after indent.
func (p *page) addFullHelp(r region, a align, prio int, indent string, km help.KeyMap) {
	p.secs = append(p.secs, section{keys: km, full: true, indent: indent, region: r, align: a, prio: prio})
}

// helpKeys is the key map of the page's (first) key help section; nil when it has none.
func (p page) helpKeys() help.KeyMap {
	for _, s := range p.secs {
		if s.keys != nil {
			return s.keys
		}
	}
	return nil
}

// render draws the page in its w×h cells: never a line wider than w nor more than h lines.
func (p page) render() string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	var lines []string
	if p.mode == scrolled {
		lines = p.scrolledLines()
	} else {
		lines = p.fittedLines()
	}
	lines = lines[:min(len(lines), p.h)]
	for i, l := range lines {
		if ansi.StringWidth(l) > p.w {
			lines[i] = ansi.Truncate(l, p.w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// drawn returns the sections with their key help drawn; scrolling tells key maps that name
// the scrolling keys (scrollable) that the body scrolls.
func (p page) drawn(scrolling bool) []section {
	out := make([]section, len(p.secs))
	for i, s := range p.secs {
		if s.keys != nil {
			km := s.keys
			if sk, ok := km.(scrollable); ok {
				km = sk.scrolling(scrolling)
			}
			w := p.w - ansi.StringWidth(s.indent)
			switch s.align {
			case flushLeft:
				w -= ansi.StringWidth(p.margin)
			case centeredBlock:
				w -= 4 // a centred block keeps off the edges
			}
			if s.full {
				s.lines = p.st.FullHelp(km, w)
			} else {
				s.lines = []string{p.st.ShortHelp(km, w)}
			}
			for j, l := range s.lines {
				s.lines[j] = s.indent + l
			}
		}
		out[i] = s
	}
	return out
}

// place cuts a section's lines to the width and aligns them.
func (p page) place(s section) []string {
	out := make([]string, len(s.lines))
	widest := 0
	for i, l := range s.lines {
		if s.align == flushLeft && l != "" {
			l = p.margin + l
		}
		if ansi.StringWidth(l) > p.w {
			l = ansi.Truncate(l, p.w, "…")
		}
		out[i] = l
		widest = max(widest, ansi.StringWidth(l))
	}
	for i, l := range out {
		pad := 0
		switch s.align {
		case centered:
			pad = (p.w - ansi.StringWidth(l)) / 2
		case centeredBlock:
			pad = (p.w - widest) / 2
		}
		if pad > 0 && l != "" {
			out[i] = strings.Repeat(" ", pad) + l
		}
	}
	return out
}

// placeAll places the sections of region r (in the order added), all of them or those kept.
func (p page) placeAll(secs []section, keep []bool, r ...region) []string {
	var out []string
	for i, s := range secs {
		if keep != nil && !keep[i] {
			continue
		}
		for _, want := range r {
			if s.region == want {
				out = append(out, p.place(s)...)
			}
		}
	}
	return out
}
