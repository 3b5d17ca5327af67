package journal

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session"
)

func sampleRecord() session.Record {
	start := testStart.Add(123 * time.Millisecond)
	return session.Record{
		RoutineID:   "desk-break",
		RoutineName: "Desk break",
		Status:      session.StatusPain,
		Started:     start,
		Ended:       start.Add(6*time.Minute + 10*time.Second),
		Active:      5*time.Minute + 50*time.Second, // 20 s of it paused
		Steps: []session.StepRecord{
			{Exercise: "seated-twist", Name: "Seated twist", Kind: session.KindHold, Side: session.SideLeft,
				Set: 1, Sets: 2, Outcome: session.OutcomeDone, PlannedTime: 15 * time.Second, AchievedTime: 15 * time.Second},
			{Exercise: "chin-tuck", Name: "Chin tuck", Kind: session.KindReps, Set: 1, Sets: 1,
				Outcome: session.OutcomePartial, PlannedReps: 10, AchievedReps: 6},
			{Exercise: "cat-cow", Name: "Cat-cow", Kind: session.KindBreath, Side: session.SideAlternating, Set: 1, Sets: 1,
				Outcome: session.OutcomePain, PlannedTime: 30 * time.Second, AchievedTime: 12400 * time.Millisecond, Gentler: true},
		},
		Pain: []session.PainRecord{{Exercise: "cat-cow", Name: "Cat-cow", At: start.Add(5 * time.Minute)}},
	}
}

func TestMarshalFormat(t *testing.T) {
	got, err := Marshal(FromRecord(sampleRecord(), "01JV6W3R8K2J9X4T5Q7M0N1B2C"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"v":2,"id":"01JV6W3R8K2J9X4T5Q7M0N1B2C","routine":"desk-break","routine_name":"Desk break",` +
		`"kind":"routine","status":"pain","started":"2026-05-12T08:30:00+02:00","ended":"2026-05-12T08:36:10+02:00",` +
		`"seconds":350,"steps":[` +
		`{"exercise":"seated-twist","name":"Seated twist","kind":"hold","side":"left","set":1,"sets":2,"outcome":"done","planned_s":15,"achieved_s":15},` +
		`{"exercise":"chin-tuck","name":"Chin tuck","kind":"reps","set":1,"sets":1,"outcome":"partial","planned_reps":10,"achieved_reps":6},` +
		`{"exercise":"cat-cow","name":"Cat-cow","kind":"breath","side":"alternating","set":1,"sets":1,"outcome":"pain","planned_s":30,"achieved_s":12.4,"gentler":true}],` +
		`"pain":[{"exercise":"cat-cow","name":"Cat-cow","at":"2026-05-12T08:35:00+02:00"}]}` + "\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	empty, _ := Marshal(Entry{V: 1, ID: "x", Started: testStart})
	if !bytes.Contains(empty, []byte(`"steps":[],"pain":[]`)) {
		t.Errorf("empty arrays not written as []: %s", empty)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	r := sampleRecord()
	l, err := Marshal(FromRecord(r, "x"))
	if err != nil {
		t.Fatal(err)
	}
	var got []Entry
	if _, err := Scan(bytes.NewReader(l), func(e Entry) error { got = append(got, e); return nil }); err != nil || len(got) != 1 {
		t.Fatal(err, got)
	}
	back := got[0].Record()
	r.Started, r.Ended, r.Pain[0].At = r.Started.Truncate(time.Second), r.Ended.Truncate(time.Second), r.Pain[0].At.Truncate(time.Second)
	for _, tm := range []*time.Time{&r.Started, &r.Ended, &r.Pain[0].At, &back.Started, &back.Ended, &back.Pain[0].At} {
		if _, off := tm.Zone(); off != 2*3600 {
			t.Errorf("zone lost: %v", tm)
		}
		*tm = tm.UTC()
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, r)
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	var prev string
	base := time.Date(2026, 5, 12, 8, 30, 0, 0, time.UTC)
	for i := range 10_000 {
		id := NewID(base.Add(time.Duration(i) * time.Millisecond))
		if len(id) != 26 || strings.Trim(id, crockford) != "" {
			t.Fatalf("bad id %q", id)
		}
		if seen[id] || id <= prev {
			t.Fatalf("id %q repeats or sorts before %q", id, prev)
		}
		seen[id], prev = true, id
	}
	// The known ULID test vector: time 1469918176385 ms, all-zero randomness.
	zero := newID(time.UnixMilli(1469918176385), bytes.NewReader(make([]byte, 10)))
	if zero != "01ARYZ6S410000000000000000" {
		t.Errorf("encoding: %s", zero)
	}
	if ids := []string{NewID(base), NewID(base)}; ids[0] == ids[1] || slices.Contains(ids, "") {
		t.Errorf("same-millisecond ids collide: %v", ids)
	}
}

// What was achieved is cut down to a tenth, so a hold left 40 ms early never reads as the whole
// hold, and tenths that floats cannot hold exactly survive.
func TestAchievedSecondsRoundDown(t *testing.T) {
	cases := []struct {
		achieved time.Duration
		want     float64
	}{
		{1960 * time.Millisecond, 1.9},
		{2 * time.Second, 2},
		{2300 * time.Millisecond, 2.3},
		{2399 * time.Millisecond, 2.3},
		{99 * time.Millisecond, 0},
	}
	for _, c := range cases {
		r := session.Record{Steps: []session.StepRecord{{Kind: session.KindHold, Outcome: session.OutcomePartial,
			PlannedTime: 2 * time.Second, AchievedTime: c.achieved}}}
		if got := FromRecord(r, "x").Steps[0].AchievedS; got != c.want {
			t.Errorf("achieved %v: achieved_s = %v, want %v", c.achieved, got, c.want)
		}
	}
}
