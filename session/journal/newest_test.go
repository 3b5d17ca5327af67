package journal

import (
	"bytes"
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// disorderedLog writes n sessions as they would be appended — when they end — with sessions
// that overlap (a short one started during a long one is written after it: out of started
// order), a few written up to an hour late (out of end order, within the allowed slack), some
// with no end time, and damaged and blank lines between them. It returns the log's path.
func disorderedLog(t *testing.T, n int) string {
	t.Helper()
	rnd := rand.New(rand.NewPCG(7, 7))
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	var es []Entry
	for i := range n {
		start = start.Add(time.Duration(rnd.IntN(90)) * time.Minute) // often before the last one ends
		e := Entry{V: 1, ID: fmt.Sprintf("id%05d", i), Routine: "desk-break", Status: "completed",
			Started: start, Ended: start.Add(time.Duration(1+rnd.IntN(60)) * time.Minute), Seconds: 60}
		if rnd.IntN(20) == 0 {
			e.Started = es[len(es)-1].Started // a tie: the greater id first
		}
		es = append(es, e)
	}
	// Appended in end order, some up to an hour late.
	late := func(e Entry) time.Time {
		if h := hash(e.ID) % 10; h == 0 {
			return e.Ended.Add(time.Duration(hash(e.ID)%60) * time.Minute)
		}
		return e.Ended
	}
	slices.SortStableFunc(es, func(a, b Entry) int { return late(a).Compare(late(b)) })
	var b strings.Builder
	for i, e := range es {
		if i%10 == 3 {
			e.Ended = time.Time{} // an entry with no end
		}
		l, err := Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(l)
		switch i % 37 {
		case 5:
			b.WriteString("{damaged\n")
		case 6:
			b.WriteString("\n")
		}
	}
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func hash(s string) int {
	h := 0
	for _, c := range s {
		h = h*31 + int(c)
	}
	return max(h, -h)
}

// newestFirst sorts entries as history shows them: newest started first, then greatest id.
func newestFirst(es []Entry) {
	slices.SortStableFunc(es, func(x, y Entry) int {
		return cmp.Or(y.Started.Compare(x.Started), strings.Compare(y.ID, x.ID))
	})
}

func TestNewestMatchesAFullSort(t *testing.T) {
	path := disorderedLog(t, 3000)
	all, _, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	newestFirst(all)
	for _, limit := range []int{0, 1, 2, 10, 50, 2999, 3000, 5000} {
		for _, since := range []time.Time{{}, all[len(all)/2].Started, all[40].Started.Add(time.Second), all[0].Started.Add(time.Hour)} {
			want := slices.DeleteFunc(slices.Clone(all), func(e Entry) bool { return e.Started.Before(since) })
			if limit > 0 && len(want) > limit {
				want = want[:limit]
			}
			got, _, err := ReadNewest(path, limit, since)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), ids(want)) {
				t.Fatalf("limit %d since %v: got %d entries, want %d\n got %v\nwant %v", limit, since, len(got), len(want),
					ids(got)[:min(len(got), 8)], ids(want)[:min(len(want), 8)])
			}
		}
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r *bytes.Reader
	n int64
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n += int64(n)
	return n, err
}

// TestNewestReadsOnlyTheEnd checks that the latest ten sessions of a long history cost about
// a day of it, not the whole file, and that --since stops the reading too.
func TestNewestReadsOnlyTheEnd(t *testing.T) {
	path := disorderedLog(t, 20000)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	latest, _, err := ReadNewest(path, 1, time.Time{})
	if err != nil || len(latest) != 1 {
		t.Fatal(err, latest)
	}
	for _, tc := range []struct {
		limit int
		since time.Time
	}{{10, time.Time{}}, {0, latest[0].Started.Add(-12 * time.Hour)}} {
		src := &countingReader{r: bytes.NewReader(data)}
		n := newNewest(path, src, int64(len(data)), tc.since)
		for i := 0; tc.limit == 0 || i < tc.limit; i++ {
			if _, ok := n.Next(); !ok {
				break
			}
		}
		if src.n > 4*backChunk {
			t.Errorf("limit %d since %v: read %d bytes of %d", tc.limit, tc.since, src.n, len(data))
		}
	}
}

func TestNewestReportsDamagedLinesByNumber(t *testing.T) {
	path := disorderedLog(t, 500)
	_, want, err := Read(path)
	if err != nil || len(want) == 0 {
		t.Fatal(err, want)
	}
	got, damaged, err := ReadNewest(path, 0, time.Time{})
	if err != nil || len(got) != 500 {
		t.Fatal(err, len(got))
	}
	if !slices.Equal(damaged, want) {
		t.Errorf("damaged %v\nwant %v", damaged, want)
	}
}

func TestNewestEmptyAndMissing(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, []byte("\n{oops\n"), 0o600)
	for _, path := range []string{filepath.Join(dir, "missing.jsonl"), empty} {
		n, err := OpenNewest(path, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := n.Next(); ok || n.Seen() != 0 {
			t.Errorf("%s: %v %v, seen %d", path, e, ok, n.Seen())
		}
		d, _ := n.Damaged()
		if path == empty && (len(d) != 1 || d[0].Line != 2) {
			t.Errorf("damaged %v, want line 2", d)
		}
		n.Close()
	}
}

// TestNewestSeenCountsEntriesBeforeSince lets history tell "no sessions since" from "no
// sessions at all".
func TestNewestSeenCountsEntriesBeforeSince(t *testing.T) {
	path := disorderedLog(t, 50)
	n, err := OpenNewest(path, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if _, ok := n.Next(); ok || n.Seen() == 0 {
		t.Errorf("ok %v, seen %d: want nothing handed out but something seen", ok, n.Seen())
	}
}

func TestNewestSkipSteps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	for i, e := range []Entry{sampleEntry("a", testStart, "pain"), quickHold(1, "plank", 30, "done")} {
		e.Started = testStart.Add(time.Duration(i) * time.Hour)
		e.Ended = e.Started.Add(time.Minute)
		if err := Append(path, e); err != nil {
			t.Fatal(err)
		}
	}
	full, _, err := ReadNewest(path, 0, time.Time{})
	if err != nil || len(full) != 2 {
		t.Fatal(err, full)
	}
	n, err := OpenNewest(path, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	n.SkipSteps()
	for i := range full {
		e, ok := n.Next()
		if !ok || e.Steps != nil {
			t.Fatalf("entry %d: %v, steps %v", i, ok, e.Steps)
		}
		full[i].Steps = nil
		if !reflect.DeepEqual(e, full[i]) {
			t.Errorf("without steps\n got %#v\nwant %#v", e, full[i])
		}
	}
}
