// Package tui is limber's full-screen coach, built on Bubble Tea v2. One root Model owns the
// screens (home, safety check, preview, run, pain, summary, history, the quick-timer picker and
// the max test) and routes between them;
// screens return strings and only the root returns a tea.View. Keys live in keys.go, styles in
// styles.go. File work (reading the history, saving a session, the safety answers) runs in
// tea.Cmds, never in Update or View.
package tui

import (
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// Common is the small shared context every screen receives (like soft-serve's common.Common).
// The root owns it; screens read it and never replace it.
type Common struct {
	Lib    *content.Library
	Styles Styles
	Keys   KeyMap
	// Width and Height are the terminal's size, updated on every resize.
	Width, Height int
	// Now is the clock (a fake one in tests).
	Now func() time.Time
	// HistoryPath is the history log; SafetyPath the saved safety-check answers.
	HistoryPath, SafetyPath string
	// Bell rings the terminal bell at 3-2-1 and at each step end.
	Bell bool
	// Speak, when set, says a cue's phrase aloud; it must return at once (sound.Speaker.Say
	// does), so speech never holds up the timer or the screen.
	Speak func(string)
	// SafetyCheckDays is how long a safety check answer holds (30 by default).
	SafetyCheckDays int
	// DefaultRoutine is the break routine suggested daily (the default_routine setting; ""
	// means the built-in desk break).
	DefaultRoutine string
	// Safety is the latest safety-check answers (kept up to date by the root), which mark
	// routines to avoid in pregnancy and limit the choice to gentle routines after red flags.
	Safety SafetyAnswers
}

// Result is what the program leaves behind for the caller, shared by pointer between the copies
// of the root model: the session in progress (so a signal or a panic can still save it as
// stopped) and whether it has been saved.
type Result struct {
	// Engine is the session in progress or just finished; nil before the first run.
	Engine *session.Engine
	// Saved is set once the session's record was appended to the history.
	Saved bool
	// Signal names the signal that ended the program ("" when none).
	Signal string
	// Interrupted is set when the user pressed Ctrl+C.
	Interrupted bool
}

// Pending reports whether a session was started and not saved yet.
func (r *Result) Pending() bool { return r.Engine != nil && !r.Saved }

// Navigation and work messages between the screens and the root.
type (
	// goHomeMsg returns to the home screen.
	goHomeMsg struct{}
	// goPreviewMsg opens the preview of a routine.
	goPreviewMsg struct{ routine *content.Routine }
	// startMsg asks to start a routine: the root runs the safety check first when it is due.
	// warned is set when the screen that asks has shown the routine's pregnancy warning.
	startMsg struct {
		routine *content.Routine
		warned  bool
	}
	// goHistoryMsg opens the history and stats screen.
	goHistoryMsg struct{}
	// sessionEndedMsg: the run screen's session finished (any status); the root saves it.
	sessionEndedMsg struct{ rec session.Record }
	// savedMsg reports the outcome of appending a session to the history; eng is the session it
	// was, so a late answer about an earlier session never marks a newer one saved.
	savedMsg struct {
		err error
		eng *session.Engine
	}
	// safetyDoneMsg: the safety check was answered; proceed says whether to go on to the routine.
	safetyDoneMsg struct {
		answers SafetyAnswers
		proceed bool
	}
	// warnDoneMsg: the pregnancy warning shown before a routine started (the safety check not
	// being due) was answered; proceed says whether to start it anyway.
	warnDoneMsg struct{ proceed bool }
	// signalMsg: the process received a signal (SIGTERM, SIGHUP); stop and quit.
	signalMsg struct{ name string }
	// goQuickMsg opens the quick-timer picker: a max test when max, else a quick hold.
	goQuickMsg struct{ max bool }
	// startQuickMsg asks to start a quick timer: the root runs the safety check first when it
	// is due.
	startQuickMsg struct{ q session.Quick }
)

// SignalMsg returns the message the caller sends (Program.Send) when the process receives a
// signal: the session in progress is stopped and the program quits.
func SignalMsg(name string) any { return signalMsg{name} }
