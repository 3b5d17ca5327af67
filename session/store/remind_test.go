package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
)

func TestStateRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	d := Dir{Data: filepath.Join(t.TempDir(), "data"), State: dir}
	path := d.StatePath(RemindStateFile)
	if st, err := d.RemindState(); err != nil || st.Running || st.Phase != "" {
		t.Fatalf("missing file: %+v, %v", st, err)
	}
	s := remind.New(remind.Config{Every: 50 * time.Minute, Week: content.EveryDay(content.Weekdays, content.Hours{From: 9 * 60, To: 18 * 60})}, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), remind.Counts{Day: "2026-11-23", Taken: 2, Skipped: 1})
	s.Tick(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), remind.Seen{Clock: true})
	want := remind.StateOf(s, time.Date(2026, 11, 23, 10, 5, 0, 0, time.UTC), "50m", "09:00-18:00", "desk-break", "Desk break")
	if err := d.SaveRemindState(want); err != nil {
		t.Fatal(err)
	}
	got, err := d.RemindState()
	if err != nil {
		t.Fatal(err)
	}
	if !got.Next.Equal(time.Date(2026, 11, 23, 10, 50, 0, 0, time.UTC)) || got.Phase != "counting" || !got.Running || got.Taken != 2 || got.Skipped != 1 ||
		got.Day != "2026-11-23" || got.RoutineName != "Desk break" || got.V != 2 {
		t.Errorf("state %+v", got)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, %v", fi.Mode(), err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, %v", fi.Mode(), err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".remind.json-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestStateDamaged(t *testing.T) {
	d := Dir{State: t.TempDir()}
	if err := os.WriteFile(d.StatePath(RemindStateFile), []byte("{\"v\":1,"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := d.RemindState(); err == nil {
		t.Error("a damaged state file must be reported")
	}
}

func TestLockAndRunning(t *testing.T) {
	d := Dir{State: t.TempDir()}
	if d.RemindRunning() {
		t.Error("no lock file: not running")
	}
	if _, err := os.Stat(d.StatePath(RemindLockFile)); !errors.Is(err, os.ErrNotExist) {
		t.Error("Running must not create the lock file")
	}
	unlock, err := d.LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	if !d.RemindRunning() {
		t.Error("locked: running")
	}
	if _, err := d.LockRemind(); !errors.Is(err, ErrRemindRunning) {
		t.Errorf("second lock: %v, want ErrRunning", err)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	if d.RemindRunning() {
		t.Error("unlocked: not running")
	}
}
