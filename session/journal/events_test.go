package journal

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func rating(n int) *int { return &n }

// mixedLog is a log of version 1 sessions, version 2 sessions and entries of other kinds,
// one of a kind no version knows, and a torn line.
func mixedLog(t *testing.T) string {
	t.Helper()
	lines := []string{
		`{"v":1,"id":"s1","routine":"desk-break","routine_name":"Desk break","kind":"routine","status":"completed","started":"2026-05-11T09:00:00+02:00","ended":"2026-05-11T09:05:00+02:00","seconds":300,"steps":[],"pain":[]}`,
		`{"v":2,"id":"c1","kind":"checkin","started":"2026-05-11T09:05:30+02:00","checkin":{"pain":5,"stiffness":6,"session":"s1","when":"end"}}`,
		`{"v":2,"id":"s2","routine":"desk-break","routine_name":"Desk break","kind":"routine","status":"completed","started":"2026-05-12T09:00:00+02:00","ended":"2026-05-12T09:05:00+02:00","seconds":300,"steps":[],"pain":[]}`,
		`{"v":3,"id":"q1","kind":"quiet","started":"2026-05-12T10:00:00+02:00","quiet":{"until":"2026-05-12T12:00:00+02:00"}}`,
		`{"v":2,"id":"f1","kind":"function","started":"2026-05-12T10:30:00+02:00","function":[{"goal":"1","activity":"Sit through a meeting","score":4}]}`,
		`{"v":2,"id":"x1","kind":"flare","started":"2026-05-12T11:00:00+02:00","flare":{"event":"start","until":"2026-05-19T11:00:00+02:00","reason":"pain rated 8"}}`,
		`{"v":2,"id":"c2","kind":"checkin","started":"2026-05-12T11:0`,
	}
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSessionReadersSkipOtherKinds(t *testing.T) {
	path := mixedLog(t)
	now := time.Date(2026, 5, 12, 12, 0, 0, 0, time.UTC)
	s, damaged, err := ReadStats(path, now, time.UTC)
	if err != nil || len(damaged) != 1 {
		t.Fatalf("stats: %v, damaged %v", err, damaged)
	}
	if s.Total.Sessions != 2 || s.Total.Completed != 2 || s.Last.Started.Day() != 12 || s.Last.RoutineName != "Desk break" {
		t.Errorf("stats counted other kinds: %+v last %+v", s.Total, s.Last)
	}
	all, _, _ := Read(path)
	if len(all) != 2 || all[0].ID != "s1" || all[1].ID != "s2" {
		t.Errorf("Read: %v", ids(all))
	}
	newest, _, err := ReadNewest(path, 0, time.Time{})
	if err != nil || len(newest) != 2 || newest[0].ID != "s2" {
		t.Errorf("ReadNewest: %v %v", ids(newest), err)
	}
	end, ok, err := LastEnded(path)
	if err != nil || !ok || !end.Equal(time.Date(2026, 5, 12, 7, 5, 0, 0, time.UTC)) {
		t.Errorf("LastEnded = %v %v %v, want the second session's end", end, ok, err)
	}
}

func TestReadEventsSkipsSessionsAndUnknownKinds(t *testing.T) {
	path := mixedLog(t)
	evs, damaged, err := ReadEvents(path, time.Time{})
	if err != nil || len(damaged) != 1 || damaged[0].Line != 7 {
		t.Fatalf("%v, damaged %v", err, damaged)
	}
	if got := strings.Join(ids(evs), " "); got != "c1 f1 x1" {
		t.Fatalf("events %s, want c1 f1 x1", got)
	}
	c := evs[0].Checkin
	if c == nil || *c.Pain != 5 || *c.Stiffness != 6 || c.Session != "s1" || c.When != "end" {
		t.Errorf("check-in payload %+v", c)
	}
	if f := evs[1].Function; len(f) != 1 || f[0].Score != 4 || f[0].Activity != "Sit through a meeting" {
		t.Errorf("function payload %+v", f)
	}
	if fl := evs[2].Flare; fl == nil || fl.Event != FlareStart || fl.Until.IsZero() {
		t.Errorf("flare payload %+v", fl)
	}
	since, _, _ := ReadEvents(path, time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC))
	if got := strings.Join(ids(since), " "); got != "f1 x1" {
		t.Errorf("since the 12th: %s", got)
	}
}

func TestAppendEventRoundTripAndRefusals(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	at := time.Date(2026, 5, 12, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	e := NewEvent(KindCheckin, at)
	e.Checkin = &Checkin{Pain: rating(0), Stiffness: rating(10), Note: "fine"}
	if err := AppendEvent(path, e); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	line := string(data)
	for _, want := range []string{`"v":2`, `"kind":"checkin"`, `"pain":0`, `"stiffness":10`, `"started":"2026-05-12T09:00:00+02:00"`} {
		if !strings.Contains(line, want) {
			t.Errorf("line %s lacks %s", line, want)
		}
	}
	for _, bad := range []string{`"steps"`, `"status"`, `"routine"`, `"flare"`} {
		if strings.Contains(line, bad) {
			t.Errorf("line %s has %s", line, bad)
		}
	}
	for name, b := range map[string]Entry{
		"pain 11":        {Kind: KindCheckin, Checkin: &Checkin{Pain: rating(11)}},
		"stiffness -1":   {Kind: KindCheckin, Checkin: &Checkin{Stiffness: rating(-1)}},
		"empty":          {Kind: KindCheckin, Checkin: &Checkin{}},
		"long note":      {Kind: KindCheckin, Checkin: &Checkin{Note: strings.Repeat("a", MaxNote+1)}},
		"score 12":       {Kind: KindFunction, Function: []FunctionScore{{Goal: "1", Activity: "Walk", Score: 12}}},
		"no goal":        {Kind: KindFunction, Function: []FunctionScore{{Score: 2}}},
		"flare sideways": {Kind: KindFlare, Flare: &FlareEvent{Event: "maybe"}},
		"a session":      {Kind: KindRoutine},
	} {
		b.V, b.ID, b.Started = Version, NewID(at), at
		if err := AppendEvent(path, b); err == nil {
			t.Errorf("%s: appended", name)
		}
	}
	evs, damaged, err := ReadEvents(path, time.Time{})
	if err != nil || len(damaged) != 0 || len(evs) != 1 || evs[0].ID != e.ID || *evs[0].Checkin.Pain != 0 {
		t.Errorf("read back %v %v %v", evs, damaged, err)
	}
}

// TestReadRecentReadsTheEndOnly: the recent readers hand out what the whole-file readers do
// (oldest first, damaged lines reported), and read no further back than since needs: a line
// before that point that no reader could parse is never reached.
func TestReadRecentReadsTheEndOnly(t *testing.T) {
	path := mixedLog(t)
	for _, since := range []time.Time{{}, time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)} {
		whole, _, _ := ReadEvents(path, since)
		recent, damaged, err := ReadRecentEvents(path, since)
		if err != nil || len(damaged) != 1 || damaged[0].Line != 7 || strings.Join(ids(recent), " ") != strings.Join(ids(whole), " ") {
			t.Errorf("since %v: recent %v (%v %v), whole %v", since, ids(recent), damaged, err, ids(whole))
		}
	}
	all, _, err := ReadRecent(path, time.Time{})
	if got := strings.Join(ids(all), " "); err != nil || got != "s1 c1 s2 f1 x1" {
		t.Errorf("everything: %s %v", got, err)
	}

	// A long history: the old part is damaged beyond reading; a session weeks before since is
	// where the reading stops, so the damage is never reached.
	far := filepath.Join(t.TempDir(), "history.jsonl")
	old := strings.Repeat("{not json at all}\n", 1000)
	recentLines := `{"v":2,"id":"s1","routine":"desk-break","routine_name":"Desk break","kind":"routine","status":"completed","started":"2026-05-01T09:00:00Z","ended":"2026-05-01T09:05:00Z","seconds":300,"steps":[],"pain":[]}
{"v":2,"id":"s9","routine":"desk-break","routine_name":"Desk break","kind":"routine","status":"completed","started":"2026-05-20T09:00:00Z","ended":"2026-05-20T09:05:00Z","seconds":300,"steps":[],"pain":[]}
{"v":2,"id":"c9","kind":"checkin","started":"2026-05-20T09:05:30Z","checkin":{"pain":2}}
`
	if err := os.WriteFile(far, []byte(old+recentLines), 0o600); err != nil {
		t.Fatal(err)
	}
	got, damaged, err := ReadRecent(far, time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC))
	if err != nil || len(damaged) != 0 || strings.Join(ids(got), " ") != "s9 c9" {
		t.Errorf("the last days: %v, damaged %d, %v (read too far back?)", ids(got), len(damaged), err)
	}
	// The check-ins alone stop at the same place: a session not handed out still bounds the read.
	got, damaged, err = ReadRecentEvents(far, time.Date(2026, 5, 19, 0, 0, 0, 0, time.UTC))
	if err != nil || len(damaged) != 0 || strings.Join(ids(got), " ") != "c9" {
		t.Errorf("the last days' check-ins: %v, damaged %d, %v (read too far back?)", ids(got), len(damaged), err)
	}
}

// TestEventsTravel: check-ins, goal scores and flare-ups go with limber history export and
// import like sessions, and are counted once after an import of a log that has them.
func TestEventsTravel(t *testing.T) {
	path := mixedLog(t)
	var out bytes.Buffer
	n, _, err := Export(&out, path)
	if err != nil || n != 6 || !strings.Contains(out.String(), `"kind":"checkin"`) || !strings.Contains(out.String(), `"kind":"quiet"`) {
		t.Fatalf("export (%d, %v):\n%s", n, err, out.String())
	}
	backup := filepath.Join(t.TempDir(), "backup.jsonl")
	os.WriteFile(backup, out.Bytes(), 0o600)
	other := filepath.Join(t.TempDir(), "history.jsonl")
	for i, want := range []int{6, 0} { // the second import finds them all known
		res, err := Import(other, backup, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
		if err != nil || res.Added != want {
			t.Fatalf("import %d: %+v %v", i+1, res, err)
		}
	}
	evs, _, _ := ReadEvents(other, time.Time{})
	if got := strings.Join(ids(evs), " "); got != "c1 f1 x1" {
		t.Errorf("events after the import: %s", got)
	}
}
