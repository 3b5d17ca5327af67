package store

import (
	"os"
	"testing"
	"time"
)

func TestHeartbeatAndQuiet(t *testing.T) {
	d := testDir(t)
	if _, ok, err := d.Heartbeat(); ok || err != nil {
		t.Errorf("no hook yet: %v %v", ok, err)
	}
	if err := d.PrepareHeartbeat(); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	if err := os.WriteFile(d.HeartbeatPath(), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(d.HeartbeatPath(), when, when); err != nil {
		t.Fatal(err)
	}
	if last, ok, err := d.Heartbeat(); !ok || err != nil || !last.Equal(when) {
		t.Errorf("heartbeat %v %v %v", last, ok, err)
	}
	os.Remove(d.HeartbeatPath())
	if err := os.Symlink("/etc/passwd", d.HeartbeatPath()); err == nil {
		if _, ok, err := d.Heartbeat(); ok || err == nil {
			t.Error("a symlink is not a heartbeat")
		}
	}

	if until, err := d.Quiet(); err != nil || !until.IsZero() {
		t.Errorf("not quiet: %v %v", until, err)
	}
	if err := d.SetQuiet(when, when.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if until, err := d.Quiet(); err != nil || !until.Equal(when.Add(time.Hour)) {
		t.Errorf("quiet until %v %v", until, err)
	}
	if fi, err := os.Stat(d.StatePath(QuietFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("quiet file %v %v", fi, err)
	}
	if err := d.ClearQuiet(); err != nil {
		t.Fatal(err)
	}
	if until, err := d.Quiet(); err != nil || !until.IsZero() || d.ClearQuiet() != nil {
		t.Errorf("cleared: %v %v", until, err)
	}
	os.WriteFile(d.StatePath(QuietFile), []byte("{"), 0o600)
	if _, err := d.Quiet(); err == nil {
		t.Error("a damaged quiet file is an error")
	}
}
