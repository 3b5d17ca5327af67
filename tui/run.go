package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/tui/sound"
)

// tickMsg asks the run screen to bring the engine up to the clock. gen is the schedule it
// belongs to: the screen keeps exactly one live tick, and a tick whose gen is not the screen's
// current one is stale and dropped.
type tickMsg struct{ gen int }

// runModel is the run screen. It drives a session engine with keys and with ticks scheduled for
// the instants the engine says the view changes (each second of a countdown, a tempo beat, a
// breathing phase, a step's end), rings the bell on the engine's cues, and reports the end of
// the session to the root exactly once.
type runModel struct {
	c   *Common
	eng *session.Engine

	// gen is the generation of the live tick; due is when it fires (zero when none is live:
	// paused, at the pain prompt, waiting for self-paced reps, or finished).
	gen int
	due time.Time
	// confirm is set while asking "End this session?"; help while the full key help shows.
	confirm, help bool
	// keepRunning leaves the clock running under the quit question (a max test: the person is
	// still holding); otherwise the question and the help pause it, and held is set while
	// they hold a pause they made, to resume when they close.
	keepRunning, held bool
	// note is a short message about the last key (e.g. no gentler variant).
	note string
	// ended is set once sessionEndedMsg was sent.
	ended bool
	// bells counts the bells rung, so tests can see them without running the Cmds.
	bells int
}

// newRun starts a session of plan at the clock's now and schedules its first tick.
func newRun(c *Common, plan *session.Plan) (runModel, tea.Cmd) {
	m := runModel{c: c, eng: session.NewEngine(plan)}
	m.eng.Start(c.Now())
	m.speak(m.eng.DrainCues())
	return m, m.after(false)
}

// Update handles the run screen's keys and ticks.
func (m runModel) Update(msg tea.Msg) (runModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.gen != m.gen || m.ended {
			return m, nil
		}
		ring := m.clock()
		return m, m.after(ring)
	case tea.KeyPressMsg:
		if m.ended {
			return m, nil
		}
		ring := m.clock()
		if m.eng.State() != session.StateFinished {
			m.note = ""
			m.key(msg)
			m.speak(m.eng.DrainCues()) // the person's own actions are spoken but ring nothing
		}
		return m, m.after(ring)
	}
	return m, nil
}

// key acts on one key press at the clock's now. The quit question and the help are overlays:
// they pause a running clock (so a hold never ends unseen behind them) and resume it when they
// close; while the help shows only ?, esc, space (close), ! and q act.
func (m *runModel) key(msg tea.KeyPressMsg) {
	k, now := m.c.Keys, m.c.Now()
	switch {
	case m.confirm:
		switch {
		case key.Matches(msg, k.Yes):
			m.confirm, m.held = false, false
			m.eng.Stop(now)
		case key.Matches(msg, k.No, k.Back, k.Quit):
			m.confirm = false
			m.release(now)
		case key.Matches(msg, k.Pain):
			m.confirm, m.held = false, false
			m.eng.Pain(now)
		}
	case key.Matches(msg, k.Quit):
		m.confirm, m.help = true, false
		if !m.keepRunning {
			m.hold(now)
		}
	case m.eng.State() == session.StatePainPrompt:
		m.painKey(msg, now)
	case m.help:
		switch {
		case key.Matches(msg, k.Help, k.Back, k.Pause):
			m.help = false
			m.release(now)
		case key.Matches(msg, k.Pain):
			m.help, m.held = false, false
			m.eng.Pain(now)
		}
	case key.Matches(msg, k.Help):
		m.help = true
		m.hold(now)
	case key.Matches(msg, k.Pain):
		m.eng.Pain(now)
	case key.Matches(msg, k.Pause):
		if m.eng.State() == session.StatePaused {
			m.eng.Resume(now)
		} else {
			m.eng.Pause(now)
		}
	case key.Matches(msg, k.Next):
		m.eng.Next(now)
	case key.Matches(msg, k.Prev):
		m.eng.Back(now)
	case key.Matches(msg, k.Rep):
		m.eng.Rep(now)
	case key.Matches(msg, k.DoneSet):
		m.eng.Done(now)
	}
}

// hold pauses a running clock for an overlay, remembering to resume it (a pause the person made
// themselves stays theirs).
func (m *runModel) hold(now time.Time) {
	if m.eng.State() == session.StateRunning {
		m.eng.Pause(now)
		m.held = true
	}
}

// release resumes the clock an overlay paused.
func (m *runModel) release(now time.Time) {
	if m.held {
		m.eng.Resume(now)
		m.held = false
	}
}

// painKey answers the pain prompt: skip the exercise, use its gentler variant, end the
// session, or continue.
func (m *runModel) painKey(msg tea.KeyPressMsg, now time.Time) {
	k := m.c.Keys
	switch {
	case key.Matches(msg, k.Skip):
		m.eng.SkipExercise(now)
	case key.Matches(msg, k.Gentler):
		if err := m.eng.UseGentler(now); err != nil {
			m.note = "This exercise has no gentler variant."
		}
	case key.Matches(msg, k.End):
		m.eng.EndSession(now)
	case key.Matches(msg, k.Continue):
		m.eng.Continue(now)
	}
}

// clock brings the engine up to the clock's now and reports whether the cues the clock fired
// ring the bell.
func (m *runModel) clock() bool {
	m.eng.Tick(m.c.Now())
	cues := m.eng.DrainCues()
	m.speak(cues)
	return m.ringFor(cues)
}

// speak says the cues' phrases when a voice is set (Speak returns at once).
func (m *runModel) speak(cues []session.Cue) {
	if m.c.Speak == nil {
		return
	}
	for _, p := range sound.Phrases(cues, m.eng.Plan()) {
		m.c.Speak(p)
	}
}

// ringFor reports whether cues fired by the clock ring the bell: the 3-2-1 countdown, the start
// of a step that follows a timed step (a step's end), and the end of the routine.
func (m *runModel) ringFor(cues []session.Cue) bool { return sound.Rings(cues, m.eng.Plan()) }

// after finishes handling an event: the bell when ring (and the bell is on), then either the
// end of the session (sent once) or the next tick.
func (m *runModel) after(ring bool) tea.Cmd {
	var bell tea.Cmd
	if ring && m.c.Bell {
		m.bells++
		bell = tea.Raw("\a") // View filters BEL; raw output reaches the terminal
	}
	if m.eng.State() == session.StateFinished {
		m.gen++
		m.due = time.Time{}
		if m.ended {
			return bell
		}
		m.ended = true
		rec := m.eng.Record()
		return tea.Batch(bell, func() tea.Msg { return sessionEndedMsg{rec} })
	}
	return tea.Batch(bell, m.schedule())
}

// schedule replaces the live tick: it bumps the generation (so any tick in flight is stale)
// and, when the engine says the view changes at some instant, returns one tick for then.
func (m *runModel) schedule() tea.Cmd {
	m.gen++
	now := m.c.Now()
	at, ok := m.eng.NextChange(now)
	if !ok {
		m.due = time.Time{}
		return nil
	}
	m.due = at
	gen := m.gen
	return tea.Tick(max(at.Sub(now), 0), func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}
