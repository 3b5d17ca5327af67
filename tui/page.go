package tui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fitRegion is the part of the screen a section sits in: the top is pinned to the first rows, the
// bottom to the last, and the body is centred vertically in between.
type fitRegion int

// The regions, top to bottom.
const (
	atTop fitRegion = iota
	atBody
	atBottom
)

// fitAlign is how a section's lines sit across the width.
type fitAlign int

// The alignments.
const (
	// flushLeft leaves lines as they are (the caller indents them).
	flushLeft fitAlign = iota
	// centered centres each line on its own.
	centered
	// centeredBlock centres the fitSection as a block: one left margin for all its lines.
	centeredBlock
)

// fitSection is a run of lines that a page keeps or drops as a whole.
type fitSection struct {
	lines     []string
	fitRegion fitRegion
	fitAlign  fitAlign
	// prio orders what is kept when the screen is short: lower is kept first.
	prio int
	// group ties sections that must stay in order (the cues): once one is dropped, the later
	// ones of the same group are dropped too.
	group string
	// alt, when set, is a shorter stand-in used when lines do not fit (plain digits for block
	// digits).
	alt []string
}

// fitPage collects sections in display order and fits them into a screen: the most important
// sections first, blank lines dropped before anything else they separate, every line cut to the
// width. It never returns more lines than the height or a line wider than the width.
type fitPage struct{ secs []fitSection }

// add appends a section.
func (p *fitPage) add(r fitRegion, a fitAlign, prio int, lines ...string) {
	p.secs = append(p.secs, fitSection{lines: lines, fitRegion: r, fitAlign: a, prio: prio})
}

// addGroup appends a section belonging to group g.
func (p *fitPage) addGroup(g string, r fitRegion, a fitAlign, prio int, lines ...string) {
	p.secs = append(p.secs, fitSection{lines: lines, fitRegion: r, fitAlign: a, prio: prio, group: g})
}

// addAlt appends a section with a shorter stand-in for when it does not fit.
func (p *fitPage) addAlt(r fitRegion, a fitAlign, prio int, lines, alt []string) {
	p.secs = append(p.secs, fitSection{lines: lines, fitRegion: r, fitAlign: a, prio: prio, alt: alt})
}

// lines is how many lines the page has with every section kept.
func (p fitPage) lines() int {
	n := 0
	for _, s := range p.secs {
		n += len(s.lines)
	}
	return n
}

// blank appends an empty line that is kept only when there is room for it at prio.
func (p *fitPage) blank(r fitRegion, prio int) { p.add(r, flushLeft, prio, "") }

// render lays the page out in w × h cells.
func (p *fitPage) render(w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	order := make([]int, len(p.secs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(p.secs[a].prio, p.secs[b].prio) })
	keep := make([]bool, len(p.secs))
	closed := map[string]bool{}
	used := 0
	for _, i := range order {
		s := p.secs[i]
		if len(s.lines) == 0 || (s.group != "" && closed[s.group]) {
			continue
		}
		if used+len(s.lines) > h && s.alt != nil && used+len(s.alt) <= h {
			p.secs[i].lines, s.lines = s.alt, s.alt
		}
		if used+len(s.lines) <= h {
			keep[i], used = true, used+len(s.lines)
		} else if s.group != "" {
			closed[s.group] = true
		}
	}
	var parts [3][]string
	for r := range parts {
		for i, s := range p.secs {
			if !keep[i] || s.fitRegion != fitRegion(r) {
				continue
			}
			parts[r] = append(parts[r], placeSection(s, w)...)
		}
		parts[r] = squeezeBlanks(parts[r])
	}
	spare := h - len(parts[0]) - len(parts[1]) - len(parts[2])
	above := spare / 2
	if len(parts[1]) == 0 {
		above = spare
	}
	out := make([]string, 0, h)
	out = append(out, parts[0]...)
	out = append(out, make([]string, above)...)
	out = append(out, parts[1]...)
	out = append(out, make([]string, spare-above)...)
	out = append(out, parts[2]...)
	return strings.Join(out, "\n")
}

// placeSection cuts a section's lines to the width and aligns them.
func placeSection(s fitSection, w int) []string {
	out := make([]string, len(s.lines))
	widest := 0
	for i, l := range s.lines {
		if ansi.StringWidth(l) > w {
			l = ansi.Truncate(l, w, "…")
		}
		out[i] = l
		widest = max(widest, ansi.StringWidth(l))
	}
	for i, l := range out {
		pad := 0
		switch s.fitAlign {
		case centered:
			pad = (w - ansi.StringWidth(l)) / 2
		case centeredBlock:
			pad = (w - widest) / 2
		}
		if pad > 0 && l != "" {
			out[i] = strings.Repeat(" ", pad) + l
		}
	}
	return out
}

// squeezeBlanks drops blank lines at the ends of a region and doubled ones inside it.
func squeezeBlanks(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// indent styles each line with st and puts margin before it.
func indent(margin string, lines []string, st lipgloss.Style) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = margin + st.Render(l)
	}
	return out
}

// fitBullet wraps s to w cells behind a "• " marker, continuation lines indented under the text,
// each line prefixed with indent.
func fitBullet(s string, w int, indent string) []string {
	lines := text.Wrap(s, w-2)
	for i, l := range lines {
		mark := "  "
		if i == 0 {
			mark = "• "
		}
		lines[i] = indent + mark + l
	}
	return lines
}

// textColumn returns the width of a readable text column in a w-cell screen and the margin that
// centres it.
func textColumn(w int) (width int, margin string) {
	width = min(max(w-4, 1), 72)
	return width, strings.Repeat(" ", max((w-width)/2, 0))
}

// keyHint is one key of a one-line help: the binding, a description replacing the binding's
// own when not empty, and keep, its rank when the line is too wide (lowest dropped first).
type keyHint struct {
	b    key.Binding
	desc string
	keep int
}

// oneLineHelp joins "key desc" items with " · " on one line of at most w cells, dropping the
// least-kept items until it fits.
func oneLineHelp(st Styles, items []keyHint, w int) string {
	items = slices.Clone(items)
	for {
		parts := make([]string, len(items))
		for i, it := range items {
			h := it.b.Help()
			desc := cmp.Or(it.desc, h.Desc)
			parts[i] = st.Key.Render(h.Key) + " " + st.Subtle.Render(desc)
		}
		line := strings.Join(parts, st.Subtle.Render(" · "))
		if ansi.StringWidth(line) <= w || len(items) <= 1 {
			return line
		}
		drop := 0
		for i, it := range items {
			if it.keep < items[drop].keep {
				drop = i
			}
		}
		items = slices.Delete(items, drop, drop+1)
	}
}
