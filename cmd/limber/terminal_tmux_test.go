package main

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCoachTinyTerminals starts the coach in terminals from 0×0 up to the 40×12 minimum: below
// the minimum it asks for a larger window in as much as fits, at 40×12 it draws the hold with
// the pain line; after growing the window the hold is there, counting, and the session quits
// normally. The same when a running coach is shrunk step by step and grown again.
func TestCoachTinyTerminals(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	cases := []struct {
		name    string
		w, h    int
		prelude string // run in the pane before limber
		want    string // on the screen at that size; "" when nothing can be drawn
	}{
		{"0x0", 80, 16, "stty rows 0 cols 0", ""},
		{"1x1", 1, 1, "", "M"},
		{"10x3", 10, 3, "", "Make the"},
		{"40x12", 40, 12, "", "press !"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			r.start(c.w, c.h, c.prelude, nil, bin, "run", "fault")
			r.eventually("the first frame", 10*time.Second, func() bool { return r.pane("#{alternate_on}") == "1" })
			if c.want != "" {
				r.waitFor(c.want)
			}
			r.resize(81, 17) // not the window's size: for 0×0 only tmux knows the size is 80×16
			r.waitHold()
			r.counting() // still counting down
			quitSession(t, r)
		})
	}
	t.Run("shrunk while running", func(t *testing.T) {
		t.Parallel()
		r := newRig(t)
		r.start(80, 16, "", nil, bin, "run", "fault")
		r.waitHold()
		before := r.counting()
		for _, sz := range [][2]int{{40, 12}, {39, 12}, {10, 3}, {1, 1}, {2, 40}, {200, 2}} {
			r.resize(sz[0], sz[1])
			r.eventually("the pane to resize", 5*time.Second, func() bool {
				return r.pane("#{pane_width}x#{pane_height}") == strconv.Itoa(sz[0])+"x"+strconv.Itoa(sz[1])
			})
		}
		r.waitFor("40×12. The clock waits.") // 200×2: too short, and the hold waits
		r.resize(80, 16)
		r.waitHold()
		r.eventually("the hold to show again", 10*time.Second, func() bool { return r.left() > 0 })
		if after := r.left(); after < before-3 { // the shrinking itself takes a moment at 40×12
			t.Errorf("the hold shows %d, from %d before: it ran on while the window was too small", after, before)
		}
		quitSession(t, r)
	})
}

// TestCoachWithoutColour runs a hold with NO_COLOR=1 and NO_COLOR=yes (which strconv.ParseBool
// rejects, so Bubble Tea alone would keep colour): the hold is drawn and no colour reaches the
// terminal. With neither, colour does (so the check can fail). TERM=dumb gets plain mode (see
// TestDumbTerminalGetsPlainMode).
func TestCoachWithoutColour(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	cases := []struct {
		name   string
		env    []string
		colour bool
	}{
		{"colour", nil, true},
		{"NO_COLOR=1", []string{"NO_COLOR=1"}, false},
		{"NO_COLOR=yes", []string{"NO_COLOR=yes"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			r.start(80, 16, "", c.env, bin, "run", "fault")
			r.waitHold()
			r.waitFor("press !")
			screen := r.screenEsc()
			if got := colourSGR.MatchString(screen); got != c.colour {
				t.Errorf("colour on the screen = %v, want %v:\n%q", got, c.colour, screen)
			}
			quitSession(t, r)
		})
	}
}

// quitSession quits a running hold the way a person does (q, then y to confirm, then q on the
// summary) and checks limber exits 0, restores the terminal and logs the session as stopped.
func quitSession(t *testing.T, r *rig) {
	t.Helper()
	r.keys("q")
	r.waitFor("End this session?")
	r.keys("y")
	r.waitFor("Saved to your history")
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit status %d, want 0; the screen:\n%s", code, r.screen())
	}
	r.restored()
	if s := r.screen(); strings.Contains(s, "panic") || strings.Contains(s, "goroutine") {
		t.Errorf("the screen shows a crash:\n%s", s)
	}
	checkStopped(t, r.history(1, 5*time.Second), "")
}

// TestDumbTerminalGetsPlainMode runs limber in a terminal that says TERM=dumb (an Emacs shell
// buffer, some CI logs): plain mode's lines, never the alternate screen nor an escape sequence,
// and q (then Enter) stops the session as in plain mode anywhere.
func TestDumbTerminalGetsPlainMode(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	r.start(80, 16, "", []string{"TERM=dumb"}, bin, "run", "fault")
	r.waitFor("Fault hold")
	if got := r.pane("#{alternate_on}"); got != "0" {
		t.Errorf("TERM=dumb switched to the alternate screen:\n%s", r.screen())
	}
	if s := r.screenEsc(); strings.Contains(s, "\x1b[") {
		t.Errorf("escape sequences reached a dumb terminal:\n%q", s)
	}
	r.keys("q", "Enter")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit status %d, want 0; the screen:\n%s", code, r.screen())
	}
	checkStopped(t, r.history(1, 5*time.Second), "")
}
