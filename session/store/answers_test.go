package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/policy"
)

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func TestAnswersMissing(t *testing.T) {
	a, err := Dir{Data: filepath.Join(t.TempDir(), "none")}.Answers()
	if err != nil || a != (policy.Answers{}) {
		t.Errorf("missing file: %+v, %v; want the zero answers and no error", a, err)
	}
	if !a.Due(t0, 30) {
		t.Error("with no saved answers the check is due")
	}
}

func TestAnswersCorrupt(t *testing.T) {
	for _, data := range []string{"{not json", `{"date": "yesterday"}`, `{"red_flags": "yes"}`, "\x00\x01"} {
		d := Dir{Data: t.TempDir()}
		path := d.Path(AnswersFile)
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := d.Answers()
		if err == nil {
			t.Errorf("%q: no error", data)
			continue
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "asked again") {
			t.Errorf("%q: error %q should name the file and say the check is asked again", data, err)
		}
		if a != (policy.Answers{}) || !a.Due(t0, 30) {
			t.Errorf("%q: a damaged file should give the zero answers (check due), got %+v", data, a)
		}
	}
}

func TestAnswersUnreadable(t *testing.T) {
	d := Dir{Data: t.TempDir()} // a folder where the file should be
	if err := os.Mkdir(d.Path(AnswersFile), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Answers(); err == nil {
		t.Error("reading a folder: want an error")
	}
}

func TestSaveAnswersRoundTrip(t *testing.T) {
	d := Dir{Data: filepath.Join(t.TempDir(), "data", "limber")}
	path := d.Path(AnswersFile)
	zone := time.FixedZone("CET", 3600)
	for _, want := range []policy.Answers{
		{Date: t0.In(zone), RedFlags: true, GentleOnly: true},
		{Date: t0.Add(time.Hour), Pregnant: true},
		{Date: t0.Add(2 * time.Hour)},
	} {
		if err := d.SaveAnswers(want); err != nil {
			t.Fatal(err)
		}
		got, err := d.Answers()
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

func TestSaveAnswersPermissions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "limber")
	d := Dir{Data: dir}
	path := d.Path(AnswersFile)
	if err := d.SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: t0}); err != nil {
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
	if err := d.SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("after a second save the mode is %o, want 600", fi.Mode().Perm())
	}
}

func TestSaveAnswersFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := (Dir{Data: file}).SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: t0}); err == nil {
		t.Error("saving under a file (not a folder): want an error")
	}
}
