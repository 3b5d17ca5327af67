package main

import (
	"strings"
	"testing"
)

// limber quiet from any terminal: a duration, until a clock time, off, and what limber status
// shows meanwhile; a bare number names its two readings.
func TestQuietCommand(t *testing.T) {
	ta := newTestApp(t)
	holdRemindLock(t, ta) // a reminder runs: status shows the quiet at once
	if code := ta.run("quiet", "45m"); code != 0 || !strings.Contains(ta.out.String(), "Quiet until 10:15") {
		t.Errorf("quiet 45m: exit %d\n%s%s", code, ta.out, ta.errOut)
	}
	if ta.run("quiet", "until", "14:30"); !strings.Contains(ta.out.String(), "Quiet until 14:30") {
		t.Errorf("quiet until 14:30:\n%s%s", ta.out, ta.errOut)
	}
	if ta.run("quiet"); !strings.Contains(ta.out.String(), "14:30") {
		t.Errorf("quiet, asked:\n%s", ta.out)
	}
	if ta.run("quiet", "off"); !strings.Contains(ta.out.String(), "over") {
		t.Errorf("quiet off:\n%s", ta.out)
	}
	if ta.run("quiet"); !strings.Contains(ta.out.String(), "not quiet") {
		t.Errorf("after off:\n%s", ta.out)
	}
	for _, bad := range [][]string{{"5"}, {"13h"}, {"until", "25:00"}, {"soon"}} {
		if code := ta.run(append([]string{"quiet"}, bad...)...); code != 2 || !strings.Contains(ta.errOut.String(), "limber quiet -h") {
			t.Errorf("quiet %q: exit %d\n%s", bad, code, ta.errOut)
		}
	}
}

// limber hook prints the snippet for the data folder in use; an unknown shell is a usage error.
func TestHookCommand(t *testing.T) {
	ta := newTestApp(t)
	for _, sh := range []string{"bash", "zsh", "fish"} {
		if code := ta.run("hook", sh); code != 0 || !strings.Contains(ta.out.String(), ta.app.data().HeartbeatPath()) {
			t.Errorf("hook %s: exit %d\n%s", sh, code, ta.out)
		}
	}
	if code := ta.run("hook", "tcsh"); code != 2 {
		t.Errorf("hook tcsh: exit %d", code)
	}
}

// limber service --print shows the unit and writes nothing.
func TestServicePrint(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("service", "--print"); code != 0 || !strings.Contains(ta.out.String(), "remind --background") {
		t.Errorf("service --print: exit %d\n%s%s", code, ta.out, ta.errOut)
	}
	if code := ta.run("service"); code != 2 {
		t.Errorf("service with nothing: exit %d", code)
	}
}

// limber remind --explain says how sitting is counted and what each source saw, and exits.
func TestRemindExplain(t *testing.T) {
	ta := newTestApp(t)
	ta.env["PATH"] = t.TempDir() // no tmux, no loginctl: the shell prompt only
	ta.writeConfig(t, "idle_reset = \"10m\"\nremind_days = \"mon-thu\"\non_break_start = [\"playerctl\", \"pause\"]\n")
	if code := ta.run("remind", "--explain", "--every", "40m"); code != 0 {
		t.Fatalf("exit %d\n%s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{"after 40 min of it", "10\nmin with no activity", "shell prompt: not used; no prompt seen yet",
		"the clock stands in", "mon-thu 09:00-18:00", "limber quiet: off.", "Calendar: none", "on_break_start runs playerctl pause"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}
