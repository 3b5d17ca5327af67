// Package remind is limber's desk-break reminder. Schedule is pure — no I/O, no goroutines, the
// time and what the activity sources saw passed in — and counts sitting time: a break is due
// after Every of sitting since the last break, a gap with no activity of IdleReset is a break
// away from the desk, and a session logged by any door is a break too. It keeps quiet outside
// the days and hours, in quiet times (limber quiet, busy calendar events — where it offers the
// meeting moves once a spell grows long), and counts today's breaks and sitting spells. The
// state file (state.go) is how a running limber remind tells limber status and limber stats
// what it is doing.
package remind

import (
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/enum"
)

// Phase is what the reminder is doing.
type Phase int

// The phases.
const (
	// PhaseCounting: sitting; counting down to the next break.
	PhaseCounting Phase = iota
	// PhaseDue: a break is due; waiting for start, snooze or skip.
	PhaseDue
	// PhaseSnoozed: counting down a snooze.
	PhaseSnoozed
	// PhaseQuiet: outside the days or hours, or a quiet time (Status.Why says which).
	PhaseQuiet
	// PhaseBreak: a break routine is running.
	PhaseBreak
	// PhaseIdle: no activity for IdleReset (or none yet): away from the desk. The next
	// activity starts a new sitting spell.
	PhaseIdle
)

var phaseNames = enum.Names[Phase]{"counting", "due", "snoozed", "quiet", "break", "idle"}

// String returns the phase's name, as the state file writes it.
func (p Phase) String() string { return phaseNames.Of(p) }

// ParsePhase is the inverse of Phase.String; ok is false for an unknown name.
func ParsePhase(s string) (Phase, bool) { return phaseNames.Parse(s) }

// Why is why the reminder keeps quiet.
type Why int

// The reasons.
const (
	// WhyNone: it is not quiet.
	WhyNone Why = iota
	// WhyHours: outside the day's hours.
	WhyHours
	// WhyDays: a day without reminders (remind_days).
	WhyDays
	// WhyQuiet: limber quiet.
	WhyQuiet
	// WhyCalendar: a busy event in the calendar.
	WhyCalendar
)

var whyNames = enum.Names[Why]{"", "hours", "days", "quiet", "calendar"}

// String returns the reason's name, as the state file writes it.
func (w Why) String() string { return whyNames.Of(w) }

// ParseWhy is the inverse of Why.String.
func ParseWhy(s string) (Why, bool) { return whyNames.Parse(s) }

// Meeting reports whether the quiet is a meeting's (limber quiet or the calendar): sitting
// goes on being counted, the meeting moves may be offered, and the break comes after it.
func (w Why) Meeting() bool { return w == WhyQuiet || w == WhyCalendar }

// Event is something a Tick noticed that the reminder should tell the person about.
type Event int

// The events.
const (
	// EventDue: a break just became due (ring, notify, ask).
	EventDue Event = iota
	// EventQuiet: a quiet time began (or its reason changed); a due break, if any, was dropped
	// without counting.
	EventQuiet
	// EventOpen: the quiet time ended; counting goes on (a break long due after a meeting comes
	// with EventDue in the same tick).
	EventOpen
	// EventAway: the clock jumped with no activity meanwhile (the computer slept, or its clock
	// was set): the time away was a break.
	EventAway
	// EventNewDay: the day changed; today's counts start from zero.
	EventNewDay
	// EventRested: no activity for IdleReset: the sitting spell ended at the last activity, a
	// break away from the desk; a due break, if any, was dropped without counting.
	EventRested
	// EventBack: activity again after a break away: a new sitting spell.
	EventBack
	// EventLogged: a session was logged by another door (limber run, the coach, a quick hold):
	// a break taken; counting starts again from its end.
	EventLogged
	// EventMoves: a meeting's quiet time and a long sitting spell: offer the meeting moves,
	// silently, once per quiet time.
	EventMoves
)

var eventNames = enum.Names[Event]{"due", "quiet", "open", "away", "new-day", "rested", "back", "logged", "moves"}

// String returns the event's name.
func (e Event) String() string { return eventNames.Of(e) }

// Defaults of a Config.
const (
	// DefaultSnooze is how long s puts a due break off.
	DefaultSnooze = 5 * time.Minute
	// DefaultAway is the shortest jump of the clock between two ticks taken for time away (a
	// suspend), when nothing was active meanwhile. Runners tick far more often than this.
	DefaultAway = 5 * time.Minute
	// MaxWait is the longest a runner should wait between ticks, so a suspend or a changed
	// clock is noticed soon after it happens.
	MaxWait = 30 * time.Second
)

// Config is how long the person may sit, and when the reminder may ring.
type Config struct {
	// Every is the sitting time from one break (or from the start) to the next.
	Every time.Duration
	// IdleReset is how long without activity counts as a break; 0 means
	// content.DefaultIdleReset.
	IdleReset time.Duration
	// Week is the days and hours in which breaks are due.
	Week content.Week
	// Snooze is how long a snooze lasts; 0 means DefaultSnooze.
	Snooze time.Duration
	// Away is the clock jump taken for time away; 0 means DefaultAway.
	Away time.Duration
}

// Seen is what the activity sources and the history said, for a Tick.
type Seen struct {
	// Active is the latest activity any source saw (a prompt, a key in tmux, the desktop's
	// idle time); the zero time when none has seen any.
	Active time.Time
	// Clock means no activity source works here: the clock stands in, every moment counts as
	// sitting (as if the person never left the keyboard).
	Clock bool
	// Logged is when the newest session in the history ended; zero for none.
	Logged time.Time
}

// Quiet is a stretch of time in which breaks are not due: limber quiet, or a busy event.
type Quiet struct {
	From, Until time.Time
	Why         Why
}

// Schedule is the reminder's state machine. Every method takes the time; wall-clock readings
// are compared (the monotonic reading is dropped), because a laptop's monotonic clock stands
// still while it sleeps and a break due at 10:40 is due at 10:40 whatever happened meanwhile.
type Schedule struct {
	cfg   Config
	phase Phase
	why   Why
	quiet []Quiet
	seen  Seen
	// start is when the current sitting spell began (zero: not sitting); lastActive its latest
	// activity; countFrom where counting to the next break began (the spell's start, a skip,
	// the hours' opening).
	start, lastActive, countFrom time.Time
	// floor is the end of the last break: activity before it belongs to the break (keys
	// pressed in the coach) and starts the next spell at floor at the latest.
	floor time.Time
	// lastSeen is the newest activity reading taken, to tell a new one.
	lastSeen time.Time
	// next is when the snooze ends; dueSince when the pending break became due.
	next, dueSince time.Time
	// last is the time of the latest Tick, to notice jumps.
	last time.Time
	// moves is set once the meeting moves were offered in this quiet time; ended once a
	// sitting spell has ended (the next is a return to the desk).
	moves, ended bool
	// day is today's date (YYYY-MM-DD in now's location), dayStart its midnight; today are its
	// counts, curLong set once the current spell was counted in today.Long.
	day      string
	dayStart time.Time
	today    Counts
	curLong  bool
}

// Counts are one day's breaks and sitting spells.
type Counts struct {
	Day            string // YYYY-MM-DD
	Taken, Skipped int
	// Longest is the day's longest sitting spell that has ended; Long counts the spells that
	// reached Every.
	Longest time.Duration
	Long    int
}

// New starts a schedule at now. It is idle until the first Tick brings what the sources saw:
// activity within IdleReset before now starts the first sitting spell at now. today carries
// over today's counts from an earlier run (the zero Counts for none).
func New(cfg Config, now time.Time, today Counts) *Schedule {
	if cfg.Snooze <= 0 {
		cfg.Snooze = DefaultSnooze
	}
	if cfg.Away <= 0 {
		cfg.Away = DefaultAway
	}
	if cfg.IdleReset <= 0 {
		cfg.IdleReset = content.DefaultIdleReset
	}
	now = now.Round(0)
	s := &Schedule{cfg: cfg, last: now, floor: now, phase: PhaseIdle}
	s.newDay(now)
	if today.Day == s.day {
		s.today = today
	}
	return s
}

// Config returns the schedule's configuration with its defaults filled in.
func (s *Schedule) Config() Config { return s.cfg }

// Phase returns the current phase (as of the last call).
func (s *Schedule) Phase() Phase { return s.phase }

// Today returns today's counts (as of the last call).
func (s *Schedule) Today() Counts { return s.today }

// SetQuiet replaces the quiet times (limber quiet's, the calendar's busy events); the next Tick
// acts on them.
func (s *Schedule) SetQuiet(q []Quiet) { s.quiet = q }

// Tick brings the schedule up to now with what the sources saw, and returns what changed, in
// order.
func (s *Schedule) Tick(now time.Time, seen Seen) []Event {
	now = now.Round(0)
	seen.Active, seen.Logged = seen.Active.Round(0), seen.Logged.Round(0)
	s.seen = seen
	var ev []Event
	if d := dayOf(now); d != s.day {
		s.newDay(now)
		ev = append(ev, EventNewDay)
	}
	prev := s.last
	gap := now.Sub(prev)
	s.last = now
	if s.phase == PhaseBreak {
		return ev
	}
	if seen.Logged.After(s.floor) && !seen.Logged.After(now) {
		// A session logged by another door: a break taken, ended at Logged.
		s.endSpell(seen.Logged)
		s.floor = seen.Logged
		s.today.Taken++
		s.startSpell(seen.Logged)
		if s.phase != PhaseQuiet {
			s.phase = PhaseCounting
		}
		ev = append(ev, EventLogged)
	}
	active := seen.Active
	switch why, _ := s.quietAt(now); {
	case why.Meeting():
		active = now // a meeting is sitting, keys or not
	case seen.Clock && why == WhyNone:
		active = now // the clock stands in for the sources, in the hours only
	}
	wasAway := s.phase == PhaseIdle && s.ended
	bridged := !seen.Clock && s.sitting() && active.After(prev) && active.Sub(s.lastActive) < s.cfg.IdleReset
	if gap >= s.cfg.Away && !bridged || gap < -time.Minute {
		// No tick came for a while, and no activity bridges the gap: the computer slept, or the
		// clock was set. The time away was a break.
		s.endSpell(earliest(prev, s.lastActive))
		s.floor, s.lastSeen = now, time.Time{}
		if s.phase != PhaseQuiet {
			s.phase = PhaseIdle
		}
		ev = append(ev, EventAway)
	}
	started := s.observe(active, now)
	rested := false
	if s.sitting() && now.Sub(s.lastActive) >= s.cfg.IdleReset {
		s.endSpell(s.lastActive)
		rested = true
	}
	s.countLong(now)
	return append(ev, s.settle(now, wasAway && started, rested)...)
}

// observe takes a reading of the latest activity at a: a new sitting spell, or more of the
// current one. It reports whether a spell started.
func (s *Schedule) observe(a, now time.Time) bool {
	if a.IsZero() || !a.After(s.lastSeen) {
		return false
	}
	s.lastSeen = a
	if a.Before(s.floor) {
		if s.floor.Sub(a) >= s.cfg.IdleReset {
			return false // long before the last break
		}
		a = s.floor // at the keys when the break ended
	}
	a = earliest(a, now) // a file's time from a clock ahead of this one
	if s.sitting() && a.Sub(s.lastActive) >= s.cfg.IdleReset {
		s.endSpell(s.lastActive) // a gap the sources reported late
	}
	if !s.sitting() {
		s.startSpell(a)
		return true
	}
	s.lastActive = latest(s.lastActive, a)
	return false
}

// settle sets the phase for now: quiet, idle, counting, due; back and rested say what the
// observations just did.
func (s *Schedule) settle(now time.Time, back, rested bool) []Event {
	var ev []Event
	why, _ := s.quietAt(now)
	switch {
	case why != WhyNone:
		if s.phase != PhaseQuiet || s.why != why {
			if s.phase != PhaseQuiet {
				s.moves = false
			}
			s.phase, s.why = PhaseQuiet, why
			ev = append(ev, EventQuiet)
		}
		if why.Meeting() && s.sitting() && !now.Before(s.countFrom.Add(s.cfg.Every)) && !s.moves {
			s.moves = true
			ev = append(ev, EventMoves)
		}
		return ev
	case s.phase == PhaseQuiet:
		if !s.why.Meeting() && s.sitting() {
			s.countFrom = latest(s.countFrom, now) // the hours opened: count from here
		}
		s.phase, s.why = PhaseCounting, WhyNone
		ev = append(ev, EventOpen)
	}
	if !s.sitting() {
		if s.phase != PhaseIdle {
			s.phase = PhaseIdle
			if rested {
				ev = append(ev, EventRested)
			}
		}
		return ev
	}
	if s.phase == PhaseIdle {
		s.phase = PhaseCounting
		if back {
			ev = append(ev, EventBack)
		}
	}
	due := s.phase == PhaseCounting && !now.Before(s.countFrom.Add(s.cfg.Every)) ||
		s.phase == PhaseSnoozed && !now.Before(s.next)
	if due {
		s.phase, s.dueSince = PhaseDue, now
		ev = append(ev, EventDue)
	}
	return ev
}

// quietAt is why breaks are not due at now, and until when (zero: unknown or never).
func (s *Schedule) quietAt(now time.Time) (Why, time.Time) {
	w := s.cfg.Week
	if !w.In(now) {
		if !w.Days[now.Weekday()] {
			return WhyDays, w.NextOpen(now)
		}
		return WhyHours, w.NextOpen(now)
	}
	why, until := WhyNone, time.Time{}
	for _, q := range s.quiet {
		if !now.Before(q.From) && now.Before(q.Until) && q.Until.After(until) {
			why, until = q.Why, q.Until
		}
	}
	return why, until
}

// sitting reports whether a sitting spell is going on.
func (s *Schedule) sitting() bool { return !s.start.IsZero() }

// startSpell begins a sitting spell at t.
func (s *Schedule) startSpell(t time.Time) {
	s.start, s.lastActive, s.countFrom, s.curLong = t, t, t, false
}

// endSpell ends the sitting spell at end, counting it in today's longest and long spells.
func (s *Schedule) endSpell(end time.Time) {
	if !s.sitting() {
		return
	}
	s.countLong(end)
	s.today.Longest = max(s.today.Longest, s.spellLength(end))
	s.start, s.lastActive, s.curLong, s.ended = time.Time{}, time.Time{}, false, true
}

// spellLength is the current spell's length at t, from today's midnight at the earliest.
func (s *Schedule) spellLength(t time.Time) time.Duration {
	if !s.sitting() {
		return 0
	}
	return max(t.Sub(latest(s.start, s.dayStart)), 0)
}

// countLong counts the current spell in today's long spells once it reaches Every at t.
func (s *Schedule) countLong(t time.Time) {
	if s.sitting() && !s.curLong && s.spellLength(t) >= s.cfg.Every {
		s.today.Long++
		s.curLong = true
	}
}

// newDay starts today's counts at now's date.
func (s *Schedule) newDay(now time.Time) {
	y, m, d := now.Date()
	s.day, s.dayStart = dayOf(now), time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	s.today, s.curLong = Counts{Day: s.day}, false
}

// act is a key pressed in the reminder itself: activity at now.
func (s *Schedule) act(now time.Time) {
	seen := s.seen
	seen.Active = latest(seen.Active, now.Round(0))
	s.Tick(now, seen)
}

// Start begins a break now (due or not, quiet or not): the sitting spell ends.
func (s *Schedule) Start(now time.Time) {
	s.act(now)
	s.endSpell(now.Round(0))
	s.phase = PhaseBreak
}

// BreakOver ends the break started by Start: taken says whether a routine was actually done
// (false when, say, the safety check stopped it). The person is at the keys: a new sitting
// spell starts now, and what the sources saw during the break belongs to the break.
func (s *Schedule) BreakOver(now time.Time, taken bool) {
	now = now.Round(0)
	if s.phase != PhaseBreak {
		return
	}
	if dayOf(now) != s.day {
		s.newDay(now)
	}
	if taken {
		s.today.Taken++
	}
	s.floor, s.last, s.lastSeen = now, now, now
	s.startSpell(now)
	s.phase = PhaseCounting
	s.settle(now, false, false)
}

// Snooze puts a due break off by the snooze time. It reports whether a break was due.
func (s *Schedule) Snooze(now time.Time) bool {
	s.act(now)
	if s.phase != PhaseDue {
		return false
	}
	s.phase, s.next = PhaseSnoozed, now.Round(0).Add(s.cfg.Snooze)
	return true
}

// Skip skips the coming (or due) break: it counts as skipped and counting starts again, the
// sitting spell going on. It reports whether there was a break to skip (there is none while
// quiet or during one).
func (s *Schedule) Skip(now time.Time) bool {
	s.act(now)
	if s.phase == PhaseQuiet || s.phase == PhaseBreak || !s.sitting() {
		return false
	}
	s.today.Skipped++
	s.phase, s.countFrom = PhaseCounting, now.Round(0)
	return true
}

// Dismiss drops a due break without counting it — nobody is there to answer (the input has
// ended) — and counting starts again. It reports whether a break was due.
func (s *Schedule) Dismiss(now time.Time) bool {
	s.Tick(now, s.seen)
	if s.phase != PhaseDue {
		return false
	}
	s.phase, s.countFrom = PhaseCounting, now.Round(0)
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
	// Why is why it is quiet, and Opens when the quiet ends (zero: not known).
	Why   Why
	Opens time.Time
	// Since is when the current sitting spell began (zero: not sitting), Sitting its length,
	// LastActive its latest activity.
	Since      time.Time
	Sitting    time.Duration
	LastActive time.Time
	// CountedLong says the current spell is already in Today.Long.
	CountedLong bool
	// Moves is set once the meeting moves were offered in this quiet time.
	Moves bool
	// Today is today's counts; Today.Longest includes the current spell.
	Today Counts
}

// Status reports the schedule at now without changing it (call Tick first to bring it up to
// date).
func (s *Schedule) Status(now time.Time) Status {
	now = now.Round(0)
	st := Status{Phase: s.phase, Today: s.today, Since: s.start, LastActive: s.lastActive,
		Sitting: s.spellLength(now), CountedLong: s.curLong, Moves: s.moves}
	st.Today.Longest = max(st.Today.Longest, st.Sitting)
	switch s.phase {
	case PhaseCounting:
		st.Next = s.countFrom.Add(s.cfg.Every)
		st.Left = max(st.Next.Sub(now), 0)
	case PhaseSnoozed:
		st.Next, st.Left = s.next, max(s.next.Sub(now), 0)
	case PhaseDue:
		st.DueSince = s.dueSince
	case PhaseQuiet:
		st.Why, st.Opens = s.quietAt(now)
		if st.Why == WhyNone { // not brought up to date: say the last reason
			st.Why = s.why
		}
	}
	return st
}

// NextWake is the next instant at which Tick would change something with no new activity: the
// due time, the sitting spell's idle limit, the hours or a quiet time beginning or ending, or
// midnight. It is the zero time during a break. Runners wait for it, or MaxWait, whichever is
// sooner (and read the activity sources as often as they need).
func (s *Schedule) NextWake(now time.Time) time.Time {
	now = now.Round(0)
	if s.phase == PhaseBreak {
		return time.Time{}
	}
	y, m, d := now.Date()
	wake := time.Date(y, m, d+1, 0, 0, 0, 0, now.Location())
	soonest := func(t time.Time) {
		if t.After(now) && t.Before(wake) {
			wake = t
		}
	}
	soonest(s.cfg.Week.NextOpen(now))
	soonest(s.cfg.Week.NextClose(now))
	for _, q := range s.quiet {
		soonest(q.From)
		soonest(q.Until)
	}
	if s.sitting() {
		soonest(s.lastActive.Add(s.cfg.IdleReset))
		soonest(s.countFrom.Add(s.cfg.Every))
	}
	if s.phase == PhaseSnoozed {
		soonest(s.next)
	}
	return wake
}

// dayOf is t's date in its location.
func dayOf(t time.Time) string { return t.Format(time.DateOnly) }

// earliest and latest are the earlier and the later of two times.
func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
