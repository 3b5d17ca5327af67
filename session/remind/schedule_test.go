package remind

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

var nineToSix = content.EveryDay(content.Weekdays, content.Hours{From: 9 * 60, To: 18 * 60})

var always = content.EveryDay(content.AllDays, content.AllDay)

// at is 2026-11-23 (a Monday) at hh:mm(:ss), UTC.
func at(hh, mm int, ss ...int) time.Time {
	return time.Date(2026, 11, 23, hh, mm, append(ss, 0)[0], 0, time.UTC)
}

// desk is a fake person and their activity sources: the spans in which they press keys (each
// source reports the latest keypress, as a shell's heartbeat or tmux's client_activity does),
// and the sessions they log by other doors.
type desk struct {
	typing [][2]time.Time
	logged []time.Time
}

// seen is what the sources report at now: the latest keypress at or before now (keys come every
// few seconds inside a span), and the newest logged session's end.
func (d *desk) seen(now time.Time) Seen {
	var x Seen
	for _, sp := range d.typing {
		if !now.Before(sp[0]) {
			x.Active = latest(x.Active, earliest(now, sp[1]))
		}
	}
	for _, e := range d.logged {
		if !now.Before(e) {
			x.Logged = latest(x.Logged, e)
		}
	}
	return x
}

func (d *desk) typeFrom(a, b time.Time) *desk {
	d.typing = append(d.typing, [2]time.Time{a, b})
	return d
}

// day runs a reminder through a stretch of time, ticking every 30 s as a runner does, and
// returns what happened as "15:04 event" lines.
func (d *desk) day(s *Schedule, from, to time.Time) []string {
	var log []string
	for t := from; !t.After(to); t = t.Add(MaxWait) {
		for _, e := range s.Tick(t, d.seen(t)) {
			log = append(log, t.Format("Mon 15:04:05")+" "+e.String())
		}
	}
	return log
}

func wantLog(t *testing.T, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("events:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestSittingTimeNotWallTime(t *testing.T) {
	// At the keys from 09:00 with pauses of up to 4 min (reading): one sitting spell, a break
	// due 50 min in.
	d := &desk{}
	for m := 0; m < 120; m += 10 {
		d.typeFrom(at(9, m), at(9, m+6))
	}
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(9, 0), Counts{})
	wantLog(t, d.day(s, at(9, 0), at(9, 49, 30)))
	if x := s.Status(at(9, 49, 30)); x.Phase != PhaseCounting || x.Left != 30*time.Second || x.Sitting != 49*time.Minute+30*time.Second {
		t.Errorf("status %+v", x)
	}
	wantLog(t, d.day(s, at(9, 50), at(9, 50)), "Mon 09:50:00 due")
	if !s.Skip(at(9, 51)) || s.Phase() != PhaseCounting {
		t.Fatal("skip")
	}
	// Skipping keeps the spell going: the next break is due 50 min after the skip.
	wantLog(t, d.day(s, at(9, 51, 30), at(10, 41)), "Mon 10:41:00 due")
	if c := s.Status(at(10, 41)).Today; c.Skipped != 1 || c.Long != 1 || c.Longest != 101*time.Minute {
		t.Errorf("today %+v", c)
	}
}

func TestLunchIsANaturalBreak(t *testing.T) {
	d := (&desk{}).typeFrom(at(11, 30), at(12, 10)).typeFrom(at(13, 0), at(15, 0))
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(11, 0), Counts{})
	// Idle until the first key; the spell starts at 11:30 and ends, unseen, at 12:10: five
	// minutes later that is a break, and the due time of 12:20 never comes.
	wantLog(t, d.day(s, at(11, 0), at(13, 50)),
		"Mon 12:15:00 rested",
		"Mon 13:00:00 back",
		"Mon 13:50:00 due")
	x := s.Status(at(13, 50))
	if x.Today.Longest != 50*time.Minute || x.Today.Long != 1 || !x.Since.Equal(at(13, 0)) {
		t.Errorf("status %+v", x)
	}
	// Walking away from a due break is a break too: dropped, not counted as skipped.
	d.typing[1][1] = at(13, 52)
	wantLog(t, d.day(s, at(13, 50, 30), at(14, 0)), "Mon 13:57:00 rested")
	if c := s.Today(); c.Skipped != 0 || c.Taken != 0 || c.Longest != 52*time.Minute || c.Long != 1 {
		t.Errorf("today %+v", c)
	}
	if s.Phase() != PhaseIdle || s.Status(at(14, 0)).Sitting != 0 {
		t.Errorf("away from the desk: %v", s.Phase())
	}
}

func TestASourceReportingLateSeesTheGapItself(t *testing.T) {
	// The sources are read only now and then: a gap longer than IdleReset between two readings
	// ends the spell at the first, even when no tick saw the person idle.
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(10, 0), Counts{})
	s.Tick(at(10, 0), Seen{Active: at(10, 0)})
	s.Tick(at(10, 4), Seen{Active: at(10, 2)})
	s.Tick(at(10, 8), Seen{Active: at(10, 8)}) // came back at 10:08 after 6 min away
	if x := s.Status(at(10, 8)); !x.Since.Equal(at(10, 8)) || x.Today.Longest != 2*time.Minute {
		t.Errorf("status %+v", x)
	}
	// A source's time ahead of the clock is taken as now.
	s.Tick(at(10, 9), Seen{Active: at(11, 0)})
	if x := s.Status(at(10, 9)); !x.LastActive.Equal(at(10, 9)) {
		t.Errorf("last active %v", x.LastActive)
	}
}

func TestMeetingKeepsQuietOffersMovesThenTheBreak(t *testing.T) {
	d := (&desk{}).typeFrom(at(9, 30), at(10, 0)).typeFrom(at(11, 30), at(12, 0))
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(9, 30), Counts{})
	s.SetQuiet([]Quiet{{From: at(10, 0), Until: at(11, 30), Why: WhyCalendar}})
	// No keys in the meeting, but a meeting is sitting: the spell goes on, the meeting moves
	// are offered once when it reaches 50 min, and the break comes as the meeting ends.
	wantLog(t, d.day(s, at(9, 30), at(11, 30)),
		"Mon 10:00:00 quiet",
		"Mon 10:20:00 moves",
		"Mon 11:30:00 open",
		"Mon 11:30:00 due")
	if x := s.Status(at(10, 30)); x.Phase != PhaseDue {
		t.Errorf("phase %v", x.Phase)
	}
	s2 := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(9, 30), Counts{})
	s2.SetQuiet([]Quiet{{From: at(10, 0), Until: at(11, 30), Why: WhyQuiet}})
	d.day(s2, at(9, 30), at(10, 30))
	if x := s2.Status(at(10, 30)); x.Phase != PhaseQuiet || x.Why != WhyQuiet || !x.Opens.Equal(at(11, 30)) || !x.Moves || x.Sitting != time.Hour {
		t.Errorf("in the meeting: %+v", x)
	}
	// A break due when the quiet begins is dropped, and comes again after it.
	s3 := New(Config{Every: 20 * time.Minute, Week: nineToSix}, at(9, 30), Counts{})
	wantLog(t, d.day(s3, at(9, 30), at(9, 50)), "Mon 09:50:00 due")
	s3.SetQuiet([]Quiet{{From: at(9, 50), Until: at(9, 55), Why: WhyQuiet}})
	wantLog(t, d.day(s3, at(9, 50, 30), at(9, 55)), "Mon 09:50:30 quiet", "Mon 09:50:30 moves", "Mon 09:55:00 open", "Mon 09:55:00 due")
	if c := s3.Today(); c.Skipped+c.Taken != 0 {
		t.Errorf("counted %+v", c)
	}
	if w := s3.NextWake(at(9, 55)); !w.Equal(at(10, 0)) {
		t.Errorf("NextWake %v, want the idle limit", w)
	}
}

func TestWeekendAndHours(t *testing.T) {
	sat := at(10, 0).AddDate(0, 0, 5)
	mon := at(8, 30).AddDate(0, 0, 7)
	d := (&desk{}).typeFrom(sat, sat.Add(2*time.Hour)).typeFrom(mon, mon.Add(3*time.Hour))
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, sat, Counts{})
	wantLog(t, d.day(s, sat, sat.Add(time.Hour)), "Sat 10:00:00 quiet")
	if x := s.Status(sat.Add(time.Hour)); x.Why != WhyDays || !x.Opens.Equal(at(9, 0).AddDate(0, 0, 7)) || x.Sitting != time.Hour {
		t.Errorf("Saturday: %+v", x)
	}
	// Monday: at the keys from 08:30, but counting starts when the hours open.
	wantLog(t, d.day(s, sat.Add(time.Hour+MaxWait), mon.Add(2*time.Hour)),
		"Sun 00:00:00 new-day", "Mon 00:00:00 new-day", "Mon 00:00:00 quiet", "Mon 09:00:00 open", "Mon 09:50:00 due")
	if x := s.Status(mon.Add(time.Hour)); x.Sitting != time.Hour {
		t.Errorf("Monday sitting %v", x.Sitting)
	}
	// A due break left unanswered is dropped when the hours close, without counting.
	s = New(Config{Every: 10 * time.Minute, Week: nineToSix}, at(17, 45), Counts{})
	d = (&desk{}).typeFrom(at(17, 45), at(19, 0))
	wantLog(t, d.day(s, at(17, 45), at(18, 10)), "Mon 17:55:00 due", "Mon 18:00:00 quiet")
	if x := s.Status(at(18, 10)); x.Why != WhyHours || x.Today.Skipped+x.Today.Taken != 0 {
		t.Errorf("%+v", x)
	}
}

func TestMidnight(t *testing.T) {
	d := (&desk{}).typeFrom(at(23, 0), at(25, 0))
	s := New(Config{Every: 90 * time.Minute, Week: always}, at(23, 0), Counts{Day: "2026-11-23", Taken: 3})
	wantLog(t, d.day(s, at(23, 0), at(24, 30)), "Tue 00:00:00 new-day", "Tue 00:30:00 due")
	x := s.Status(at(24, 30))
	if x.Today.Day != "2026-11-24" || x.Today.Taken != 0 || x.Sitting != 30*time.Minute || x.Today.Longest != 30*time.Minute {
		t.Errorf("a spell past midnight counts from midnight in the new day: %+v", x)
	}
	// A break running past midnight counts in the new day.
	s = New(Config{Every: 30 * time.Minute, Week: always}, at(23, 0), Counts{Day: "2026-11-23", Taken: 2, Skipped: 1})
	if c := s.Today(); c.Taken != 2 || c.Skipped != 1 {
		t.Errorf("today's counts from an earlier run carry over: %+v", c)
	}
	if c := New(Config{Every: time.Hour}, at(23, 0), Counts{Day: "2026-11-22", Taken: 5}).Today(); c.Taken != 0 {
		t.Errorf("yesterday's do not: %+v", c)
	}
	s.Start(at(23, 50))
	s.BreakOver(at(24, 5), true)
	if c := s.Today(); c.Day != "2026-11-24" || c.Taken != 1 {
		t.Errorf("after midnight: %+v", c)
	}
}

func TestSleepAndClockJumps(t *testing.T) {
	d := (&desk{}).typeFrom(at(10, 0), at(10, 30)).typeFrom(at(12, 10), at(14, 0))
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(10, 0), Counts{})
	wantLog(t, d.day(s, at(10, 0), at(10, 30)))
	// The lid closes at 10:30 and opens at 12:10: no tick came, nothing was active; the time
	// away was a break, and the first keys start a new spell with no backlog of due breaks.
	wantLog(t, d.day(s, at(12, 10), at(13, 0)), "Mon 12:10:00 away", "Mon 13:00:00 due")
	if c := s.Today(); c.Longest != 30*time.Minute {
		t.Errorf("today %+v", c)
	}
	// The reminder was stopped (Ctrl+Z) for 4 min while the person kept typing: no jump.
	s = New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(12, 10), Counts{})
	s.Tick(at(12, 10), d.seen(at(12, 10)))
	if ev := s.Tick(at(12, 14), d.seen(at(12, 14))); len(ev) != 0 || s.Status(at(12, 14)).Sitting != 4*time.Minute {
		t.Errorf("a stopped reminder: %v %+v", ev, s.Status(at(12, 14)))
	}
	// The clock set back an hour: counting starts again.
	if ev := s.Tick(at(11, 40), Seen{Active: at(11, 40)}); !slices.Equal(ev, []Event{EventAway}) || s.Phase() != PhaseCounting {
		t.Errorf("clock set back: %v %v", ev, s.Phase())
	}
	// A break (in the coach) longer than the clock jump is not time away.
	s = New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(10, 0), Counts{})
	s.Tick(at(10, 0), Seen{Active: at(10, 0)})
	s.Start(at(10, 0))
	if ev := s.Tick(at(10, 45), Seen{Active: at(10, 44)}); len(ev) > 0 || s.Phase() != PhaseBreak || !s.NextWake(at(10, 45)).IsZero() {
		t.Errorf("during a break: %v, %v", ev, s.Phase())
	}
	s.BreakOver(at(10, 50), true)
	if ev := s.Tick(at(10, 50, 30), Seen{Active: at(10, 44)}); len(ev) > 0 || s.Phase() != PhaseCounting {
		t.Errorf("after a 50-minute break: %v, %v", ev, s.Phase())
	}
}

func TestBreaksLoggedByOtherDoors(t *testing.T) {
	d := (&desk{}).typeFrom(at(9, 0), at(12, 0))
	d.logged = []time.Time{at(8, 0), at(9, 40)} // a hold yesterday evening would be older still
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(9, 0), Counts{})
	// The 08:00 session is before the reminder started: not a break of this spell. The 09:40
	// one (limber run in another pane) is: counting starts again from its end.
	wantLog(t, d.day(s, at(9, 0), at(10, 30)), "Mon 09:40:00 logged", "Mon 10:30:00 due")
	if c := s.Today(); c.Taken != 1 || c.Longest != 40*time.Minute {
		t.Errorf("today %+v", c)
	}
	// A break run from the reminder is logged too, and counted once.
	s.Start(at(10, 31))
	d.logged = append(d.logged, at(10, 36))
	s.BreakOver(at(10, 36, 10), true)
	wantLog(t, d.day(s, at(10, 36, 30), at(10, 40)))
	if c := s.Today(); c.Taken != 2 {
		t.Errorf("taken %d", c.Taken)
	}
}

func TestNoSourcesCountTheClock(t *testing.T) {
	// With no activity source the clock stands in: wall-clock time, as a plain timer.
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(10, 0), Counts{})
	clock := Seen{Clock: true}
	run := func(from, to time.Time) (log []string) {
		for t := from; !t.After(to); t = t.Add(MaxWait) {
			for _, e := range s.Tick(t, clock) {
				log = append(log, t.Format("15:04:05")+" "+e.String())
			}
		}
		return log
	}
	if got := run(at(10, 0), at(10, 50)); !slices.Equal(got, []string{"10:50:00 due"}) {
		t.Errorf("%v", got)
	}
	if !s.Snooze(at(10, 52)) || s.Snooze(at(10, 53)) {
		t.Error("snooze applies once to a due break")
	}
	if x := s.Status(at(10, 53)); x.Phase != PhaseSnoozed || x.Left != 4*time.Minute {
		t.Errorf("%+v", x)
	}
	if got := run(at(10, 53), at(10, 57)); !slices.Equal(got, []string{"10:57:00 due"}) {
		t.Errorf("%v", got)
	}
	if !s.Dismiss(at(10, 58)) || s.Today().Skipped != 0 || s.Dismiss(at(10, 59)) {
		t.Error("dismiss drops a due break without counting it")
	}
	if got := run(at(11, 0), at(11, 0)); len(got) != 0 {
		t.Errorf("%v", got)
	}
	s.Tick(at(12, 0), clock) // asleep for an hour
	if x := s.Status(at(12, 0)); x.Phase != PhaseCounting || x.Left != 50*time.Minute {
		t.Errorf("after sleeping: %+v", x)
	}
	if s.Start(at(12, 1)); s.Skip(at(12, 2)) {
		t.Error("no skip during a break")
	}
	s.BreakOver(at(12, 6), false)
	if c := s.Today(); c.Taken != 0 {
		t.Errorf("a break that did not run is not taken: %+v", c)
	}
}

func TestNextWake(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Week: nineToSix}, at(10, 0), Counts{})
	s.Tick(at(10, 0), Seen{Active: at(10, 0)})
	if w := s.NextWake(at(10, 0)); !w.Equal(at(10, 5)) {
		t.Errorf("sitting: wake at the idle limit, got %v", w)
	}
	(&desk{}).typeFrom(at(10, 0), at(11, 0)).day(s, at(10, 0), at(10, 48))
	if w := s.NextWake(at(10, 48)); !w.Equal(at(10, 50)) {
		t.Errorf("wake at the due time, got %v", w)
	}
	s.SetQuiet([]Quiet{{From: at(10, 49), Until: at(11, 0), Why: WhyQuiet}})
	if w := s.NextWake(at(10, 48)); !w.Equal(at(10, 49)) {
		t.Errorf("wake when the quiet begins, got %v", w)
	}
	s.Tick(at(17, 58), Seen{Active: at(17, 58)})
	if w := s.NextWake(at(17, 58)); !w.Equal(at(18, 0)) {
		t.Errorf("wake when the hours close, got %v", w)
	}
	s.Tick(at(23, 0), Seen{})
	if w := s.NextWake(at(23, 0)); !w.Equal(at(24, 0)) {
		t.Errorf("wake at midnight, got %v", w)
	}
}

func TestNames(t *testing.T) {
	for p := PhaseCounting; p <= PhaseIdle; p++ {
		if q, ok := ParsePhase(p.String()); !ok || q != p {
			t.Errorf("%v does not round-trip", p)
		}
	}
	for w := WhyHours; w <= WhyCalendar; w++ {
		if q, ok := ParseWhy(w.String()); !ok || q != w {
			t.Errorf("%v does not round-trip", w)
		}
	}
	if Phase(99).String() != "unknown" || Event(99).String() != "unknown" || EventDue.String() != "due" {
		t.Error("names")
	}
	_ = fmt.Sprint
}
