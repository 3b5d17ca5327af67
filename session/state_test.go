package session

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"
)

// event is one engine event, for tables and the fuzzer.
type event struct {
	name string
	do   func(e *Engine, now time.Time)
}

var events = []event{
	{"Start", (*Engine).Start},
	{"Tick", (*Engine).Tick},
	{"Pause", (*Engine).Pause},
	{"Resume", (*Engine).Resume},
	{"Next", (*Engine).Next},
	{"Back", (*Engine).Back},
	{"Rep", (*Engine).Rep},
	{"Done", (*Engine).Done},
	{"Pain", (*Engine).Pain},
	{"Stop", (*Engine).Stop},
	{"SkipExercise", (*Engine).SkipExercise},
	{"UseGentler", func(e *Engine, now time.Time) { _ = e.UseGentler(now) }},
	{"EndSession", (*Engine).EndSession},
	{"Continue", (*Engine).Continue},
}

func TestEveryEventInEveryState(t *testing.T) {
	const (
		I = StateIdle
		R = StateRunning
		P = StatePaused
		Q = StatePainPrompt
		F = StateFinished
	)
	// Each state is reached on knee-to-chest (which has a gentler variant), 8 s into a hold.
	reach := map[State]func(e *Engine){
		I: func(e *Engine) {},
		R: func(e *Engine) { e.Start(t0); e.Tick(at(8 * s)) },
		P: func(e *Engine) { e.Start(t0); e.Pause(at(8 * s)) },
		Q: func(e *Engine) { e.Start(t0); e.Pain(at(8 * s)) },
		F: func(e *Engine) { e.Start(t0); e.Stop(at(8 * s)) },
	}
	// want[state] lists the state after each event, in the order of events.
	want := map[State][]State{
		//   Start Tick Pause Resume Next Back Rep Done Pain Stop Skip Gentler End Continue
		I: {R, I, I, I, I, I, I, I, I, F, I, I, I, I},
		R: {R, R, P, R, R, R, R, R, Q, F, R, R, R, R},
		P: {P, P, P, R, P, P, P, P, Q, F, P, P, P, P},
		Q: {Q, Q, Q, Q, Q, Q, Q, Q, Q, F, R, R, F, R},
		F: {F, F, F, F, F, F, F, F, F, F, F, F, F, F},
	}
	for from, after := range want {
		for i, ev := range events {
			t.Run(fmt.Sprintf("%s/%s", from, ev.name), func(t *testing.T) {
				lib := testLibrary()
				p, err := NewPlan(routine(lib, dur(0), 10*s, "knee-to-chest", "cat-cow"), lib, Options{})
				if err != nil {
					t.Fatal(err)
				}
				e := NewEngine(p)
				reach[from](e)
				if e.State() != from {
					t.Fatalf("set-up reached %v", e.State())
				}
				before := e.Record()
				ev.do(e, at(9*s))
				if got := e.State(); got != after[i] {
					t.Errorf("%s in %s → %s, want %s", ev.name, from, got, after[i])
				}
				if from == F {
					if rec := e.Record(); rec.Status != before.Status || !rec.Ended.Equal(before.Ended) || !slices.Equal(outcomes(rec), outcomes(before)) {
						t.Error("an event changed a finished session's record")
					}
				}
			})
		}
	}
}

func TestRecordEndings(t *testing.T) {
	tests := []struct {
		name     string
		run      func(e *Engine)
		status   Status
		ended    time.Duration
		outcomes []Outcome
		achieved []time.Duration
	}{
		{"completed", func(e *Engine) { e.Tick(at(time.Hour)) }, StatusCompleted, 30*s + 10*s + 10*s,
			[]Outcome{OutcomeDone, OutcomeDone}, []time.Duration{30 * s, 10 * s}},
		{"completed with a skip", func(e *Engine) { e.Next(at(5 * s)); e.Tick(at(time.Hour)) }, StatusCompleted, 5*s + 10*s + 10*s,
			[]Outcome{OutcomePartial, OutcomeDone}, []time.Duration{5 * s, 10 * s}},
		{"stopped mid-hold", func(e *Engine) { e.Stop(at(12 * s)) }, StatusStopped, 12 * s,
			[]Outcome{OutcomePartial, OutcomePending}, []time.Duration{12 * s, 0}},
		{"stopped in the rest", func(e *Engine) { e.Stop(at(35 * s)) }, StatusStopped, 35 * s,
			[]Outcome{OutcomeDone, OutcomePending}, []time.Duration{30 * s, 0}},
		{"stopped while paused", func(e *Engine) { e.Pause(at(2 * s)); e.Stop(at(50 * s)) }, StatusStopped, 50 * s,
			[]Outcome{OutcomePartial, OutcomePending}, []time.Duration{2 * s, 0}},
		{"stop after the time ran out is a completion", func(e *Engine) { e.Stop(at(time.Hour)) }, StatusCompleted, 50 * s,
			[]Outcome{OutcomeDone, OutcomeDone}, []time.Duration{30 * s, 10 * s}},
		{"everything skipped is stopped, not completed", func(e *Engine) { e.Next(at(0)); e.Next(at(ms(500))); e.Next(at(ms(700))) },
			StatusStopped, ms(700), []Outcome{OutcomeSkipped, OutcomeSkipped}, []time.Duration{0, ms(200)}},
		{"pain", func(e *Engine) { e.Pain(at(3 * s)); e.EndSession(at(20 * s)) }, StatusPain, 20 * s,
			[]Outcome{OutcomePain, OutcomePending}, []time.Duration{3 * s, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, nil, 10*s, "wall-sit", "cat-cow")
			tt.run(e)
			rec := e.Record()
			if e.State() != StateFinished || rec.Status != tt.status || !rec.Started.Equal(t0) || !rec.Ended.Equal(at(tt.ended)) {
				t.Errorf("%v %v %v–%v, want %v ended +%v", e.State(), rec.Status, rec.Started, rec.Ended.Sub(t0), tt.status, tt.ended)
			}
			if rec.RoutineID != "test" || rec.RoutineName != "Test routine" {
				t.Errorf("routine %q %q", rec.RoutineID, rec.RoutineName)
			}
			var achieved []time.Duration
			for _, r := range rec.Steps {
				achieved = append(achieved, r.AchievedTime)
			}
			if !slices.Equal(outcomes(rec), tt.outcomes) || !slices.Equal(achieved, tt.achieved) {
				t.Errorf("outcomes %v achieved %v, want %v %v", outcomes(rec), achieved, tt.outcomes, tt.achieved)
			}
			if r := rec.Steps[1]; r.PlannedReps != 5 || r.PlannedTime != 10*s {
				t.Errorf("tempo reps planned %d reps %v", r.PlannedReps, r.PlannedTime)
			}
		})
	}
}

func TestStopBeforeStart(t *testing.T) {
	lib := testLibrary()
	p, err := NewPlan(routine(lib, nil, 0, "wall-sit"), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p)
	e.Stop(at(s))
	e.Start(at(2 * s))
	if rec := e.Record(); e.State() != StateFinished || rec.Status != StatusStopped || !rec.Started.Equal(at(s)) {
		t.Errorf("%v %v started %v", e.State(), rec.Status, rec.Started)
	}
}

func TestEnumStrings(t *testing.T) {
	for i, want := range []string{"idle", "running", "paused", "pain-prompt", "finished"} {
		if got := State(i).String(); got != want {
			t.Errorf("State(%d) = %q", i, got)
		}
	}
	for i, want := range cueNames {
		if got := CueKind(i).String(); got != want {
			t.Errorf("CueKind(%d) = %q", i, got)
		}
	}
	if State(99).String() != "unknown" || CueKind(-1).String() != "unknown" {
		t.Error("out-of-range names")
	}
}

// FuzzEngine drives an engine with random events at random clock jumps (some backwards) and
// checks the invariants after each.
func FuzzEngine(f *testing.F) {
	f.Add([]byte{0, 10, 1, 200, 8, 3, 13, 4, 2, 9, 9, 1, 1, 255, 1, 255})
	f.Add([]byte{0, 0, 8, 1, 11, 2, 6, 1, 6, 1, 6, 1, 6, 1, 7, 0, 4, 0, 5, 0, 1, 250})
	f.Add([]byte{0, 0, 8, 50, 10, 0, 8, 0, 13, 0, 5, 3, 5, 0, 4, 1, 9, 1})
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17})
	f.Add([]byte{0, 0, 7, 30, 2, 5, 7, 9, 3, 40, 7, 20, 8, 3, 13, 1, 7, 2})
	lib := testLibrary()
	p, err := NewPlan(routine(lib, nil, 10*s, "knee-to-chest", "self-reps", "breath-478", "dead-bug", "bird-dog", "side-plank"), lib, Options{})
	if err != nil {
		f.Fatal(err)
	}
	side, _ := lib.Exercise("side-plank")
	maxTest, err := NewQuickPlan(Quick{Kind: PlanMax, Exercise: side, Limit: 90 * s}, lib, Options{})
	if err != nil {
		f.Fatal(err)
	}
	hold, err := NewQuickPlan(Quick{Kind: PlanHold, Hold: 7 * s, Sides: true, Repeat: 2, Rest: 3 * s}, lib, Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, p := range []*Plan{p, maxTest, hold} { // a routine, a max test (count-ups), a quick hold
			e := NewEngine(p)
			now := t0
			var lastElapsed time.Duration
			var finished *Record
			for i := 0; i+1 < len(data); i += 2 {
				op, jump := data[i], data[i+1]
				d := time.Duration(jump) * time.Duration(jump) * 10 * time.Millisecond
				if op&0x80 != 0 {
					d = -d / 4 // a clock that steps back
				}
				now = now.Add(d)
				ev := events[int(op&0x7f)%len(events)]
				ev.do(e, now)
				checkInvariants(t, e, now, ev.name, &lastElapsed, &finished)
			}
		}
	})
}

func checkInvariants(t *testing.T, e *Engine, now time.Time, ev string, lastElapsed *time.Duration, finished **Record) {
	t.Helper()
	snap := e.Snapshot(now)
	if snap.Left < 0 || snap.PhaseLeft < 0 {
		t.Fatalf("after %s: negative time left %v / %v", ev, snap.Left, snap.PhaseLeft)
	}
	if snap.Elapsed < *lastElapsed {
		t.Fatalf("after %s: elapsed went back from %v to %v", ev, *lastElapsed, snap.Elapsed)
	}
	*lastElapsed = snap.Elapsed
	for _, f := range []float64{snap.StepFraction, snap.RoutineFraction} {
		if f < 0 || f > 1 || math.IsNaN(f) {
			t.Fatalf("after %s: fraction %v", ev, f)
		}
	}
	if snap.Index < 0 || snap.Index >= snap.Count || snap.Rep > snap.Reps {
		t.Fatalf("after %s: step %d of %d, rep %d of %d", ev, snap.Index, snap.Count, snap.Rep, snap.Reps)
	}
	if next, ok := e.NextChange(now); ok && next.Before(now) {
		t.Fatalf("after %s: NextChange %v before now %v", ev, next, now)
	}
	for _, c := range e.DrainCues() {
		if c.Step < 0 || c.Step >= len(e.Plan().Steps) {
			t.Fatalf("after %s: cue %v out of the plan", ev, c)
		}
	}
	if snap.Step.Kind == KindCountUp && snap.State != StateFinished && (snap.Up < 0 || snap.Up > snap.Step.Duration || snap.Up+snap.Left != snap.Step.Duration) {
		t.Fatalf("after %s: count-up at %v with %v left of its %v limit", ev, snap.Up, snap.Left, snap.Step.Duration)
	}
	rec := e.Record()
	for i, r := range rec.Steps {
		planned := r.PlannedTime
		if r.Kind == KindCountUp {
			if planned != 0 {
				t.Fatalf("after %s: count-up record %d has a planned time %v", ev, i, planned)
			}
			planned = e.Plan().Steps[workIndex(e.Plan(), i)].Duration // its limit
		}
		if r.AchievedTime > planned || r.AchievedReps > r.PlannedReps || r.AchievedTime < 0 || r.AchievedReps < 0 {
			t.Fatalf("after %s: step record %d achieved %v/%d of %v/%d", ev, i, r.AchievedTime, r.AchievedReps, planned, r.PlannedReps)
		}
		if r.Kind == KindCountUp && r.Outcome == OutcomeDone && r.AchievedTime < time.Second {
			t.Fatalf("after %s: count-up record %d done at %v, under a second", ev, i, r.AchievedTime)
		}
	}
	switch {
	case *finished != nil:
		if e.State() != StateFinished || rec.Status != (*finished).Status || !rec.Ended.Equal((*finished).Ended) ||
			!slices.Equal(outcomes(rec), outcomes(**finished)) {
			t.Fatalf("after %s: a finished session changed: %v %v", ev, e.State(), rec.Status)
		}
	case e.State() == StateFinished:
		*finished = &rec
		if rec.Ended.Before(rec.Started) {
			t.Fatalf("ended %v before started %v", rec.Ended, rec.Started)
		}
	}
}

// workIndex is the index in p.Steps of the n-th work step (0-based).
func workIndex(p *Plan, n int) int {
	for i, st := range p.Steps {
		if st.Kind.Work() {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

func TestSnapshotPastTheEndWithoutATick(t *testing.T) {
	e := newEngine(t, nil, 0, "wall-sit")
	if snap := e.Snapshot(at(45 * s)); snap.Elapsed != 30*s || snap.Left != 0 {
		t.Errorf("stale snapshot: elapsed %v left %v", snap.Elapsed, snap.Left)
	}
	e.Tick(at(45 * s))
	if snap := e.Snapshot(at(45 * s)); snap.Elapsed != 30*s || snap.State != StateFinished {
		t.Errorf("after the tick: elapsed %v %v", snap.Elapsed, snap.State)
	}
}
