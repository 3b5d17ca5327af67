package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// MinWidth and MinHeight are the smallest terminal the coach draws in; below it asks for more.
const (
	MinWidth  = 40
	MinHeight = 12
)

// screen is which screen the root shows.
type screen int

// The screens.
const (
	screenHome screen = iota
	screenPreview
	screenSafety
	screenRun
	screenSummary
	screenHistory
	screenQuick
	screenMax
)

var screenNames = [...]string{"home", "preview", "safety", "run", "summary", "history", "quick", "max"}

// String returns the screen's name.
func (s screen) String() string {
	if int(s) < len(screenNames) {
		return screenNames[s]
	}
	return "unknown"
}

// Options configure the coach.
type Options struct {
	Library *content.Library
	// HistoryPath is the history log; SafetyPath the safety-check answers.
	HistoryPath, SafetyPath string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Start, when set, skips the home screen: the safety check when due, then this routine.
	Start *content.Routine
	// StartQuick, when set (and Start is not), does the same for a quick timer: a hold on the
	// run screen or a max test.
	StartQuick *session.Quick
	// Preview, when set (and Start and StartQuick are not), opens on this routine's preview:
	// for a routine whose doses changed after pain, so the person reads why before starting.
	Preview *content.Routine
	// Color is false for a colourless UI (NO_COLOR, TERM=dumb).
	Color bool
	// Bell rings the terminal bell at 3-2-1 and at each step end.
	Bell bool
	// Speak, when set, says the cues aloud (the voice setting); it must not block.
	Speak func(string)
	// SafetyCheckDays is how long a safety-check answer holds; 0 means 30.
	SafetyCheckDays int
	// DefaultRoutine is the routine suggested for a daily break (the default_routine setting);
	// "" means the built-in desk break.
	DefaultRoutine string
	// PlanOptions are passed to session.NewPlan.
	PlanOptions session.Options
}

// Model is the root model: it owns the screens and routes between them.
type Model struct {
	c      *Common
	res    *Result
	screen screen
	start  *content.Routine
	plan   session.Options

	// safetyLoaded is set once the saved safety-check answers (in Common) were read.
	safetyLoaded bool
	// pending is the routine waiting for the safety check.
	pending *content.Routine
	// startQuick and pendingQuick are start and pending for a quick timer (pending then holds
	// its stand-in routine).
	startQuick, pendingQuick *session.Quick
	// previewFirst is the routine whose preview opens once the safety answers are loaded.
	previewFirst *content.Routine
	// warned is set while starting the pending routine after its pregnancy warning was shown
	// (on the preview, or on its own screen), so it is not shown twice.
	warned bool

	home    homeModel
	preview previewModel
	check   safetyModel
	run     runModel
	summary summaryModel
	history historyModel
	quick   quickModel
	max     maxTestModel
}

// New returns the root model.
func New(o Options) Model {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.SafetyCheckDays <= 0 {
		o.SafetyCheckDays = 30
	}
	c := &Common{Lib: o.Library, Styles: NewStyles(o.Color), Keys: DefaultKeys(), Width: 80, Height: 24,
		Now: o.Now, HistoryPath: o.HistoryPath, SafetyPath: o.SafetyPath, Bell: o.Bell, SafetyCheckDays: o.SafetyCheckDays, Speak: o.Speak, DefaultRoutine: o.DefaultRoutine}
	m := Model{c: c, res: &Result{}, start: o.Start, startQuick: o.StartQuick, previewFirst: o.Preview, plan: o.PlanOptions}
	m.home = newHome(c)
	return m
}

// Result returns the program's shared result: the session in progress and whether it was saved.
func (m Model) Result() *Result { return m.res }

// safetyLoadedMsg carries the saved safety-check answers (or the error reading them).
type safetyLoadedMsg struct {
	answers SafetyAnswers
	err     error
}

// Init loads the safety answers; the home screen reads the history once they are known, since
// today's suggestions leave out what the answers exclude.
func (m Model) Init() tea.Cmd {
	path := m.c.SafetyPath
	return func() tea.Msg {
		a, err := LoadSafety(path)
		return safetyLoadedMsg{a, err}
	}
}

// Update routes a message to the root's own handling or to the current screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			m.res.Interrupted = true
			return m, tea.Quit
		}
	case signalMsg:
		m.res.Signal = msg.name
		return m, tea.Quit
	case safetyLoadedMsg:
		m.c.Safety, m.safetyLoaded = msg.answers, true
		if m.start != nil {
			r := m.start
			m.start = nil
			return m.startRoutine(r)
		}
		if q := m.startQuick; q != nil {
			m.startQuick = nil
			return m.startQuickTimer(*q)
		}
		if r := m.previewFirst; r != nil {
			m.previewFirst = nil
			m.screen = screenPreview
			m.preview = newPreview(m.c, r)
			return m, m.preview.Init()
		}
		return m, m.home.Init()
	case goHomeMsg:
		return m.goHome()
	case goPreviewMsg:
		m.screen = screenPreview
		m.preview = newPreview(m.c, msg.routine)
		return m, m.preview.Init()
	case goHistoryMsg:
		m.screen = screenHistory
		var cmd tea.Cmd
		m.history, cmd = newHistory(m.c)
		return m, cmd
	case startMsg:
		m.warned = msg.warned
		return m.startRoutine(msg.routine)
	case goQuickMsg:
		var cmd tea.Cmd
		m.screen = screenQuick
		m.quick, cmd = newQuick(m.c, msg.max)
		return m, cmd
	case startQuickMsg:
		return m.startQuickTimer(msg.q)
	case safetyDoneMsg:
		m.c.Safety = msg.answers
		path, answers := m.c.SafetyPath, msg.answers
		save := func() tea.Msg { _ = SaveSafety(path, answers); return nil }
		r, q := m.pending, m.pendingQuick
		m.pending, m.pendingQuick = nil, nil
		if !msg.proceed || r == nil {
			next, cmd := m.goHome() // rebuilt: the new answers change the marks
			return next, tea.Batch(save, cmd)
		}
		m.warned = true // the check itself warns a pregnant person about r
		if q != nil {
			next, cmd := m.startQuickTimer(*q)
			return next, tea.Batch(save, cmd)
		}
		next, cmd := m.startRoutine(r)
		return next, tea.Batch(save, cmd)
	case warnDoneMsg:
		r, q := m.pending, m.pendingQuick
		m.pending, m.pendingQuick = nil, nil
		if !msg.proceed || r == nil {
			return m.goHome()
		}
		m.warned = true
		if q != nil {
			return m.startQuickTimer(*q)
		}
		return m.startRoutine(r)
	case sessionEndedMsg:
		if m.screen == screenMax { // the max test shows its own result
			m.max = m.max.ended(msg.rec)
			return m, m.save(msg.rec)
		}
		m.screen = screenSummary
		m.summary = newSummary(m.c, msg.rec)
		return m, m.save(msg.rec)
	case savedMsg:
		if msg.eng == m.res.Engine {
			m.res.Saved = msg.err == nil
		}
	}
	return m.updateScreen(msg)
}

// goHome shows a freshly built home screen (its marks follow the latest safety answers).
func (m Model) goHome() (tea.Model, tea.Cmd) {
	m.screen, m.pending, m.pendingQuick = screenHome, nil, nil
	m.home = newHome(m.c)
	return m, m.home.Init()
}

// startRoutine runs the safety check when it is due, else starts the routine.
func (m Model) startRoutine(r *content.Routine) (tea.Model, tea.Cmd) {
	if !m.safetyLoaded {
		m.start = r
		return m, nil
	}
	if m.c.Safety.Due(m.c.Now(), m.c.SafetyCheckDays) {
		m.pending = r
		m.screen = screenSafety
		m.check = newSafety(m.c, r)
		return m, nil
	}
	if m.c.Safety.GentleOnly && !r.HasTag("gentle") {
		m.screen = screenPreview
		m.preview = newPreview(m.c, r)
		return m, nil
	}
	if m.warnFirst(r) {
		return m.showWarning(r, nil)
	}
	plan, err := session.NewPlan(r, m.c.Lib, m.plan)
	if err != nil {
		m.screen = screenPreview
		m.preview = newPreview(m.c, r)
		m.preview.err = err
		return m, nil
	}
	m.screen = screenRun
	var cmd tea.Cmd
	m.run, cmd = newRun(m.c, plan)
	m.res.Engine, m.res.Saved = m.run.eng, false
	return m, cmd
}

// warnFirst reports whether r (a routine, or a quick timer's stand-in) must wait for the
// pregnancy warning, and uses up a warning already shown.
func (m *Model) warnFirst(r *content.Routine) bool {
	warned := m.warned
	m.warned = false
	return !warned && pregnancyWarningDue(m.c, r)
}

// showWarning shows the pregnancy warning alone before r (or quick timer q) starts.
func (m Model) showWarning(r *content.Routine, q *session.Quick) (tea.Model, tea.Cmd) {
	m.pending, m.pendingQuick = r, q
	m.screen = screenSafety
	m.check = newPregnancyWarning(m.c, r)
	return m, nil
}

// save appends the record to the history in a Cmd and reports the outcome.
func (m Model) save(rec session.Record) tea.Cmd {
	path, eng := m.c.HistoryPath, m.res.Engine
	return func() tea.Msg {
		return savedMsg{journal.Append(path, journal.FromRecord(rec, journal.NewID(rec.Started))), eng}
	}
}

func (m Model) updateScreen(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case screenHome:
		m.home, cmd = m.home.Update(msg)
	case screenPreview:
		m.preview, cmd = m.preview.Update(msg)
	case screenSafety:
		m.check, cmd = m.check.Update(msg)
	case screenRun:
		m.run, cmd = m.run.Update(msg)
	case screenSummary:
		m.summary, cmd = m.summary.Update(msg)
	case screenHistory:
		m.history, cmd = m.history.Update(msg)
	case screenQuick:
		m.quick, cmd = m.quick.Update(msg)
	case screenMax:
		m.max, cmd = m.max.Update(msg)
	}
	return m, cmd
}

// View draws the current screen, or a request for a larger window.
func (m Model) View() tea.View {
	var s string
	switch {
	case m.c.Width < MinWidth || m.c.Height < MinHeight:
		s = tooSmall(m.c)
	case m.screen == screenHome:
		s = m.home.View()
	case m.screen == screenPreview:
		s = m.preview.View()
	case m.screen == screenSafety:
		s = m.check.View()
	case m.screen == screenRun:
		s = m.run.View()
	case m.screen == screenSummary:
		s = m.summary.View()
	case m.screen == screenHistory:
		s = m.history.View()
	case m.screen == screenQuick:
		s = m.quick.View()
	case m.screen == screenMax:
		s = m.max.View()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	return v
}

// tooSmall asks for a larger window, in as much of the message as fits.
func tooSmall(c *Common) string {
	if c.Width <= 0 || c.Height <= 0 {
		return ""
	}
	msg := "Make the window larger (at least 40×12)."
	if c.Width < len([]rune(msg)) {
		r := []rune("Enlarge window")
		msg = string(r[:min(len(r), c.Width)])
	}
	return msg
}
