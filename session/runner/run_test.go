package runner

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

const s = time.Second

func at(d time.Duration) time.Time { return t0.Add(d) }

// plan is a 2 s get-ready, then a 10 s hold of a plank (gentler: a knee plank) and 3 reps of a
// tempo exercise.
func plan(t *testing.T) *session.Plan {
	t.Helper()
	lib := content.NewLibrary([]*content.Exercise{
		{ID: "plank", Name: "Plank", Gentler: "knee-plank", Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 1}},
		{ID: "knee-plank", Name: "Knee plank", Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 1}},
		{ID: "tilt", Name: "Pelvic tilt", Dose: content.Dose{Kind: content.DoseReps, Reps: 3, Tempo: 2 * s, Sets: 1}},
	}, nil, content.Safety{})
	ready := 2 * s
	r := &content.Routine{ID: "r", Name: "R", GetReady: &ready, Steps: []content.RoutineStep{
		{Exercise: "plank"}, {Exercise: "tilt"}}}
	p, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type saver struct {
	mu   sync.Mutex
	recs []session.Record
	err  error
}

func (f *saver) save(r session.Record) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.recs = append(f.recs, r)
	return f.err
}

func TestRunToTheEndSavesOnceAndSpeaks(t *testing.T) {
	var said []string
	sv := &saver{}
	r := New(plan(t), Options{Save: sv.save, Speak: func(p string) { said = append(said, p) }})
	r.Start(at(0))
	if len(said) == 0 || said[0] != "Get ready: Plank" {
		t.Fatalf("start said %q, want Get ready: Plank first", said)
	}
	if err := r.Save(); !errors.Is(err, ErrNotFinished) {
		t.Fatalf("Save while running = %v, want ErrNotFinished", err)
	}
	u := r.Tick(at(2 * s))
	if !u.Ring {
		t.Error("the end of the get-ready rings the bell")
	}
	r.Tick(at(30 * s))
	if !r.Finished() || r.Record().Status != session.StatusCompleted {
		t.Fatalf("after 30 s: finished %v, status %v", r.Finished(), r.Record().Status)
	}
	for range 3 {
		if err := r.Save(); err != nil {
			t.Fatal(err)
		}
	}
	if len(sv.recs) != 1 || !r.Saved() {
		t.Fatalf("saved %d times, Saved %v; want once", len(sv.recs), r.Saved())
	}
	if said[len(said)-1] != "Done" {
		t.Errorf("last phrase %q, want Done", said[len(said)-1])
	}
}

func TestKeysNeverRing(t *testing.T) {
	r := New(plan(t), Options{})
	r.Start(at(0))
	u, err := r.Act(at(s), Next) // skips the get-ready: a step starts, but by a key
	if err != nil || u.Ring {
		t.Fatalf("Next: ring %v, err %v; a key press never rings", u.Ring, err)
	}
	// A key pressed after the clock passed a step's end still rings for the clock's cue.
	u, _ = r.Act(at(12*s), Pause)
	if !u.Ring {
		t.Error("the hold that ended before the key still rings")
	}
}

func TestOverlayHoldsAndReleasesOnlyItsOwnPause(t *testing.T) {
	r := New(plan(t), Options{})
	r.Start(at(0))
	r.Hold(at(s))
	if r.Engine().State() != session.StatePaused {
		t.Fatal("Hold pauses a running clock")
	}
	r.Release(at(20 * s))
	left := r.Engine().Snapshot(at(20 * s)).Left
	if left != s {
		t.Fatalf("after the overlay, %v of the get-ready left, want 1s (the clock waited)", left)
	}
	// A pause the person made stays after an overlay closes.
	r.Act(at(20*s), Pause)
	r.Hold(at(21 * s))
	r.Release(at(22 * s))
	if r.Engine().State() != session.StatePaused {
		t.Fatal("Release resumed a pause the person made")
	}
}

func TestPainPromptChoices(t *testing.T) {
	r := New(plan(t), Options{})
	r.Start(at(0))
	r.Tick(at(3 * s)) // in the plank
	r.Act(at(4*s), Pain)
	if r.Engine().State() != session.StatePainPrompt {
		t.Fatal("Pain opens the pain prompt")
	}
	if _, err := r.Act(at(5*s), Gentler); err != nil {
		t.Fatalf("Gentler: %v", err)
	}
	if got := r.Engine().Snapshot(at(5 * s)).Step.Exercise.ID; got != "knee-plank" {
		t.Fatalf("after Gentler the step is %q, want knee-plank", got)
	}
	r.Act(at(6*s), Pain)
	if _, err := r.Act(at(7*s), Gentler); !errors.Is(err, ErrNoGentler) {
		t.Fatalf("Gentler of the gentler: %v, want ErrNoGentler", err)
	}
	r.Act(at(8*s), EndSession)
	if rec := r.Record(); rec.Status != session.StatusPain || len(rec.Pain) != 2 {
		t.Fatalf("status %v with %d pain reports, want pain with 2", rec.Status, len(rec.Pain))
	}
}

func TestClockStartsAndStopsAMaxTest(t *testing.T) {
	ex := &content.Exercise{ID: "plank", Name: "Plank", Tags: []string{"testable"},
		Dose: content.Dose{Kind: content.DoseHold, Hold: 30 * s, Sets: 1}}
	p, err := session.NewQuickPlan(session.Quick{Kind: session.PlanMax, Exercise: ex}, nil, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := New(p, Options{})
	r.Start(at(0))
	r.Act(at(s), Clock) // starts the stopwatch early
	r.Act(at(43*s+300*time.Millisecond), Clock)
	rec := r.Record()
	if !r.Finished() || rec.Steps[0].AchievedTime != 42*s+300*time.Millisecond {
		t.Fatalf("finished %v, achieved %v; want 42.3s", r.Finished(), rec.Steps[0].AchievedTime)
	}
}

func TestAbandon(t *testing.T) {
	sv := &saver{}
	idle := New(plan(t), Options{Save: sv.save})
	if stopped, err := idle.Abandon(at(0)); stopped || err != nil || len(sv.recs) != 0 {
		t.Fatalf("a session never started is not saved: stopped %v err %v saved %d", stopped, err, len(sv.recs))
	}

	r := New(plan(t), Options{Save: sv.save})
	r.Start(at(0))
	if stopped, err := r.Abandon(at(5 * s)); !stopped || err != nil || sv.recs[0].Status != session.StatusStopped {
		t.Fatalf("running: stopped %v err %v", stopped, err)
	}

	sv2 := &saver{}
	p := New(plan(t), Options{Save: sv2.save})
	p.Start(at(0))
	p.Tick(at(3 * s))
	p.Act(at(4*s), Pain)
	p.Abandon(at(5 * s))
	if sv2.recs[0].Status != session.StatusPain {
		t.Fatalf("abandoned at the pain prompt: %v, want pain", sv2.recs[0].Status)
	}

	// A failed save is tried once more when abandoned.
	sv3 := &saver{err: errors.New("disk full")}
	f := New(plan(t), Options{Save: sv3.save})
	f.Start(at(0))
	f.Tick(at(time.Minute))
	if err := f.Save(); err == nil {
		t.Fatal("want the disk-full error")
	}
	sv3.err = nil
	if stopped, err := f.Abandon(at(time.Minute)); stopped || err != nil || len(sv3.recs) != 2 || !f.Saved() {
		t.Fatalf("retry: stopped %v err %v tries %d saved %v", stopped, err, len(sv3.recs), f.Saved())
	}
}
