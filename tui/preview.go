package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// previewModel shows a routine before it starts: the steps with doses, the total time, what it
// needs, cautions, and any warning from the safety answers. Enter starts; esc goes back.
type previewModel struct {
	c       *Common
	routine *content.Routine
	// lines is the scrollable body, built once; offset the first line shown.
	lines  []string
	offset int
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
		m.blocked = ref.Text
	}
	m.lines = m.body()
	return m
}

// Update handles the preview's keys.
func (m previewModel) Update(msg tea.Msg) (previewModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.lines = m.body() // re-wrap for the new width
	case previewTodayMsg:
		if msg.id == m.routine.ID {
			m.today = &msg.res
			m.lines = m.body()
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
	case key.Matches(k, keys.Up):
		m.offset = max(m.offset-1, 0)
	case key.Matches(k, keys.Down):
		m.offset = min(m.offset+1, max(len(m.lines)-m.rows(), 0))
	}
	return m, nil
}

// body is everything below the title, wrapped to the width.
func (m previewModel) body() []string {
	c, st, r, w := m.c, m.c.Styles, m.routine, m.c.Width
	var out []string
	add := func(s string) { out = append(out, text.Wrap(s, w)...) }
	plan, err := session.NewPlan(m.runnable(), c.Lib, policy.PlanOptions(c.Settings))
	if len(m.runnable().Steps) == 0 {
		err = errors.New("every exercise is skipped today")
	}
	needs := c.Lib.Needs(r)
	if err == nil {
		add(fmt.Sprintf("Total: %s · %s", text.Dur(plan.Total()), text.Plural(len(m.runnable().Steps), "exercise")))
	}
	facts := "Where: " + needs.Where()
	if len(needs.Equipment) > 0 {
		facts += " · Equipment: " + strings.Join(needs.Equipment, ", ")
	}
	add(facts)
	if r.Summary != "" {
		out = append(out, "")
		add(r.Summary)
	}
	out = append(out, "")
	var cautions []string
	nameW := min(28, max(w/2-4, 8))
	for i, step := range r.Steps {
		e, _ := c.Lib.Exercise(step.Exercise)
		dose := step.Dose.String()
		if s := step.Sides.Text(); s != "" {
			dose += ", " + s
		}
		out = append(out, clip(fmt.Sprintf("%2d. %-*s %s", i+1, nameW, clip(e.Name, nameW), dose), w))
		if adj, ok := m.adjustment(i); ok {
			for _, l := range text.Wrap("today: "+text.Adjustment(c.Lib, adj), max(w-4, 1)) {
				out = append(out, "    "+st.Accent.Render(l))
			}
		}
		if e.Caution != "" && !slices.Contains(cautions, e.Name+": "+e.Caution) {
			cautions = append(cautions, e.Name+": "+e.Caution)
		}
	}
	if avoid := policy.AvoidInPregnancy(c.Lib, r); c.Answers.Pregnant && len(avoid) > 0 {
		out = append(out, "")
		for _, l := range text.Wrap("In pregnancy, avoid: "+strings.Join(avoid, ", ")+". Skip them with n during the run, or pick the pregnancy routine.", w) {
			out = append(out, st.Warn.Render(l))
		}
	}
	if len(cautions) > 0 {
		out = append(out, "", st.Title.Render("Cautions"))
		for _, ct := range cautions {
			add("- " + ct)
		}
	}
	return out
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

// frame returns the lines above and below the scrolling body.
func (m previewModel) frame() (top, bottom []string) {
	st, w := m.c.Styles, m.c.Width
	top = []string{st.Title.Render(clip(m.routine.Name, w)), ""}
	switch {
	case m.err != nil:
		bottom = append(bottom, st.Danger.Render(clip("Cannot start: "+m.err.Error(), w)))
	case m.blocked != "":
		for _, l := range text.Wrap(m.blocked, w) {
			bottom = append(bottom, st.Warn.Render(l))
		}
	}
	help := "enter start · ↑/↓ scroll · esc back · q quit"
	switch {
	case m.blocked != "" || m.err != nil:
		help = "↑/↓ scroll · esc back · q quit"
	case m.today == nil:
		help = "reading your history… · esc back · q quit"
	}
	bottom = append(bottom, "", st.Subtle.Render(clip(help, w)), st.Subtle.Render(clip("Gentle pull is fine; sharp pain is not. Press ! any time.", w)))
	return top, bottom
}

// rows is how many body lines fit between the frame's top and bottom.
func (m previewModel) rows() int {
	top, bottom := m.frame()
	return max(m.c.Height-len(top)-len(bottom), 0)
}

// View draws the title, the scrollable body and the footer.
func (m previewModel) View() string {
	top, bottom := m.frame()
	body, rows := m.lines, m.rows()
	off := min(m.offset, max(len(body)-rows, 0))
	shown := body[off:min(off+rows, len(body))]
	for len(shown) < rows {
		shown = append(shown, "")
	}
	all := append(append(top, shown...), bottom...)
	if len(all) > m.c.Height {
		all = all[:max(m.c.Height, 0)]
	}
	return strings.Join(all, "\n")
}
