package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// checkinModel asks the check-in before a session starts (checkins = "both"): pain, then
// stiffness, one key each, s to skip; a pain of FlarePain or more offers a flare-up plan. Then
// the session starts as decided — or, when a flare-up was started, is decided again, since the
// flare-up changes what may run and asks the red flags again. esc goes home without starting.
type checkinModel struct {
	c   *Common
	ask asker
	s   startMsg
	d   policy.Decision
	// saving counts the saves not yet reported: the session waits for them, so what it
	// decides under (a flare-up) is on disk and in the answers first.
	saving int
	// flared: a flare-up plan was started here.
	flared bool
}

// checkedInMsg: the check-in before a session is over; start it as decided.
type checkedInMsg struct {
	s startMsg
	d policy.Decision
}

// newCheckin asks the check-in before the session s, decided as d.
func newCheckin(c *Common, s startMsg, d policy.Decision) checkinModel {
	a := newAsker(true, askLoadedMsg{})
	a.when = checkin.Start
	return checkinModel{c: c, ask: a, s: s, d: d}
}

// Update handles the answers; once they are all given (or skipped) and saved, the session
// starts.
func (m checkinModel) Update(msg tea.Msg) (checkinModel, tea.Cmd) {
	switch msg := msg.(type) {
	case askSavedMsg:
		m.ask = m.ask.saved(m.c, msg)
		m.saving--
		m.flared = m.flared || msg.flare != nil && msg.err == nil
		return m, m.next()
	case tea.KeyPressMsg:
		if key.Matches(msg, m.c.Keys.Back) {
			return m, goHomeCmd
		}
		a, cmd, ok := m.ask.key(msg, m.c)
		if !ok {
			return m, nil
		}
		m.ask = a
		if cmd != nil {
			m.saving++
			return m, cmd
		}
		return m, m.next()
	}
	return m, nil
}

// next is the Cmd that goes on once nothing is asked or being saved: the session as decided,
// or decided again after a flare-up was started; nil while waiting.
func (m checkinModel) next() tea.Cmd {
	if m.ask.open() || m.saving > 0 {
		return nil
	}
	s, d := m.s, m.d
	s.checkedIn = true
	if m.flared {
		return func() tea.Msg { return s }
	}
	return func() tea.Msg { return checkedInMsg{s, d} }
}

// View draws the question.
func (m checkinModel) View() string { return m.page().render() }

// page lays the question out, scrolled.
func (m checkinModel) page() page {
	st := m.c.Styles
	cw, margin := textColumn(m.c.Width)
	p := newPage(m.c, scrolled)
	p.margin = margin
	p.add(inHeader, flushLeft, 0, st.Title.Render(m.c.Tr.T("checkin.title")))
	p.add(inHeader, flushLeft, 0, st.Subtle.Render(text.Clip(m.d.Today.Routine.Name, cw)))
	p.titleGap()
	p.add(inBody, flushLeft, 0, m.ask.lines(m.c, cw)...)
	p.addHelp(inFooter, flushLeft, 0, checkinKeys{m.c.Keys, m.ask.waiting()})
	return p
}
