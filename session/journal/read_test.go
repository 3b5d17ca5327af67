package journal

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func line(t *testing.T, e Entry) string {
	t.Helper()
	b, err := Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReadMissingFileIsEmpty(t *testing.T) {
	entries, damaged, err := Read(filepath.Join(t.TempDir(), "none.jsonl"))
	if entries != nil || damaged != nil || err != nil {
		t.Errorf("Read = %v, %v, %v; want nothing", entries, damaged, err)
	}
}

func TestReadSkipsAndReportsDamagedLines(t *testing.T) {
	long := sampleEntry("long", testStart, "completed")
	long.RoutineName = strings.Repeat("Very long name ", 10_000)   // > 64 KiB on one line
	content := line(t, sampleEntry("a", testStart, "completed")) + // 1
		`{"v":1,"id":"b","started":` + "\n" + // 2: torn
		line(t, sampleEntry("c", testStart, "stopped")) + // 3
		`{"v":1,"routine":"x","started":"2026-05-12T08:30:00+02:00"}` + "\n" + // 4: no id
		"\n" + // 5: blank, ignored
		`{"v":1,"id":"d"}` + "\n" + // 6: no start
		`{"v":1,"id":"e","started":"yesterday"}` + "\n" + // 7: bad time
		`{"v":1,"id":"f","started":"2026-05-12T08:30:00+02:00","seconds":"ten"}` + "\n" + // 8: wrong type
		line(t, long) + // 9
		"[1,2]\n" + // 10
		line(t, sampleEntry("g", testStart, "pain")) + // 11
		`{"v":1,"id":"h","started":"2026-05-12T08:` // 12: torn, no newline
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	entries, damaged, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(entries); !slices.Equal(got, []string{"a", "c", "long", "g"}) {
		t.Errorf("entries %v", got)
	}
	var lines []int
	for _, d := range damaged {
		lines = append(lines, d.Line)
		if d.Reason == "" {
			t.Errorf("line %d: no reason", d.Line)
		}
	}
	if want := []int{2, 4, 6, 7, 8, 10, 12}; !slices.Equal(lines, want) {
		t.Errorf("damaged lines %v, want %v (%v)", lines, want, damaged)
	}
	if entries[2].RoutineName != long.RoutineName {
		t.Error("long line not read whole")
	}
}

// scanners are Scan on the caller's goroutine and on several, as a machine with one processor
// and one with more would run it.
var scanners = map[string]func(io.Reader, func(Entry) error) ([]Damage, error){
	"1 worker":  func(r io.Reader, fn func(Entry) error) ([]Damage, error) { return scanOn(r, allFields, 1, fn) },
	"3 workers": func(r io.Reader, fn func(Entry) error) ([]Damage, error) { return scanOn(r, allFields, 3, fn) },
}

func TestScanKeepsOrderAcrossBatches(t *testing.T) {
	var b strings.Builder
	var want []string
	var wantDamaged []int
	total := 3*batchBytes/len(line(t, sampleEntry("id0", testStart, "completed"))) + 7 // four batches
	for n := 1; n <= total; n++ {
		if n%97 == 0 || n == 400 || n == 401 {
			b.WriteString("{oops\n")
			wantDamaged = append(wantDamaged, n)
			continue
		}
		if n == 1000 { // longer than the cap, across a batch
			b.WriteString(`{"id":"x","started":"2026-05-12T08:30:00Z","routine_name":"` + strings.Repeat("y", maxLine) + "\"}\n")
			wantDamaged = append(wantDamaged, n)
			continue
		}
		id := fmt.Sprint("id", n)
		b.WriteString(line(t, sampleEntry(id, testStart, "completed")))
		want = append(want, id)
	}
	for scanner, scan := range scanners {
		for name, r := range map[string]io.Reader{
			"whole":     strings.NewReader(b.String()),
			"halves":    iotest.HalfReader(strings.NewReader(b.String())),
			"one byte":  iotest.OneByteReader(strings.NewReader(b.String())),
			"data, EOF": iotest.DataErrReader(strings.NewReader(b.String())),
		} {
			var got []string
			damaged, err := scan(r, func(e Entry) error {
				got = append(got, e.ID)
				return nil
			})
			if err != nil {
				t.Fatal(scanner, name, err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s, %s: got %d entries out of order or lost, want %d", scanner, name, len(got), len(want))
			}
			var lines []int
			for _, d := range damaged {
				lines = append(lines, d.Line)
			}
			if !slices.Equal(lines, wantDamaged) {
				t.Errorf("%s, %s: damaged %v, want %v", scanner, name, lines, wantDamaged)
			}
		}
	}
}

func TestScanStopsOnCallbackError(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		b.WriteString(line(t, sampleEntry(fmt.Sprint(i), testStart, "completed")))
	}
	stop := errors.New("enough")
	for scanner, scan := range scanners {
		n := 0
		_, err := scan(strings.NewReader(b.String()), func(Entry) error {
			if n++; n == 10 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 10 {
			t.Errorf("%s: Scan = %v after %d calls, want %v after 10", scanner, err, n, stop)
		}
	}
}

type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("disk on fire")
	}
	r.n--
	return copy(p, "\n"), nil
}

func TestScanReportsReadError(t *testing.T) {
	for scanner, scan := range scanners {
		if _, err := scan(&failingReader{n: 3}, func(Entry) error { return nil }); err == nil {
			t.Errorf("%s: Scan hid a read error", scanner)
		}
	}
}

func TestReadKeepsWhatItKnowsOfNewerVersions(t *testing.T) {
	l := `{"v":2,"id":"n1","routine":"desk-break","kind":"hold","status":"completed",` +
		`"started":"2026-05-12T08:30:00+02:00","seconds":60,"mood":{"before":3,"after":4},` +
		`"steps":[{"exercise":"plank","kind":"hold","outcome":"done","achieved_s":60,"rpe":7}],"pain":[]}`
	var got []Entry
	damaged, err := Scan(strings.NewReader(l), func(e Entry) error { got = append(got, e); return nil })
	if err != nil || len(damaged) != 0 || len(got) != 1 {
		t.Fatalf("Scan = %v, %v, %v", got, damaged, err)
	}
	e := got[0]
	if e.V != 2 || e.Kind != KindHold || e.Seconds != 60 || len(e.Steps) != 1 || e.Steps[0].AchievedS != 60 {
		t.Errorf("entry %+v", e)
	}
	if !e.Started.Equal(time.Date(2026, 5, 12, 6, 30, 0, 0, time.UTC)) {
		t.Errorf("started %v", e.Started)
	}
}
