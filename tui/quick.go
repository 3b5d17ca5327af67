package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

// quickDurations are the hold lengths the quick-hold picker steps through.
func quickDurations() []time.Duration {
	s := time.Second
	return []time.Duration{10 * s, 15 * s, 20 * s, 30 * s, 45 * s, 60 * s, 90 * s, 120 * s, 180 * s, 300 * s}
}

// quickDefault is the index in quickDurations of the length the picker starts at, 30 s.
const quickDefault = 3

// quickBestsMsg carries the personal bests the picker shows beside the exercises.
type quickBestsMsg struct{ bests []journal.Best }

// quickModel is the picker behind home's "Quick hold…" and "Max test…": for a hold, its length
// (←/→), the exercise (or none, a bare timer) and whether it is done on each side; for a max
// test, one of the exercises tagged testable, each with its best so far.
type quickModel struct {
	c   *Common
	max bool
	// exercises are the choices; nil is the bare timer.
	exercises []*content.Exercise
	cursor    int
	dur       int  // index into quickDurations
	sides     bool // each side (holds); follows the exercise until s toggles it
	bests     []journal.Best
	// note says why the last choice did not start.
	note string
}

// newQuick returns the picker for a max test (max) or a quick hold, and the Cmd that reads
// the bests shown beside the exercises.
func newQuick(c *Common, max bool) (quickModel, tea.Cmd) {
	m := quickModel{c: c, max: max, dur: quickDefault}
	if !max {
		m.exercises = append(m.exercises, nil)
	}
	var picks []*content.Exercise
	for _, ex := range c.Lib.Exercises() {
		if (max && ex.HasTag("testable") && ex.Dose.Kind == content.DoseHold) || (!max && ex.Dose.Kind == content.DoseHold) {
			picks = append(picks, ex)
		}
	}
	slices.SortStableFunc(picks, func(a, b *content.Exercise) int { return cmp.Compare(a.Name, b.Name) })
	m.exercises = append(m.exercises, picks...)
	m.sides = m.defaultSides()
	path := c.HistoryPath
	return m, func() tea.Msg {
		b, _, _ := journal.ReadBests(path, time.Time{})
		return quickBestsMsg{b}
	}
}

// selected is the exercise under the cursor (nil: the bare timer).
func (m quickModel) selected() *content.Exercise {
	if m.cursor < len(m.exercises) {
		return m.exercises[m.cursor]
	}
	return nil
}

// defaultSides is whether the selected exercise is done on each side.
func (m quickModel) defaultSides() bool {
	ex := m.selected()
	return ex != nil && ex.Sides != content.SidesNone
}

// timer is the quick timer the picker would start.
func (m quickModel) timer() session.Quick {
	if m.max {
		return session.Quick{Kind: session.PlanMax, Exercise: m.selected()}
	}
	return session.Quick{Kind: session.PlanHold, Exercise: m.selected(), Hold: quickDurations()[m.dur],
		Sides: m.sides, Repeat: 1, Rest: session.DefaultQuickRest}
}

// Update handles the picker's keys and the loaded bests.
func (m quickModel) Update(msg tea.Msg) (quickModel, tea.Cmd) {
	switch msg := msg.(type) {
	case quickBestsMsg:
		m.bests = msg.bests
	case tea.KeyPressMsg:
		k := m.c.Keys
		m.note = ""
		if cursor, ok := m.page().listMove(m.cursor, len(m.exercises), msg); ok {
			m.cursor = cursor
			m.sides = m.defaultSides()
			return m, nil
		}
		switch {
		case key.Matches(msg, k.Shorter) && !m.max:
			m.dur = max(m.dur-1, 0)
		case key.Matches(msg, k.Longer) && !m.max:
			m.dur = min(m.dur+1, len(quickDurations())-1)
		case key.Matches(msg, k.Sides) && !m.max:
			m.sides = !m.sides
		case key.Matches(msg, k.Back, k.Quit):
			return m, goHomeCmd
		case key.Matches(msg, k.Select):
			if len(m.exercises) == 0 {
				return m, nil
			}
			q := m.timer()
			return m, func() tea.Msg { return startMsg{req: policy.Request{Quick: &q}} }
		}
	}
	return m, nil
}

// View draws the title and the hold's settings, the exercises (scrolled to keep the cursor in
// view), the selected one's first cue, any note, and the keys.
func (m quickModel) View() string { return m.page().render() }

// page lays the picker out, scrolled: the title and the hold's settings (or what a max test
// is) on top, the exercises in the body centred on the cursor when they do not fit, the first
// cue, any note, the keys and the disclaimer at the bottom.
func (m quickModel) page() page {
	c, st := m.c, m.c.Styles
	w := c.Width
	narrow := w < narrowWidth
	p := newPage(c, scrolled)
	p.minBody = 3
	if m.max {
		sub := "Get ready, then hold as long as you can: " + c.Keys.Clock.Help().Key + " stops the clock."
		if ansi.StringWidth(sub) > w {
			sub = "Hold as long as you can; " + c.Keys.Clock.Help().Key + " stops it."
		}
		p.add(inHeader, flushLeft, 0, st.Title.Render("Max test"), st.Subtle.Render(clip(sub, w)))
	} else {
		sides := "off"
		if m.sides {
			sides = "each side"
		}
		p.add(inHeader, flushLeft, 0, st.Title.Render("Quick hold"),
			fmt.Sprintf("Hold for ‹ %s ›  ·  sides: %s", text.Dur(quickDurations()[m.dur]), sides))
	}
	p.add(inHeader, flushLeft, 0, "")
	if len(m.exercises) == 0 {
		p.add(inBody, flushLeft, 0, "No exercise is tagged testable.")
	}
	nameW := m.nameWidth()
	for i, ex := range m.exercises {
		p.add(inBody, flushLeft, 0, m.row(ex, i == m.cursor, nameW))
	}
	p.follow = m.cursor
	if ex := m.selected(); ex != nil && len(ex.Cues) > 0 {
		p.add(inFooter, flushLeft, 3, "", st.Subtle.Render(clip(ex.Cues[0], w)))
	}
	if m.note != "" {
		p.add(inFooter, flushLeft, 2, st.Warn.Render(clip(m.note, w)))
	}
	p.add(inFooter, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, quickKeys{k: c.Keys, max: m.max, narrow: narrow})
	p.add(inFooter, flushLeft, 0, st.Subtle.Render(disclaimerLine(w)))
	return p
}

// nameWidth is the width of the name column: up to 30; on a narrow max-test picker, what the
// bests in brief leave (the names are short, the bests shorter still).
func (m quickModel) nameWidth() int {
	w := m.c.Width
	if !m.max || w >= narrowWidth {
		return min(30, max(w-12, 8))
	}
	longest, infoW := 0, 0
	for _, ex := range m.exercises {
		longest = max(longest, ansi.StringWidth(ex.Name))
		infoW = max(infoW, ansi.StringWidth(m.info(ex, true)))
	}
	return max(min(longest, w-2-2-infoW), 8)
}

// row is one exercise: its name in nameW cells and, as width allows, its best so far (or where
// it is done), then every mark the safety answers put on it ("[pregnancy!, not gentle]").
func (m quickModel) row(ex *content.Exercise, selected bool, nameW int) string {
	st, w := m.c.Styles, m.c.Width
	name, info := "No exercise (a bare timer)", ""
	narrow := w < narrowWidth
	if ex != nil {
		name, info = ex.Name, m.info(ex, narrow)
	}
	line := fmt.Sprintf("%-*s", nameW, clip(name, nameW))
	if !narrow || m.max {
		line += "  " + info
	}
	mark := ""
	if ex != nil {
		if words := markWords(m.c, session.Quick{Exercise: ex}.Routine(), narrow); words != "" {
			mark = "  " + words
		}
	}
	line = strings.TrimRight(clip(line, w-2-ansi.StringWidth(mark)), " ")
	if selected {
		return st.Selected.Render("› "+line) + st.Warn.Render(mark)
	}
	return "  " + line + st.Warn.Render(mark)
}

// info is what the row says of ex: for a max test its best per side ("best 1:05.0 · 3 tests",
// "left 0:40.2 · right 0:35.0", "no test yet"; in brief "best 1:05.0", "L 0:40.2 R 0:35.0");
// for a hold its longest quick hold, if any.
func (m quickModel) info(ex *content.Exercise, brief bool) string {
	var parts []string
	for _, b := range m.bests {
		if b.Exercise != ex.ID {
			continue
		}
		switch {
		case m.max && b.Tests > 0 && b.Side != "" && brief:
			parts = append(parts, strings.ToUpper(b.Side[:1])+" "+text.Tenths(b.MaxS))
		case m.max && b.Tests > 0 && b.Side != "":
			parts = append(parts, b.Side+" "+text.Tenths(b.MaxS))
		case m.max && b.Tests > 0 && brief:
			parts = append(parts, "best "+text.Tenths(b.MaxS))
		case m.max && b.Tests > 0:
			parts = append(parts, "best "+text.Tenths(b.MaxS), text.Plural(b.Tests, "test"))
		case !m.max && b.HoldS > 0:
			parts = append(parts, "longest "+text.Seconds(b.HoldS))
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
		return "no test yet"
	}
	return ex.Position.String()
}
