package journal

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
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
	for _, e := range historyEntries(n, end) {
		line, err := Marshal(e)
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

// historyEntries are writeHistory's n entries, one at a time.
func historyEntries(n int, end time.Time) func(yield func(int, Entry) bool) {
	statuses := []string{"completed", "completed", "completed", "stopped", "completed", "pain"}
	return func(yield func(int, Entry) bool) {
		for i := 0; i < n; i++ {
			t := end.Add(-time.Duration(n-i) * 7 * time.Hour).Truncate(time.Second)
			if !yield(i, sampleEntry(fmt.Sprintf("ID%024d", i), t, statuses[i%len(statuses)])) {
				return
			}
		}
	}
}

// benchLog is the log the read benchmarks use: $LIMBER_BENCH_HISTORY when set (to measure a
// big log made with scripts/genhistory, e.g. a million sessions), else 100,000 sessions of
// eight steps each (~134 MB) written for the run. It returns the path and the entry count.
func benchLog(b *testing.B) (string, int) {
	b.Helper()
	if path := os.Getenv("LIMBER_BENCH_HISTORY"); path != "" {
		s, d, err := ReadStats(path, time.Now(), time.Local)
		if err != nil || len(d) != 0 {
			b.Fatal(err, d)
		}
		return path, s.Total.Sessions
	}
	path := b.TempDir() + "/history.jsonl"
	writeHistory(b, path, 100000, time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local))
	return path, 100000
}

// setBytes reports throughput in bytes of the log.
func setBytes(b *testing.B, path string) {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ResetTimer()
}

// BenchmarkReadCompute reads every entry (steps included) into memory, then computes stats:
// the path for callers that need the entries themselves.
func BenchmarkReadCompute(b *testing.B) {
	path, n := benchLog(b)
	setBytes(b, path)
	for b.Loop() {
		es, d, err := Read(path)
		if err != nil || len(d) != 0 || len(es) != n {
			b.Fatal(err, len(d), len(es))
		}
		if s := Compute(es, time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local), time.Local); s.Total.Sessions != n {
			b.Fatal(s.Total)
		}
	}
}

// BenchmarkStats is `limber stats`: ReadStats streams the file, decoding on the processors
// there are, and tallies as it goes.
func BenchmarkStats(b *testing.B) {
	path, n := benchLog(b)
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local)
	setBytes(b, path)
	for b.Loop() {
		s, d, err := ReadStats(path, now, time.Local)
		if err != nil || len(d) != 0 || s.Total.Sessions != n {
			b.Fatal(err, len(d), s.Total)
		}
	}
}

// BenchmarkStatsOneCore is BenchmarkStats decoding on the calling goroutine only (as in the
// coach, which runs on one processor), to show what the parallel decoding buys.
func BenchmarkStatsOneCore(b *testing.B) {
	path, n := benchLog(b)
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local)
	setBytes(b, path)
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		t := newTally(now, time.Local)
		d, err := scanLines(newLineReader(f), timerSteps, func(e Entry) error { t.add(e); return nil })
		f.Close()
		if err != nil || len(d) != 0 || t.stats().Total.Sessions != n {
			b.Fatal(err, len(d))
		}
	}
}

// BenchmarkNewest10 is `limber history --limit 10` and the coach's history screen: the ten
// latest sessions, read from the end of the log.
func BenchmarkNewest10(b *testing.B) {
	path, _ := benchLog(b)
	for b.Loop() {
		es, _, err := ReadNewest(path, 10, time.Time{})
		if err != nil || len(es) != 10 {
			b.Fatal(err, len(es))
		}
	}
}

// BenchmarkNewestAll is `limber history` with no limit: the whole log, newest first, without
// the steps the table does not show.
func BenchmarkNewestAll(b *testing.B) {
	path, count := benchLog(b)
	setBytes(b, path)
	for b.Loop() {
		n, err := OpenNewest(path, time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		n.SkipSteps()
		got := 0
		for _, ok := n.Next(); ok; _, ok = n.Next() {
			got++
		}
		n.Close()
		if got != count || n.Err() != nil {
			b.Fatal(got, n.Err())
		}
	}
}

// BenchmarkLastEnded is `limber status`.
func BenchmarkLastEnded(b *testing.B) {
	path, _ := benchLog(b)
	for b.Loop() {
		if _, ok, err := LastEnded(path); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkEscapeJSON is the escaping of `limber history --json`, per line of the log.
func BenchmarkEscapeJSON(b *testing.B) {
	e := sampleEntry("01JV6W3R8K2J9X4T5Q7M0N1B2C", time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC), "pain")
	e.RoutineName = "Desk break \u202e with a \x1b[31m surprise"
	line, _ := Marshal(e)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		EscapeJSON(line)
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

// BenchmarkStatsDevices is `limber stats` over the same 100,000 sessions kept four ways, side
// by side in one run: one file (history.jsonl from before devices); spread across three and
// across five devices' files, a session each in turn (each entry names its device, as Append
// writes it); and the five files again as if each were a conflict copy (no entry in the file of
// the device it names), the worst case, where every id is remembered.
func BenchmarkStatsDevices(b *testing.B) {
	const n = 100000
	dir := b.TempDir()
	end := time.Date(2026, 5, 12, 9, 0, 0, 0, time.Local)
	one := filepath.Join(dir, "one", "history.jsonl")
	if err := os.Mkdir(filepath.Dir(one), 0o700); err != nil {
		b.Fatal(err)
	}
	writeHistory(b, one, n, end)
	cases := []struct {
		name, path string
		devices    int
		copies     bool
	}{{"one-file", one, 0, false}, {"three-devices", "", 3, false}, {"five-devices", "", 5, false}, {"five-copies", "", 5, true}}
	for i, c := range cases {
		if c.devices == 0 {
			continue
		}
		cases[i].path = filepath.Join(dir, c.name, "history.jsonl")
		writeDevices(b, cases[i].path, n, end, c.devices, c.copies)
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				s, d, err := ReadStats(c.path, end, time.Local)
				if err != nil || len(d) != 0 || s.Total.Sessions != n {
					b.Fatal(err, len(d), s.Total)
				}
			}
		})
	}
}

// writeDevices writes n sessions ending at end across that many devices' files of the log at
// main, a session each in turn; with copies, each file is named as a conflict copy of its
// device's file.
func writeDevices(b *testing.B, main string, n int, end time.Time, devices int, copies bool) {
	if err := os.MkdirAll(filepath.Join(filepath.Dir(main), "history.d"), 0o700); err != nil {
		b.Fatal(err)
	}
	files := make([]*bufio.Writer, devices)
	for i := range files {
		name := fmt.Sprintf("dev%d-aaaaaa", i)
		if copies {
			name += " (conflicted copy)"
		}
		f, err := os.Create(DeviceFile(main, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { f.Close() })
		files[i] = bufio.NewWriter(f)
	}
	for i, e := range historyEntries(n, end) {
		e.Device = fmt.Sprintf("dev%d-aaaaaa", i%devices)
		line, _ := Marshal(e)
		files[i%devices].Write(line)
	}
	for _, w := range files {
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
