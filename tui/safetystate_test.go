package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSafetyDue(t *testing.T) {
	day := 24 * time.Hour
	answered := SafetyAnswers{Date: t0}
	tests := []struct {
		name string
		a    SafetyAnswers
		at   time.Duration // after t0
		days int
		want bool
	}{
		{"never answered", SafetyAnswers{}, 0, 30, true},
		{"never answered, custom days", SafetyAnswers{}, 0, 7, true},
		{"just answered", answered, 0, 30, false},
		{"29 days", answered, 29 * day, 30, false},
		{"a second short of 30 days", answered, 30*day - time.Second, 30, false},
		{"30 days", answered, 30 * day, 30, true},
		{"31 days", answered, 31 * day, 30, true},
		{"0 days means 30: 29 days", answered, 29 * day, 0, false},
		{"0 days means 30: 30 days", answered, 30 * day, 0, true},
		{"negative days means 30", answered, 30 * day, -1, true},
		{"7 days: 6 days", answered, 6 * day, 7, false},
		{"7 days: 7 days", answered, 7 * day, 7, true},
		{"1 day: 23 hours", answered, 23 * time.Hour, 1, false},
		{"clock went back", answered, -day, 30, false},
	}
	for _, tt := range tests {
		if got := tt.a.Due(t0.Add(tt.at), tt.days); got != tt.want {
			t.Errorf("%s: Due = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLoadSafetyMissing(t *testing.T) {
	a, err := LoadSafety(filepath.Join(t.TempDir(), "none", "safety.json"))
	if err != nil || a != (SafetyAnswers{}) {
		t.Errorf("missing file: %+v, %v; want the zero answers and no error", a, err)
	}
	if !a.Due(t0, 30) {
		t.Error("with no saved answers the check is due")
	}
}

func TestLoadSafetyCorrupt(t *testing.T) {
	for _, data := range []string{"{not json", `{"date": "yesterday"}`, `{"red_flags": "yes"}`, "\x00\x01"} {
		path := filepath.Join(t.TempDir(), "safety.json")
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := LoadSafety(path)
		if err == nil {
			t.Errorf("%q: no error", data)
			continue
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "asked again") {
			t.Errorf("%q: error %q should name the file and say the check is asked again", data, err)
		}
		if a != (SafetyAnswers{}) || !a.Due(t0, 30) {
			t.Errorf("%q: a damaged file should give the zero answers (check due), got %+v", data, a)
		}
	}
}

func TestLoadSafetyUnreadable(t *testing.T) {
	dir := t.TempDir() // a folder where the file should be
	if _, err := LoadSafety(dir); err == nil {
		t.Error("reading a folder: want an error")
	}
}

func TestSaveSafetyRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "limber", "safety.json")
	zone := time.FixedZone("CET", 3600)
	for _, want := range []SafetyAnswers{
		{Date: t0.In(zone), RedFlags: true, GentleOnly: true},
		{Date: t0.Add(time.Hour), Pregnant: true},
		{Date: t0.Add(2 * time.Hour)},
	} {
		if err := SaveSafety(path, want); err != nil {
			t.Fatal(err)
		}
		got, err := LoadSafety(path)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Date.Equal(want.Date) || got.RedFlags != want.RedFlags || got.Pregnant != want.Pregnant ||
			got.GentleOnly != want.GentleOnly {
			t.Errorf("round trip: got %+v, want %+v", got, want)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("the folder should hold only safety.json, not temp files: %v", entries)
	}
}

func TestSaveSafetyPermissions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "limber")
	path := filepath.Join(dir, "safety.json")
	if err := SaveSafety(path, SafetyAnswers{Date: t0}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("file mode %o, want 600", perm)
	}
	di, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := di.Mode().Perm(); perm != 0o700 {
		t.Errorf("folder mode %o, want 700", perm)
	}
	// Saving over an existing, looser file leaves it 0600 too.
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SaveSafety(path, SafetyAnswers{Date: t0, Pregnant: true}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("after a second save the mode is %o, want 600", fi.Mode().Perm())
	}
}

func TestSaveSafetyFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := SaveSafety(filepath.Join(file, "safety.json"), SafetyAnswers{Date: t0}); err == nil {
		t.Error("saving under a file (not a folder): want an error")
	}
}
