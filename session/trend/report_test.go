package trend

import (
	"testing"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
)

func TestBuildReport(t *testing.T) {
	from := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	at := func(d int) time.Time { return from.AddDate(0, 0, d).Add(8 * time.Hour) }
	step := func(ex string, reps int, outcome string, gentler bool) journal.Step {
		return journal.Step{Exercise: ex, Name: ex, Kind: "reps", Set: 1, Sets: 1, Outcome: outcome, PlannedReps: reps, Gentler: gentler}
	}
	p := func(n int) *int { return &n }
	es := []journal.Entry{
		{Kind: journal.KindRoutine, RoutineName: "Core", Status: "completed", Started: at(-3), Seconds: 600}, // before the period
		{Kind: journal.KindRoutine, RoutineName: "Core", Status: "completed", Started: at(0), Seconds: 600, Steps: []journal.Step{step("bird-dog", 8, "done", false)}},
		{Kind: journal.KindRoutine, RoutineName: "Core", Status: "pain", Started: at(2), Seconds: 300,
			Steps: []journal.Step{step("bird-dog", 10, "done", false), step("plank", 0, "pain", false)},
			Pain:  []journal.Pain{{Exercise: "plank", Name: "Plank", Side: "left", At: at(2)}}},
		{Kind: journal.KindFlare, Started: at(3), Flare: &journal.FlareEvent{Event: journal.FlareStart, Until: at(10), Reason: "pain rated 8"}},
		{Kind: journal.KindRoutine, RoutineName: "Core", Status: "completed", Started: at(4), Seconds: 600,
			Steps: []journal.Step{step("bird-dog", 12, "done", false), step("knee-plank", 5, "done", true)}},
		{Kind: journal.KindFlare, Started: at(6), Flare: &journal.FlareEvent{Event: journal.FlareEnd}},
		{Kind: journal.KindCheckin, Started: at(6), Checkin: &journal.Checkin{Pain: p(4), Note: "better <b>today</b>"}},
		{Kind: journal.KindHold, RoutineName: "Quick hold · Plank", Status: "completed", Started: at(9), Seconds: 45},
	}
	r := BuildReport(es, from, at(10), time.UTC)
	if r.Sessions != 4 || r.Completed != 3 || r.Minutes != 26 {
		t.Errorf("totals %d %d %d", r.Sessions, r.Completed, r.Minutes)
	}
	if len(r.Routines) != 2 || r.Routines[0].Name != "Core" || r.Routines[0].Sessions != 3 || r.Routines[0].Completed != 2 {
		t.Errorf("routines %+v", r.Routines)
	}
	if len(r.Exercises) != 2 || r.Exercises[0].ID != "bird-dog" || DoseIn(r.Exercises[0].First, msg.New(lang.English)) != "8 reps" || DoseIn(r.Exercises[0].Latest, msg.New(lang.English)) != "12 reps" || r.Exercises[0].Sessions != 3 {
		t.Errorf("exercises %+v", r.Exercises)
	}
	if len(r.PainStops) != 1 || r.PainStops[0].Side != "left" || r.PainStops[0].Routine != "Core" {
		t.Errorf("pain stops %+v", r.PainStops)
	}
	if len(r.Swaps) != 1 || r.Swaps[0].Name != "knee-plank" {
		t.Errorf("swaps %+v", r.Swaps)
	}
	if len(r.Flares) != 1 || !r.Flares[0].End.Equal(at(6)) || r.Flares[0].Reason != "pain rated 8" {
		t.Errorf("flares %+v", r.Flares)
	}
	if len(r.Notes) != 1 || r.Notes[0].Text != "better <b>today</b>" || *r.Notes[0].Pain != 4 {
		t.Errorf("notes %+v", r.Notes)
	}
	if r.CalendarFrom != "2026-11-02" || len(r.Calendar) != 2 || r.Calendar[0][0] != 1 || r.Calendar[0][2] != 0 || r.Calendar[0][4] != 1 || r.Calendar[1][2] != 1 {
		t.Errorf("calendar from %s: %v", r.CalendarFrom, r.Calendar)
	}
	if got := DoseIn(journal.Step{PlannedS: 20, Sets: 2, Side: "left"}, msg.New(lang.English)); got != "2 sets of hold 20 s, each side" {
		t.Errorf("Dose = %q", got)
	}
}
