package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// previewModel shows a routine before it starts: the steps with doses, the total time, what it
// needs, cautions, and any warning from the safety answers. Enter starts; esc goes back.
type previewModel struct {
	c       *Common
	routine *content.Routine
	// lines is the scrollable body, built once (and again when the width changes); scroll is
	// where it is when it does not fit.
	lines  []string
	scroll scroller
	// sel is the step whose figure shows under it (←/→ choose it), while figures are drawn;
	// shown is the body lines from its row to the end of its figure.
	sel   int
	shown [2]int
	// blocked says why the routine cannot start (not gentle after red flags), "" when it can.
	blocked string
	// err is a planning error shown instead of starting.
	err error
	// today is the routine adjusted from its history (nil until read; see Init).
	today *adapt.Result
}

// previewTodayMsg carries the routine's adjustment from its history.
type previewTodayMsg struct {
	id  string
	res adapt.Result
}

// Init reads the routine's history in a Cmd and works out today's doses.
func (m previewModel) Init() tea.Cmd {
	in, r := m.c.inputs(), m.routine
	return func() tea.Msg {
		res, _ := policy.Today(in, r, false) // an unreadable history shows the routine as written
		return previewTodayMsg{r.ID, res}
	}
}

// runnable is the routine to start: today's version once known, else the base.
func (m previewModel) runnable() *content.Routine {
	if m.today != nil {
		return m.today.Routine
	}
	return m.routine
}

func newPreview(c *Common, r *content.Routine) previewModel {
	m := previewModel{c: c, routine: r}
	if ref := policy.Allowed(c.Answers, r); ref != nil {
		m.blocked = refusalIn(c.Tr, ref)
	}
	m.lines, m.shown = m.body()
	return m
}

// Update handles the preview's keys.
func (m previewModel) Update(msg tea.Msg) (previewModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.lines, m.shown = m.body() // re-wrap for the new width
	case previewTodayMsg:
		if msg.id == m.routine.ID {
			m.today = &msg.res
			m.lines, m.shown = m.body()
		}
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	keys := m.c.Keys
	switch {
	case key.Matches(k, keys.Select):
		// Only once today's version is known: starting early would skip the back-off after pain.
		if m.today != nil && m.blocked == "" && m.err == nil && len(m.runnable().Steps) > 0 {
			req := policy.Request{Routine: m.routine}                                             // the policy works out today's version again
			return m, func() tea.Msg { return startMsg{req: req, warned: true, explained: true} } // shown here
		}
	case key.Matches(k, keys.Back):
		return m, func() tea.Msg { return goHomeMsg{} }
	case key.Matches(k, keys.Quit):
		return m, tea.Quit
	case key.Matches(k, keys.Shorter, keys.Longer) && m.figures():
		m.sel = min(max(m.sel+map[bool]int{true: -1, false: 1}[key.Matches(k, keys.Shorter)], 0), len(m.routine.Steps)-1)
		m.lines, m.shown = m.body()
		m.scroll = m.page().reveal(m.scroll, m.shown[0], m.shown[1])
	default:
		m.scroll, _ = m.page().scroll(k)
	}
	return m, nil
}

// figures reports whether the preview draws the selected step's figure: figures are on and
// the screen has the room for one.
func (m previewModel) figures() bool {
	return m.c.Figures.on() && m.c.Height >= previewFigureHeight && m.c.Width >= MinWidth
}

// previewFigureHeight is the height from which the preview shows the selected step's figure.
const previewFigureHeight = 20

// stepFigure is the figure block under the selected step: its start and where it goes, each in
// a box as wide as the screen allows, indented under the step's name.
func (m previewModel) stepFigure(e *content.Exercise) []string {
	if e == nil || e.Figure == nil {
		return nil
	}
	w := min((m.c.Width-5-3)/2, 26)
	h := 6
	switch {
	case m.c.Height >= hugeHeight:
		h = 9
	case m.c.Height >= 28:
		h = 7
	}
	lines := m.c.Figures.startAndEnd(e.Figure, w, h)
	for i, l := range lines {
		lines[i] = "    " + strings.TrimRight(l, " ")
	}
	return lines
}

// body is everything below the title, wrapped to the width, and the lines from the selected
// step's row to the end of its figure (when figures are shown).
func (m previewModel) body() ([]string, [2]int) {
	c, st, r, w := m.c, m.c.Styles, m.routine, paragraphWidth(m.c.Width)
	var out []string
	add := func(s string) { out = append(out, text.Wrap(s, w)...) }
	plan, err := session.NewPlan(m.runnable(), c.Lib, policy.PlanOptions(c.Settings))
	if len(m.runnable().Steps) == 0 {
		err = errors.New(c.Tr.T("preview.all_skipped"))
	}
	needs := c.Lib.Needs(r)
	if err == nil {
		add(c.Tr.T("preview.total", "Dur", c.Tr.Dur(plan.Total())) + " · " + c.Tr.N("preview.exercises", len(m.runnable().Steps)))
	}
	facts := c.Tr.T("home.where", "Where", whereIn(c.Tr, needs))
	if len(needs.Equipment) > 0 {
		facts += " · " + c.Tr.T("preview.equipment", "What", strings.Join(needs.Equipment, ", "))
	}
	add(facts)
	if r.Summary != "" {
		out = append(out, "")
		add(r.Summary)
	}
	out = append(out, "")
	var cautions []string
	var shown [2]int
	nameW := min(28, max(w/2-4, 8))
	for i, step := range r.Steps {
		e, _ := c.Lib.Exercise(step.Exercise)
		dose := text.DoseIn(c.Tr, step.Dose)
		if s := text.SidesIn(c.Tr, step.Sides); s != "" {
			dose += ", " + s
		}
		row := clip(fmt.Sprintf("%2d. %-*s %s", i+1, nameW, clip(e.Name, nameW), dose), m.c.Width)
		selected := m.figures() && i == m.sel
		if selected {
			shown[0] = len(out)
			if rest, ok := strings.CutPrefix(row, " "); ok {
				row = rest
			}
			row = st.Selected.Render(clip("›"+row, m.c.Width))
		}
		out = append(out, row)
		if adj, ok := m.adjustment(i); ok {
			for _, l := range text.Wrap(c.Tr.T("preview.today", "What", text.AdjustmentIn(c.Tr, c.Lib, adj)), max(w-4, 1)) {
				out = append(out, "    "+st.Accent.Render(l))
			}
		}
		if selected {
			out = append(out, m.stepFigure(e)...)
			shown[1] = len(out)
		}
		if e.Caution != "" && !slices.Contains(cautions, e.Name+": "+e.Caution) {
			cautions = append(cautions, e.Name+": "+e.Caution)
		}
	}
	if avoid := policy.AvoidInPregnancy(c.Lib, r); c.Answers.Pregnant && len(avoid) > 0 {
		out = append(out, "")
		for _, l := range text.Wrap(c.Tr.T("preview.pregnancy", "What", strings.Join(avoid, ", "), "Key", c.Keys.Next.Help().Key), w) {
			out = append(out, st.Warn.Render(l))
		}
	}
	if len(cautions) > 0 {
		out = append(out, "", st.Title.Render(c.Tr.T("preview.cautions")))
		for _, ct := range cautions {
			out = append(out, text.Hang(ct, w, "- ", "  ")...)
		}
	}
	return out, shown
}

// adjustment returns today's change to routine step i, if any.
func (m previewModel) adjustment(i int) (adapt.Adjustment, bool) {
	if m.today == nil {
		return adapt.Adjustment{}, false
	}
	for _, a := range m.today.Adjustments {
		if a.Step == i {
			return a, true
		}
	}
	return adapt.Adjustment{}, false
}

// View draws the title, the scrollable body and the footer.
func (m previewModel) View() string { return m.page().render() }

// page lays the preview out, scrolled: the routine's name on top, the body, and at the bottom
// why it cannot start (if so), the keys and the pain line.
func (m previewModel) page() page {
	c, st, w := m.c, m.c.Styles, m.c.Width
	p := newPage(c, scrolled)
	p.at = m.scroll
	p.add(inHeader, flushLeft, 0, st.Title.Render(m.routine.Name), "")
	p.add(inBody, flushLeft, 0, m.lines...)
	switch {
	case m.err != nil:
		p.add(inFooter, flushLeft, 0, st.Danger.Render(c.Tr.T("preview.cannot_start", "Err", m.err.Error())))
	case m.blocked != "":
		p.add(inFooter, flushLeft, 0, styled(st.Warn, text.Wrap(m.blocked, paragraphWidth(w)))...)
	case m.today != nil && len(m.runnable().Steps) == 0:
		p.add(inFooter, flushLeft, 0, styled(st.Warn, text.Wrap(refusalIn(c.Tr, &policy.Refusal{Reason: policy.AllSkipped, Name: m.routine.Name, ID: m.routine.ID}), paragraphWidth(w)))...)
	}
	if m.today == nil && m.blocked == "" && m.err == nil {
		p.add(inFooter, flushLeft, 1, st.Subtle.Render(c.Tr.T("preview.reading")))
	} else {
		p.add(inFooter, flushLeft, 1, "")
	}
	start := m.today != nil && m.blocked == "" && m.err == nil && len(m.runnable().Steps) > 0
	p.addHelp(inFooter, flushLeft, 0, previewKeys{scrollHelp: scrollHelp{k: c.Keys}, start: start, steps: m.figures() && len(m.routine.Steps) > 1})
	p.add(inFooter, flushLeft, 0, st.Subtle.Render(previewPainLine(c.Tr, c.Keys, w)))
	return p
}

// previewPainLine is the preview's last line, in words that fit w columns: the pain key is
// named with where it acts (in the session), as it does nothing here.
func previewPainLine(tr *msg.Tr, k KeyMap, w int) string {
	pain := k.Pain.Help().Key
	if long := tr.T("preview.pain_line", "Key", pain); ansi.StringWidth(long) <= w {
		return long
	}
	return tr.T("preview.pain_line_short", "Key", pain)
}
