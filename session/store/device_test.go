package store

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
)

func testDir(t *testing.T) Dir {
	dir := t.TempDir()
	return Dir{Data: filepath.Join(dir, "data"), State: filepath.Join(dir, "state")}
}

func TestDeviceMadeOnceAndKept(t *testing.T) {
	d := testDir(t)
	id, err := d.Device()
	if err != nil || !ValidDevice(id) {
		t.Fatalf("Device() = %q, %v", id, err)
	}
	again, err := d.Device()
	if err != nil || again != id {
		t.Errorf("second call: %q, %v; want %q kept", again, err, id)
	}
	for p, want := range map[string]os.FileMode{d.State: 0o700, d.StatePath(DeviceFile): 0o600} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: %v, %v; want mode %o", p, fi, err, want)
		}
	}
	if _, err := os.Stat(d.Data); !os.IsNotExist(err) {
		t.Error("making the device id wrote to the data folder")
	}
	if other := (Dir{Data: d.Data, State: t.TempDir()}); func() string { id, _ := other.Device(); return id }() == id {
		t.Error("another state folder (another machine) got the same id")
	}
	if got := d.HistoryPath(); got != filepath.Join(d.Data, HistoryDevices, id+".jsonl") {
		t.Errorf("HistoryPath %s", got)
	}
}

func TestDeviceMadeAtOnceByManyAgrees(t *testing.T) {
	d := testDir(t)
	ids := make([]string, 8)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Go(func() { ids[i], _ = d.Device() })
	}
	wg.Wait()
	for _, id := range ids {
		if id != ids[0] || id == "" {
			t.Fatalf("ids %v: want one", ids)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(d.State, ".device-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestDeviceBadFileReplaced(t *testing.T) {
	d := testDir(t)
	os.MkdirAll(d.State, 0o700)
	os.WriteFile(d.StatePath(DeviceFile), []byte("My Laptop\n"), 0o600)
	id, err := d.Device()
	if err != nil || !ValidDevice(id) {
		t.Fatalf("%q, %v", id, err)
	}
	if b, _ := os.ReadFile(d.StatePath(DeviceFile)); strings.TrimSpace(string(b)) != id {
		t.Errorf("file holds %q, want %q", b, id)
	}
}

// TestNoDeviceStillSaves: with a state folder that cannot be made, the session goes to
// history.jsonl (read like every file of the log) rather than being lost.
func TestNoDeviceStillSaves(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o600)
	d := Dir{Data: t.TempDir(), State: filepath.Join(blocker, "state")}
	if _, err := d.Device(); err == nil {
		t.Fatal("a state folder under a file: want an error")
	}
	if d.HistoryPath() != d.Path(HistoryFile) {
		t.Errorf("HistoryPath %s, want history.jsonl", d.HistoryPath())
	}
	start := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	if err := d.Save(session.Record{RoutineID: "desk-break", Status: session.StatusCompleted, Started: start, Ended: start.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if es, _, _ := journal.Read(d.LogPath()); len(es) != 1 {
		t.Errorf("%d entries", len(es))
	}
}

func TestNewDevice(t *testing.T) {
	for host, prefix := range map[string]string{
		"laptop": "laptop-", "Janes-MacBook-Pro.local": "janes-macbook-pr-", "DESKTOP-4F2K1": "desktop-4f2k1-",
		"": "device-", "ünïcode": "n-code-", "a-very-long-host-name-indeed": "a-very-long-host-", "--": "device-",
	} {
		id := NewDevice(host)
		if !strings.HasPrefix(id, prefix) || len(id) != len(prefix)+6 || !ValidDevice(id) {
			t.Errorf("NewDevice(%q) = %q, want %s and six characters", host, id, prefix)
		}
	}
	if NewDevice("x") == NewDevice("x") {
		t.Error("two ids for one host name are the same")
	}
}

// TestSaveGoesToTheDevicesFile: a session is appended to this device's file only, naming the
// device; history.jsonl from before is left as it is and still read.
func TestSaveGoesToTheDevicesFile(t *testing.T) {
	d := testDir(t)
	os.MkdirAll(d.Data, 0o700)
	old := `{"v":1,"id":"OLD","routine":"desk-break","kind":"routine","status":"completed","started":"2026-05-01T09:00:00Z","ended":"2026-05-01T09:05:00Z","seconds":300,"steps":[],"pain":[]}` + "\n"
	os.WriteFile(d.LogPath(), []byte(old), 0o600)
	start := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	if err := d.Save(session.Record{RoutineID: "desk-break", Status: session.StatusCompleted, Started: start, Ended: start.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(d.LogPath()); string(b) != old {
		t.Errorf("history.jsonl changed: %q", b)
	}
	id, _ := d.Device()
	es, _, err := journal.Read(d.HistoryPath())
	if err != nil || len(es) != 2 || es[0].ID != "OLD" || es[1].Device != id {
		t.Errorf("entries %+v, %v", es, err)
	}
	got, err := d.ReadWhere(func(e journal.Entry) (journal.Entry, bool) { return e, true })
	if err != nil || len(got) != 2 {
		t.Errorf("ReadWhere: %d, %v", len(got), err)
	}
}

// TestAnswersNewestWins: answers saved on two machines at once leave a conflict copy; the newer
// answers hold on both, whichever file the sync tool kept.
func TestAnswersNewestWins(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	older := policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true}
	newer := policy.Answers{V: policy.AnswersVersion, Date: t0.Add(time.Hour), RedFlags: true, GentleOnly: true}
	for _, kept := range []policy.Answers{older, newer} {
		d := testDir(t)
		if err := d.SaveAnswers(kept); err != nil {
			t.Fatal(err)
		}
		other := older
		if kept == older {
			other = newer
		}
		copyDir := Dir{Data: filepath.Join(t.TempDir(), "x")}
		copyDir.SaveAnswers(other)
		b, _ := os.ReadFile(copyDir.Path(AnswersFile))
		os.WriteFile(d.Path("safety.sync-conflict-20260601-100000-ABC.json"), b, 0o600)
		os.WriteFile(d.Path(".syncthing.safety.json.tmp"), []byte(`{"v":2,"date":"2030-01-01T00:00:00Z"}`), 0o600)
		got, err := d.Answers()
		if err != nil || !got.Date.Equal(newer.Date) || !got.RedFlags || got.Pregnant {
			t.Errorf("kept %v: got %+v, %v; want the newer answers", kept.Date, got, err)
		}
	}
}

// TestRemindStateIsThisMachines: limber remind's state and lock live in the state folder; the
// data folder gets none of them.
func TestRemindStateIsThisMachines(t *testing.T) {
	d := testDir(t)
	unlock, err := d.LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := d.SaveRemindState(remindState()); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{RemindStateFile, RemindLockFile} {
		if _, err := os.Stat(d.StatePath(f)); err != nil {
			t.Errorf("%s not in the state folder: %v", f, err)
		}
	}
	if _, err := os.Stat(d.Data); !os.IsNotExist(err) {
		t.Error("the data folder was written")
	}
	if !(Dir{Data: d.Data, State: d.State}).RemindRunning() || (Dir{Data: d.Data, State: t.TempDir()}).RemindRunning() {
		t.Error("a reminder runs on this machine only")
	}
}

func remindState() remind.State {
	return remind.State{V: 1, Running: true, Phase: remind.PhaseCounting.String(), Every: "50m"}
}
