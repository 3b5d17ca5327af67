package session

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

func quickEngine(t *testing.T, q Quick, opts Options) *Engine {
	t.Helper()
	p, err := NewQuickPlan(q, testLibrary(), opts)
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p)
	e.Start(t0)
	return e
}

func exercise(t testing.TB, id string) *content.Exercise {
	t.Helper()
	ex, ok := testLibrary().Exercise(id)
	if !ok {
		t.Fatalf("no exercise %q", id)
	}
	return ex
}

func TestQuickPlans(t *testing.T) {
	plank, sidePlank := exercise(t, "plank"), exercise(t, "side-plank")
	tests := []struct {
		name string
		q    Quick
		opts Options
		want []string
		kind PlanKind
		call string
	}{
		{"bare hold", Quick{Kind: PlanHold, Hold: 3 * s}, Options{},
			[]string{"ready 5s 1/1", "hold 3s 1/1"}, PlanHold, "Quick hold"},
		{"named hold, no get-ready", Quick{Kind: PlanHold, Exercise: plank, Hold: 45 * s}, Options{GetReady: NoGetReady},
			[]string{"hold 45s 1/1"}, PlanHold, "Quick hold · Plank"},
		{"sides, repeat, rest", Quick{Kind: PlanHold, Exercise: plank, Hold: 30 * s, Sides: true, Repeat: 2, Rest: 10 * s}, Options{GetReady: 2 * s},
			[]string{"ready 2s L 1/1 h1/2", "hold 30s L 1/1 h1/2", "rest 10s L 1/1 h2/2", "hold 30s L 1/1 h2/2",
				"switch 5s R 1/1 h1/2", "hold 30s R 1/1 h1/2", "rest 10s R 1/1 h2/2", "hold 30s R 1/1 h2/2"}, PlanHold, "Quick hold · Plank"},
		{"repeat without rest", Quick{Kind: PlanHold, Hold: 5 * s, Repeat: 3}, Options{GetReady: NoGetReady},
			[]string{"hold 5s 1/1 h1/3", "hold 5s 1/1 h2/3", "hold 5s 1/1 h3/3"}, PlanHold, "Quick hold"},
		{"max test", Quick{Kind: PlanMax, Exercise: plank}, Options{},
			[]string{"ready 10s 1/1", "count-up 10m0s 1/1"}, PlanMax, "Max test · Plank"},
		{"max test of a sided exercise tests both sides", Quick{Kind: PlanMax, Exercise: sidePlank, Limit: time.Minute}, Options{GetReady: 3 * s},
			[]string{"ready 3s L 1/1", "count-up 1m0s L 1/1", "switch 5s R 1/1", "count-up 1m0s R 1/1"}, PlanMax, "Max test · Side plank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewQuickPlan(tt.q, testLibrary(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := sigs(p); !slices.Equal(got, tt.want) {
				t.Errorf("steps\n got %q\nwant %q", got, tt.want)
			}
			if p.Kind != tt.kind || p.Routine.Name != tt.call || p.Routine.ID != "" {
				t.Errorf("kind %v routine %q %q", p.Kind, p.Routine.ID, p.Routine.Name)
			}
		})
	}
}

func TestQuickPlanErrors(t *testing.T) {
	for _, q := range []Quick{
		{Kind: PlanHold},
		{Kind: PlanHold, Hold: 500 * time.Millisecond},
		{Kind: PlanHold, Hold: 11 * time.Minute},
		{Kind: PlanHold, Hold: s, Repeat: -1},
		{Kind: PlanHold, Hold: s, Repeat: 51},
		{Kind: PlanHold, Hold: s, Rest: -s},
		{Kind: PlanMax},
		{Kind: PlanMax, Exercise: exercise(t, "plank"), Limit: -s},
		{Kind: PlanRoutine, Hold: s},
	} {
		if _, err := NewQuickPlan(q, nil, Options{}); err == nil {
			t.Errorf("%+v: no error", q)
		}
	}
}

// maxEngine starts a max test of ex with no get-ready: the count-up starts at t0.
func maxEngine(t *testing.T, id string) *Engine {
	return quickEngine(t, Quick{Kind: PlanMax, Exercise: exercise(t, id), Limit: time.Minute}, Options{GetReady: NoGetReady})
}

func TestCountUp(t *testing.T) {
	tests := []struct {
		name     string
		run      func(e *Engine)
		status   Status
		outcome  Outcome
		achieved time.Duration
		ended    time.Duration
	}{
		{"stops exactly at the key", func(e *Engine) { e.Tick(at(2 * s)); e.Done(at(2*s + ms(345))) },
			StatusCompleted, OutcomeDone, 2*s + ms(345), 2*s + ms(345)},
		{"a late tick does not move the stop", func(e *Engine) { e.Done(at(41*s + ms(7))); e.Tick(at(50 * s)) },
			StatusCompleted, OutcomeDone, 41*s + ms(7), 41*s + ms(7)},
		{"pauses are excluded", func(e *Engine) {
			e.Pause(at(10 * s))
			e.Resume(at(70 * s))
			e.Pause(at(75 * s))
			e.Resume(at(80 * s))
			e.Done(at(90 * s))
		}, StatusCompleted, OutcomeDone, 25 * s, 90 * s},
		{"a key press while paused does nothing", func(e *Engine) { e.Pause(at(5 * s)); e.Done(at(8 * s)); e.Resume(at(9 * s)); e.Done(at(10 * s)) },
			StatusCompleted, OutcomeDone, 6 * s, 10 * s},
		{"under a second is skipped, and the test stopped", func(e *Engine) { e.Done(at(ms(400))) },
			StatusStopped, OutcomeSkipped, ms(400), ms(400)},
		{"pain stops it", func(e *Engine) { e.Pain(at(12 * s)); e.EndSession(at(20 * s)) },
			StatusPain, OutcomePain, 12 * s, 20 * s},
		{"pain then discomfort goes on counting", func(e *Engine) { e.Pain(at(12 * s)); e.Continue(at(20 * s)); e.Done(at(25 * s)) },
			StatusCompleted, OutcomeDone, 17 * s, 25 * s},
		{"quit is partial", func(e *Engine) { e.Stop(at(15 * s)) },
			StatusStopped, OutcomePartial, 15 * s, 15 * s},
		{"the limit stops it", func(e *Engine) { e.Tick(at(10 * time.Minute)) },
			StatusCompleted, OutcomeDone, time.Minute, time.Minute},
		{"rep does nothing", func(e *Engine) { e.Rep(at(3 * s)); e.Done(at(4 * s)) },
			StatusCompleted, OutcomeDone, 4 * s, 4 * s},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := maxEngine(t, "plank")
			tt.run(e)
			rec := e.Record()
			if e.State() != StateFinished || rec.Status != tt.status || !rec.Ended.Equal(at(tt.ended)) {
				t.Errorf("%v %v ended +%v, want %v +%v", e.State(), rec.Status, rec.Ended.Sub(t0), tt.status, tt.ended)
			}
			if len(rec.Steps) != 1 {
				t.Fatalf("%d step records", len(rec.Steps))
			}
			r := rec.Steps[0]
			if r.Kind != KindCountUp || r.Outcome != tt.outcome || r.AchievedTime != tt.achieved || r.PlannedTime != 0 {
				t.Errorf("record %v %v achieved %v planned %v, want %v %v", r.Kind, r.Outcome, r.AchievedTime, r.PlannedTime, tt.outcome, tt.achieved)
			}
			if rec.Kind != PlanMax || rec.RoutineName != "Max test · Plank" || rec.RoutineID != "" {
				t.Errorf("record kind %v routine %q %q", rec.Kind, rec.RoutineID, rec.RoutineName)
			}
		})
	}
}

func TestCountUpSnapshotAndNextChange(t *testing.T) {
	e := maxEngine(t, "plank")
	tests := []struct {
		at, up, next time.Duration
	}{
		{0, 0, s},
		{ms(300), ms(300), s},
		{s, s, 2 * s},
		{59*s + ms(500), 59*s + ms(500), time.Minute}, // the limit
	}
	for _, tt := range tests {
		e.Tick(at(tt.at))
		snap := e.Snapshot(at(tt.at))
		if snap.Up != tt.up || snap.Left != time.Minute-tt.up || snap.Step.Kind != KindCountUp {
			t.Errorf("at %v: up %v left %v kind %v", tt.at, snap.Up, snap.Left, snap.Step.Kind)
		}
		if next, ok := e.NextChange(at(tt.at)); !ok || !next.Equal(at(tt.next)) {
			t.Errorf("at %v: next change +%v %v, want +%v", tt.at, next.Sub(t0), ok, tt.next)
		}
	}
	e.Pause(at(59*s + ms(800)))
	if _, ok := e.NextChange(at(time.Minute)); ok {
		t.Error("a paused stopwatch asks for ticks")
	}
	if snap := e.Snapshot(at(time.Hour)); snap.Up != 59*s+ms(800) {
		t.Errorf("paused: up %v", snap.Up)
	}
	// The count-up fires no countdown or halfway cues: only its start, and the end at the key.
	e.Resume(at(time.Hour))
	e.Done(at(time.Hour + ms(500)))
	got := cueList(e.DrainCues())
	want := []string{"0:step-started", "0:paused", "0:resumed", "0:set-done 1", "0:routine-done"}
	if !slices.Equal(got, want) {
		t.Errorf("cues\n got %q\nwant %q", got, want)
	}
}

func TestMaxTestBothSides(t *testing.T) {
	e := quickEngine(t, Quick{Kind: PlanMax, Exercise: exercise(t, "side-plank")}, Options{GetReady: 2 * s})
	e.Done(at(s)) // still getting ready: nothing
	e.Tick(at(2 * s))
	e.Done(at(32 * s)) // left: 30 s
	snap := e.Snapshot(at(32 * s))
	if snap.Step.Kind != KindSwitch || snap.Side != SideRight {
		t.Fatalf("after the left side: %v %v", snap.Step.Kind, snap.Side)
	}
	e.Tick(at(37 * s))
	e.Pain(at(40 * s))
	if err := e.UseGentler(at(41 * s)); !errors.Is(err, ErrNoGentler) {
		t.Errorf("UseGentler at a count-up = %v, want ErrNoGentler", err)
	}
	if snap := e.Snapshot(at(41 * s)); snap.Gentler != nil {
		t.Errorf("the pain prompt offers %v", snap.Gentler.ID)
	}
	e.EndSession(at(42 * s))
	rec := e.Record()
	if rec.Status != StatusPain || len(rec.Steps) != 2 {
		t.Fatalf("status %v, %d steps", rec.Status, len(rec.Steps))
	}
	l, r := rec.Steps[0], rec.Steps[1]
	if l.Side != SideLeft || l.Outcome != OutcomeDone || l.AchievedTime != 30*s {
		t.Errorf("left %+v", l)
	}
	if r.Side != SideRight || r.Outcome != OutcomePain || r.AchievedTime != 3*s {
		t.Errorf("right %+v", r)
	}
	if len(rec.Pain) != 1 || rec.Pain[0].Side != SideRight || rec.Pain[0].Exercise != "side-plank" {
		t.Errorf("pain %+v", rec.Pain)
	}
}

func TestQuickHoldRuns(t *testing.T) {
	e := quickEngine(t, Quick{Kind: PlanHold, Hold: 3 * s}, Options{GetReady: NoGetReady})
	e.Tick(at(3 * s))
	rec := e.Record()
	if rec.Kind != PlanHold || rec.Status != StatusCompleted || !rec.Ended.Equal(at(3*s)) {
		t.Fatalf("%v %v ended +%v", rec.Kind, rec.Status, rec.Ended.Sub(t0))
	}
	if r := rec.Steps[0]; r.Kind != KindHold || r.Outcome != OutcomeDone || r.PlannedTime != 3*s || r.AchievedTime != 3*s || r.Exercise != "" {
		t.Errorf("record %+v", r)
	}
}

func TestPlanKindStrings(t *testing.T) {
	for i, want := range []string{"routine", "hold", "max"} {
		k := PlanKind(i)
		if k.String() != want {
			t.Errorf("PlanKind(%d) = %q", i, k)
		}
		if back, ok := ParsePlanKind(want); !ok || back != k {
			t.Errorf("ParsePlanKind(%q) = %v %v", want, back, ok)
		}
	}
	if PlanKind(7).String() != "unknown" || KindCountUp.String() != "count-up" {
		t.Error("names")
	}
	if _, ok := ParsePlanKind("walk"); ok {
		t.Error("parsed an unknown kind")
	}
	if back, ok := ParseStepKind("count-up"); !ok || back != KindCountUp || !KindCountUp.Work() {
		t.Error("count-up is a work step kind")
	}
}

func TestQuickRoutineStandIn(t *testing.T) {
	bare := Quick{Kind: PlanHold, Hold: s}.Routine()
	if bare.ID != "" || bare.Name != "Quick hold" || len(bare.Steps) != 0 || !bare.HasTag("gentle") {
		t.Errorf("bare: %+v", bare)
	}
	plank := Quick{Kind: PlanMax, Exercise: exercise(t, "side-plank")}.Routine()
	if plank.Name != "Max test · Side plank" || len(plank.Steps) != 1 || plank.Steps[0].Exercise != "side-plank" || plank.HasTag("gentle") {
		t.Errorf("side plank: %+v", plank)
	}
	gentle := &content.Exercise{ID: "tilt", Name: "Tilt", Tags: []string{"gentle"}}
	if r := (Quick{Kind: PlanHold, Hold: s, Exercise: gentle}).Routine(); !r.HasTag("gentle") {
		t.Errorf("a gentle exercise's stand-in is not gentle: %+v", r)
	}
}
