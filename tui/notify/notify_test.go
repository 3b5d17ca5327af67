package notify

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestSequences(t *testing.T) {
	got := Sequences("limber", "Time for a break; Desk break\x1b]0;evil\a", false)
	want := "\x1b]9;limber: Time for a break, Desk break\a\x1b]777;notify;limber;Time for a break, Desk break\a"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	tm := Sequences("limber", "Break", true)
	want = "\x1bPtmux;\x1b\x1b]9;limber: Break\a\x1b\\\x1bPtmux;\x1b\x1b]777;notify;limber;Break\a\x1b\\"
	if tm != want {
		t.Errorf("tmux: got %q\nwant %q", tm, want)
	}
}

func TestNotifySend(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("shell script")
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + log + "'\n"
	if err := os.WriteFile(filepath.Join(dir, "notify-send"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	wait := NotifySend("limber", "Time for a break: Desk break")
	if wait == nil {
		t.Fatal("notify-send on PATH was not run")
	}
	if err := wait(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(log)
	if got := strings.TrimSpace(string(data)); got != "-a\nlimber\nlimber\nTime for a break: Desk break" {
		t.Errorf("arguments %q", got)
	}
	t.Setenv("PATH", t.TempDir())
	if NotifySend("a", "b") != nil {
		t.Error("without notify-send there is nothing to wait for")
	}
}
