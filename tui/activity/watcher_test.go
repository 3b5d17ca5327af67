package activity

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/store"
)

// fakeSource says what it is told, and counts its reads.
type fakeSource struct {
	name  string
	every time.Duration
	last  time.Time
	off   bool
	reads int
}

func (f *fakeSource) Name() string         { return f.name }
func (f *fakeSource) Every() time.Duration { return f.every }
func (f *fakeSource) Read(context.Context, time.Time) Reading {
	f.reads++
	return Reading{Last: f.last, Off: f.off, Note: f.name}
}

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestWatcherTrustsASourceOnceItSeesSomeone: a source whose last activity is from long before
// the reminder started (a heartbeat file left from last week) is not used, and the clock stands
// in, until it sees activity; then the latest of the trusted sources is the activity.
func TestWatcherTrustsASourceOnceItSeesSomeone(t *testing.T) {
	shell := &fakeSource{name: "shell", last: t0.Add(-72 * time.Hour)}
	tmux := &fakeSource{name: "tmux", off: true}
	keys := &Keys{}
	w := NewWatcher(t0, 5*time.Minute, shell, tmux)
	w.Add(keys)

	if _, clock := w.Poll(context.Background(), t0); !clock {
		t.Error("a heartbeat from three days ago made the watcher trust it")
	}
	keys.Press(t0.Add(time.Minute))
	if _, clock := w.Poll(context.Background(), t0.Add(time.Minute)); !clock {
		t.Error("keys in limber remind alone made the clock step aside: they cannot see work elsewhere")
	}
	shell.last = t0.Add(2 * time.Minute)
	active, clock := w.Poll(context.Background(), t0.Add(2*time.Minute))
	if clock || !active.Equal(t0.Add(2*time.Minute)) {
		t.Errorf("after a prompt: active %v, clock %v", active, clock)
	}
	// Two shells touch the one heartbeat file; tmux saw a key later still: the latest counts.
	tmux.off, tmux.last = false, t0.Add(3*time.Minute)
	active, _ = w.Poll(context.Background(), t0.Add(3*time.Minute))
	if !active.Equal(t0.Add(3 * time.Minute)) {
		t.Errorf("active %v, want tmux's key at %v", active, t0.Add(3*time.Minute))
	}
	// Once trusted, a source stays trusted when its activity grows old: that is idle time.
	active, clock = w.Poll(context.Background(), t0.Add(time.Hour))
	if clock || !active.Equal(t0.Add(3*time.Minute)) {
		t.Errorf("an hour on: active %v, clock %v", active, clock)
	}
	lines := w.Lines()
	if len(lines) != 3 || !lines[0].Used || !lines[1].Used || !lines[2].Used {
		t.Errorf("lines: %+v", lines)
	}
}

// TestWatcherReadsEachSourceAsOftenAsItIsWorth: a source that starts a process is read once per
// its Every, however often the watcher is polled; a clock set back reads it again.
func TestWatcherReadsEachSourceAsOftenAsItIsWorth(t *testing.T) {
	file := &fakeSource{name: "file"}
	proc := &fakeSource{name: "proc", every: 15 * time.Second}
	w := NewWatcher(t0, 5*time.Minute, file, proc)
	for i := range 30 {
		w.Poll(context.Background(), t0.Add(time.Duration(i)*time.Second))
	}
	if file.reads != 30 || proc.reads != 2 {
		t.Errorf("30 polls over 30 s read the file %d times (want 30) and the process %d (want 2)", file.reads, proc.reads)
	}
	w.Poll(context.Background(), t0.Add(-time.Hour))
	if proc.reads != 3 {
		t.Errorf("a clock set back did not read the process again (%d reads)", proc.reads)
	}
}

func TestHeartbeatSource(t *testing.T) {
	dir := store.Dir{Data: t.TempDir(), State: t.TempDir()}
	h := Heartbeat{Dir: dir}
	if r := h.Read(context.Background(), t0); !r.Off {
		t.Errorf("no file: %+v", r)
	}
	at := t0.Add(-30 * time.Second)
	if err := os.WriteFile(dir.HeartbeatPath(), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(dir.HeartbeatPath(), at, at)
	if r := h.Read(context.Background(), t0); r.Off || !r.Last.Equal(at) {
		t.Errorf("a prompt 30 s ago: %+v", r)
	}
	os.Remove(dir.HeartbeatPath())
	os.Symlink(filepath.Join(t.TempDir(), "elsewhere"), dir.HeartbeatPath())
	if r := h.Read(context.Background(), t0); !r.Off {
		t.Errorf("a symlink was trusted: %+v", r)
	}
}

func TestTmuxSource(t *testing.T) {
	out, fail := "", error(nil)
	run := func(_ context.Context, name string, args ...string) ([]byte, error) {
		if name != "tmux" || args[0] != "list-clients" {
			t.Errorf("ran %s %v", name, args)
		}
		return []byte(out), fail
	}
	tm := Tmux{Run: run}
	out = "1772442000\n1772441940\n" // two clients; the later key is 09:00:00 UTC on 2 March
	if r := tm.Read(context.Background(), t0.Add(time.Minute)); r.Off || !r.Last.Equal(t0) {
		t.Errorf("two clients: %+v", r)
	}
	out = ""
	if r := tm.Read(context.Background(), t0); !r.Off {
		t.Errorf("no client: %+v", r)
	}
	fail = errors.New("no server running on /tmp/tmux-1000/default")
	if r := tm.Read(context.Background(), t0); !r.Off {
		t.Errorf("no server: %+v", r)
	}
}

func TestParseDesktopIdle(t *testing.T) {
	idle := ParseLogind("Type=wayland\nIdleHint=yes\nIdleSinceHint=1772441700000000\n", t0)
	if idle.Off || !idle.Last.Equal(t0.Add(-5*time.Minute)) {
		t.Errorf("idle since 08:55: %+v", idle)
	}
	if r := ParseLogind("Type=x11\nIdleHint=no\nIdleSinceHint=1772441700000000\n", t0); r.Off || !r.Last.Equal(t0) {
		t.Errorf("active: %+v", r)
	}
	for _, out := range []string{"Type=tty\nIdleHint=no\nIdleSinceHint=5\n", "Type=wayland\nIdleHint=no\nIdleSinceHint=0\n"} {
		if r := ParseLogind(out, t0); !r.Off {
			t.Errorf("%q was used: %+v", out, r)
		}
	}
	mac := ParseIOReg(`    |   "HIDIdleTime" = 90000000000`+"\n", t0)
	if mac.Off || !mac.Last.Equal(t0.Add(-90*time.Second)) {
		t.Errorf("ioreg: %+v", mac)
	}
	if r := ParseIOReg("nothing", t0); !r.Off {
		t.Errorf("no HIDIdleTime: %+v", r)
	}
}

func TestSourcesOfThisMachine(t *testing.T) {
	bin := t.TempDir()
	for _, p := range []string{"tmux", "loginctl", "ioreg"} {
		os.WriteFile(filepath.Join(bin, p), []byte("#!/bin/sh\n"), 0o755)
	}
	names := func(ss []Source) (out []string) {
		for _, s := range ss {
			out = append(out, s.Name())
		}
		return out
	}
	linux := names(Sources(Env{Path: bin, GOOS: "linux"}))
	mac := names(Sources(Env{Path: bin, GOOS: "darwin"}))
	bare := names(Sources(Env{Path: t.TempDir(), GOOS: "linux"}))
	if len(linux) != 3 || linux[2] != "desktop idle (logind)" || len(mac) != 3 || mac[2] != "desktop idle (macOS)" || len(bare) != 1 {
		t.Errorf("linux %v, macOS %v, nothing installed %v", linux, mac, bare)
	}
}
