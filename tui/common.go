// Package tui is limber's full-screen coach, built on Bubble Tea v2. One root Model owns the
// screens (home, safety check, preview, run, pain, summary, history, the quick-timer picker and
// the max test) and routes between them;
// screens return strings and only the root returns a tea.View. Keys live in keys.go, styles in
// styles.go. File work (reading the history, saving a session, the safety answers) runs in
// tea.Cmds, never in Update or View.
package tui

import (
	"os"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/runner"
)

// Store is where the coach reads and writes the person's data: store.Dir in the program, a
// fake (or a store.Dir in a temporary folder) in tests.
type Store interface {
	// Answers and SaveAnswers read and write the safety-check answers.
	Answers() (policy.Answers, error)
	SaveAnswers(policy.Answers) error
	// Save appends a finished session to the history.
	Save(session.Record) error
	// ReadWhere streams the history through a filter.
	ReadWhere(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error)
	// HistoryPath is the history log, for the readers that take a path.
	HistoryPath() string
	// LiveRemindState is the state of the limber remind running now, if one runs.
	LiveRemindState() (remind.State, bool)
	// Physio is what the person reports: check-ins, goals, flare-ups (physio.go).
	Physio
}

// Common is the small shared context every screen receives (like soft-serve's common.Common).
// The root owns it; screens read it and never replace it.
type Common struct {
	Lib *content.Library
	// Tr is the interface's strings in the run's language (Lib is in the same language).
	Tr *msg.Tr
	// Settings are config.toml's: the policy reads get_ready and safety_check_days, home the
	// default_routine.
	Settings content.Settings
	Store    Store
	// HistoryPath is Store.HistoryPath(), kept for the readers that take a path.
	HistoryPath string
	Styles      Styles
	Keys        KeyMap
	// Width and Height are the terminal's size, updated on every resize.
	Width, Height int
	// Now is the clock (a fake one in tests).
	Now func() time.Time
	// Bell rings the terminal bell at 3-2-1 and at each step end.
	Bell bool
	// Speak, when set, says a cue's phrase aloud; it must return at once (sound.Speaker.Say
	// does), so speech never holds up the timer or the screen.
	Speak func(string)
	// Answers are the latest safety-check answers (kept up to date by the root).
	Answers policy.Answers
	// Problems are what is wrong in the person's files, as limber validate words it (home says
	// so, and lists them); VoiceNote says why the voice asked for cannot speak (the run screen
	// says so). Both are "" or empty when all is well.
	Problems  content.Problems
	VoiceNote string
	// Figures draws the exercises' figures (off: none drawn).
	Figures *figures
}

// inputs are what the policy decides from, now.
func (c *Common) inputs() policy.Inputs {
	return policy.Inputs{Lib: c.Lib, Settings: c.Settings, Answers: c.Answers, History: c.Store.ReadWhere, Now: c.Now()}
}

// Result is what the program leaves behind for the caller, shared by pointer between the copies
// of the root model: the session in progress (so a signal or a panic can still save it as
// stopped).
type Result struct {
	// Run is the session in progress or just finished; nil before the first run.
	Run *runner.Run
	// Signal is the signal that ended the program (os.Interrupt for Ctrl+C); nil when none.
	Signal os.Signal
	// Saved are the sessions saved to the history while the coach ran, in order: the caller
	// leaves a line for each in the terminal's scrollback once the screen is gone.
	Saved []session.Record
}

// Navigation and work messages between the screens and the root.
type (
	// goHomeMsg returns to the home screen.
	goHomeMsg struct{}
	// goPreviewMsg opens the preview of a routine.
	goPreviewMsg struct{ routine *content.Routine }
	// startMsg asks to start a routine or a quick timer: the root asks the policy (in a Cmd, as
	// it reads the history) and acts on its decision. warned is set when the screen that asks
	// has shown the pregnancy warning; explained when it has shown today's changes after pain.
	startMsg struct {
		req               policy.Request
		warned, explained bool
		// checkedIn: the check-in before the session (checkins = "both") was asked.
		checkedIn bool
	}
	// decidedMsg carries the policy's decision on a startMsg.
	decidedMsg struct {
		start startMsg
		d     policy.Decision
	}
	// goHistoryMsg opens the history and stats screen.
	goHistoryMsg struct{}
	// sessionEndedMsg: the run screen's session finished (any status); the root saves it.
	sessionEndedMsg struct{ rec session.Record }
	// savedMsg reports the outcome of saving a session to the history; run is the session it
	// was, so a late answer about an earlier session never marks a newer one saved.
	savedMsg struct {
		err error
		run *runner.Run
	}
	// safetyDoneMsg: the safety check was answered; proceed says whether to go on to the routine.
	safetyDoneMsg struct {
		answers policy.Answers
		proceed bool
	}
	// warnDoneMsg: the pregnancy warning shown before a routine started (the safety check not
	// being due) was answered; proceed says whether to start it anyway.
	warnDoneMsg struct{ proceed bool }
	// suspendMsg: the process was asked to stop as a job (SIGTSTP from outside).
	suspendMsg struct{}
	// signalMsg: the process received a signal (SIGTERM, SIGHUP); stop and quit.
	signalMsg struct{ sig os.Signal }
	// goQuickMsg opens the quick-timer picker: a max test when max, else a quick hold.
	goQuickMsg struct{ max bool }
)

// SuspendMsg returns the message the caller sends (Program.Send) when the process is asked to
// stop as a job from outside (SIGTSTP): the coach suspends as for Ctrl+Z.
func SuspendMsg() any { return suspendMsg{} }

// SignalMsg returns the message the caller sends (Program.Send) when the process receives a
// signal: the session in progress is stopped and the program quits.
func SignalMsg(sig os.Signal) any { return signalMsg{sig} }
