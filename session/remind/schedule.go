// Package remind is limber's desk-break reminder. Schedule is pure — no I/O, no goroutines, the
// time passed in — and says when a break is due, keeps quiet outside the person's hours, and
// counts the breaks taken and skipped today. The state file (state.go) is how a running
// limber remind tells limber status and limber stats what it is doing.
package remind

import (
	"time"

	"github.com/limber-coach/limber/content/enum"

	"github.com/limber-coach/limber/content"
)

// Phase is what the reminder is doing.
type Phase int

// The phases.
const (
	// PhaseCounting: counting down to the next break.
	PhaseCounting Phase = iota
	// PhaseDue: a break is due; waiting for start, snooze or skip.
	PhaseDue
	// PhaseSnoozed: counting down a snooze.
	PhaseSnoozed
	// PhaseQuiet: outside the hours; waiting quietly for them to open.
	PhaseQuiet
	// PhaseBreak: a break routine is running.
	PhaseBreak
)

var phaseNames = enum.Names[Phase]{"counting", "due", "snoozed", "quiet", "break"}

// String returns the phase's name, as the state file writes it.
func (p Phase) String() string { return phaseNames.Of(p) }

// ParsePhase is the inverse of Phase.String; ok is false for an unknown name.
func ParsePhase(s string) (Phase, bool) { return phaseNames.Parse(s) }

// Event is something a Tick noticed that the reminder should tell the person about.
type Event int

// The events.
const (
	// EventDue: a break just became due (ring, notify, ask).
	EventDue Event = iota
	// EventQuiet: the hours closed; a due break, if any, was dropped without counting.
	EventQuiet
	// EventOpen: the hours opened; counting starts.
	EventOpen
	// EventAway: the clock jumped (the computer slept, or its clock was set); the time away
	// counts as a break away from the desk, so counting starts again from now.
	EventAway
	// EventNewDay: the day changed; today's counts start from zero.
	EventNewDay
)

var eventNames = enum.Names[Event]{"due", "quiet", "open", "away", "new-day"}

// String returns the event's name.
func (e Event) String() string { return eventNames.Of(e) }

// Defaults of a Config.
const (
	// DefaultSnooze is how long s puts a due break off.
	DefaultSnooze = 5 * time.Minute
	// DefaultAway is the shortest jump of the clock between two ticks taken for time away (a
	// suspend). Runners tick at least every MaxWait, far more often than this.
	DefaultAway = 5 * time.Minute
	// MaxWait is the longest a runner should wait between ticks, so a suspend or a changed
	// clock is noticed soon after it happens.
	MaxWait = 30 * time.Second
)

// Config is how often and when the reminder rings.
type Config struct {
	// Every is the time from one break (or from the start) to the next.
	Every time.Duration
	// Hours is the daily window in which breaks are due; content.AllDay for always.
	Hours content.Hours
	// Snooze is how long a snooze lasts; 0 means DefaultSnooze.
	Snooze time.Duration
	// Away is the clock jump taken for time away; 0 means DefaultAway.
	Away time.Duration
}

// Schedule is the reminder's state machine. Every method takes the time; wall-clock readings
// are compared (the monotonic reading is dropped), because a laptop's monotonic clock stands
// still while it sleeps and a break due at 10:40 is due at 10:40 whatever happened meanwhile.
type Schedule struct {
	cfg   Config
	phase Phase
	// next is when the break (or the snooze) is due, in counting and snoozed.
	next time.Time
	// dueSince is when the pending break became due.
	dueSince time.Time
	// last is the time of the latest Tick, to notice jumps.
	last time.Time
	// day is today's date (YYYY-MM-DD in now's location); taken and skipped count its breaks.
	day            string
	taken, skipped int
}

// New starts a schedule at now: counting when inside the hours, else quiet. Taken and skipped
// carry over today's counts from an earlier run (pass zero for none).
func New(cfg Config, now time.Time, today Counts) *Schedule {
	if cfg.Snooze <= 0 {
		cfg.Snooze = DefaultSnooze
	}
	if cfg.Away <= 0 {
		cfg.Away = DefaultAway
	}
	now = now.Round(0)
	s := &Schedule{cfg: cfg, last: now, day: dayOf(now), phase: PhaseQuiet}
	if today.Day == s.day {
		s.taken, s.skipped = today.Taken, today.Skipped
	}
	if cfg.Hours.In(now) {
		s.phase, s.next = PhaseCounting, now.Add(cfg.Every)
	}
	return s
}

// Counts are one day's breaks.
type Counts struct {
	Day            string // YYYY-MM-DD
	Taken, Skipped int
}

// Config returns the schedule's configuration with its defaults filled in.
func (s *Schedule) Config() Config { return s.cfg }

// Phase returns the current phase (as of the last call).
func (s *Schedule) Phase() Phase { return s.phase }

// Today returns today's counts (as of the last call).
func (s *Schedule) Today() Counts { return Counts{Day: s.day, Taken: s.taken, Skipped: s.skipped} }

// Tick brings the schedule up to now and returns what changed, in order.
func (s *Schedule) Tick(now time.Time) []Event {
	now = now.Round(0)
	var ev []Event
	if d := dayOf(now); d != s.day {
		s.day, s.taken, s.skipped = d, 0, 0
		ev = append(ev, EventNewDay)
	}
	gap := now.Sub(s.last)
	s.last = now
	if s.phase == PhaseBreak {
		return ev
	}
	switch {
	case !s.cfg.Hours.In(now):
		if s.phase != PhaseQuiet {
			s.phase = PhaseQuiet
			ev = append(ev, EventQuiet)
		}
	case s.phase == PhaseQuiet:
		s.phase, s.next = PhaseCounting, now.Add(s.cfg.Every)
		ev = append(ev, EventOpen)
	case gap >= s.cfg.Away || gap < -time.Minute:
		s.phase, s.next = PhaseCounting, now.Add(s.cfg.Every)
		ev = append(ev, EventAway)
	case s.phase != PhaseDue && !now.Before(s.next):
		s.phase, s.dueSince = PhaseDue, now
		ev = append(ev, EventDue)
	}
	return ev
}

// Start begins a break now (due or not, in the hours or not).
func (s *Schedule) Start(now time.Time) {
	s.Tick(now)
	s.phase = PhaseBreak
}

// BreakOver ends the break started by Start: taken says whether a routine was actually done
// (false when, say, the safety check stopped it). Counting starts again from now.
func (s *Schedule) BreakOver(now time.Time, taken bool) {
	now = now.Round(0)
	if s.phase != PhaseBreak {
		return
	}
	if dayOf(now) != s.day {
		s.day, s.taken, s.skipped = dayOf(now), 0, 0
	}
	if taken {
		s.taken++
	}
	s.phase, s.next, s.last = PhaseCounting, now.Add(s.cfg.Every), now
	if !s.cfg.Hours.In(now) {
		s.phase = PhaseQuiet
	}
}

// Snooze puts a due break off by the snooze time. It reports whether a break was due.
func (s *Schedule) Snooze(now time.Time) bool {
	s.Tick(now)
	if s.phase != PhaseDue {
		return false
	}
	s.phase, s.next = PhaseSnoozed, now.Round(0).Add(s.cfg.Snooze)
	return true
}

// Skip skips the coming (or due) break: it counts as skipped and counting starts again. It
// reports whether there was a break to skip (there is none outside the hours or during one).
func (s *Schedule) Skip(now time.Time) bool {
	s.Tick(now)
	if s.phase == PhaseQuiet || s.phase == PhaseBreak {
		return false
	}
	s.skipped++
	s.phase, s.next = PhaseCounting, now.Round(0).Add(s.cfg.Every)
	return true
}

// Dismiss drops a due break without counting it — nobody is there to answer (the input has
// ended) — and counting starts again. It reports whether a break was due.
func (s *Schedule) Dismiss(now time.Time) bool {
	s.Tick(now)
	if s.phase != PhaseDue {
		return false
	}
	s.phase, s.next = PhaseCounting, now.Round(0).Add(s.cfg.Every)
	return true
}

// Status is the schedule as of a moment, for a screen, a line or the state file.
type Status struct {
	Phase Phase
	// Next is when the break (counting) or the snooze (snoozed) is due; Left is the time to it.
	Next time.Time
	Left time.Duration
	// DueSince is when the pending break became due (due).
	DueSince time.Time
	// Opens is when the hours open next (quiet).
	Opens time.Time
	// Today is today's counts.
	Today Counts
}

// Status reports the schedule at now without changing it (call Tick first to bring it up to
// date).
func (s *Schedule) Status(now time.Time) Status {
	now = now.Round(0)
	st := Status{Phase: s.phase, Today: s.Today()}
	switch s.phase {
	case PhaseCounting, PhaseSnoozed:
		st.Next, st.Left = s.next, max(s.next.Sub(now), 0)
	case PhaseDue:
		st.DueSince = s.dueSince
	case PhaseQuiet:
		st.Opens = s.cfg.Hours.NextOpen(now)
	}
	return st
}

// NextWake is the next instant at which Tick would change something with no input: the due
// time, the hours opening or closing, or midnight. It is the zero time during a break. Runners
// wait for it, or MaxWait, whichever is sooner.
func (s *Schedule) NextWake(now time.Time) time.Time {
	now = now.Round(0)
	y, m, d := now.Date()
	wake := time.Date(y, m, d+1, 0, 0, 0, 0, now.Location())
	soonest := func(t time.Time) {
		if !t.IsZero() && t.Before(wake) {
			wake = t
		}
	}
	switch s.phase {
	case PhaseBreak:
		return time.Time{}
	case PhaseQuiet:
		soonest(s.cfg.Hours.NextOpen(now))
	case PhaseCounting, PhaseSnoozed:
		soonest(s.next)
		soonest(s.cfg.Hours.NextClose(now))
	case PhaseDue:
		soonest(s.cfg.Hours.NextClose(now))
	}
	return wake
}

// dayOf is t's date in its location.
func dayOf(t time.Time) string { return t.Format(time.DateOnly) }
