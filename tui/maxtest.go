package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/runner"
)

// maxBestsMsg carries the personal bests from before a max test.
type maxBestsMsg struct {
	bests []journal.Best
	err   error
}

// maxTestModel is the max-test screen: a get-ready countdown (and a switch between sides),
// then a stopwatch in big digits counting up until space — or ! for sharp pain — and at the end
// the result, compared with the best from before the test and celebrated when it beats it.
// Space always acts on the clock: it starts it early while getting ready and stops it while it
// counts. The run screen's other keys (next, back, reps, set done, pause) do nothing here.
type maxTestModel struct {
	// run drives the engine: its ticks, bell, voice, pain prompt and quit question, and the
	// end of the session.
	run runModel
	// help is set while the max test's own key help shows; helpHeld when opening it held the
	// clock (a get-ready or switch countdown waits under the help; a running stopwatch does not).
	help, helpHeld bool
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

// newMaxTest starts the max test run and reads the bests from before it.
func newMaxTest(c *Common, r *runner.Run) (maxTestModel, tea.Cmd) {
	run, tick := newRun(c, r)
	run.keepRunning = true // the person is still holding while asked whether to quit
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
	return r.eng.State() == session.StateRunning && !r.confirm &&
		r.eng.Snapshot(r.c.Now()).Step.Kind == session.KindCountUp
}

// Update handles the bests, the save, ticks and keys (see testKey); after the test, enter goes
// home, h to the history, q quits.
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
		return m.testKey(msg)
	}
	var cmd tea.Cmd
	m.run, cmd = m.run.Update(msg)
	return m, cmd
}

// testKey handles a key during the test. The quit question and the pain prompt answer as on
// the run screen; otherwise only the test's keys act: space on the clock, ! sharp pain, q quit
// (asks first) and ? this test's help (esc closes it too). Any other key is ignored. The help
// holds a get-ready (or switch) countdown until it closes, as the run screen's help holds its
// clock; a stopwatch already counting runs on under it.
func (m maxTestModel) testKey(msg tea.KeyPressMsg) (maxTestModel, tea.Cmd) {
	k := m.run.c.Keys
	switch {
	case m.run.confirm || m.run.eng.State() == session.StatePainPrompt:
	case key.Matches(msg, k.Quit, k.Pain):
		m.closeHelp()
	case key.Matches(msg, k.Help) && !m.help:
		m.help = true
		if !m.counting() {
			m.helpHeld = m.run.run.Hold(m.run.c.Now())
		}
		return m, m.run.after(false)
	case key.Matches(msg, k.Help, k.Back) && m.help:
		m.closeHelp()
		return m, m.run.after(false)
	case key.Matches(msg, k.Clock):
		m.closeHelp()
		return m, m.space()
	default:
		return m, nil
	}
	var cmd tea.Cmd
	m.run, cmd = m.run.Update(msg)
	return m, cmd
}

// closeHelp closes the help, releasing the countdown it held.
func (m *maxTestModel) closeHelp() {
	if m.helpHeld {
		m.run.run.Release(m.run.c.Now())
	}
	m.help, m.helpHeld = false, false
}

// space acts on the clock at the key: while getting ready (or switching sides) it starts the
// stopwatch now; while it counts, it stops it — the time is exact to the key press.
func (m *maxTestModel) space() tea.Cmd {
	r := &m.run
	r.note = ""
	u, _ := r.run.Act(r.c.Now(), runner.Clock)
	return r.after(u.Ring)
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

// View draws the get-ready (or switch) countdown, the stopwatch while it counts (with the quit
// question under it when asked), the test's key help, the run screen's pain prompt, and the
// result at the end.
func (m maxTestModel) View() string { return m.page().render() }
