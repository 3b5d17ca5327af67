package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/policy"
)

// syncAs is a sync tool's copy step: the file name of machine from's data folder arrives in
// machine to's as as (the file itself, or a conflict copy beside it).
func syncAs(t *testing.T, from, to Dir, name, as string) {
	t.Helper()
	data, err := os.ReadFile(from.Path(name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(to.Data, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(to.Data, as), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// activities are the goals' words, in order.
func activities(t *testing.T, d Dir) []string {
	t.Helper()
	g, err := d.Goals()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range g.List {
		out = append(out, x.Activity)
	}
	return out
}

func mustSaveGoals(t *testing.T, d Dir, g checkin.Goals, now time.Time) {
	t.Helper()
	if err := d.SaveGoals(g, now); err != nil {
		t.Fatal(err)
	}
}

// TestGoalsTwoMachines: the goals are set on the laptop and synced; then both machines change
// them before the next sync, and the tool leaves each the other's file as a conflict copy.
// Both then read the newer save — the desktop's — whichever side of the copy it is on.
func TestGoalsTwoMachines(t *testing.T) {
	laptop, desktop := testDir(t), testDir(t)
	g, _ := checkin.Goals{}.Add("Walk the dog", t0)
	g, _ = g.Add("Sit through a meeting", t0)
	mustSaveGoals(t, laptop, g, t0)
	syncAs(t, laptop, desktop, GoalsFile, GoalsFile)
	if got := activities(t, desktop); len(got) != 2 {
		t.Fatalf("after the first sync the desktop has %v", got)
	}

	onLaptop, _ := g.Remove("1") // 10:00 on the laptop
	mustSaveGoals(t, laptop, onLaptop, t0.Add(time.Hour))
	onDesktop, _ := g.Add("Carry the shopping", t0) // 11:00 on the desktop, the newest
	mustSaveGoals(t, desktop, onDesktop, t0.Add(2*time.Hour))

	syncAs(t, desktop, laptop, GoalsFile, "goals.sync-conflict-20261121-110000-DESKTOP.json")
	syncAs(t, laptop, desktop, GoalsFile, "goals (laptop's conflicted copy 2026-11-21).json")
	want := []string{"Walk the dog", "Sit through a meeting", "Carry the shopping"}
	for name, d := range map[string]Dir{"laptop": laptop, "desktop": desktop} {
		if got := activities(t, d); !slices.Equal(got, want) {
			t.Errorf("%s reads %v, want the newest save %v", name, got, want)
		}
	}

	// The next save on the laptop, from what it read, is newer than both: it wins everywhere,
	// though the copies stay.
	back, _ := laptop.Goals()
	back, _ = back.Remove("2")
	mustSaveGoals(t, laptop, back, t0.Add(3*time.Hour))
	syncAs(t, laptop, desktop, GoalsFile, GoalsFile)
	want = []string{"Walk the dog", "Carry the shopping"}
	for name, d := range map[string]Dir{"laptop": laptop, "desktop": desktop} {
		if got := activities(t, d); !slices.Equal(got, want) {
			t.Errorf("after the next save %s reads %v, want %v", name, got, want)
		}
	}
}

// TestGoalsConflictCopyNewer: a conflict copy saved after the file wins; one saved before it,
// a damaged one, a temporary and another file's copy do not.
func TestGoalsConflictCopyNewer(t *testing.T) {
	d, other := testDir(t), testDir(t)
	g, _ := checkin.Goals{}.Add("Walk the dog", t0)
	mustSaveGoals(t, d, g, t0.Add(time.Hour))

	older, _ := checkin.Goals{}.Add("Older words", t0)
	mustSaveGoals(t, other, older, t0)
	syncAs(t, other, d, GoalsFile, "goals.sync-conflict-20261121-090000-OLDER.json")
	newer, _ := checkin.Goals{}.Add("Pick up my child", t0)
	mustSaveGoals(t, other, newer, t0.Add(2*time.Hour))
	syncAs(t, other, d, GoalsFile, "goals (conflicted copy).json")
	newest, _ := checkin.Goals{}.Add("Not a copy", t0)
	mustSaveGoals(t, other, newest, t0.Add(5*time.Hour))
	for _, name := range []string{".goals.json-123.tmp", "~goals.json", "goalsx.json", "goals.sync-conflict-1.jsonl"} {
		syncAs(t, other, d, GoalsFile, name)
	}
	os.WriteFile(d.Path("goals.sync-conflict-20261121-120000-TORN.json"), []byte(`{"v":1,"goals":[{"id":"1","act`), 0o600)

	if got := activities(t, d); !slices.Equal(got, []string{"Pick up my child"}) {
		t.Errorf("read %v, want the newest conflict copy's goal", got)
	}
	if g, _ := d.Goals(); !g.Saved.Equal(t0.Add(2 * time.Hour)) {
		t.Errorf("saved %v, want the copy's time", g.Saved)
	}
}

// TestGoalsOlderFormat: a goals.json from before saved times still reads; a copy of it counts
// as saved when its newest goal was added, so a save with a time after that wins and one
// before it does not; the next save writes the time.
func TestGoalsOlderFormat(t *testing.T) {
	d, other := testDir(t), testDir(t)
	old := `{"v": 1, "goals": [{"id": "1", "activity": "Walk the dog", "added": "2026-11-21T09:00:00Z"},
  {"id": "2", "activity": "Sit through a meeting", "added": "2026-11-22T09:00:00Z"}]}`
	os.MkdirAll(d.Data, 0o700)
	if err := os.WriteFile(d.Path(GoalsFile), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := activities(t, d); !slices.Equal(got, []string{"Walk the dog", "Sit through a meeting"}) {
		t.Fatalf("the older file reads %v", got)
	}

	before, _ := checkin.Goals{}.Add("Saved before the newest goal", t0)
	mustSaveGoals(t, other, before, t0.Add(time.Hour)) // 21 Nov 10:00, before the 22nd
	syncAs(t, other, d, GoalsFile, "goals.sync-conflict-20261121-100000-OTHER.json")
	if got := activities(t, d); len(got) != 2 {
		t.Errorf("a copy saved before the older file's newest goal won: %v", got)
	}
	after, _ := checkin.Goals{}.Add("Saved after", t0)
	mustSaveGoals(t, other, after, t0.Add(48*time.Hour))
	syncAs(t, other, d, GoalsFile, "goals.sync-conflict-20261123-090000-OTHER.json")
	if got := activities(t, d); !slices.Equal(got, []string{"Saved after"}) {
		t.Errorf("read %v, want the copy saved after the older file", got)
	}

	// An older-format copy beside an older-format file: the one with the later goal wins.
	e := testDir(t)
	os.MkdirAll(e.Data, 0o700)
	os.WriteFile(e.Path(GoalsFile), []byte(old), 0o600)
	os.WriteFile(e.Path("goals (conflicted copy).json"), []byte(`{"v": 1, "goals": [{"id": "1", "activity": "Later", "added": "2026-11-23T09:00:00Z"}]}`), 0o600)
	if got := activities(t, e); !slices.Equal(got, []string{"Later"}) {
		t.Errorf("two older files: read %v, want the one with the later goal", got)
	}

	g, _ := d.Goals()
	mustSaveGoals(t, d, g, t0.Add(72*time.Hour))
	if back, _ := d.Goals(); !back.Saved.Equal(t0.Add(72 * time.Hour)) {
		t.Errorf("a save over the older file: saved %v", back.Saved)
	}
}

// TestFlareEndedOnTheOtherMachine: a flare-up started on the laptop is synced; the desktop
// ends it while the laptop makes it longer, and the later of the two — the end — holds on
// both, the laptop reading it from the conflict copy.
func TestFlareEndedOnTheOtherMachine(t *testing.T) {
	laptop, desktop := testDir(t), testDir(t)
	if _, err := laptop.StartFlare(t0, 7, "pain rated 8"); err != nil {
		t.Fatal(err)
	}
	syncAs(t, laptop, desktop, FlareFile, FlareFile)
	if f, err := desktop.Flare(t0.Add(time.Hour)); err != nil || !f.On(t0.Add(time.Hour)) {
		t.Fatalf("the synced flare-up is not on the desktop: %+v %v", f, err)
	}

	if _, err := laptop.StartFlare(t0.Add(2*time.Hour), 10, ""); err != nil { // longer, at 11:00
		t.Fatal(err)
	}
	if _, ok, err := desktop.EndFlare(t0.Add(3 * time.Hour)); !ok || err != nil { // ended at 12:00
		t.Fatalf("EndFlare: %v %v", ok, err)
	}
	syncAs(t, desktop, laptop, FlareFile, "flare (desktop's conflicted copy 2026-11-21).json")
	syncAs(t, laptop, desktop, FlareFile, "flare.sync-conflict-20261121-110000-LAPTOP.json")
	at := t0.Add(4 * time.Hour)
	for name, d := range map[string]Dir{"laptop": laptop, "desktop": desktop} {
		f, err := d.SavedFlare()
		if err != nil || !f.Until.Equal(t0.Add(3*time.Hour)) || f.On(at) {
			t.Errorf("%s: %+v %v, want the flare-up ended at 12:00", name, f, err)
		}
		if a, err := d.AnswersNow(at); err != nil || a.Flare.On(at) {
			t.Errorf("%s: the answers still carry a flare-up: %+v %v", name, a.Flare, err)
		}
	}
}

// TestFlareOlderFormat: a flare.json from before saved times still reads and is in force; it
// counts as saved when the flare-up started, so a conflict copy saved before that does not win
// over it and one saved after does.
func TestFlareOlderFormat(t *testing.T) {
	d, other := testDir(t), testDir(t)
	os.MkdirAll(d.Data, 0o700)
	old := `{"started": "2026-11-21T09:00:00Z", "until": "2026-11-28T09:00:00Z", "reason": "pain rated 8"}`
	if err := os.WriteFile(d.Path(FlareFile), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	at := t0.Add(24 * time.Hour)
	f, err := d.Flare(at)
	if err != nil || !f.On(at) || f.Reason != "pain rated 8" || !f.Saved.IsZero() {
		t.Fatalf("the older file: %+v %v", f, err)
	}
	// A copy of an earlier flare-up, saved before this one started, does not end it.
	earlier := policy.Flare{Started: t0.AddDate(0, 0, -10), Until: t0.AddDate(0, 0, -3)}
	if err := other.SaveFlare(earlier, t0.AddDate(0, 0, -3)); err != nil {
		t.Fatal(err)
	}
	syncAs(t, other, d, FlareFile, "flare.sync-conflict-20261118-090000-OTHER.json")
	if f, err := d.Flare(at); err != nil || !f.On(at) {
		t.Errorf("a copy saved before the older file's flare-up started won: %+v %v", f, err)
	}
	ended := policy.Flare{Started: t0, Until: t0.Add(20 * time.Hour), Reason: "pain rated 8"}
	if err := other.SaveFlare(ended, t0.Add(20*time.Hour)); err != nil {
		t.Fatal(err)
	}
	syncAs(t, other, d, FlareFile, "flare.sync-conflict-20261122-050000-OTHER.json")
	if f, err := d.Flare(at); err != nil || f.On(at) {
		t.Errorf("the copy that ended it, saved after it started, lost: %+v %v", f, err)
	}
}
