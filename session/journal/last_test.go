package journal

import (
	"testing"
	"time"
)

func TestStatsLastSession(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 11, 20, h, 0, 0, 0, time.UTC) }
	entries := []Entry{
		{ID: "a", Routine: "hips", RoutineName: "Hips", Status: "completed", Started: at(9)},
		{ID: "b", Routine: "desk-break", RoutineName: "Desk break", Status: "stopped", Started: at(15)},
		{ID: "c", Routine: "core-stability", RoutineName: "Core", Status: "completed", Started: at(11)}, // merged out of order
	}
	s := Compute(entries, at(18), time.UTC)
	if s.Last == nil || s.Last.Routine != "desk-break" || s.Last.Status != "stopped" {
		t.Errorf("last = %+v, want the desk break started at 15:00", s.Last)
	}
	if Compute(nil, at(18), time.UTC).Last != nil {
		t.Errorf("an empty history has no last session")
	}
}
