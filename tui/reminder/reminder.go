// Package reminder is limber remind's front end: a small inline Bubble Tea screen (Model) and
// its plain-line twin (Plain) for when there is no terminal. Both drive a remind.Schedule with
// the clock they are given, ring, notify and speak when a break is due, write the state file
// through a callback on every change, and hand control back to the caller when the person
// starts a break (the caller runs the routine, then calls Schedule.BreakOver and comes back).
package reminder

import (
	"fmt"
	"math"
	"os"
	"time"

	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/notify"
)

// Action is how a reminder front end ended.
type Action int

// The actions.
const (
	// ActionQuit: the person quit (q), or the input asked to stop.
	ActionQuit Action = iota
	// ActionStart: the person asked for the break routine now.
	ActionStart
	// ActionSignal: Ctrl+C or a signal (SIGTERM, SIGHUP) ended it; Result.Signal is which.
	ActionSignal
)

var actionNames = [...]string{"quit", "start", "signal"}

// String returns the action's name.
func (a Action) String() string {
	if int(a) >= 0 && int(a) < len(actionNames) {
		return actionNames[a]
	}
	return "unknown"
}

// Options configure a reminder front end.
type Options struct {
	// Schedule is the reminder's state machine; the front end ticks it and acts on it.
	Schedule *remind.Schedule
	// Routine is the break routine (its name and length are shown).
	Routine *content.Routine
	// Length is the routine's planned length, for "Desk break (5 min)"; 0 leaves it out.
	Length time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Bell rings the terminal bell when a break is due.
	Bell bool
	// Notify sends the OSC 9 and OSC 777 desktop notifications (only to a terminal); Tmux wraps
	// them for tmux's passthrough.
	Notify, Tmux bool
	// Desktop, when set, raises a desktop notification another way (notify-send); it must
	// return at once (start the command and wait for it elsewhere).
	Desktop func(title, body string)
	// Speak, when set, says "Time for a break" aloud; it must return at once.
	Speak func(string)
	// Save, when set, is given the state file's new content after every change. It must return
	// at once (hand the state to a background writer that keeps only the latest).
	Save func(st remind.State)
	// Every and Hours are the settings as the person wrote them, for the state file.
	Every, Hours string
}

// Result is how the front end ended, shared by pointer between the copies of the model.
type Result struct {
	Action Action
	// Signal is the signal for ActionSignal (os.Interrupt for Ctrl+C).
	Signal os.Signal
}

func (o *Options) defaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
}

// state is the state file's content now.
func (o *Options) state(now time.Time) remind.State {
	return remind.StateOf(o.Schedule, now, o.Every, o.Hours, o.Routine.ID, o.Routine.Name)
}

// notification is the title and body of a due break's notification.
func (o *Options) notification() (title, body string) {
	body = "Time for a break: " + o.Routine.Name
	if o.Length > 0 {
		body += fmt.Sprintf(" (%s)", text.MinutesText(o.Length))
	}
	return "limber", body
}

// alert is what goes to the terminal when a break becomes due: the bell and the OSC
// notifications, as the options allow.
func (o *Options) alert() string {
	var s string
	if o.Bell {
		s += notify.Bell
	}
	if o.Notify {
		title, body := o.notification()
		s += notify.Sequences(title, body, o.Tmux)
	}
	return s
}

// headline is "Desk break every 50 min, 09:00-18:00".
func (o *Options) headline() string {
	hours := o.Schedule.Config().Hours
	when := ", " + hours.String()
	if hours.Always() {
		when = ", all day"
	}
	return o.Routine.Name + " every " + text.DurUp(o.Schedule.Config().Every) + when
}

// todayText is "Today: 2 taken, 1 skipped".
func todayText(c remind.Counts) string {
	return fmt.Sprintf("Today: %d taken, %d skipped", c.Taken, c.Skipped)
}

// clockText is t as a clock time, with the day when it is not today: "10:40",
// "tomorrow 09:00", "Mon 09:00".
func clockText(now, t time.Time) string {
	loc := now.Location()
	t = t.In(loc)
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, loc) }
	switch days := int(math.Round(day(t).Sub(day(now)).Hours() / 24)); days {
	case 0:
		return t.Format("15:04")
	case 1:
		return "tomorrow " + t.Format("15:04")
	}
	return t.Format("Mon 15:04")
}

// nextRepaint is when the shown time left to next changes: each minute while it shows
// minutes, each second in the last minute.
func nextRepaint(now, next time.Time) time.Time {
	left := next.Sub(now)
	if left <= 0 {
		return next
	}
	step := time.Minute
	if left <= time.Minute {
		step = time.Second
	}
	k := (left + step - 1) / step
	return next.Add(-(k - 1) * step)
}

// wake is when a front end should look at the clock next: the schedule's next change, the
// shown countdown's next change, or remind.MaxWait from now, whichever is soonest. It is the
// zero time during a break.
func wake(s *remind.Schedule, now time.Time) time.Time {
	w := s.NextWake(now)
	if w.IsZero() {
		return w
	}
	if x := s.Status(now); x.Phase == remind.PhaseCounting || x.Phase == remind.PhaseSnoozed {
		if r := nextRepaint(now, x.Next); r.Before(w) {
			w = r
		}
	}
	if limit := now.Round(0).Add(remind.MaxWait); limit.Before(w) {
		w = limit
	}
	return w
}
