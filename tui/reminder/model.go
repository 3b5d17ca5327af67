package reminder

import (
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui"
	"github.com/limber-coach/limber/tui/activity"
	"github.com/limber-coach/limber/tui/hooks"
)

// frameHeight is how many lines the screen always draws.
const frameHeight = 4

// tickMsg asks the model to look at the world. Only the tick of the current generation is
// live; older ones are dropped, so there is never more than one tick loop.
type tickMsg struct{ gen int }

// observedMsg carries what Options.Observe saw, read in a Cmd: the tick of generation gen.
type observedMsg struct {
	gen int
	obs activity.Observation
}

// signalMsg: the process received a signal; quit.
type signalMsg struct{ sig os.Signal }

// SignalMsg is the message the caller sends (Program.Send) when the process gets a signal.
func SignalMsg(sig os.Signal) any { return signalMsg{sig} }

// Model is limber remind's screen: four short lines drawn inline (no alternate screen), the
// time to the next break, the prompt when one is due, today's counts and the keys.
type Model struct {
	o      *Options
	res    *Result
	styles tui.Styles
	keys   keyMap
	width  int
	// gen is the live tick's generation.
	gen int
	// note is a line about the last thing that happened ("Welcome back: …").
	note string
	// done is set when the model has quit; the view is then the line that stays behind when
	// limber remind stops (the day's counts), or nothing when a break starts: the reminder comes
	// back after it in the same rows.
	done bool
	// alerts counts the due alerts raised, for tests.
	alerts int
}

// New returns the reminder screen for o. color is false for a colourless screen.
func New(o Options, color bool) Model {
	o.defaults()
	return Model{o: &o, res: &Result{}, styles: tui.NewStyles(color), keys: defaultKeys(o.Tr), width: 80}
}

// Result returns how the screen ended, once the program has returned.
func (m Model) Result() *Result { return m.res }

// Init looks at the clock at once.
func (m Model) Init() tea.Cmd {
	gen := m.gen
	return func() tea.Msg { return tickMsg{gen: gen} }
}

// Update handles ticks, keys, resizes and signals.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.done {
		return m, nil
	}
	now := m.o.Now()
	s := m.o.Schedule
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
		return m, nil
	case signalMsg:
		m.res.Action, m.res.Signal = ActionSignal, msg.sig
		return m.quit()
	case tickMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		o, gen := m.o, m.gen
		return m, func() tea.Msg { return observedMsg{gen: gen, obs: o.observe(o.Now())} }
	case observedMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		events := m.o.tick(now, msg.obs)
		m.say(msg.obs.Problems...)
		m.say(m.o.Hooks.Failures()...)
		cmd := m.react(events, now)
		return m, tea.Batch(cmd, m.schedule(now))
	case tea.KeyPressMsg:
		m.o.press(now)
		switch {
		case key.Matches(msg, m.keys.ForceQuit):
			m.res.Action, m.res.Signal = ActionSignal, os.Interrupt
			return m.quit()
		case key.Matches(msg, m.keys.Quit):
			m.res.Action = ActionQuit
			return m.quit()
		case key.Matches(msg, m.keys.Start):
			s.Start(now)
			m.o.fire(hooks.Start, now, "")
			m.save(now)
			m.res.Action = ActionStart
			return m.quit()
		case key.Matches(msg, m.keys.Snooze):
			if s.Snooze(now) {
				m.note = ""
				m.save(now)
			}
		case key.Matches(msg, m.keys.Skip):
			if s.Skip(now) {
				m.note = ""
				m.o.fire(hooks.Skipped, now, "")
				m.save(now)
			}
		default:
			return m, nil
		}
		return m, m.schedule(now)
	}
	return m, nil
}

// quit ends the program, leaving the farewell line behind.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.done = true
	m.gen++
	return m, tea.Quit
}

// react turns the schedule's events into alerts, notes and hooks, and saves the state when
// anything changed.
func (m *Model) react(events []remind.Event, now time.Time) tea.Cmd {
	if len(events) == 0 {
		return nil
	}
	var cmds []tea.Cmd
	m.o.fireEvents(events, now)
	for _, e := range events {
		switch e {
		case remind.EventDue:
			m.note = ""
			m.alerts++
			if a := m.o.alert(); a != "" {
				cmds = append(cmds, tea.Raw(a)) // the view filters BEL and OSC; raw output reaches the terminal
			}
			if m.o.Desktop != nil {
				m.o.Desktop(m.o.notification())
			}
			if m.o.Speak != nil {
				m.o.Speak(m.o.Tr.T("remind.speak"))
			}
		case remind.EventMoves:
			m.o.offerMoves(now)
			m.note = m.o.eventNote(e, now)
		case remind.EventQuiet, remind.EventOpen, remind.EventBack:
			m.note = ""
		default:
			if n := m.o.eventNote(e, now); n != "" {
				m.note = n
			}
		}
	}
	m.save(now)
	return tea.Batch(cmds...)
}

// say shows lines that are said once (a calendar's problem, a failing hook) as the note.
func (m *Model) say(lines ...string) {
	for _, l := range lines {
		m.note = l
	}
}

// save hands the state to the writer (it returns at once).
func (m *Model) save(now time.Time) {
	if m.o.Save != nil {
		m.o.Save(m.o.State(now))
	}
}

// schedule replaces the live tick with one for the next time the clock matters.
func (m *Model) schedule(now time.Time) tea.Cmd {
	m.gen++
	at := wake(m.o.Schedule, now, m.o.poll())
	if at.IsZero() {
		return nil
	}
	gen := m.gen
	return tea.Tick(max(at.Sub(now.Round(0)), 0), func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// View draws the screen inline.
func (m Model) View() tea.View {
	return tea.NewView(m.render())
}

// render is the view's text.
func (m Model) render() string {
	st, tr := m.styles, m.o.Tr
	now := m.o.Now()
	x := m.o.Schedule.Status(now)
	if m.done {
		// A break leaves nothing behind: the frame is erased and the cursor left at its top,
		// where the reminder is drawn again once the break is over (the breaks taken are
		// counted on its screen). Stopping leaves the day's counts; the frame keeps its height
		// then, and the last blank line is where the shell's output starts.
		if m.res.Action == ActionStart {
			return ""
		}
		msg := tr.T("remind.stopped", "Today", todayText(tr, x.Today))
		return st.Subtle.Render(ansi.Truncate(msg, max(m.width, 1), "…")) + strings.Repeat("\n", frameHeight-1)
	}
	var main string
	switch x.Phase {
	case remind.PhaseCounting:
		main = tr.T("remind.next_at", "Clock", st.Accent.Render(clockText(tr, now, x.Next)), "In", tr.DurUp(x.Left)) + sittingText(tr, x.Sitting)
	case remind.PhaseSnoozed:
		main = tr.T("remind.snoozed_at", "Clock", st.Accent.Render(clockText(tr, now, x.Next)), "In", tr.DurUp(x.Left))
	case remind.PhaseDue:
		main = st.Warn.Render(m.o.dueTitle()) + st.Subtle.Render(" · "+tr.T("remind.due_since", "Clock", clockText(tr, now, x.DueSince))+sittingText(tr, x.Sitting))
	case remind.PhaseQuiet:
		main = quietText(tr, now, x)
	case remind.PhaseIdle:
		main = tr.T("remind.idle")
	case remind.PhaseBreak:
		main = tr.T("remind.on_break")
	}
	today := todayText(tr, x.Today)
	if m.note != "" { // what just happened first: the counts can be cut at the edge
		today = m.note + " · " + today
	}
	lines := []string{ // frameHeight lines
		st.Title.Render(tr.T("remind.title")) + st.Subtle.Render(" · "+m.o.headline()),
		main,
		today,
		st.ShortHelp(phaseKeys{m.keys, x.Phase}, max(m.width, 1)),
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, max(m.width, 1), "…")
	}
	return strings.Join(lines, "\n")
}
