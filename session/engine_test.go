package session

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func TestDriftTenThousandJitteredTicks(t *testing.T) {
	e := newEngine(t, nil, 10*s, "wall-sit", "plank") // hold 30s, rest 10s, plank…
	rng := rand.New(rand.NewPCG(1, 2))
	now := t0
	for range 10_000 {
		now = now.Add(time.Duration(rng.Int64N(int64(ms(7)))))
		e.Tick(now)
		snap := e.Snapshot(now)
		el := now.Sub(t0)
		switch {
		case el < 30*s:
			if snap.Index != 0 || snap.Left != 30*s-el {
				t.Fatalf("at %v: step %d left %v, want step 0 left %v", el, snap.Index, snap.Left, 30*s-el)
			}
		case el < 40*s:
			if snap.Index != 1 || snap.Left != 40*s-el {
				t.Fatalf("at %v: step %d left %v, want the rest with %v left", el, snap.Index, snap.Left, 40*s-el)
			}
		}
	}
	if now.Sub(t0) < 31*s {
		t.Fatalf("ticks only reached %v", now.Sub(t0))
	}
	rec := e.Record()
	if rec.Steps[0].Outcome != OutcomeDone || rec.Steps[0].AchievedTime != 30*s {
		t.Errorf("hold record = %+v", rec.Steps[0])
	}
	// A one-hold routine ends at exactly 30 s of clock, however late the tick.
	e = newEngine(t, nil, 0, "wall-sit")
	now = t0
	for range 10_000 {
		now = now.Add(time.Duration(rng.Int64N(int64(ms(7)))))
		e.Tick(now)
	}
	if rec := e.Record(); rec.Status != StatusCompleted || !rec.Ended.Equal(at(30*s)) {
		t.Errorf("record = %v ended %v, want completed at exactly +30s", rec.Status, rec.Ended.Sub(t0))
	}
}

func TestPauseResumeAccounting(t *testing.T) {
	e := newEngine(t, nil, 0, "wall-sit")
	e.Tick(at(10 * s))
	e.Pause(at(10 * s))
	if _, ok := e.NextChange(at(11 * s)); ok {
		t.Error("NextChange while paused")
	}
	e.Tick(at(50 * s)) // a tick while paused changes nothing
	if snap := e.Snapshot(at(100 * s)); snap.Left != 20*s || snap.Elapsed != 10*s || !snap.Paused {
		t.Errorf("paused: left %v elapsed %v paused %v", snap.Left, snap.Elapsed, snap.Paused)
	}
	e.Resume(at(100 * s))
	e.Tick(at(110 * s))
	if snap := e.Snapshot(at(110 * s)); snap.Left != 10*s || snap.Elapsed != 20*s {
		t.Errorf("resumed: left %v elapsed %v", snap.Left, snap.Elapsed)
	}
	e.Pause(at(115 * s))
	e.Resume(at(200 * s))
	e.Tick(at(205 * s))
	rec := e.Record()
	if e.State() != StateFinished || !rec.Ended.Equal(at(205*s)) {
		t.Errorf("state %v ended %v, want finished at +205s", e.State(), rec.Ended.Sub(t0))
	}
	if got := e.Snapshot(at(300 * s)).Elapsed; got != 30*s {
		t.Errorf("elapsed at the end = %v, want 30s", got)
	}
	// No tick between 25s and the end of the hold, so no countdown fired (cues are never replayed).
	want := []string{"0:step-started", "0:paused", "0:resumed", "0:halfway", "0:paused", "0:resumed",
		"0:set-done 1", "0:routine-done"}
	cs := cueList(e.DrainCues())
	if !slices.Equal(cs, want) {
		t.Errorf("cues\n got %q\nwant %q", cs, want)
	}
}

func TestClockJumpAcrossSteps(t *testing.T) {
	// steps: hold 30 | rest 10 | hold 30 (set 1) | rest 15 | hold 30 | rest 15 | hold 30
	e := newEngine(t, nil, 10*s, "wall-sit", "plank")
	e.Tick(at(26 * s))
	e.DrainCues()
	e.Tick(at(84 * s)) // the lid was closed: 30+10+30 = 70 → in the set rest (ends at 85s)
	snap := e.Snapshot(at(84 * s))
	if snap.Index != 3 || snap.Left != 1*s {
		t.Fatalf("landed on step %d with %v left, want step 3 with 1s", snap.Index, snap.Left)
	}
	got := cueList(e.DrainCues())
	want := []string{"0:set-done 1", "3:step-started", "3:countdown 1"}
	if !slices.Equal(got, want) {
		t.Errorf("cues after the jump\n got %q\nwant %q", got, want)
	}
	rec := e.Record()
	if rec.Steps[0].Outcome != OutcomeDone || rec.Steps[1].Outcome != OutcomeDone || rec.Steps[2].Outcome != OutcomePending {
		t.Errorf("records %v %v %v", rec.Steps[0].Outcome, rec.Steps[1].Outcome, rec.Steps[2].Outcome)
	}
	// Jump past the end: completed at the instant the last step ended, RoutineDone once.
	e.Tick(at(10 * time.Minute))
	rec = e.Record()
	if rec.Status != StatusCompleted || !rec.Ended.Equal(at(30*s+10*s+30*s+15*s+30*s+15*s+30*s)) {
		t.Errorf("status %v ended +%v", rec.Status, rec.Ended.Sub(t0))
	}
	cs := e.DrainCues()
	if got := cueList(cs); !slices.Equal(got, []string{"6:routine-done"}) {
		t.Errorf("cues after jumping past the end = %q", got)
	}
	if snap := e.Snapshot(at(11 * time.Minute)); snap.Elapsed != 160*s || snap.RoutineFraction != 1 {
		t.Errorf("finished snapshot elapsed %v fraction %v", snap.Elapsed, snap.RoutineFraction)
	}
}

func TestTempoReps(t *testing.T) {
	e := newEngine(t, nil, 0, "dead-bug") // 6 reps at 2s, alternating, left first
	tests := []struct {
		at   time.Duration
		rep  int
		side Side
		left time.Duration
	}{
		{0, 0, SideLeft, 12 * s},
		{1900 * time.Millisecond, 0, SideLeft, 10100 * time.Millisecond},
		{2 * s, 1, SideRight, 10 * s},
		{5 * s, 2, SideLeft, 7 * s},
		{11 * s, 5, SideRight, 1 * s},
	}
	for _, tt := range tests {
		e.Tick(at(tt.at))
		snap := e.Snapshot(at(tt.at))
		if snap.Rep != tt.rep || snap.Reps != 6 || snap.Side != tt.side || snap.Left != tt.left {
			t.Errorf("at %v: rep %d/%d side %v left %v, want %d/6 %v %v", tt.at, snap.Rep, snap.Reps, snap.Side, snap.Left, tt.rep, tt.side, tt.left)
		}
	}
	e.Tick(at(12 * s))
	got := cueList(e.DrainCues())
	want := []string{"0:step-started", "0:rep-counted 1", "0:rep-counted 2", "0:rep-counted 5", "0:rep-counted 6", "0:set-done 1", "0:routine-done"}
	if !slices.Equal(got, want) {
		t.Errorf("cues\n got %q\nwant %q", got, want)
	}
	if r := e.Record().Steps[0]; r.AchievedReps != 6 || r.AchievedTime != 12*s || r.Outcome != OutcomeDone {
		t.Errorf("record %+v", r)
	}
}

func TestSelfPacedReps(t *testing.T) {
	// self-reps: 3 each side: reps L | switch 5s | reps R
	e := newEngine(t, nil, 0, "self-reps")
	if _, ok := e.NextChange(at(time.Second)); ok {
		t.Error("NextChange while waiting on reps")
	}
	e.Tick(at(time.Hour)) // no deadline: still waiting
	if snap := e.Snapshot(at(time.Hour)); snap.Index != 0 || snap.Left != 0 || snap.Rep != 0 {
		t.Fatalf("after an hour: step %d left %v rep %d", snap.Index, snap.Left, snap.Rep)
	}
	for range 3 {
		e.Rep(at(time.Hour + s))
	}
	snap := e.Snapshot(at(time.Hour + s))
	if snap.Index != 1 || snap.Step.Kind != KindSwitch || snap.Left != SwitchDuration {
		t.Fatalf("after 3 reps: step %d %v left %v, want the switch", snap.Index, snap.Step.Kind, snap.Left)
	}
	e.Tick(at(time.Hour + 6*s))
	e.Rep(at(time.Hour + 7*s))
	e.Rep(at(time.Hour + 7*s)) // after the right side's 2nd rep
	e.Done(at(time.Hour + 8*s))
	rec := e.Record()
	if e.State() != StateFinished || rec.Status != StatusCompleted {
		t.Fatalf("state %v status %v", e.State(), rec.Status)
	}
	if rec.Steps[0].Outcome != OutcomeDone || rec.Steps[0].AchievedReps != 3 {
		t.Errorf("left: %+v", rec.Steps[0])
	}
	if rec.Steps[1].Outcome != OutcomePartial || rec.Steps[1].AchievedReps != 2 || rec.Steps[1].PlannedReps != 3 {
		t.Errorf("right: %+v", rec.Steps[1])
	}
	got := cueList(e.DrainCues())
	want := []string{"0:step-started", "0:rep-counted 1", "0:rep-counted 2", "0:rep-counted 3",
		"1:step-started", "1:switch-sides", "2:step-started", "2:rep-counted 1", "2:rep-counted 2",
		"2:set-done 1", "2:routine-done"}
	if !slices.Equal(got, want) {
		t.Errorf("cues\n got %q\nwant %q", got, want)
	}
	// Done with no rep counted: skipped.
	e = newEngine(t, nil, 0, "self-reps")
	e.Done(at(s))
	if r := e.Record().Steps[0]; r.Outcome != OutcomeSkipped {
		t.Errorf("Done with nothing counted: %v", r.Outcome)
	}
}

func TestBreathing478(t *testing.T) {
	e := newEngine(t, nil, 0, "breath-478") // 4 cycles of in 4 · hold 7 · out 8 = 19s
	tests := []struct {
		at        time.Duration
		idx       int
		cycle     int
		phaseLeft time.Duration
	}{
		{0, 0, 1, 4 * s},
		{3500 * time.Millisecond, 0, 1, 500 * time.Millisecond},
		{4 * s, 1, 1, 7 * s},
		{12 * s, 2, 1, 7 * s},
		{19 * s, 0, 2, 4 * s},
		{19*s + 11*s, 2, 2, 8 * s},
		{75 * s, 2, 4, 1 * s},
	}
	for _, tt := range tests {
		e.Tick(at(tt.at))
		snap := e.Snapshot(at(tt.at))
		if snap.PhaseIndex != tt.idx || snap.Cycle != tt.cycle || snap.Cycles != 4 || snap.PhaseLeft != tt.phaseLeft ||
			snap.Phase != snap.Step.Breath[tt.idx] {
			t.Errorf("at %v: phase %d cycle %d/%d left %v, want phase %d cycle %d/4 left %v",
				tt.at, snap.PhaseIndex, snap.Cycle, snap.Cycles, snap.PhaseLeft, tt.idx, tt.cycle, tt.phaseLeft)
		}
	}
	got := cueList(e.DrainCues())
	want := []string{"0:step-started", "0:phase-started 0", "0:phase-started 1", "0:phase-started 2",
		"0:phase-started 0", "0:phase-started 2", "0:phase-started 2"}
	if !slices.Equal(got, want) {
		t.Errorf("cues\n got %q\nwant %q", got, want)
	}
}

// TestCuesWhenTickingAtNextChange drives a whole routine by NextChange alone and checks every
// countdown and step cue fires exactly once, in order.
func TestCuesWhenTickingAtNextChange(t *testing.T) {
	e := newEngine(t, dur(5*s), 10*s, "knee-to-chest", "cat-cow")
	now := t0
	var cs []Cue
	for i := 0; e.State() == StateRunning; i++ {
		next, ok := e.NextChange(now)
		if !ok || !next.After(now) || i > 10_000 {
			t.Fatalf("NextChange(%v) = %v %v", now.Sub(t0), next.Sub(t0), ok)
		}
		now = next
		e.Tick(now)
		cs = append(cs, e.DrainCues()...)
	}
	p := e.Plan()
	for i, st := range p.Steps {
		var per []string
		for _, c := range cs {
			if c.Step == i && (c.Kind == CueStepStarted || c.Kind == CueCountdown || c.Kind == CueHalfway) {
				per = append(per, c.Kind.String())
			}
		}
		want := []string{"step-started", "countdown", "countdown", "countdown"}
		if st.Kind == KindHold {
			want = slices.Insert(want, 1, "halfway")
		}
		if st.Kind == KindReps {
			want = want[:1]
		}
		if !slices.Equal(per, want) {
			t.Errorf("step %d (%s %v): cues %q, want %q", i, st.Kind, st.Duration, per, want)
		}
	}
	if n := countCues(cs, CueRoutineDone); n != 1 {
		t.Errorf("RoutineDone fired %d times", n)
	}
	if n := countCues(cs, CueRepCounted); n != 5 {
		t.Errorf("RepCounted fired %d times, want 5", n)
	}
	if n := countCues(cs, CueSwitchSides); n != 1 {
		t.Errorf("SwitchSides fired %d times, want 1", n)
	}
	if !e.Record().Ended.Equal(at(p.Total())) || !now.Equal(at(p.Total())) {
		t.Errorf("ended +%v, last tick +%v, want +%v", e.Record().Ended.Sub(t0), now.Sub(t0), p.Total())
	}
}

func TestNextChange(t *testing.T) {
	type setup func(t *testing.T) *Engine
	start := func(ids ...string) setup {
		return func(t *testing.T) *Engine { return newEngine(t, nil, 0, ids...) }
	}
	tests := []struct {
		name string
		e    setup
		at   time.Duration
		want time.Duration // -1: none
	}{
		{"countdown whole second", start("wall-sit"), 300 * time.Millisecond, 1 * s},
		{"on a whole second", start("wall-sit"), 4 * s, 5 * s},
		{"halfway of an odd hold", start("side-plank"), 7200 * time.Millisecond, 7500 * time.Millisecond},
		{"breath phase boundary", start("breath-478"), 3500 * time.Millisecond, 4 * s},
		{"tempo beat", start("dead-bug"), 2500 * time.Millisecond, 3 * s},
		{"past a deadline without a tick", start("wall-sit"), 31 * s, 31 * s},
		{"self-paced reps wait", start("self-reps"), s, -1},
		{"idle", func(t *testing.T) *Engine { e := newEngine(t, nil, 0, "wall-sit"); return NewEngine(e.Plan()) }, 0, -1},
		{"paused", func(t *testing.T) *Engine { e := newEngine(t, nil, 0, "wall-sit"); e.Pause(at(s)); return e }, 2 * s, -1},
		{"pain prompt", func(t *testing.T) *Engine { e := newEngine(t, nil, 0, "wall-sit"); e.Pain(at(s)); return e }, 2 * s, -1},
		{"finished", func(t *testing.T) *Engine { e := newEngine(t, nil, 0, "wall-sit"); e.Stop(at(s)); return e }, 2 * s, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.e(t)
			got, ok := e.NextChange(at(tt.at))
			switch {
			case tt.want < 0 && ok:
				t.Errorf("NextChange = +%v, want none", got.Sub(t0))
			case tt.want >= 0 && (!ok || !got.Equal(at(tt.want))):
				t.Errorf("NextChange = +%v %v, want +%v", got.Sub(t0), ok, tt.want)
			}
		})
	}
}

func TestClockNeverRunsBackwards(t *testing.T) {
	e := newEngine(t, nil, 0, "wall-sit")
	e.Tick(at(10 * s))
	e.Tick(at(5 * s)) // an older time counts as the latest seen
	if snap := e.Snapshot(at(2 * s)); snap.Elapsed != 10*s || snap.Left != 20*s {
		t.Errorf("elapsed %v left %v", snap.Elapsed, snap.Left)
	}
	e.Pause(at(3 * s))
	e.Resume(at(4 * s))
	if snap := e.Snapshot(at(12 * s)); snap.Elapsed != 12*s {
		t.Errorf("elapsed %v, want 12s", snap.Elapsed)
	}
}

func TestSnapshotProgress(t *testing.T) {
	e := newEngine(t, dur(10*s), 10*s, "wall-sit", "self-reps") // ready 10 | hold 30 | rest 10 | reps L ×3 | switch 5 | reps R
	e.Tick(at(25 * s))
	snap := e.Snapshot(at(25 * s))
	total := e.Plan().Total() // 10+30+10+9+5+9 = 73s
	if total != 73*s {
		t.Fatalf("total %v", total)
	}
	if snap.StepFraction != 0.5 || snap.RoutineFraction != float64(25*s)/float64(total) {
		t.Errorf("fractions %v %v", snap.StepFraction, snap.RoutineFraction)
	}
	if snap.ExerciseNum != 1 || snap.ExerciseCount != 2 || snap.Count != 6 || snap.Index != 1 {
		t.Errorf("exercise %d/%d step %d/%d", snap.ExerciseNum, snap.ExerciseCount, snap.Index, snap.Count)
	}
	if snap.Next == nil || snap.Next.Exercise.ID != "self-reps" || snap.Next.Side != SideLeft {
		t.Errorf("next = %+v", snap.Next)
	}
	e.Tick(at(50 * s))
	e.Rep(at(51 * s))
	snap = e.Snapshot(at(52 * s))
	if snap.Rep != 1 || snap.StepFraction != 1.0/3 || snap.RoutineFraction != float64(50*s+3*s)/float64(total) {
		t.Errorf("self-paced: rep %d fraction %v routine %v", snap.Rep, snap.StepFraction, snap.RoutineFraction)
	}
	if snap.ExerciseNum != 2 || snap.Next == nil || snap.Next.Side != SideRight {
		t.Errorf("exercise %d next %+v", snap.ExerciseNum, snap.Next)
	}
}

func BenchmarkTick(b *testing.B) {
	e := newEngine(b, nil, 10*s, "knee-to-chest", "breath-478", "dead-bug", "plank")
	now := t0
	b.ReportAllocs()
	for b.Loop() {
		now = now.Add(ms(10))
		e.Tick(now)
		if e.State() == StateFinished {
			e = NewEngine(e.Plan())
			e.Start(now)
		}
		e.DrainCues()
	}
}
