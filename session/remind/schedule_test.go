package remind

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

var nineToSix = content.Hours{From: 9 * 60, To: 18 * 60}

// at is 2026-11-23 (a Monday) at hh:mm(:ss), UTC.
func at(hh, mm int, ss ...int) time.Time {
	return time.Date(2026, 11, 23, hh, mm, append(ss, 0)[0], 0, time.UTC)
}

// step is one action on the schedule in a table test: tick, snooze, skip, start or end a break
// at a moment, then the expected phase, events and left time.
type step struct {
	at     time.Time
	do     string // "tick", "snooze", "skip", "start", "over", "over-none"
	ok     bool   // for snooze/skip: whether it applied
	phase  Phase
	events []Event
	left   time.Duration // for counting and snoozed; -1 = don't check
}

func run(t *testing.T, s *Schedule, steps []step) {
	t.Helper()
	for i, st := range steps {
		var ev []Event
		var ok bool
		switch st.do {
		case "tick":
			ev = s.Tick(st.at)
		case "snooze":
			ok = s.Snooze(st.at)
		case "skip":
			ok = s.Skip(st.at)
		case "start":
			s.Start(st.at)
		case "over":
			s.BreakOver(st.at, true)
		case "over-none":
			s.BreakOver(st.at, false)
		case "dismiss":
			ok = s.Dismiss(st.at)
		}
		where := fmt.Sprintf("step %d (%s at %s)", i+1, st.do, st.at.Format("Jan 2 15:04:05"))
		if (st.do == "snooze" || st.do == "skip" || st.do == "dismiss") && ok != st.ok {
			t.Errorf("%s: applied = %v, want %v", where, ok, st.ok)
		}
		if s.Phase() != st.phase {
			t.Errorf("%s: phase %v, want %v", where, s.Phase(), st.phase)
		}
		if !slices.Equal(ev, st.events) {
			t.Errorf("%s: events %v, want %v", where, ev, st.events)
		}
		if x := s.Status(st.at); st.left >= 0 && (x.Phase == PhaseCounting || x.Phase == PhaseSnoozed) && x.Left != st.left {
			t.Errorf("%s: left %v, want %v", where, x.Left, st.left)
		}
	}
}

// noAway turns off the jump detection for tables that step through hours in one go.
const noAway = 48 * time.Hour

func TestScheduleDueSnoozeSkipBreak(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Hours: nineToSix, Away: noAway}, at(10, 0), Counts{})
	run(t, s, []step{
		{at: at(10, 0), do: "tick", phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(10, 30), do: "tick", phase: PhaseCounting, left: 20 * time.Minute},
		{at: at(10, 30), do: "snooze", ok: false, phase: PhaseCounting, left: 20 * time.Minute},
		{at: at(10, 49), do: "tick", phase: PhaseCounting, left: time.Minute},
		{at: at(10, 50), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(10, 51), do: "tick", phase: PhaseDue}, // due once, not again
		{at: at(10, 52), do: "snooze", ok: true, phase: PhaseSnoozed, left: 5 * time.Minute},
		{at: at(10, 57), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(10, 58), do: "skip", ok: true, phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(11, 48), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(11, 49), do: "start", phase: PhaseBreak},
		{at: at(11, 50), do: "tick", phase: PhaseBreak},
		{at: at(11, 55), do: "over", phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(12, 0), do: "start", phase: PhaseBreak}, // early, before it is due
		{at: at(12, 0), do: "skip", ok: false, phase: PhaseBreak},
		{at: at(12, 1), do: "over-none", phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(12, 2), do: "skip", ok: true, phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(12, 3), do: "dismiss", ok: false, phase: PhaseCounting, left: 49 * time.Minute},
		{at: at(12, 52), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(12, 53), do: "dismiss", ok: true, phase: PhaseCounting, left: 50 * time.Minute}, // not counted
	})
	if c := s.Today(); c != (Counts{Day: "2026-11-23", Taken: 1, Skipped: 2}) {
		t.Errorf("today %+v", c)
	}
	if w := s.NextWake(at(12, 53)); !w.Equal(at(13, 43)) {
		t.Errorf("NextWake = %v, want the due time", w)
	}
}

func TestScheduleLongBreakIsNotAway(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Hours: nineToSix}, at(10, 0), Counts{})
	s.Start(at(10, 0))
	if ev := s.Tick(at(10, 45)); len(ev) > 0 || s.Phase() != PhaseBreak {
		t.Errorf("during a break: %v, %v", ev, s.Phase())
	}
	s.BreakOver(at(10, 50), true)
	if ev := s.Tick(at(10, 50, 30)); len(ev) > 0 || s.Phase() != PhaseCounting {
		t.Errorf("after a 50-minute break: %v, %v", ev, s.Phase())
	}
	s.Start(at(11, 0))
	if !s.NextWake(at(11, 0)).IsZero() {
		t.Error("a break has no wake-up: the routine runs it")
	}
}

func TestScheduleWorkHours(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Hours: nineToSix, Away: noAway}, at(7, 0), Counts{})
	run(t, s, []step{
		{at: at(7, 0), do: "tick", phase: PhaseQuiet},
		{at: at(7, 0), do: "skip", ok: false, phase: PhaseQuiet},
		{at: at(8, 59), do: "tick", phase: PhaseQuiet},
		{at: at(9, 0), do: "tick", phase: PhaseCounting, events: []Event{EventOpen}, left: 50 * time.Minute},
		{at: at(9, 50), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(9, 51), do: "skip", ok: true, phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(17, 30), do: "skip", ok: true, phase: PhaseCounting, left: 50 * time.Minute},
		{at: at(18, 0), do: "tick", phase: PhaseQuiet, events: []Event{EventQuiet}}, // the 18:20 break never rings
		{at: at(18, 20), do: "tick", phase: PhaseQuiet},
	})
	if x := s.Status(at(18, 20)); !x.Opens.Equal(at(9, 0).AddDate(0, 0, 1)) {
		t.Errorf("opens %v", x.Opens)
	}
	if w := s.NextWake(at(18, 20)); !w.Equal(at(24, 0)) {
		t.Errorf("quiet wakes at %v, want midnight (then 09:00)", w)
	}
	// A due break left unanswered is dropped when the hours close, without counting.
	s = New(Config{Every: 10 * time.Minute, Hours: nineToSix, Away: noAway}, at(17, 45), Counts{})
	if w := s.NextWake(at(17, 50)); !w.Equal(at(17, 55)) {
		t.Errorf("NextWake = %v", w)
	}
	run(t, s, []step{
		{at: at(17, 55), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		{at: at(18, 0), do: "tick", phase: PhaseQuiet, events: []Event{EventQuiet}},
	})
	if c := s.Today(); c.Taken+c.Skipped != 0 {
		t.Errorf("a dropped break counted: %+v", c)
	}
}

func TestScheduleAcrossMidnightHours(t *testing.T) {
	night := content.Hours{From: 22 * 60, To: 6 * 60}
	s := New(Config{Every: time.Hour, Hours: night, Away: noAway}, at(23, 30), Counts{Day: "2026-11-23", Taken: 3})
	run(t, s, []step{
		{at: at(23, 59), do: "skip", ok: true, phase: PhaseCounting, left: time.Hour},
		{at: at(24, 0), do: "tick", phase: PhaseCounting, events: []Event{EventNewDay}, left: 59 * time.Minute},
		{at: at(24, 59), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
	})
	if c := s.Today(); c != (Counts{Day: "2026-11-24"}) {
		t.Errorf("after midnight the counts start again: %+v", c)
	}
}

func TestScheduleDayChangeResetsCounts(t *testing.T) {
	s := New(Config{Every: 30 * time.Minute, Hours: content.AllDay, Away: noAway}, at(23, 0), Counts{Day: "2026-11-23", Taken: 2, Skipped: 1})
	if c := s.Today(); c.Taken != 2 || c.Skipped != 1 {
		t.Errorf("today's counts from an earlier run must carry over: %+v", c)
	}
	old := New(Config{Every: 30 * time.Minute}, at(23, 0), Counts{Day: "2026-11-22", Taken: 5})
	if c := old.Today(); c.Taken != 0 {
		t.Errorf("yesterday's counts must not: %+v", c)
	}
	run(t, s, []step{
		{at: at(23, 30), do: "start", phase: PhaseBreak},
		{at: at(24, 5), do: "over", phase: PhaseCounting, left: 30 * time.Minute}, // the break ran past midnight
	})
	if c := s.Today(); c != (Counts{Day: "2026-11-24", Taken: 1}) {
		t.Errorf("a break that ends after midnight counts for the new day: %+v", c)
	}
}

func TestScheduleSleepAndClockJumps(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Hours: nineToSix}, at(10, 0), Counts{})
	ticks(t, s, at(10, 0), at(10, 30)) // awake, ticking every 30 s: nothing to report
	run(t, s, []step{
		{at: at(10, 30), do: "tick", phase: PhaseCounting, left: 20 * time.Minute},
		// The lid closes at 10:30 and opens at 12:10: no backlog of due breaks and no ring at
		// once; the time away was a break, so counting starts again.
		{at: at(12, 10), do: "tick", phase: PhaseCounting, events: []Event{EventAway}, left: 50 * time.Minute},
		// Four minutes without a tick is not taken for a sleep.
		{at: at(12, 14), do: "tick", phase: PhaseCounting, left: 46 * time.Minute},
	})
	ticks(t, s, at(12, 14), at(13, 0))
	run(t, s, []step{
		{at: at(13, 0), do: "tick", phase: PhaseDue, events: []Event{EventDue}},
		// Asleep while due: the prompt is dropped on waking, not counted.
		{at: at(15, 0), do: "tick", phase: PhaseCounting, events: []Event{EventAway}, left: 50 * time.Minute},
		// The clock set back an hour: counting starts again instead of waiting 1 h 50 min.
		{at: at(14, 0), do: "tick", phase: PhaseCounting, events: []Event{EventAway}, left: 50 * time.Minute},
		// Asleep overnight: a new day, and quiet until the hours open.
		{at: at(14, 0).Add(17 * time.Hour), do: "tick", phase: PhaseQuiet, events: []Event{EventNewDay, EventQuiet}},
	})
	if c := s.Today(); c != (Counts{Day: "2026-11-24"}) {
		t.Errorf("today %+v", c)
	}
}

// ticks ticks s every MaxWait from a to b (b excluded), as an awake runner does, and fails on
// any event.
func ticks(t *testing.T, s *Schedule, a, b time.Time) {
	t.Helper()
	for x := a; x.Before(b); x = x.Add(MaxWait) {
		if ev := s.Tick(x); len(ev) > 0 {
			t.Fatalf("tick at %s: %v", x.Format("15:04:05"), ev)
		}
	}
}

func TestPhaseNames(t *testing.T) {
	for p := PhaseCounting; p <= PhaseBreak; p++ {
		if q, ok := ParsePhase(p.String()); !ok || q != p {
			t.Errorf("%v does not round-trip", p)
		}
	}
	if Phase(99).String() != "unknown" || Event(99).String() != "unknown" || EventDue.String() != "due" {
		t.Error("names")
	}
}
