package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/runner"
)

// tickMsg asks the run screen to bring the session up to the clock. gen is the schedule it
// belongs to: the screen keeps exactly one live tick, and a tick whose gen is not the screen's
// current one is stale and dropped.
type tickMsg struct{ gen int }

// runModel is the run screen. It turns keys into the runner's actions and wakes at the instants
// the engine says the view changes (each second of a countdown, a tempo beat, a breathing
// phase, a step's end), rings the bell when the runner says so, and reports the end of the
// session to the root exactly once.
type runModel struct {
	c   *Common
	run *runner.Run
	eng *session.Engine

	// gen is the generation of the live tick; due is when it fires (zero when none is live:
	// paused, at the pain prompt, waiting for self-paced reps, or finished).
	gen int
	due time.Time
	// confirm is set while asking "End this session?"; help while the full key help shows.
	confirm, help bool
	// keepRunning leaves the clock running under the quit question (a max test: the person is
	// still holding); otherwise the question and the help hold the clock (runner.Hold).
	keepRunning bool
	// note is a short message about the last key (e.g. no gentler variant).
	note string
	// painScroll is where the pain prompt's text is scrolled to.
	painScroll scroller
	// ended is set once sessionEndedMsg was sent.
	ended bool
	// bells counts the bells rung, so tests can see them without running the Cmds.
	bells int
}

// newRun starts the session run at the clock's now and schedules its first tick.
func newRun(c *Common, run *runner.Run) (runModel, tea.Cmd) {
	m := runModel{c: c, run: run, eng: run.Engine()}
	run.Start(c.Now())
	return m, m.after(false)
}

// Update handles the run screen's keys and ticks.
func (m runModel) Update(msg tea.Msg) (runModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.gen != m.gen || m.ended {
			return m, nil
		}
		return m, m.after(m.run.Tick(m.c.Now()).Ring)
	case tea.KeyPressMsg:
		if m.ended {
			return m, nil
		}
		ring := m.run.Tick(m.c.Now()).Ring
		if !m.run.Finished() {
			m.note = ""
			m.key(msg)
		}
		return m, m.after(ring)
	}
	return m, nil
}

// key acts on one key press at the clock's now. The quit question and the help are overlays:
// they hold a running clock (so a hold never ends unseen behind them) and release it when they
// close; while the help shows only ?, esc, space (close), ! and q act.
func (m *runModel) key(msg tea.KeyPressMsg) {
	k, now := m.c.Keys, m.c.Now()
	act := func(a runner.Action) {
		if a == runner.Pain {
			m.painScroll = scroller{}
		}
		if _, err := m.run.Act(now, a); err != nil {
			m.note = m.c.Tr.T("pain.no_gentler")
		}
	}
	switch {
	case m.confirm: // q again confirms: the key that asked is the one that ends
		switch {
		case key.Matches(msg, k.EndYes):
			m.confirm = false
			act(runner.Stop)
		case key.Matches(msg, k.EndNo):
			m.confirm = false
			m.run.Release(now)
		case key.Matches(msg, k.Pain):
			m.confirm = false
			act(runner.Pain)
		}
	case key.Matches(msg, k.Quit):
		m.confirm, m.help = true, false
		if !m.keepRunning {
			m.run.Hold(now)
		}
	case m.eng.State() == session.StatePainPrompt:
		if a, ok := m.painAction(msg); ok { // before scrolling: g is the gentler variant here
			act(a)
		} else if sc, ok := m.painPage(m.eng.Snapshot(now)).scroll(msg); ok {
			m.painScroll = sc
		} else if key.Matches(msg, k.Back, k.Help) { // its help is the choices it shows
			m.note = m.c.Tr.T("pain.choose", "Keys", painChoiceKeys(k, m.eng.Snapshot(now).Gentler != nil))
		}
	case m.help:
		switch {
		case key.Matches(msg, k.Help, k.Back, k.Pause):
			m.help = false
			m.run.Release(now)
		case key.Matches(msg, k.Pain):
			m.help = false
			act(runner.Pain)
		}
	case key.Matches(msg, k.Help):
		m.help = true
		m.run.Hold(now)
	default:
		for _, b := range []struct {
			k key.Binding
			a runner.Action
		}{{k.Pain, runner.Pain}, {k.Pause, runner.Pause}, {k.Next, runner.Next}, {k.Prev, runner.Back},
			{k.Rep, runner.Rep}, {k.DoneSet, runner.Done}} {
			if key.Matches(msg, b.k) {
				act(b.a)
				return
			}
		}
	}
}

// painAction is the pain prompt's answer a key gives: skip the exercise, its gentler variant,
// end the session, or continue.
func (m *runModel) painAction(msg tea.KeyPressMsg) (runner.Action, bool) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Skip):
		return runner.SkipExercise, true
	case key.Matches(msg, k.Gentler):
		return runner.Gentler, true
	case key.Matches(msg, k.End):
		return runner.EndSession, true
	case key.Matches(msg, k.Continue):
		return runner.Continue, true
	}
	return 0, false
}

// painChoiceKeys names the pain prompt's choices: "s, g, e or c", without g when the exercise
// has no gentler variant.
func painChoiceKeys(k KeyMap, gentler bool) string {
	if gentler {
		return k.tr.T("pain.choice_keys", "A", k.Skip.Help().Key, "B", k.Gentler.Help().Key, "C", k.End.Help().Key, "D", k.Continue.Help().Key)
	}
	return k.tr.T("pain.choice_keys3", "A", k.Skip.Help().Key, "C", k.End.Help().Key, "D", k.Continue.Help().Key)
}

// after finishes handling an event: the bell when ring (and the bell is on), then either the
// end of the session (sent once) or the next tick.
func (m *runModel) after(ring bool) tea.Cmd {
	var bell tea.Cmd
	if ring && m.c.Bell {
		m.bells++
		bell = tea.Raw("\a") // View filters BEL; raw output reaches the terminal
	}
	if m.run.Finished() {
		m.gen++
		m.due = time.Time{}
		if m.ended {
			return bell
		}
		m.ended = true
		rec := m.run.Record()
		return tea.Batch(bell, func() tea.Msg { return sessionEndedMsg{rec} })
	}
	return tea.Batch(bell, m.schedule())
}

// schedule replaces the live tick: it bumps the generation (so any tick in flight is stale)
// and, when the engine says the view changes at some instant — or the figure moves to its next
// frame first — returns one tick for then.
func (m *runModel) schedule() tea.Cmd {
	m.gen++
	now := m.c.Now()
	at, ok := m.run.NextChange(now)
	if d, moves := m.figureNext(m.eng.Snapshot(now)); moves && (!ok || now.Add(d).Before(at)) {
		at, ok = now.Add(d), true
	}
	if !ok {
		m.due = time.Time{}
		return nil
	}
	m.due = at
	gen := m.gen
	return tea.Tick(max(at.Sub(now), 0), func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}
