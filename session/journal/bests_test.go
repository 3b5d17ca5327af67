package journal

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session"
)

// day0 is the first day of the bests' test histories.
var day0 = time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)

// maxTest is a max test on day d: one count-up per result, given as "side:outcome:seconds"
// ("-" for no side), with the session's status.
func maxTest(d int, status string, results ...string) Entry {
	start := day0.AddDate(0, 0, d)
	e := Entry{V: Version, ID: NewID(start), RoutineName: "Max test · Plank", Kind: KindMax, Status: status,
		Started: start, Ended: start.Add(2 * time.Minute), Steps: []Step{}, Pain: []Pain{}}
	for _, r := range results {
		parts := strings.Split(r, ":")
		side := strings.TrimPrefix(parts[0], "-")
		secs, err := strconv.ParseFloat(parts[2], 64)
		if err != nil {
			panic(err)
		}
		id, name := "plank", "Plank"
		if side != "" {
			id, name = "side-plank", "Side plank"
		}
		e.Steps = append(e.Steps, Step{Exercise: id, Name: name, Kind: "count-up", Side: side, Set: 1, Sets: 1,
			Outcome: parts[1], AchievedS: secs})
	}
	return e
}

// quickHold is a quick hold of exercise id on day d: one hold step per outcome, each planned
// for secs.
func quickHold(d int, id string, secs float64, outcomes ...string) Entry {
	start := day0.AddDate(0, 0, d).Add(time.Hour)
	e := Entry{V: Version, ID: NewID(start), RoutineName: "Quick hold", Kind: KindHold, Status: "completed",
		Started: start, Ended: start.Add(time.Minute), Steps: []Step{}, Pain: []Pain{}}
	name := map[string]string{"plank": "Plank", "": ""}[id]
	for _, o := range outcomes {
		achieved := secs
		if o != "done" {
			achieved = secs / 2
		}
		e.Steps = append(e.Steps, Step{Exercise: id, Name: name, Kind: "hold", Set: 1, Sets: 1, Outcome: o,
			PlannedS: secs, AchievedS: achieved})
	}
	return e
}

func TestBests(t *testing.T) {
	day := func(d int) time.Time { return day0.AddDate(0, 0, d) }
	tests := []struct {
		name    string
		entries []Entry
		before  time.Time
		want    []Best
	}{
		{"empty", nil, time.Time{}, []Best{}},
		{"one test", []Entry{maxTest(0, "completed", "-:done:42.3")}, time.Time{},
			[]Best{{Exercise: "plank", Name: "Plank", MaxS: 42.3, MaxAt: day(0), Tests: 1, Trend: []float64{42.3}}}},
		{"a tie keeps the first time it was reached", []Entry{
			maxTest(2, "completed", "-:done:50"), maxTest(0, "completed", "-:done:50"), maxTest(1, "completed", "-:done:49.96"),
		}, time.Time{}, []Best{{Exercise: "plank", Name: "Plank", MaxS: 50, MaxAt: day(0), Tests: 3, Trend: []float64{50, 49.96, 50}}}},
		{"pain stops never count, not even in the trend", []Entry{
			maxTest(0, "completed", "-:done:30"), maxTest(1, "pain", "-:pain:95"), maxTest(2, "completed", "-:pain:80"),
		}, time.Time{}, []Best{{Exercise: "plank", Name: "Plank", MaxS: 30, MaxAt: day(0), Tests: 1, Trend: []float64{30}}}},
		{"quit part-way or skipped never counts", []Entry{
			maxTest(0, "stopped", "-:partial:70"), maxTest(1, "completed", "-:skipped:0.5"), maxTest(2, "completed", "-:done:20"),
		}, time.Time{}, []Best{{Exercise: "plank", Name: "Plank", MaxS: 20, MaxAt: day(2), Tests: 1, Trend: []float64{20}}}},
		{"a side done before the session stopped counts", []Entry{
			maxTest(0, "stopped", "left:done:40", "right:partial:12"),
			maxTest(1, "pain", "left:done:35", "right:pain:10"),
		}, time.Time{}, []Best{
			{Exercise: "side-plank", Name: "Side plank", Side: "left", MaxS: 40, MaxAt: day(0), Tests: 2, Trend: []float64{40, 35}},
		}},
		{"quick holds: only holds done in full, bare timers have none", []Entry{
			quickHold(0, "plank", 45, "done", "partial"), quickHold(1, "plank", 90, "pain"), quickHold(2, "plank", 60, "partial", "done"),
			quickHold(3, "", 300, "done"), quickHold(4, "plank", 60, "done"),
		}, time.Time{}, []Best{{Exercise: "plank", Name: "Plank", HoldS: 60, HoldAt: day(2).Add(time.Hour), Trend: []float64{}}}},
		{"routines do not count", []Entry{sampleEntry("R1", day(0), "completed")}, time.Time{}, []Best{}},
		{"before leaves out later entries", []Entry{
			maxTest(0, "completed", "-:done:30"), maxTest(5, "completed", "-:done:90"),
		}, day(5), []Best{{Exercise: "plank", Name: "Plank", MaxS: 30, MaxAt: day(0), Tests: 1, Trend: []float64{30}}}},
		{"tests and holds together, sorted by name then side", []Entry{
			maxTest(0, "completed", "right:done:25", "left:done:28"), quickHold(1, "plank", 45, "done"), maxTest(2, "completed", "-:done:61"),
		}, time.Time{}, []Best{
			{Exercise: "plank", Name: "Plank", MaxS: 61, MaxAt: day(2), Tests: 1, Trend: []float64{61}, HoldS: 45, HoldAt: day(1).Add(time.Hour)},
			{Exercise: "side-plank", Name: "Side plank", Side: "left", MaxS: 28, MaxAt: day(0), Tests: 1, Trend: []float64{28}},
			{Exercise: "side-plank", Name: "Side plank", Side: "right", MaxS: 25, MaxAt: day(0), Tests: 1, Trend: []float64{25}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Bests(tt.entries, tt.before)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("bests\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestBestsTrendKeepsTheLatestInOrder(t *testing.T) {
	var entries []Entry
	for d := 11; d >= 0; d-- { // written newest first: the order of the log must not matter
		entries = append(entries, maxTest(d, "completed", "-:done:"+strconv.Itoa(10+d%10)))
	}
	b := Bests(entries, time.Time{})[0]
	want := []float64{14, 15, 16, 17, 18, 19, 10, 11} // days 4 … 11
	if b.Tests != 12 || !reflect.DeepEqual(b.Trend, want) || b.MaxS != 19 || !b.MaxAt.Equal(day0.AddDate(0, 0, 9)) {
		t.Errorf("tests %d trend %v max %v at %v", b.Tests, b.Trend, b.MaxS, b.MaxAt)
	}
}

func TestNewMax(t *testing.T) {
	for _, tt := range []struct {
		best, s float64
		want    bool
	}{{0, 0.1, true}, {0, 12, true}, {30, 30, false}, {30, 30.04, false}, {30, 30.1, true}, {30, 29.9, false}} {
		if got := (Best{MaxS: tt.best}).NewMax(tt.s); got != tt.want {
			t.Errorf("best %v, result %v: new max %v", tt.best, tt.s, got)
		}
	}
	bests := []Best{{Exercise: "side-plank", Side: "left", MaxS: 3}, {Exercise: "side-plank", Side: "right", MaxS: 4}}
	if b, ok := FindBest(bests, "side-plank", "right"); !ok || b.MaxS != 4 {
		t.Errorf("FindBest = %+v %v", b, ok)
	}
	if _, ok := FindBest(bests, "side-plank", ""); ok {
		t.Error("found a side that is not there")
	}
}

// TestStatsKeepTimerSteps checks that the streaming stats, which drop a routine's steps, keep
// a quick timer's — whichever order the line's keys come in — and agree with Bests.
func TestStatsKeepTimerSteps(t *testing.T) {
	entries := []Entry{sampleEntry("R1", day0, "completed"), maxTest(1, "completed", "-:done:33"), quickHold(2, "plank", 20, "done")}
	var lines []string
	for _, e := range entries {
		b, err := Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	// The same max test with its steps before its kind.
	late := maxTest(3, "completed", "-:done:44")
	b, err := Marshal(late)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Replace(string(b), `"kind":"max",`, "", 1)
	line = strings.Replace(line, `"pain":[]`, `"pain":[],"kind":"max"`, 1)
	lines = append(lines, line)
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
		t.Fatal(err)
	}
	s, damaged, err := ReadStats(path, day0.AddDate(0, 0, 5), time.UTC)
	if err != nil || len(damaged) > 0 {
		t.Fatal(err, damaged)
	}
	all, _, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	want := Bests(all, time.Time{})
	if !reflect.DeepEqual(s.Bests, want) || len(want) != 1 || want[0].MaxS != 44 || want[0].HoldS != 20 || want[0].Tests != 2 {
		t.Errorf("stats bests %+v\nBests %+v", s.Bests, want)
	}
	read, _, err := ReadBests(path, day0.AddDate(0, 0, 3))
	if err != nil || len(read) != 1 || read[0].MaxS != 33 {
		t.Errorf("ReadBests before day 3 = %+v, %v", read, err)
	}
	if none, _, err := ReadBests(filepath.Join(t.TempDir(), "missing"), time.Time{}); err != nil || len(none) != 0 {
		t.Errorf("a missing log: %v %v", none, err)
	}
}

func TestMaxResults(t *testing.T) {
	before := []Best{{Exercise: "side-plank", Side: "left", MaxS: 40}, {Exercise: "side-plank", Side: "right", MaxS: 30}}
	rec := session.Record{Kind: session.PlanMax, Steps: []session.StepRecord{
		{Exercise: "side-plank", Name: "Side plank", Kind: session.KindCountUp, Side: session.SideLeft, Outcome: session.OutcomeDone, AchievedTime: 40040 * time.Millisecond},
		{Exercise: "side-plank", Name: "Side plank", Kind: session.KindCountUp, Side: session.SideRight, Outcome: session.OutcomeDone, AchievedTime: 30100 * time.Millisecond},
	}}
	got := MaxResults(rec, before)
	if len(got) != 2 || got[0].NewBest || !got[0].Counts || got[0].Seconds != 40 || !got[1].NewBest || got[1].Prev.MaxS != 30 {
		t.Errorf("results %+v", got)
	}
	rec.Steps[1].Outcome = session.OutcomePain
	if got := MaxResults(rec, nil); got[0].Prev.MaxS != 0 || !got[0].NewBest || got[1].Counts || got[1].NewBest {
		t.Errorf("first test, then a pain stop: %+v", got)
	}
}

func TestMaxResultVerdicts(t *testing.T) {
	prev := Best{MaxS: 55}
	for _, tt := range []struct {
		r    MaxResult
		want string
	}{
		{MaxResult{Seconds: 40, Counts: true, NewBest: true}, "first test: the time to beat"},
		{MaxResult{Seconds: 62, Counts: true, NewBest: true, Prev: prev}, "new personal best (was 0:55.0)"},
		{MaxResult{Seconds: 55, Counts: true, Prev: prev}, "ties your best"},
		{MaxResult{Seconds: 50, Counts: true, Prev: prev}, "best 0:55.0"},
		{MaxResult{Seconds: 80, Outcome: session.OutcomePain, Prev: prev}, "stopped for pain: not a best"},
		{MaxResult{Seconds: 80, Outcome: session.OutcomePartial, Prev: prev}, "quit before the end: not counted"},
		{MaxResult{Outcome: session.OutcomeSkipped}, "not tested"},
	} {
		if got := tt.r.Verdict(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.r, got, tt.want)
		}
	}
}
