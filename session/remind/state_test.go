package remind

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestStateRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	path := filepath.Join(dir, StateFile)
	if st, err := LoadState(path); err != nil || st.Running || st.Phase != "" {
		t.Fatalf("missing file: %+v, %v", st, err)
	}
	s := New(Config{Every: 50 * time.Minute, Hours: nineToSix}, at(10, 0), Counts{Day: "2026-11-23", Taken: 2, Skipped: 1})
	want := StateOf(s, at(10, 5), "50m", "09:00-18:00", "desk-break", "Desk break")
	if err := SaveState(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Next.Equal(at(10, 50)) || got.Phase != "counting" || !got.Running || got.Taken != 2 || got.Skipped != 1 ||
		got.Day != "2026-11-23" || got.RoutineName != "Desk break" || got.V != stateVersion {
		t.Errorf("state %+v", got)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, %v", fi.Mode(), err)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, %v", fi.Mode(), err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".remind-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestStateDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), StateFile)
	if err := os.WriteFile(path, []byte("{\"v\":1,"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadState(path); err == nil {
		t.Error("a damaged state file must be reported")
	}
}

func TestLockAndRunning(t *testing.T) {
	dir := t.TempDir()
	if Running(dir) {
		t.Error("no lock file: not running")
	}
	if _, err := os.Stat(filepath.Join(dir, LockFile)); !errors.Is(err, os.ErrNotExist) {
		t.Error("Running must not create the lock file")
	}
	unlock, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !Running(dir) {
		t.Error("locked: running")
	}
	if _, err := Lock(dir); !errors.Is(err, ErrRunning) {
		t.Errorf("second lock: %v, want ErrRunning", err)
	}
	if err := unlock(); err != nil {
		t.Fatal(err)
	}
	if Running(dir) {
		t.Error("unlocked: not running")
	}
}
