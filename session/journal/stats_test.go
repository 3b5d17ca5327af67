package journal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones below, whatever the machine has installed
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// at makes an entry that started at the given local time.
func at(loc *time.Location, status string, y int, m time.Month, d, hh, mm int) Entry {
	start := time.Date(y, m, d, hh, mm, 0, 0, loc)
	e := sampleEntry(NewID(start), start, status)
	return e
}

func TestStreaks(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	now := time.Date(2026, 5, 14, 10, 0, 0, 0, berlin) // a Thursday
	var entries []Entry
	for d := 1; d <= 6; d++ { // an older six-day run
		entries = append(entries, at(berlin, "completed", 2026, 4, d, 7, 0))
	}
	entries = append(entries,
		at(berlin, "pain", 2026, 5, 9, 9, 0),     // Sat: stopped for pain, no streak
		at(berlin, "stopped", 2026, 5, 10, 9, 0), // Sun: stopped, no streak
		at(berlin, "completed", 2026, 5, 11, 23, 59),
		at(berlin, "completed", 2026, 5, 12, 0, 1),
		at(berlin, "completed", 2026, 5, 12, 18, 0),
		at(berlin, "completed", 2026, 5, 13, 12, 0),
	)
	today := at(berlin, "completed", 2026, 5, 14, 8, 0)
	for _, tc := range []struct {
		name             string
		entries          []Entry
		now              time.Time
		current, longest int
	}{
		{"with today", append(entries[:len(entries):len(entries)], today), now, 4, 6},
		{"nothing yet today", entries, now, 3, 6},
		{"nothing today or yesterday", entries, now.AddDate(0, 0, 1), 0, 6},
		{"stopped today does not count", append(entries[:len(entries):len(entries)], at(berlin, "stopped", 2026, 5, 14, 8, 0)), now, 3, 6},
		{"empty", nil, now, 0, 0},
	} {
		s := Compute(tc.entries, tc.now, berlin)
		if s.CurrentStreak != tc.current || s.LongestStreak != tc.longest {
			t.Errorf("%s: streak %d (longest %d), want %d (%d)", tc.name, s.CurrentStreak, s.LongestStreak, tc.current, tc.longest)
		}
	}
}

func TestWeekStartsMondayInLocalZone(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	now := time.Date(2026, 5, 11, 0, 30, 0, 0, ny) // Monday 00:30 in New York, 04:30 UTC
	entries := []Entry{
		at(ny, "completed", 2026, 5, 10, 23, 30), // Sunday night locally, Monday in UTC
		at(ny, "stopped", 2026, 5, 11, 0, 10),
		at(ny, "completed", 2026, 5, 4, 0, 0), // last Monday
	}
	entries[1].Seconds = 100
	s := Compute(entries, now, ny)
	if want := (Totals{Sessions: 1, Completed: 0, Minutes: 2}); s.Week != want {
		t.Errorf("this week %+v, want %+v", s.Week, want)
	}
	if s.CurrentStreak != 1 || s.Today != "2026-05-11" {
		t.Errorf("streak %d on %s, want 1 (Sunday) on 2026-05-11", s.CurrentStreak, s.Today)
	}
	utc := Compute(entries, now, time.UTC)
	if utc.Week.Sessions != 2 || utc.CurrentStreak != 1 {
		t.Errorf("in UTC: week %+v, streak %d; want 2 sessions, streak 1 (today)", utc.Week, utc.CurrentStreak)
	}
	if s.Total != (Totals{Sessions: 3, Completed: 2, Minutes: 14}) {
		t.Errorf("total %+v", s.Total)
	}
}

func TestDaysAcrossDaylightSaving(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	// Clocks go forward on Sunday 2026-03-29 (a 23-hour day) and back on Sunday 2026-10-25.
	spring := []Entry{
		at(berlin, "completed", 2026, 3, 28, 23, 30),
		at(berlin, "completed", 2026, 3, 29, 23, 30),
		at(berlin, "completed", 2026, 3, 30, 0, 30), // still the 29th in UTC
	}
	s := Compute(spring, time.Date(2026, 3, 31, 8, 0, 0, 0, berlin), berlin)
	if s.CurrentStreak != 3 || s.LongestStreak != 3 {
		t.Errorf("spring: streak %d/%d, want 3/3", s.CurrentStreak, s.LongestStreak)
	}
	if s.Week.Sessions != 1 {
		t.Errorf("spring: week %+v, want the Monday session only", s.Week)
	}
	if s.Heatmap.From != "2026-01-12" || s.Heatmap.Days[10] != [7]int{0, 0, 0, 0, 0, 1, 1} || s.Heatmap.Days[11][0] != 1 {
		t.Errorf("spring heatmap from %s: %v", s.Heatmap.From, s.Heatmap.Days[10:])
	}
	autumn := []Entry{
		at(berlin, "completed", 2026, 10, 24, 23, 59),
		at(berlin, "completed", 2026, 10, 25, 0, 0),
		at(berlin, "completed", 2026, 10, 25, 23, 59), // a 25-hour day
		at(berlin, "completed", 2026, 10, 26, 0, 0),
	}
	s = Compute(autumn, time.Date(2026, 10, 26, 12, 0, 0, 0, berlin), berlin)
	if s.CurrentStreak != 3 || s.Heatmap.Days[10][5] != 1 || s.Heatmap.Days[10][6] != 2 || s.Heatmap.Days[11][0] != 1 {
		t.Errorf("autumn: streak %d, heatmap %v", s.CurrentStreak, s.Heatmap.Days[10:])
	}
}

func TestHeatmap(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	now := time.Date(2026, 5, 14, 10, 0, 0, 0, berlin) // Thursday
	entries := []Entry{
		at(berlin, "completed", 2026, 2, 22, 9, 0), // the Sunday before the grid
		at(berlin, "completed", 2026, 2, 23, 9, 0), // first cell
		at(berlin, "completed", 2026, 2, 23, 19, 0),
		at(berlin, "completed", 2026, 5, 13, 9, 0),
		at(berlin, "stopped", 2026, 5, 13, 10, 0),
		at(berlin, "completed", 2026, 5, 14, 9, 0),
		at(berlin, "completed", 2026, 5, 15, 9, 0), // tomorrow (a clock that was wrong)
	}
	h := Compute(entries, now, berlin).Heatmap
	want := make([][7]int, HeatmapWeeks)
	want[0][0] = 2
	want[11] = [7]int{0, 0, 1, 1, 0, 0, 0}
	if h.From != "2026-02-23" || !reflect.DeepEqual(h.Days, want) {
		t.Errorf("heatmap from %s\n got %v\nwant %v", h.From, h.Days, want)
	}
}

func TestRoutinesAndPainStops(t *testing.T) {
	loc := time.FixedZone("X", -3*3600)
	now := time.Date(2026, 5, 14, 10, 0, 0, 0, loc)
	a := at(loc, "completed", 2026, 5, 1, 9, 0)
	b := at(loc, "pain", 2026, 5, 2, 9, 0) // chin tuck, no side
	b.RoutineName = "Desk break (new name)"
	c := at(loc, "pain", 2026, 4, 2, 9, 0)
	c.Routine, c.RoutineName = "low-back", "Low back"
	c.Pain = []Pain{
		{Exercise: "plank", Name: "Plank", Side: "left", At: c.Started},
		{Exercise: "plank", Name: "Plank", Side: "right", At: c.Started.Add(time.Minute)},
		{Exercise: "bird-dog", Name: "Bird dog", Side: "left", At: c.Started},
	}
	d := at(loc, "pain", 2026, 4, 3, 9, 0)
	d.Routine, d.RoutineName = "low-back", "Low back"
	d.Pain = []Pain{{Exercise: "plank", Name: "Plank", Side: "left", At: d.Started}}
	adhoc := at(loc, "completed", 2026, 4, 4, 9, 0)
	adhoc.Routine, adhoc.Kind = "", KindHold
	s := Compute([]Entry{b, a, c, d, adhoc}, now, loc)
	wantRoutines := []RoutineCount{
		{Routine: "desk-break", Name: "Desk break (new name)", Sessions: 2, Completed: 1},
		{Routine: "low-back", Name: "Low back", Sessions: 2, Completed: 0},
	}
	if !reflect.DeepEqual(s.Routines, wantRoutines) {
		t.Errorf("routines %+v", s.Routines)
	}
	wantPain := []PainCount{
		{Exercise: "plank", Name: "Plank", Count: 3, Sides: []string{"left", "right"}, Last: d.Started},
		{Exercise: "bird-dog", Name: "Bird dog", Count: 1, Sides: []string{"left"}, Last: c.Started},
		{Exercise: "chin-tuck", Name: "Chin tuck", Count: 1, Sides: []string{}, Last: b.Pain[0].At},
	}
	if !reflect.DeepEqual(s.PainStops, wantPain) {
		t.Errorf("pain stops\n got %+v\nwant %+v", s.PainStops, wantPain)
	}
	if s.Total != (Totals{Sessions: 5, Completed: 2, Minutes: 30}) {
		t.Errorf("total %+v", s.Total)
	}
}

func TestReadStatsMatchesCompute(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC)
	writeHistory(t, path, 3000, now)
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("{damaged\n")
	f.Close()
	entries, damaged, err := Read(path)
	if err != nil || len(damaged) != 1 {
		t.Fatal(err, damaged)
	}
	streamed, damaged2, err := ReadStats(path, now, time.UTC)
	if err != nil || !reflect.DeepEqual(damaged, damaged2) {
		t.Fatal(err, damaged2)
	}
	if want := Compute(entries, now, time.UTC); !reflect.DeepEqual(streamed, want) {
		t.Errorf("ReadStats\n%+v\nCompute\n%+v", streamed, want)
	}
	if streamed.LongestStreak < 2 || streamed.PainStops[0].Count != 500 {
		t.Errorf("unexpected stats %+v", streamed)
	}
}

func TestEmptyStatsJSON(t *testing.T) {
	s, damaged, err := ReadStats(filepath.Join(t.TempDir(), "none"), time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC), time.UTC)
	if err != nil || damaged != nil {
		t.Fatal(err, damaged)
	}
	b, _ := json.Marshal(s)
	for _, want := range []string{`"routines":[]`, `"pain_stops":[]`, `"from":"2026-02-23"`, `"current_streak":0`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
}
