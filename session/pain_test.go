package session

import (
	"errors"
	"slices"
	"testing"
)

// painAt starts knee-to-chest (each side, 2 × 20s, release 5s) then cat-cow with a 10s rest,
// no get-ready, and reports pain 8 s into the right side's first hold (step 4).
//
//	0 L h1 20 | 1 rest 5 | 2 L h2 20 | 3 switch 5 | 4 R h1 20 | 5 rest 5 | 6 R h2 20 | 7 rest 10 | 8 cat-cow
func painAt(t *testing.T) *Engine {
	t.Helper()
	e := newEngine(t, nil, 10*s, "knee-to-chest", "cat-cow")
	e.Tick(at(58 * s)) // 20+5+20+5 = 50 → 8 s into step 4
	e.Pain(at(58 * s))
	if e.State() != StatePainPrompt {
		t.Fatalf("state %v after Pain", e.State())
	}
	snap := e.Snapshot(at(70 * s))
	if snap.Pain == nil || snap.Pain.Exercise != "knee-to-chest" || snap.Pain.Side != SideRight ||
		snap.Gentler == nil || snap.Gentler.ID != "pelvic-tilt" || snap.Left != 12*s || snap.Elapsed != 58*s {
		t.Fatalf("pain snapshot: %+v", snap)
	}
	if _, ok := e.NextChange(at(70 * s)); ok {
		t.Fatal("NextChange at the pain prompt")
	}
	return e
}

func TestPainRecordsTheStepAtOnce(t *testing.T) {
	e := painAt(t)
	rec := e.Record()
	if r := rec.Steps[2]; r.Outcome != OutcomePain || r.AchievedTime != 8*s || r.Side != SideRight {
		t.Errorf("pained step: %+v", r)
	}
	if len(rec.Pain) != 1 || !rec.Pain[0].At.Equal(at(58*s)) || rec.Pain[0].Name != "Knee-to-chest" {
		t.Errorf("pain records %+v", rec.Pain)
	}
	if cs := e.DrainCues(); cs[len(cs)-1].Kind != CuePainStopped {
		t.Errorf("last cue %v", cs[len(cs)-1])
	}
}

func TestPainThenSkipExercise(t *testing.T) {
	e := painAt(t)
	e.SkipExercise(at(70 * s))
	snap := e.Snapshot(at(70 * s))
	if snap.State != StateRunning || snap.Index != 7 || snap.Left != 10*s || snap.Exercise.ID != "cat-cow" {
		t.Fatalf("after skip: %v step %d left %v %s", snap.State, snap.Index, snap.Left, snap.Exercise.ID)
	}
	e.Tick(at(90 * s))
	rec := e.Record()
	want := []Outcome{OutcomeDone, OutcomeDone, OutcomePain, OutcomeSkipped, OutcomeDone}
	if got := outcomes(rec); !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
	if rec.Status != StatusCompleted || len(rec.Pain) != 1 {
		t.Errorf("status %v pains %d", rec.Status, len(rec.Pain))
	}
}

func TestPainThenUseGentler(t *testing.T) {
	e := painAt(t)
	if err := e.UseGentler(at(70 * s)); err != nil {
		t.Fatal(err)
	}
	// pelvic-tilt: self-paced 4 reps, 2 sets, set rest 10s; the pain hit set 1 → from set 1.
	got := sigs(e.Plan())[4:]
	// No get-ready is inserted: this plan has none.
	want := []string{"hold 20s R 1/1 h1/2", "reps 0s x4 1/2", "rest 10s 2/2", "reps 0s x4 2/2", "rest 10s 1/1", "reps 10s x5 1/1"}
	if !slices.Equal(got, want) {
		t.Fatalf("plan after the swap\n got %q\nwant %q", got, want)
	}
	snap := e.Snapshot(at(70 * s))
	if snap.State != StateRunning || snap.Index != 5 || snap.Exercise.ID != "pelvic-tilt" || !snap.Step.Gentler {
		t.Fatalf("after swap: %v step %d %v", snap.State, snap.Index, snap.Exercise.ID)
	}
	for range 4 {
		e.Rep(at(71 * s))
	}
	e.Tick(at(81 * s))
	e.Done(at(82 * s))
	e.Tick(at(92*s + 10*s))
	rec := e.Record()
	if got, want := outcomes(rec), []Outcome{OutcomeDone, OutcomeDone, OutcomePain, OutcomeDone, OutcomeSkipped, OutcomeDone}; !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
	if r := rec.Steps[3]; !r.Gentler || r.Exercise != "pelvic-tilt" || r.Set != 1 || r.Sets != 2 {
		t.Errorf("gentler record %+v", r)
	}
	if rec.Steps[2].Gentler || rec.Steps[5].Gentler {
		t.Error("non-gentler steps marked gentler")
	}
	if rec.Status != StatusCompleted {
		t.Errorf("status %v", rec.Status)
	}
}

func TestUseGentlerKeepsSetAndSide(t *testing.T) {
	// side-plank: 2 sets × (L 15 | switch 5 | R 15), set rest 10; gentler side-lying: 2 sets × 10s each side.
	e := newEngine(t, dur(5*s), 0, "side-plank")
	// 0 ready 5 | 1 L 15 | 2 sw | 3 R 15 | 4 rest 10 | 5 L 15 | 6 sw | 7 R 15 → pain in step 7 (set 2, right)
	e.Tick(at(5*s + 15*s + 5*s + 15*s + 10*s + 15*s + 5*s + 3*s))
	e.Pain(at(73 * s))
	if err := e.UseGentler(at(80 * s)); err != nil {
		t.Fatal(err)
	}
	got := sigs(e.Plan())[7:]
	want := []string{"hold 15s R 2/2", "ready 5s R 2/2", "hold 10s R 2/2"}
	if !slices.Equal(got, want) {
		t.Errorf("after the swap\n got %q\nwant %q", got, want)
	}
}

func TestUseGentlerWithoutOne(t *testing.T) {
	for _, id := range []string{"wall-sit", "broken"} {
		e := newEngine(t, nil, 0, id)
		e.Pain(at(2 * s))
		before := sigs(e.Plan())
		if err := e.UseGentler(at(3 * s)); !errors.Is(err, ErrNoGentler) {
			t.Errorf("%s: err = %v, want ErrNoGentler", id, err)
		}
		if e.State() != StatePainPrompt || !slices.Equal(sigs(e.Plan()), before) {
			t.Errorf("%s: state %v, plan changed %v", id, e.State(), !slices.Equal(sigs(e.Plan()), before))
		}
		if snap := e.Snapshot(at(3 * s)); snap.Gentler != nil {
			t.Errorf("%s: snapshot offers %v", id, snap.Gentler.ID)
		}
	}
	e := newEngine(t, nil, 0, "wall-sit")
	if err := e.UseGentler(at(s)); !errors.Is(err, ErrNotPainPrompt) {
		t.Errorf("UseGentler while running: %v", err)
	}
}

func TestPainThenEndSession(t *testing.T) {
	e := painAt(t)
	e.EndSession(at(75 * s))
	rec := e.Record()
	if e.State() != StateFinished || rec.Status != StatusPain || !rec.Ended.Equal(at(75*s)) {
		t.Fatalf("%v %v ended +%v", e.State(), rec.Status, rec.Ended.Sub(t0))
	}
	want := []Outcome{OutcomeDone, OutcomeDone, OutcomePain, OutcomePending, OutcomePending}
	if got := outcomes(rec); !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
	if countCues(e.DrainCues(), CueRoutineDone) != 0 {
		t.Error("RoutineDone after a pain stop")
	}
}

func TestPainThenContinue(t *testing.T) {
	e := painAt(t)
	e.Continue(at(100 * s))
	rec := e.Record()
	if e.State() != StateRunning || len(rec.Pain) != 0 || rec.Steps[2].Outcome != OutcomePending {
		t.Fatalf("after Continue: %v pains %d outcome %v", e.State(), len(rec.Pain), rec.Steps[2].Outcome)
	}
	if snap := e.Snapshot(at(104 * s)); snap.Index != 4 || snap.Left != 8*s || snap.Elapsed != 62*s {
		t.Errorf("resumed: step %d left %v elapsed %v", snap.Index, snap.Left, snap.Elapsed)
	}
	e.Tick(at(112 * s))
	if r := e.Record().Steps[2]; r.Outcome != OutcomeDone || r.AchievedTime != 20*s {
		t.Errorf("continued step: %+v", r)
	}
}

func TestPainDuringRestAttachesToWhatComesNext(t *testing.T) {
	e := newEngine(t, nil, 10*s, "wall-sit", "knee-to-chest")
	e.Tick(at(33 * s)) // in the rest before knee-to-chest
	e.Pain(at(33 * s))
	rec := e.Record()
	if len(rec.Pain) != 1 || rec.Pain[0].Exercise != "knee-to-chest" || rec.Pain[0].Side != SideLeft {
		t.Fatalf("pain %+v", rec.Pain)
	}
	// The exercise coming up is stopped for pain (nothing achieved), so the summary lists it as
	// the pain line does.
	if got := outcomes(rec); !slices.Equal(got, []Outcome{OutcomeDone, OutcomePain, OutcomePending, OutcomePending, OutcomePending}) {
		t.Errorf("outcomes %v: want the first knee-to-chest step stopped for pain", got)
	}
	e.SkipExercise(at(40 * s))
	rec = e.Record()
	if e.State() != StateFinished || rec.Status != StatusCompleted {
		t.Fatalf("skipping the last exercise: %v %v", e.State(), rec.Status)
	}
	want := []Outcome{OutcomeDone, OutcomePain, OutcomeSkipped, OutcomeSkipped, OutcomeSkipped}
	if got := outcomes(rec); !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
}

// Pain in the pause between repeated holds, then continue: the report is withdrawn and the hold
// coming up is as it was; then the gentler variant: the pained hold keeps its pain, the variant
// follows it.
func TestPainBetweenHoldsContinueAndGentler(t *testing.T) {
	e := painAt(t)          // in step 4 (R h1) at 8 s
	e.Continue(at(60 * s))  // discomfort
	e.Tick(at(60*s + 12*s)) // R h1 ends; into the rest (step 5)
	e.Pain(at(60*s + 13*s)) // pain in the rest: attaches to R h2 (step 6)
	if got := outcomes(e.Record()); got[3] != OutcomePain {
		t.Fatalf("outcomes %v: the hold after the rest should be stopped for pain", got)
	}
	e.Continue(at(60*s + 14*s))
	if got := outcomes(e.Record()); got[3] != OutcomePending || len(e.Record().Pain) != 0 {
		t.Fatalf("after continue: outcomes %v, pains %d; want it as it was", got, len(e.Record().Pain))
	}
	e.Pain(at(60*s + 14*s))
	if err := e.UseGentler(at(60*s + 15*s)); err != nil {
		t.Fatal(err)
	}
	rec := e.Record()
	if rec.Steps[3].Outcome != OutcomePain || rec.Steps[3].Gentler || !rec.Steps[4].Gentler {
		t.Errorf("steps %+v: the pained hold keeps its pain, the gentler variant follows", rec.Steps)
	}
}

func TestPainOnAlternatingRepNamesItsSide(t *testing.T) {
	e := newEngine(t, nil, 0, "dead-bug") // 2 s a rep, left first
	e.Pain(at(3 * s))                     // second rep: right
	if p := e.Record().Pain; len(p) != 1 || p[0].Side != SideRight {
		t.Errorf("pain %+v", p)
	}
}

func TestStopAtThePainPromptIsAPainEnding(t *testing.T) {
	e := painAt(t)
	e.Stop(at(60 * s))
	if rec := e.Record(); rec.Status != StatusPain || len(rec.Pain) != 1 {
		t.Errorf("status %v pains %d", rec.Status, len(rec.Pain))
	}
}

func outcomes(r Record) []Outcome {
	out := make([]Outcome, len(r.Steps))
	for i, s := range r.Steps {
		out[i] = s.Outcome
	}
	return out
}

// Going back to a step that pain stopped and leaving it again (next, stop, or back) keeps its
// pain outcome; only doing it in full replaces it.
func TestBackToAPainedStepKeepsThePain(t *testing.T) {
	e := painAt(t)
	e.SkipExercise(at(70 * s))                       // into the 10 s rest before cat-cow
	e.Back(at(71 * s))                               // the rest between exercises: restart knee-to-chest
	e.Tick(at(71*s + 20*s + 5*s + 20*s + 5*s + 3*s)) // 3 s into the right side's first hold again
	e.Next(at(71*s + 20*s + 5*s + 20*s + 5*s + 3*s))
	if r := e.Record().Steps[2]; r.Outcome != OutcomePain {
		t.Errorf("re-run left after 3 s: %v, want pain kept", r.Outcome)
	}
	e.Back(at(71*s + 53*s + 2*s)) // 2 s into the rest after it: restart it once more
	e.Stop(at(71*s + 53*s + 4*s))
	rec := e.Record()
	if r := rec.Steps[2]; r.Outcome != OutcomePain {
		t.Errorf("after back and stop: %v, want pain kept", r.Outcome)
	}
	if len(rec.Pain) != 1 {
		t.Errorf("pain records %+v", rec.Pain)
	}
}
