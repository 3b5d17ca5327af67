package adapt

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

func done(routine string, at time.Time) journal.Entry {
	return journal.Entry{V: 1, ID: routine + at.String(), Routine: routine, Kind: journal.KindRoutine, Status: "completed", Started: at}
}

func TestSuggest(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	now := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		now     time.Time
		history []journal.Entry
		allowed func(*content.Routine) bool
		want    []string // "routine-id: reason fragment"
	}{
		{"nothing yet", now, nil, nil,
			[]string{"core: strength 2–3× a week", "desk-break: stretch daily: nothing done yet today"}},
		{"strength yesterday: rest day", now, []journal.Entry{done("core", now.Add(-24*time.Hour))}, nil,
			[]string{"desk-break: rest day for strength: you did Core yesterday"}},
		{"strength earlier today", now, []journal.Entry{done("core", now.Add(-2*time.Hour))}, nil,
			[]string{"desk-break: rest day for strength: you did Core today", "yoga: stretch daily"}},
		{"strength 3 days ago", now, []journal.Entry{done("core", now.Add(-72*time.Hour)), done("desk-break", now.Add(-time.Hour))}, nil,
			[]string{"core: last done 3 days ago", "yoga: stretch daily"}},
		{"a strength session that ended in pain yesterday: rest day, and not suggested again", now,
			[]journal.Entry{{ID: "p", Routine: "core", Status: "pain", Started: now.Add(-24 * time.Hour)}}, nil,
			[]string{"desk-break: rest day for strength: you did Core yesterday", "yoga: stretch daily"}},
		{"a routine whose last session ended in pain is not suggested", now,
			[]journal.Entry{done("desk-break", now.Add(-48*time.Hour)), {ID: "p", Routine: "desk-break", Status: "pain", Started: now.Add(-24 * time.Hour)}}, nil,
			[]string{"core: strength 2–3× a week", "yoga: stretch daily: nothing done yet today"}},
		{"a stopped strength session does not count", now, []journal.Entry{{ID: "x", Routine: "core", Status: "stopped", Started: now.Add(-24 * time.Hour)}}, nil,
			[]string{"core: strength 2–3× a week"}},
		// 23:30 UTC on the 20th is the 21st in Tokyo: "today" there, "yesterday" in UTC.
		{"time zone: Tokyo", time.Date(2026, 11, 21, 12, 0, 0, 0, tokyo), []journal.Entry{done("core", time.Date(2026, 11, 20, 23, 30, 0, 0, time.UTC))}, nil,
			[]string{"desk-break: rest day for strength: you did Core today"}},
		{"time zone: UTC", time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC), []journal.Entry{done("core", time.Date(2026, 11, 20, 23, 30, 0, 0, time.UTC))}, nil,
			[]string{"desk-break: rest day for strength: you did Core yesterday"}},
		{"week boundary: Sunday strength, Monday rest", time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), []journal.Entry{done("core", time.Date(2026, 11, 22, 20, 0, 0, 0, time.UTC))}, nil,
			[]string{"desk-break: rest day for strength"}},
		{"safety exclusions respected", now, nil, func(r *content.Routine) bool { return r.HasTag("gentle") },
			[]string{"desk-break: stretch daily: nothing done yet today"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Suggest(fixtureLib(t), c.history, c.now, Options{Allowed: c.allowed})
			if len(got) > MaxSuggestions {
				t.Fatalf("%d suggestions, at most %d", len(got), MaxSuggestions)
			}
			for i, w := range c.want {
				if i >= len(got) {
					t.Fatalf("got %d suggestions %v, want %v", len(got), lines(got), c.want)
				}
				if l := lines(got)[i]; !strings.HasPrefix(l, w) {
					t.Errorf("suggestion %d = %q, want %q", i, l, w)
				}
			}
			for _, s := range got {
				if c.allowed != nil && !c.allowed(s.Routine) {
					t.Errorf("suggested %s, which the safety answers exclude", s.Routine.ID)
				}
			}
		})
	}
}

// TestNeverStrengthOnConsecutiveDays walks a month, doing whatever is suggested first each day,
// and checks no strength routine is ever suggested the day after one was done.
func TestNeverStrengthOnConsecutiveDays(t *testing.T) {
	lib := fixtureLib(t)
	var h []journal.Entry
	lastStrength := -10
	for day := range 30 {
		now := day0.AddDate(0, 0, day)
		got := Suggest(lib, h, now, Options{})
		if len(got) == 0 {
			t.Fatalf("day %d: no suggestion", day)
		}
		for _, s := range got {
			if s.Routine.HasTag("strength") && day-lastStrength <= 1 {
				t.Fatalf("day %d: suggested %s a day after strength", day, s.Routine.ID)
			}
		}
		r := got[0].Routine
		if r.HasTag("strength") {
			lastStrength = day
		}
		h = append(h, done(r.ID, now))
	}
}

func lines(ss []Suggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Routine.ID+": "+s.Reason)
	}
	return out
}

func TestSuggestDeskBreakAfterALongStretch(t *testing.T) {
	lib := fixtureLib(t)
	now := time.Date(2026, 11, 21, 11, 0, 0, 0, time.UTC)
	got := Suggest(lib, []journal.Entry{done("desk-break", now.Add(-3*time.Hour))}, now, Options{AtDeskSince: now.Add(-110 * time.Minute)})
	if len(got) == 0 || lines(got)[0] != "desk-break: you have been at it since 09:10" {
		t.Errorf("got %v, want the desk break first, since 09:10", lines(got))
	}
	got = Suggest(lib, []journal.Entry{done("desk-break", now.Add(-time.Hour))}, now, Options{AtDeskSince: now.Add(-20 * time.Minute)})
	if len(got) > 0 && got[0].Routine.ID == "desk-break" {
		t.Errorf("20 minutes at the desk is not yet a reason: %v", lines(got))
	}
}

// The break routines follow limber remind's routine and the default_routine setting.
func TestSuggestNamedBreakRoutines(t *testing.T) {
	lib := fixtureLib(t)
	now := time.Date(2026, 11, 21, 11, 0, 0, 0, time.UTC)
	got := Suggest(lib, nil, now, Options{AtDeskSince: now.Add(-time.Hour), AtDeskBreak: "yoga"})
	if len(got) == 0 || lines(got)[0] != "yoga: you have been at it since 10:00" {
		t.Errorf("got %v, want remind's routine first", lines(got))
	}
	got = Suggest(lib, []journal.Entry{done("core", now.Add(-72*time.Hour))}, now, Options{DailyBreak: "yoga"})
	if len(got) != 2 || lines(got)[1] != "yoga: stretch daily: nothing done yet today" {
		t.Errorf("got %v, want the default_routine setting for the daily break", lines(got))
	}
}
