// Package reminder is limber remind's front ends: a small inline Bubble Tea screen (Model), its
// plain-line twin (Plain) for when there is no terminal, and the background reminder (no screen:
// desktop notifications and the state file). Each looks at the world through Options.Observe
// before a tick (the activity sources, the newest logged session, the quiet times), drives a
// remind.Schedule with the clock it is given, rings, notifies, speaks and runs the person's
// hooks when a break is due, writes the state file through a callback on every change, and —
// the screen and plain mode — hands control back to the caller when the person starts a break
// (the caller runs the routine, then calls Schedule.BreakOver and comes back).
package reminder

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/activity"
	"github.com/limber-coach/limber/tui/hooks"
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

// PollEvery is how often a reminder looks at the world (Options.Observe) when nothing else wakes
// it: a prompt, limber quiet or a logged session is seen within this.
const PollEvery = 10 * time.Second

// Options configure a reminder front end.
type Options struct {
	// Schedule is the reminder's state machine; the front end ticks it and acts on it.
	Schedule *remind.Schedule
	// Routine is the break routine (its name and length are shown).
	Routine *content.Routine
	// Length is the routine's planned length, for "Desk break (5 min)"; 0 leaves it out.
	Length time.Duration
	// Moves, when set, is the meeting-moves routine offered in a long meeting, and MovesLength
	// its length.
	Moves       *content.Routine
	MovesLength time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Observe, when set, reads the world for a tick: what the activity sources saw, the newest
	// logged session, the quiet times. It may take a few milliseconds (screens call it off
	// Update). Without it the clock stands in for activity and nothing is ever quiet but the
	// hours.
	Observe func(now time.Time) activity.Observation
	// Pressed, when set, is told of each key pressed (or line typed) in the reminder: someone
	// is at the keys.
	Pressed func(now time.Time)
	// Bell rings the terminal bell when a break is due.
	Bell bool
	// Notify sends the OSC 9 and OSC 777 desktop notifications (only to a terminal); Tmux wraps
	// them for tmux's passthrough.
	Notify, Tmux bool
	// Desktop, when set, raises a desktop notification another way (notify-send, osascript);
	// it must return at once (start the command and wait for it elsewhere).
	Desktop func(title, body string)
	// Speak, when set, says "Time for a break" aloud; it must return at once.
	Speak func(string)
	// Hooks run the person's commands for the break's events; nil runs none.
	Hooks *hooks.Runner
	// Save, when set, is given the state file's new content after every change. It must return
	// at once (hand the state to a background writer that keeps only the latest).
	Save func(st remind.State)
	// Every and Hours are the settings as the person wrote them, for the state file.
	Every, Hours string
	// Background is set for limber remind --background (the state file says so).
	Background bool
	// Tr is the interface's strings in the person's language; nil means English.
	Tr *msg.Tr
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
	if o.Tr == nil {
		o.Tr = msg.New(lang.English)
	}
}

// observe reads the world at now, or lets the clock stand in.
func (o *Options) observe(now time.Time) activity.Observation {
	if o.Observe == nil {
		return activity.Observation{Seen: remind.Seen{Clock: true}}
	}
	return o.Observe(now)
}

// tick brings the schedule up to now with what was observed.
func (o *Options) tick(now time.Time, obs activity.Observation) []remind.Event {
	o.Schedule.SetQuiet(obs.Quiet)
	return o.Schedule.Tick(now, obs.Seen)
}

// press tells the activity sources a key was pressed.
func (o *Options) press(now time.Time) {
	if o.Pressed != nil {
		o.Pressed(now)
	}
}

// State is the state file's content now.
func (o *Options) State(now time.Time) remind.State {
	st := remind.StateOf(o.Schedule, now, o.Every, o.Hours, o.Routine.ID, o.Routine.Name)
	st.Background = o.Background
	return st
}

// fire runs the hook of e with the break's details.
func (o *Options) fire(e hooks.Event, now time.Time, door string) {
	if !o.Hooks.Has(e) {
		return
	}
	x := o.Schedule.Status(now)
	vars := map[string]string{
		"ROUTINE": o.Routine.ID, "ROUTINE_NAME": o.Routine.Name, "TIME": now.Format(time.RFC3339),
		"SITTING_MIN": strconv.Itoa(int(x.Sitting / time.Minute)),
		"TAKEN":       strconv.Itoa(x.Today.Taken), "SKIPPED": strconv.Itoa(x.Today.Skipped),
	}
	if door != "" {
		vars["DOOR"] = door
	}
	o.Hooks.Fire(e, vars)
}

// fireEvents runs the hooks of the schedule's events: a due break, a break logged elsewhere.
func (o *Options) fireEvents(events []remind.Event, now time.Time) {
	for _, e := range events {
		switch e {
		case remind.EventDue:
			o.fire(hooks.Due, now, "")
		case remind.EventLogged:
			o.fire(hooks.Done, now, "elsewhere")
		}
	}
}

// notification is the title and body of a due break's notification.
func (o *Options) notification() (title, body string) {
	return o.Tr.T("app.name"), o.dueTitle()
}

// dueTitle is "Time for a break: Desk break (5 min)".
func (o *Options) dueTitle() string {
	if o.Length > 0 {
		return o.Tr.T("remind.due_len", "Routine", o.Routine.Name, "Len", minutes(o.Tr, o.Length))
	}
	return o.Tr.T("remind.due", "Routine", o.Routine.Name)
}

// minutes is a length in whole minutes, rounded: "5 min".
func minutes(tr *msg.Tr, d time.Duration) string {
	return fmt.Sprintf("%d %s", text.Minutes(d), tr.T("unit.min"))
}

// movesText is the offer of the meeting moves in a long meeting, or "" when there is no such
// routine.
func (o *Options) movesText(now time.Time) string {
	if o.Moves == nil {
		return ""
	}
	sitting := o.Schedule.Status(now).Sitting
	return o.Tr.T("remind.moves", "Sitting", o.Tr.Dur(sitting.Truncate(time.Minute)), "Routine", o.Moves.Name,
		"Len", minutes(o.Tr, max(o.MovesLength, time.Minute)), "ID", o.Moves.ID)
}

// offerMoves raises the meeting moves' notification: silently, no bell, no voice, nothing on
// the terminal.
func (o *Options) offerMoves(now time.Time) {
	if m := o.movesText(now); m != "" && o.Desktop != nil {
		o.Desktop(o.Tr.T("app.name"), m)
	}
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

// weekText says when reminders ring, in the language: "mon-fri 09:00-18:00", "Mo-Fr 09:00-18:00".
func weekText(tr *msg.Tr, w content.Week) string {
	ww := content.WeekWords{EveryDay: tr.T("remind.week.every_day"), NoDay: tr.T("remind.week.no_day"),
		Always: tr.T("remind.week.always"), Never: tr.T("remind.week.never"), AllDay: tr.T("remind.week.all_day")}
	for d := range ww.Days {
		ww.Days[d] = tr.T(dayIDs[d])
	}
	return w.StringWith(ww)
}

// dayIDs are the days' short names, indexed by time.Weekday.
var dayIDs = [...]string{"remind.day.sun", "remind.day.mon", "remind.day.tue", "remind.day.wed",
	"remind.day.thu", "remind.day.fri", "remind.day.sat"}

// clockDayIDs are the days' short names before a clock time ("Sat 09:00"), by time.Weekday.
var clockDayIDs = [...]string{"remind.clock_day.sun", "remind.clock_day.mon", "remind.clock_day.tue",
	"remind.clock_day.wed", "remind.clock_day.thu", "remind.clock_day.fri", "remind.clock_day.sat"}

// headline is "Desk break after 50 min of sitting, mon-fri 09:00-18:00".
func (o *Options) headline() string {
	week := o.Schedule.Config().Week
	every := o.Tr.DurUp(o.Schedule.Config().Every)
	if week.Always() {
		return o.Tr.T("remind.headline_all_day", "Routine", o.Routine.Name, "Every", every)
	}
	return o.Tr.T("remind.headline", "Routine", o.Routine.Name, "Every", every, "Week", weekText(o.Tr, week))
}

// todayText is "Today: 2 taken, 1 skipped · longest sitting 1 h 5 min".
func todayText(tr *msg.Tr, c remind.Counts) string {
	s := tr.T("remind.today", "Taken", c.Taken, "Skipped", c.Skipped)
	if c.Longest >= time.Minute {
		s += " · " + tr.T("remind.longest", "Dur", tr.Dur(c.Longest.Truncate(time.Minute)))
	}
	return s
}

// sittingText is " · sitting 12 min", or "" under a minute.
func sittingText(tr *msg.Tr, d time.Duration) string {
	if d < time.Minute {
		return ""
	}
	return " · " + tr.T("remind.sitting", "Dur", tr.Dur(d.Truncate(time.Minute)))
}

// quietText says why and until when it is quiet: "Outside your hours · quiet until 09:00".
func quietText(tr *msg.Tr, now time.Time, x remind.Status) string {
	id := quietIDs[x.Why]
	if id == "" {
		id = quietIDs[remind.WhyHours]
	}
	s := tr.T(id)
	if !x.Opens.IsZero() {
		s = tr.T(id+"_until", "When", clockText(tr, now, x.Opens))
	}
	if x.Why == remind.WhyQuiet || x.Why == remind.WhyCalendar {
		s += sittingText(tr, x.Sitting)
	}
	return s
}

// quietIDs are the messages of each reason to be quiet; each has a twin ending in _until.
var quietIDs = map[remind.Why]string{remind.WhyHours: "remind.why.hours", remind.WhyDays: "remind.why.days",
	remind.WhyQuiet: "remind.why.quiet", remind.WhyCalendar: "remind.why.calendar"}

// eventNote is what the screen and plain mode say about an event, or "".
func (o *Options) eventNote(e remind.Event, now time.Time) string {
	switch e {
	case remind.EventAway:
		return o.Tr.T("remind.note.away")
	case remind.EventRested:
		return o.Tr.T("remind.note.rested", "Dur", o.Tr.Dur(o.Schedule.Config().IdleReset))
	case remind.EventLogged:
		return o.Tr.T("remind.note.logged")
	case remind.EventMoves:
		return o.movesText(now)
	}
	return ""
}

// clockText is t as a clock time, with the day when it is not today: "10:40",
// "tomorrow 09:00", "Mon 09:00".
func clockText(tr *msg.Tr, now, t time.Time) string {
	loc := now.Location()
	t = t.In(loc)
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, loc) }
	clock := t.Format("15:04")
	switch days := int(math.Round(day(t).Sub(day(now)).Hours() / 24)); days {
	case 0:
		return clock
	case 1:
		return tr.T("remind.tomorrow_at", "Clock", clock)
	}
	return tr.T("remind.day_at", "Day", tr.T(clockDayIDs[t.Weekday()]), "Clock", clock)
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
// shown countdown's next change, or poll from now, whichever is soonest. It is the zero time
// during a break.
func wake(s *remind.Schedule, now time.Time, poll time.Duration) time.Time {
	w := s.NextWake(now)
	if w.IsZero() {
		return w
	}
	if x := s.Status(now); x.Phase == remind.PhaseCounting || x.Phase == remind.PhaseSnoozed {
		if r := nextRepaint(now, x.Next); r.Before(w) {
			w = r
		}
	}
	if limit := now.Round(0).Add(poll); limit.Before(w) {
		w = limit
	}
	return w
}

// poll is how long the front end waits at most between looks at the world.
func (o *Options) poll() time.Duration {
	if o.Observe == nil {
		return remind.MaxWait
	}
	return PollEvery
}
