package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

// events are the check-ins, goal scores and flare entries the rig's limber logged.
func (r *rig) events() []journal.Entry {
	r.t.Helper()
	evs, _, err := journal.ReadEvents(r.data+"/history.jsonl", time.Time{})
	if err != nil {
		r.t.Fatal(err)
	}
	return evs
}

// TestCoachCheckinAndFlare runs a short routine in the coach, answers the check-in on the
// summary (pain 8, stiffness 5), takes the flare-up plan it offers, and starts again: the
// safety questions come first, as a flare-up asks them once more.
func TestCoachCheckinAndFlare(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	r.start(80, 24, "", nil, bin, "run", "fault-short")
	r.waitFor("Session complete")
	r.waitFor("How is your back now? Pain, 0 (none) to 10")
	r.keys("8")
	r.waitFor("Pain 8. Stiffness, 0 (none) to 10")
	r.keys("5")
	r.waitFor("Check-in saved: pain 8, stiffness 5.")
	r.waitFor("That is a lot (pain rated 8)")
	t.Logf("the summary's check-in:\n%s", r.screen())
	r.keys("f")
	r.waitFor("Flare-up plan on until")
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, r.screen())
	}
	evs := r.events()
	if len(evs) != 2 || evs[0].Kind != journal.KindCheckin || *evs[0].Checkin.Pain != 8 || evs[0].Checkin.Session == "" || evs[1].Kind != journal.KindFlare {
		t.Fatalf("logged %+v", evs)
	}
	_ = exec.Command("tmux", "-L", r.sock, "kill-server").Run()

	r2 := &rig{t: t, dir: r.dir, data: r.data, pidFile: r.pidFile + "2", exitFile: r.exitFile + "2", sock: r.sock + "-2"}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", r2.sock, "kill-server").Run() })
	r2.start(80, 24, "", nil, bin)
	r2.waitFor("Flare-up plan, day 1")
	t.Logf("home during a flare-up:\n%s", r2.screen())
	r2.keys("Enter") // the desk break's preview
	r2.waitFor("enter start")
	r2.keys("Enter")
	r2.waitFor(policy.AskRedFlags[:30])
	t.Logf("starting during a flare-up:\n%s", r2.screen())
	r2.keys("C-c")
	r2.exitCode()
}

// TestPlainCheckin runs a short routine in plain mode on a terminal: after the summary it asks
// the ratings as lines, and asks again after one off the scale.
func TestPlainCheckin(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	r.start(80, 30, "", nil, bin, "run", "fault-short", "--plain")
	r.waitFor("Pain (0-10):")
	r.keys("3", "Enter")
	r.waitFor("Stiffness (0-10):")
	r.keys("12", "Enter")
	r.waitFor("is not a rating")
	r.keys("4", "Enter")
	r.waitFor("Check-in saved.")
	if code := r.exitCode(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, r.screen())
	}
	t.Logf("plain mode's check-in:\n%s", r.screen())
	evs := r.events()
	if len(evs) != 1 || *evs[0].Checkin.Pain != 3 || *evs[0].Checkin.Stiffness != 4 || evs[0].Checkin.Session == "" {
		t.Fatalf("logged %+v", evs)
	}
	if !strings.Contains(r.screen(), "Saved to your history") {
		t.Errorf("no save line:\n%s", r.screen())
	}
}

// TestCoachCheckinBefore: with checkins = "both" the coach asks the ratings on a screen of its
// own before the routine starts, at 40×12; a pain of 9 offers a flare-up plan there, n starts the
// routine as decided, and the check-in is logged as one made at the start.
func TestCoachCheckinBefore(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "config.toml"), []byte("checkins = \"both\"\n"), 0o600))
	r.start(40, 12, "", nil, bin, "run", "fault-short")
	r.waitFor("Before you start")
	r.waitFor("Pain, 0 (none)")
	r.keys("9")
	r.keys("2")
	r.waitFor("That is a lot (pain rated 9)")
	t.Logf("the check-in before, at 40x12:\n%s", r.screen())
	r.keys("n")
	r.waitFor("Session complete")
	r.keys("s") // the check-in after it: skipped
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, r.screen())
	}
	evs := r.events()
	if len(evs) != 1 || evs[0].Checkin == nil || *evs[0].Checkin.Pain != 9 || evs[0].Checkin.When != "start" {
		t.Fatalf("logged %+v", evs)
	}
}
