package journal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLastEnded(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.jsonl")
	if _, ok, err := LastEnded(path); ok || err != nil {
		t.Fatalf("missing log: ok %v, err %v", ok, err)
	}
	at := func(h int) time.Time { return time.Date(2026, 11, 21, h, 0, 0, 0, time.UTC) }
	add := func(id string, started, ended time.Time, steps int) {
		t.Helper()
		e := Entry{V: 1, ID: id, Routine: "desk-break", Status: "completed", Started: started, Ended: ended}
		for i := range steps {
			e.Steps = append(e.Steps, Step{Exercise: fmt.Sprintf("exercise-%d", i), Name: strings.Repeat("x", 100), Kind: "hold", Outcome: "done"})
		}
		if err := Append(path, e); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 300 { // about 100 KiB of older sessions
		add(fmt.Sprintf("old%d", i), at(1), at(1).Add(time.Minute), 2)
	}
	add("a", at(9), at(9).Add(5*time.Minute), 1)
	add("b", at(8), at(8).Add(5*time.Minute), 1) // merged out of order
	if got, ok, err := LastEnded(path); !ok || err != nil || !got.Equal(at(9).Add(5*time.Minute)) {
		t.Errorf("LastEnded = %v, %v, %v; want 09:05", got, ok, err)
	}
	// A damaged last line (a torn write) is skipped.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"v":1,"id":"torn","started":"2026-11-21T1`)
	f.Close()
	if got, ok, _ := LastEnded(path); !ok || !got.Equal(at(9).Add(5*time.Minute)) {
		t.Errorf("after a torn line: %v, %v", got, ok)
	}
	// A last session longer than the first chunk is still found.
	add("long", at(10), at(10).Add(7*time.Minute), 200)
	if got, ok, _ := LastEnded(path); !ok || !got.Equal(at(10).Add(7*time.Minute)) {
		t.Errorf("after a long line: %v, %v", got, ok)
	}
}
