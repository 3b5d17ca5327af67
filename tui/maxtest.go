package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// maxBestsMsg carries the personal bests from before a max test.
type maxBestsMsg struct {
	bests []journal.Best
	err   error
}

// maxTestModel is the max-test screen: the run screen's get-ready countdown (and switch), then
// a stopwatch in big digits counting up until space — or ! for sharp pain — and at the end the
// result, compared with the best from before the test and celebrated when it beats it.
type maxTestModel struct {
	// run drives the engine: its ticks, bell, voice, pain prompt and quit question, and the
	// end of the session.
	run runModel
	// before are the bests from before the test, once loaded (loadErr when they could not be).
	before  []journal.Best
	loaded  bool
	loadErr error
	// rec is the finished session's record (nil while it runs) and results its count-ups.
	rec     *session.Record
	results []journal.MaxResult
	// saved is set once the root reported the save; saveErr is its error.
	saved   bool
	saveErr error
}

// newMaxTest starts the max test of plan and reads the bests from before it.
func newMaxTest(c *Common, plan *session.Plan) (maxTestModel, tea.Cmd) {
	run, tick := newRun(c, plan)
	// The log keeps whole seconds: this test's own entry, once saved, starts at before.
	path, before := c.HistoryPath, c.Now().Truncate(time.Second)
	load := func() tea.Msg {
		b, _, err := journal.ReadBests(path, before)
		return maxBestsMsg{b, err}
	}
	return maxTestModel{run: run}, tea.Batch(tick, load)
}

// ended shows the result of the finished session rec (the root saves it).
func (m maxTestModel) ended(rec session.Record) maxTestModel {
	m.rec = &rec
	m.results = journal.MaxResults(rec, m.before)
	return m
}

// counting reports whether the stopwatch runs and space would stop it.
func (m maxTestModel) counting() bool {
	r := m.run
	return r.eng.State() == session.StateRunning && !r.confirm && !r.help &&
		r.eng.Snapshot(r.c.Now()).Step.Kind == session.KindCountUp
}

// Update handles the bests, the save, ticks and keys: space stops the stopwatch, the rest is
// the run screen's; after the test, enter goes home, h to the history, q quits.
func (m maxTestModel) Update(msg tea.Msg) (maxTestModel, tea.Cmd) {
	switch msg := msg.(type) {
	case maxBestsMsg:
		m.before, m.loaded, m.loadErr = msg.bests, true, msg.err
		if m.rec != nil {
			m.results = journal.MaxResults(*m.rec, m.before)
		}
		return m, nil
	case savedMsg:
		m.saved, m.saveErr = true, msg.err
		return m, nil
	case tea.KeyPressMsg:
		if m.rec != nil {
			return m, m.resultKey(msg)
		}
		if m.counting() && key.Matches(msg, m.run.c.Keys.Pause) {
			ring := m.run.clock()
			m.run.note = ""
			m.run.eng.Done(m.run.c.Now())
			m.run.speak(m.run.eng.DrainCues())
			return m, m.run.after(ring)
		}
	}
	var cmd tea.Cmd
	m.run, cmd = m.run.Update(msg)
	return m, cmd
}

// resultKey handles the result screen's keys.
func (m maxTestModel) resultKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.run.c.Keys
	switch {
	case key.Matches(msg, k.Select):
		return goHomeCmd
	case key.Matches(msg, k.History):
		return func() tea.Msg { return goHistoryMsg{} }
	case key.Matches(msg, k.Quit):
		return tea.Quit
	}
	return nil
}

// View draws the run screen while getting ready or switching sides (and at the pain prompt or
// the quit question), the stopwatch while it counts, and the result at the end.
func (m maxTestModel) View() string {
	switch {
	case m.rec != nil:
		return m.resultView()
	case m.run.eng.Snapshot(m.run.c.Now()).Step.Kind == session.KindCountUp &&
		m.run.eng.State() != session.StatePainPrompt && !m.run.help:
		return m.stopwatchView()
	}
	return m.run.View()
}
