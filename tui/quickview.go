package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
)

// View draws the title and the hold's settings, the exercises (scrolled to keep the cursor in
// view), the selected one's first cue, any note, and the keys.
func (m quickModel) View() string { return m.page().render() }

// page lays the picker out, scrolled: the title and the hold's settings (or what a max test
// is) and the filter on top, the exercises in the body centred on the cursor when they do not
// fit, the first cue, any note, the keys and the disclaimer at the bottom.
func (m quickModel) page() page {
	c, st, tr := m.c, m.c.Styles, m.c.Tr
	w := c.Width
	p := newPage(c, scrolled)
	p.minBody = 3
	if m.max {
		sub := tr.T("max.sub_long", "Key", c.Keys.Clock.Help().Key)
		if ansi.StringWidth(sub) > w {
			sub = tr.T("max.sub_short", "Key", c.Keys.Clock.Help().Key)
		}
		p.add(inHeader, flushLeft, 0, st.Title.Render(tr.T("max.title")), st.Subtle.Render(clip(sub, w)))
	} else {
		sides := tr.T("quick.sides_off")
		if m.sides {
			sides = tr.T("quick.sides_each")
		}
		p.add(inHeader, flushLeft, 0, st.Title.Render(tr.T("quick.title")),
			tr.T("quick.hold_for", "Dur", tr.Dur(quickDurations()[m.dur]), "Sides", sides))
	}
	if m.filter.active() {
		p.add(inHeader, flushLeft, 0, m.filter.line(m.c.Tr))
	}
	p.add(inHeader, flushLeft, 0, "")
	vis := m.visible()
	switch {
	case len(m.items) == 0:
		p.add(inBody, flushLeft, 0, tr.T("quick.none_testable"))
	case len(vis) == 0:
		p.add(inBody, flushLeft, 0, tr.T("quick.no_match", "Key", c.Keys.Back.Help().Key))
	}
	cols := m.columns(vis)
	for i, it := range vis {
		p.add(inBody, flushLeft, 0, m.row(it.ex, i == m.cursor, cols))
	}
	p.follow = m.cursor
	if fig := m.figure(); fig != nil {
		p.add(inFooter, flushLeft, 4, append([]string{""}, fig...)...)
	}
	if ex := m.selected(); ex != nil && len(ex.Cues) > 0 {
		p.add(inFooter, flushLeft, 3, "", st.Subtle.Render(clip(ex.Cues[0], w)))
	}
	if m.note != "" {
		p.add(inFooter, flushLeft, 2, st.Warn.Render(clip(m.note, w)))
	}
	p.add(inFooter, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, quickKeys{k: c.Keys, max: m.max, narrow: w < narrowWidth, filtering: m.filter.typing})
	p.add(inFooter, flushLeft, 0, st.Subtle.Render(disclaimerLineIn(tr, w)))
	return p
}

// pickerFigureHeight is the height from which the pickers show the selected exercise's figure.
const pickerFigureHeight = 24

// figure is the selected exercise's figure, how it starts and the pose held, when figures are
// drawn and the screen is tall enough to keep the list in view too (nil otherwise).
func (m quickModel) figure() []string {
	c := m.c
	if !c.Figures.on() || c.Height < pickerFigureHeight || m.selected() == nil {
		return nil
	}
	h := 5
	if c.Height >= hugeHeight {
		h = 7
	}
	lines := c.Figures.startAndEnd(m.selected().Figure, min((c.Width-2-3)/2, 24), h)
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// quickColumns are the widths of the picker's rows, worked out once for the rows shown: the
// name, what is said of each exercise (0 when left out) and the safety answers' marks (0 when
// none), in brief words on a narrow screen.
type quickColumns struct {
	name, info, mark int
	brief            bool
}

// columns fits the rows of vis in the width, using it: the name as wide as the longest; a
// mark always whole and the info column (where it is done, or the bests) never covered — the
// name gives way first, then (a hold's) info is left out, then the name again.
func (m quickModel) columns(vis []quickItem) quickColumns {
	w := m.c.Width
	narrow := w < narrowWidth
	var names, infos, marks int
	for _, it := range vis {
		name := m.c.Tr.T("quick.bare_timer")
		if it.ex != nil {
			name = it.ex.Name
			infos = max(infos, ansi.StringWidth(m.info(it.ex, narrow)))
			marks = max(marks, ansi.StringWidth(m.mark(it.ex, narrow)))
		}
		names = max(names, ansi.StringWidth(name))
	}
	gap := func(n int) int { return min(n, 1) * (2 + n) }
	cols := quickColumns{info: infos, mark: marks, brief: narrow}
	if narrow && !m.max {
		cols.info = 0 // a hold's position words need the room of a wider screen
	}
	room := w - 2 - gap(cols.info) - gap(cols.mark)
	if room < min(names, 16) && !m.max && cols.info > 0 {
		cols.info = 0
		room = w - 2 - gap(cols.mark)
	}
	cols.name = max(min(names, room), 8)
	return cols
}

// row is one exercise: its name and, as the columns allow, where it is done (or its best so
// far), then every mark the safety answers put on it, in words.
func (m quickModel) row(ex *content.Exercise, selected bool, cols quickColumns) string {
	st, w := m.c.Styles, m.c.Width
	name, info, mark := m.c.Tr.T("quick.bare_timer"), "", ""
	if ex != nil {
		name, info, mark = ex.Name, m.info(ex, cols.brief), m.mark(ex, cols.brief)
	}
	line := text.Pad(clip(name, cols.name), cols.name)
	if cols.info > 0 {
		line += "  " + text.Pad(clip(info, cols.info), cols.info)
	}
	if mark != "" {
		mark = "  " + mark
	} else {
		line = strings.TrimRight(line, " ")
	}
	line = clip(line, w-2-ansi.StringWidth(mark))
	if selected {
		return st.Selected.Render("› "+line) + st.Warn.Render(mark)
	}
	return "  " + line + st.Warn.Render(mark)
}

// mark is what the safety answers mark on ex, in words (see markWords).
func (m quickModel) mark(ex *content.Exercise, brief bool) string {
	return markWords(m.c, session.Quick{Exercise: ex}.Routine(), brief)
}

// info is what the row says of ex: for a max test its best per side ("best 1:05.0 · 3 tests",
// "left 0:40.2 · right 0:35.0", "no test yet"; in brief "best 1:05.0", "L 0:40.2 R 0:35.0");
// for a hold its longest quick hold, if any, else where it is done, in the words of
// `limber list` ("Lying on your back").
func (m quickModel) info(ex *content.Exercise, brief bool) string {
	var parts []string
	tr := m.c.Tr
	for _, b := range m.bests {
		if b.Exercise != ex.ID {
			continue
		}
		switch {
		case m.max && b.Tests > 0 && b.Side != "" && brief:
			parts = append(parts, sideInitial(tr, b.Side)+" "+text.Tenths(b.MaxS))
		case m.max && b.Tests > 0 && b.Side != "":
			parts = append(parts, sideWord(tr, b.Side)+" "+text.Tenths(b.MaxS))
		case m.max && b.Tests > 0 && brief:
			parts = append(parts, tr.T("max.best", "Time", text.Tenths(b.MaxS)))
		case m.max && b.Tests > 0:
			parts = append(parts, tr.T("max.best", "Time", text.Tenths(b.MaxS)), tr.N("max.tests", b.Tests))
		case !m.max && b.HoldS > 0:
			parts = append(parts, tr.T("quick.longest", "Time", text.Seconds(b.HoldS)))
		}
	}
	sep := " · "
	if brief {
		sep = " "
	}
	switch {
	case len(parts) > 0:
		return strings.Join(parts, sep)
	case m.max:
		return tr.T("max.no_test")
	}
	return text.PositionLabelIn(m.c.Tr, ex.Position)
}

// sideWord is a side as the history writes it ("left", "right") in the language: "links".
func sideWord(tr *msg.Tr, side string) string {
	switch side {
	case "left":
		return tr.T("side.word_left")
	case "right":
		return tr.T("side.word_right")
	}
	return side
}

// sideInitial is sideWord's first letter, upper-case: "L", German "L", French "G" (gauche).
func sideInitial(tr *msg.Tr, side string) string {
	w := []rune(sideWord(tr, side))
	if len(w) == 0 {
		return ""
	}
	return strings.ToUpper(string(w[0]))
}
