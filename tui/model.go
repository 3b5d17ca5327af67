package tui

import (
	"os"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/runner"
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
	screenCheckin
)

var screenNames = [...]string{"home", "preview", "safety", "run", "summary", "history", "quick", "max", "checkin"}

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
	// Tr is the interface's strings, in the library's language; nil means English.
	Tr       *msg.Tr
	Settings content.Settings
	Store    Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Start, when set, skips the home screen: the policy decides (the safety check when due,
	// the preview when pain changed today's version, the pregnancy warning) and it starts.
	Start *policy.Request
	// Preview, when set (and Start is not), opens on this routine's preview.
	Preview *content.Routine
	// Color is false for a colourless UI (NO_COLOR, TERM=dumb).
	Color bool
	// Bell rings the terminal bell at 3-2-1 and at each step end.
	Bell bool
	// Speak, when set, says the cues aloud (the voice setting); it must not block.
	Speak func(string)
	// OnSuspend, when set, is called just before the program suspends itself (Ctrl+Z, or
	// SuspendMsg), so the caller can tell the stop signal that follows from one sent from
	// outside.
	OnSuspend func()
	// Problems are what is wrong in the person's files (their content, config.toml), as limber
	// validate words it: home shows a one-line notice and, on its key, the list.
	Problems content.Problems
	// VoiceNote, when set, says why the voice the settings ask for cannot speak: the run
	// screen shows it.
	VoiceNote string
	// InRemind is set for a limber remind break: quitting goes back to the reminder, and the
	// key help says so ("q back to remind").
	InRemind bool
	// NoFigures turns the exercise figures off (--no-figures). Otherwise they are drawn as the
	// figures setting says (off, ascii, or auto) in the characters the terminal can show,
	// which figure.CharsetFor reads from the environment through Getenv (TERM, LC_ALL,
	// LC_CTYPE, LANG; nil: os.Getenv).
	NoFigures bool
	Getenv    func(string) string
}

// figureCharset is the character set the coach draws figures with (Settings.FigureCharset).
func figureCharset(o Options) figure.Charset {
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	return o.Settings.FigureCharset(o.NoFigures, getenv)
}

// Model is the root model: it owns the screens and routes between them.
type Model struct {
	c      *Common
	res    *Result
	screen screen

	// answersLoaded is set once the saved safety-check answers (in Common) were read; until
	// then a start waits in opening (and previewFirst).
	answersLoaded bool
	opening       *startMsg
	previewFirst  *content.Routine
	// pending is the start waiting for the safety check or the pregnancy warning.
	pending *startMsg
	// suspended is set from a suspension (Ctrl+Z) until the program is resumed, small while the
	// window is below the usable size: either way the session cannot be seen, and hiddenHeld is
	// set when its clock was held for that, to be released once it can be seen again.
	suspended, small, hiddenHeld bool
	onSuspend                    func()

	home    homeModel
	preview previewModel
	check   safetyModel
	run     runModel
	summary summaryModel
	history historyModel
	quick   quickModel
	max     maxTestModel
	checkin checkinModel
	// help is the ? help over the screen shown (see keyHelp).
	help keyHelp
}

// New returns the root model.
func New(o Options) Model {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Tr == nil {
		o.Tr = msg.New(o.Library.Lang())
	}
	c := &Common{Lib: o.Library, Tr: o.Tr, Settings: o.Settings, Store: o.Store, HistoryPath: o.Store.HistoryPath(),
		Styles: NewStyles(o.Color), Keys: DefaultKeys(o.Tr), Width: 80, Height: 24, Now: o.Now, Bell: o.Bell, Speak: o.Speak,
		Problems: o.Problems, VoiceNote: o.VoiceNote, Figures: newFigures(figureCharset(o))}
	if o.InRemind {
		c.Keys.Quit = describe(c.Keys.Quit, o.Tr.T("key.back_to_remind"))
	}
	m := Model{c: c, res: &Result{}, previewFirst: o.Preview, onSuspend: o.OnSuspend}
	if o.Start != nil {
		m.opening = &startMsg{req: *o.Start}
	}
	m.home = newHome(c)
	return m
}

// Result returns the program's shared result: the session in progress, and how the program
// ended.
func (m Model) Result() *Result { return m.res }

// Screen names what the coach shows now — "home", "safety check", "pregnancy warning",
// "preview", "run", "summary", "history", "quick" or "max" — and, when the screen says why
// something did not start (a refused preview, a picker's note), that reason. For tests of every
// door into a session, and for diagnostics.
func (m Model) Screen() (name, refusal string) {
	switch m.screen {
	case screenSafety:
		if m.check.warnOnly {
			return "pregnancy warning", ""
		}
		return "safety check", ""
	case screenPreview:
		if m.preview.err != nil {
			return "preview", m.preview.err.Error()
		}
		if m.preview.blocked != "" {
			return "preview", m.preview.blocked
		}
		if m.preview.today != nil && len(m.preview.today.Routine.Steps) == 0 {
			return "preview", policy.AllSkippedText(m.preview.routine)
		}
	case screenQuick:
		return "quick", m.quick.note
	}
	return m.screen.String(), ""
}

// answersLoadedMsg carries the saved safety-check answers (or the error reading them).
type answersLoadedMsg struct {
	answers policy.Answers
	err     error
}

// Init loads the safety answers; nothing is decided (nor home's suggestions made) before they
// are known.
func (m Model) Init() tea.Cmd {
	st, now := m.c.Store, m.c.Now()
	return func() tea.Msg {
		a, err := st.AnswersNow(now) // with the flare-up in force
		return answersLoadedMsg{a, err}
	}
}

// Update routes a message (see route); the ? help closes when the screen changes under it.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.route(msg)
	if n := next.(Model); n.screen != m.screen && n.help.keys != nil {
		n.help = keyHelp{}
		return n, cmd
	}
	return next, cmd
}

// route routes a message to the root's own handling or to the current screen.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.small = msg.Width < MinWidth || msg.Height < MinHeight
		var cmd tea.Cmd
		m, cmd = m.syncHidden()
		next, cmd2 := m.updateScreen(msg)
		return next, tea.Batch(cmd, cmd2)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+c":
			m.res.Signal = os.Interrupt
			return m, tea.Quit
		case "ctrl+z":
			return m.suspend()
		}
		if m.small {
			if m.active() != nil && key.Matches(msg, m.c.Keys.Pain) {
				return m.updateScreen(msg) // pain stops the exercise even unseen
			}
			return m, nil // nothing else to act on: the screen only asks for more room
		}
		if next, ok := m.helpKey(msg); ok {
			return next, nil
		}
	case suspendMsg:
		return m.suspend()
	case tea.ResumeMsg:
		return m.resume()
	case signalMsg:
		m.res.Signal = msg.sig
		return m, tea.Quit
	case answersLoadedMsg:
		m.c.Answers, m.answersLoaded = msg.answers, true
		if s := m.opening; s != nil {
			m.opening = nil
			return m, decide(m.c, *s)
		}
		if r := m.previewFirst; r != nil {
			m.previewFirst = nil
			return m.showPreview(r)
		}
		return m, m.home.Init()
	case goHomeMsg:
		return m.goHome()
	case goPreviewMsg:
		return m.showPreview(msg.routine)
	case goHistoryMsg:
		m.screen = screenHistory
		var cmd tea.Cmd
		m.history, cmd = newHistory(m.c)
		return m, cmd
	case goQuickMsg:
		var cmd tea.Cmd
		m.screen = screenQuick
		m.quick, cmd = newQuick(m.c, msg.max)
		return m, cmd
	case startMsg:
		if !m.answersLoaded {
			m.opening = &msg
			return m, nil
		}
		return m, decide(m.c, msg)
	case decidedMsg:
		return m.act(msg.start, msg.d)
	case checkedInMsg:
		return m.act(msg.s, msg.d)
	case safetyDoneMsg:
		msg.answers.Flare = m.c.Answers.Flare // not a question: it stays
		m.c.Answers = msg.answers
		st, answers := m.c.Store, msg.answers
		save := func() tea.Msg { _ = st.SaveAnswers(answers); return nil }
		s := m.pending
		m.pending = nil
		if !msg.proceed || s == nil {
			next, cmd := m.goHome() // rebuilt: the new answers change the marks
			return next, tea.Batch(save, cmd)
		}
		s.warned = true // the check itself warns a pregnant person about what is pending
		return m, tea.Batch(save, decide(m.c, *s))
	case warnDoneMsg:
		s := m.pending
		m.pending = nil
		if !msg.proceed || s == nil {
			return m.goHome()
		}
		s.warned = true
		return m, decide(m.c, *s)
	case savedMsg:
		if msg.err == nil {
			m.res.Saved = append(m.res.Saved, msg.run.Record())
		}
		return m.updateScreen(msg)
	case sessionEndedMsg:
		if m.screen == screenMax { // the max test shows its own result
			m.max = m.max.ended(msg.rec)
		} else {
			m.screen = screenSummary
			m.summary = newSummary(m.c, msg.rec)
		}
		return m, save(m.res.Run)
	}
	return m.updateScreen(msg)
}

// suspend stops the program as a shell's job (Ctrl+Z, or SIGTSTP from outside): the terminal is
// restored and the session's clock held until it is resumed, so a hold never runs on unseen.
func (m Model) suspend() (tea.Model, tea.Cmd) {
	if m.suspended {
		return m, nil
	}
	m.suspended = true
	m, _ = m.syncHidden()
	if m.onSuspend != nil {
		m.onSuspend()
	}
	return m, tea.Suspend
}

// resume follows the program's return to the foreground (the terminal is taken back and
// redrawn by Bubble Tea).
func (m Model) resume() (tea.Model, tea.Cmd) {
	m.suspended = false
	return m.syncHidden()
}

// syncHidden holds the session's clock while it cannot be seen (suspended, or the window too
// small) and releases it, waking the screen again, once it can; a pause the person made stays.
func (m Model) syncHidden() (Model, tea.Cmd) {
	r, hidden := m.res.Run, m.suspended || m.small
	active := r != nil && (m.screen == screenRun || m.screen == screenMax)
	switch {
	case hidden && !m.hiddenHeld && active:
		m.hiddenHeld = r.Hold(m.c.Now())
	case !hidden && m.hiddenHeld:
		m.hiddenHeld = false
		r.Release(m.c.Now())
		switch m.screen {
		case screenRun:
			return m, m.run.after(false)
		case screenMax:
			return m, m.max.run.after(false)
		}
	}
	return m, nil
}

// decide asks the policy about s in a Cmd (it reads the history).
func decide(c *Common, s startMsg) tea.Cmd {
	in := c.inputs()
	return func() tea.Msg { return decidedMsg{s, policy.Decide(in, s.req)} }
}

// act does what the policy decided about s: the safety check when it is due; a refusal shown
// where the person asked (a routine's preview, the quick-timer picker); today's changes after
// pain shown on the preview first; the pregnancy warning first; then the run.
func (m Model) act(s startMsg, d policy.Decision) (tea.Model, tea.Cmd) {
	q, r := s.req.Quick, s.req.Routine
	switch {
	case d.CheckDue:
		m.pending, m.screen = &s, screenSafety
		m.check = newSafety(m.c, requested(s.req))
		return m, nil
	case d.Refusal != nil && q != nil:
		var cmd tea.Cmd
		m.screen = screenQuick
		m.quick, cmd = newQuick(m.c, q.Kind == session.PlanMax)
		m.quick.note = refusalIn(m.c.Tr, d.Refusal)
		return m, cmd
	case d.Refusal != nil, d.Explain && !s.explained:
		return m.showPreview(r)
	case len(d.Pregnancy) > 0 && !s.warned:
		m.pending, m.screen = &s, screenSafety
		m.check = newPregnancyWarning(m.c, d.Today.Routine)
		return m, nil
	}
	if m.c.Settings.Checkins == checkin.Both && d.Plan.Kind == session.PlanRoutine && !s.checkedIn {
		m.screen, m.checkin = screenCheckin, newCheckin(m.c, s, d)
		return m, nil
	}
	run := runner.New(d.Plan, runner.Options{Save: m.c.Store.Save, Speak: m.c.Speak, Tr: m.c.Tr})
	m.res.Run = run
	var cmd tea.Cmd
	if q != nil && q.Kind == session.PlanMax {
		m.screen = screenMax
		m.max, cmd = newMaxTest(m.c, run)
	} else {
		m.screen = screenRun
		m.run, cmd = newRun(m.c, run)
	}
	return m, cmd
}

// requested is the routine a request names: the routine, or a quick timer's stand-in.
func requested(req policy.Request) *content.Routine {
	if req.Quick != nil {
		return req.Quick.Routine()
	}
	return req.Routine
}

// showPreview opens routine r's preview.
func (m Model) showPreview(r *content.Routine) (tea.Model, tea.Cmd) {
	m.screen = screenPreview
	m.preview = newPreview(m.c, r)
	return m, m.preview.Init()
}

// goHome shows a freshly built home screen (its marks follow the latest safety answers), with
// the cursor and the filter where the person left them.
func (m Model) goHome() (tea.Model, tea.Cmd) {
	m.screen, m.pending = screenHome, nil
	m.home = newHome(m.c).resume(m.home)
	return m, m.home.Init()
}

// save saves the finished session in a Cmd and reports the outcome.
func save(run *runner.Run) tea.Cmd {
	return func() tea.Msg { return savedMsg{run.Save(), run} }
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
	case screenCheckin:
		m.checkin, cmd = m.checkin.Update(msg)
	}
	return m, cmd
}

// View draws the current screen, or a request for a larger window.
func (m Model) View() tea.View {
	var s string
	switch {
	case m.c.Width < MinWidth || m.c.Height < MinHeight:
		s = tooSmall(m.c, m.hiddenHeld, m.active())
	case m.help.openOn(m.screen):
		s = m.help.page(m.c).render()
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
	case m.screen == screenCheckin:
		s = m.checkin.View()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	return v
}

// tooSmall asks for a larger window, naming the size, wrapped to the width and cut to the
// height; held adds that the session's clock waits meanwhile, and a session under way (eng)
// is told that ! still stops it, or that it has stopped for pain.
func tooSmall(c *Common, held bool, eng *session.Engine) string {
	if c.Width <= 0 || c.Height <= 0 {
		return ""
	}
	say := c.Tr.T("screen.too_small", "W", MinWidth, "H", MinHeight)
	if held {
		say = c.Tr.T("screen.too_small_held", "W", MinWidth, "H", MinHeight)
	}
	switch {
	case eng != nil && eng.State() == session.StatePainPrompt:
		say += " " + c.Tr.T("screen.too_small_pain")
	case eng != nil && eng.State() != session.StateFinished:
		say += " " + c.Tr.T("screen.too_small_sharp")
	}
	lines := text.Wrap(say, c.Width)
	return strings.Join(lines[:min(len(lines), c.Height)], "\n")
}

// active is the engine of the session under way on the run or max test screen, or nil.
func (m Model) active() *session.Engine {
	switch {
	case m.res.Run == nil:
		return nil
	case m.screen == screenRun:
		return m.run.eng
	case m.screen == screenMax:
		return m.max.run.eng
	}
	return nil
}
