package session

import (
	"testing"
	"time"
)

// TestRecordActiveExcludesPauses checks the record's active time leaves out a pause, which the
// history's "seconds" is made from.
func TestRecordActiveExcludesPauses(t *testing.T) {
	e := newEngine(t, dur(0), 0, testExercises()[0].ID)
	e.Start(at(0))
	e.Pause(at(2 * time.Second))
	e.Resume(at(62 * time.Second)) // a minute paused
	e.Stop(at(65 * time.Second))
	r := e.Record()
	if r.Active != 5*time.Second {
		t.Errorf("active %v, want 5s (65 s wall, 60 s paused)", r.Active)
	}
	if r.Ended.Sub(r.Started) != 65*time.Second {
		t.Errorf("wall time %v, want 65s", r.Ended.Sub(r.Started))
	}
	running := newEngine(t, dur(0), 0, testExercises()[0].ID)
	running.Start(at(0))
	if running.Record().Active != 0 {
		t.Errorf("an unfinished session has no active time yet")
	}
}

// TestRecordActiveExcludesTheGetReady: getting into position is not exercise. A 5 s get-ready
// then a 30 s hold is 30 s of active time; stopped during the get-ready, none; skipped into the
// hold after 2 s of it, the hold's time only.
func TestRecordActiveExcludesTheGetReady(t *testing.T) {
	e := newEngine(t, dur(5*s), 0, "wall-sit")
	e.Start(at(0))
	e.Tick(at(35 * s))
	if r := e.Record(); r.Status != StatusCompleted || r.Active != 30*s {
		t.Errorf("ran out: status %v, active %v; want completed, 30s", r.Status, r.Active)
	}
	e = newEngine(t, dur(5*s), 0, "wall-sit")
	e.Start(at(0))
	e.Stop(at(3 * s))
	if r := e.Record(); r.Active != 0 {
		t.Errorf("stopped in the get-ready: active %v, want 0", r.Active)
	}
	e = newEngine(t, dur(5*s), 0, "wall-sit")
	e.Start(at(0))
	e.Next(at(2 * s))
	e.Stop(at(12 * s))
	if r := e.Record(); r.Active != 10*s {
		t.Errorf("get-ready skipped after 2 s, stopped 10 s into the hold: active %v, want 10s", r.Active)
	}
}
