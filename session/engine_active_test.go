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
