package journal

import (
	"bufio"
	"fmt"
	"os"
	"testing"
	"time"
)

// sampleEntry is a realistic desk-break entry: four exercises (a twist each side, twice),
// eight work steps in all.
func sampleEntry(id string, started time.Time, status string) Entry {
	step := func(ex, name, kind, side string, set int) Step {
		s := Step{Exercise: ex, Name: name, Kind: kind, Side: side, Set: set, Sets: 2, Outcome: "done"}
		if kind == "reps" {
			s.PlannedReps, s.AchievedReps = 10, 10
		} else {
			s.PlannedS, s.AchievedS = 30, 30
		}
		return s
	}
	e := Entry{
		V: Version, ID: id, Routine: "desk-break", RoutineName: "Desk break", Kind: KindRoutine,
		Status: status, Started: started, Ended: started.Add(6 * time.Minute), Seconds: 360,
		Steps: []Step{
			step("seated-twist", "Seated twist", "hold", "left", 1),
			step("seated-twist", "Seated twist", "hold", "right", 1),
			step("seated-twist", "Seated twist", "hold", "left", 2),
			step("seated-twist", "Seated twist", "hold", "right", 2),
			step("chin-tuck", "Chin tuck", "reps", "", 1),
			step("chin-tuck", "Chin tuck", "reps", "", 2),
			step("shoulder-rolls", "Shoulder rolls", "reps", "", 1),
			step("box-breathing", "Box breathing", "breath", "", 1),
		},
		Pain: []Pain{},
	}
	if status == "pain" {
		e.Steps[5].Outcome = "pain"
		e.Pain = append(e.Pain, Pain{Exercise: "chin-tuck", Name: "Chin tuck", At: started.Add(4 * time.Minute)})
	}
	return e
}

// writeHistory writes n entries, one every ~7 hours going back from end, to path.
func writeHistory(tb testing.TB, path string, n int, end time.Time) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	statuses := []string{"completed", "completed", "completed", "stopped", "completed", "pain"}
	for i := 0; i < n; i++ {
		t := end.Add(-time.Duration(n-i) * 7 * time.Hour).Truncate(time.Second)
		line, err := Marshal(sampleEntry(fmt.Sprintf("ID%024d", i), t, statuses[i%len(statuses)]))
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkReadCompute100k reads every entry (steps included) into memory, then computes stats:
// the path for callers that need the entries themselves.
func BenchmarkReadCompute100k(b *testing.B) {
	path := b.TempDir() + "/history.jsonl"
	writeHistory(b, path, 100000, time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local))
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	b.ResetTimer()
	for b.Loop() {
		es, d, err := Read(path)
		if err != nil || len(d) != 0 || len(es) != 100000 {
			b.Fatal(err, len(d), len(es))
		}
		if s := Compute(es, time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local), time.Local); s.Total.Sessions != 100000 {
			b.Fatal(s.Total)
		}
	}
}

// BenchmarkStats100k is `limber stats` over 100,000 sessions of eight steps each (~134 MB):
// ReadStats streams the file and tallies as it goes.
func BenchmarkStats100k(b *testing.B) {
	path := b.TempDir() + "/history.jsonl"
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local)
	writeHistory(b, path, 100000, now)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	b.ResetTimer()
	for b.Loop() {
		s, d, err := ReadStats(path, now, time.Local)
		if err != nil || len(d) != 0 || s.Total.Sessions != 100000 {
			b.Fatal(err, len(d), s.Total)
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	path := b.TempDir() + "/history.jsonl"
	e := sampleEntry("", time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local), "completed")
	for b.Loop() {
		e.ID = NewID(e.Started)
		if err := Append(path, e); err != nil {
			b.Fatal(err)
		}
	}
}
