package journal

import (
	"path/filepath"
	"testing"
	"time"
)

func TestReadWhere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	for i, e := range []Entry{
		{ID: "1", Routine: "core", Status: "completed", Steps: []Step{{Exercise: "plank", Outcome: "done"}}},
		{ID: "2", Routine: "hips", Status: "stopped"},
		{ID: "3", Routine: "core", Status: "pain", Steps: []Step{{Exercise: "plank", Outcome: "pain"}}},
		{ID: "4", Routine: "core", Kind: KindHold, Status: "completed"},
	} {
		e.V, e.Started = 1, at.Add(time.Duration(i)*time.Hour)
		if err := Append(path, e); err != nil {
			t.Fatal(err)
		}
	}
	pains, _, err := ReadWhere(path, func(e Entry) (Entry, bool) { return e, e.Status == "pain" })
	if err != nil || len(pains) != 1 || pains[0].ID != "3" || len(pains[0].Steps) != 1 {
		t.Errorf("ReadWhere(pain) = %+v, %v; want session 3 with its steps", pains, err)
	}
	done, _, _ := ReadWhere(path, CompletedOnly)
	if len(done) != 2 || done[0].Steps != nil {
		t.Errorf("CompletedOnly = %+v, want 2 entries without steps", done)
	}
	if none, _, err := ReadWhere(filepath.Join(t.TempDir(), "missing"), CompletedOnly); err != nil || none != nil {
		t.Errorf("a missing log is empty: %v %v", none, err)
	}
}
