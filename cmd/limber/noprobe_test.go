package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoTerminalProbeAtStart: limber, started in a terminal inside tmux, does not run `tmux
// info` (Lip Gloss's colour probe at package initialisation: up to 50 ms before main), and
// NO_COLOR, which package noprobe sets while Lip Gloss initialises, is the user's again by main:
// the coach is coloured without it and colourless with it.
func TestNoTerminalProbeAtStart(t *testing.T) {
	bin := buildLimber(t)
	real, err := exec.LookPath("tmux")
	must(t, err)
	r := newRig(t)
	fake := filepath.Join(r.dir, "fakebin")
	marker := filepath.Join(r.dir, "tmux-ran")
	must(t, os.MkdirAll(fake, 0o700))
	must(t, os.WriteFile(filepath.Join(fake, "tmux"),
		[]byte("#!/bin/sh\necho \"$@\" >> '"+marker+"'\nexec '"+real+"' \"$@\"\n"), 0o700))
	path := "PATH=" + fake + ":" + os.Getenv("PATH")

	r.start(80, 24, "", []string{path}, bin)
	r.waitFor("back care and desk breaks")
	if !colourSGR.MatchString(r.screenEsc()) {
		t.Errorf("the coach has no colour without NO_COLOR; the screen:\n%s", r.screenEsc())
	}
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	if b, err := os.ReadFile(marker); err == nil {
		t.Errorf("limber ran tmux at start (%s): Lip Gloss probed the terminal", strings.TrimSpace(string(b)))
	}

	r2 := newRig(t)
	r2.start(80, 24, "", []string{path, "NO_COLOR=1"}, bin)
	r2.waitFor("back care and desk breaks")
	if colourSGR.MatchString(r2.screenEsc()) {
		t.Errorf("the coach has colour with NO_COLOR=1; the screen:\n%s", r2.screenEsc())
	}
	r2.keys("q")
	r2.exitCode()
}

// TestNoProbeInitialisedFirst: package noprobe is initialised before Lip Gloss (and before
// github.com/xo/terminfo, which Lip Gloss's colour probe needs), which is what lets it stop the
// probe. Go's initialisation order is by import path among the packages that are ready, so a
// rename of either could change it.
func TestNoProbeInitialisedFirst(t *testing.T) {
	bin, out, err := binary.build()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	trace, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("limber version: %v\n%s", err, trace)
	}
	at := func(pkg string) int {
		i := strings.Index(string(trace), "init "+pkg+" @")
		if i < 0 {
			t.Fatalf("no init of %s in the trace:\n%s", pkg, trace)
		}
		return i
	}
	first := at("github.com/limber-coach/limber/cmd/limber/internal/noprobe")
	for _, later := range []string{"github.com/xo/terminfo", "github.com/charmbracelet/colorprofile", "charm.land/lipgloss/v2"} {
		if at(later) < first {
			t.Errorf("%s is initialised before package noprobe: Lip Gloss would probe the terminal at start", later)
		}
	}
}
