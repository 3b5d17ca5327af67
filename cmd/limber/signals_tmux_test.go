package main

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCoachStopsCleanlyOnSignals interrupts a hold in the real coach with Ctrl+C, SIGTERM,
// SIGHUP and SIGQUIT, and checks the exit status, that the terminal is restored (alternate screen left,
// cursor shown) and that the session is in the history as stopped. Closing the terminal
// itself (tmux kills the pane: the kernel hangs up) must save it too.
func TestCoachStopsCleanlyOnSignals(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	cases := []struct {
		name string
		send func(r *rig)
		code int
	}{
		{"ctrl+c", func(r *rig) { r.keys("C-c") }, 130},
		{"SIGTERM", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGTERM)) }, 143},
		{"SIGHUP", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGHUP)) }, 129},
		{"SIGINT", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGINT)) }, 130},
		{"SIGQUIT", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGQUIT)) }, 131},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			r.start(80, 16, "", nil, bin, "run", "fault") // under 20 rows the count is plain digits
			r.waitHold()
			r.counting() // a second of the hold done: the record says partial
			if got := r.pane("#{alternate_on} #{cursor_flag}"); got != "1 0" {
				t.Fatalf("during the hold: alternate screen, cursor shown = %q, want \"1 0\"", got)
			}
			c.send(r)
			if code := r.exitCode(); code != c.code {
				t.Errorf("exit status %d, want %d; the screen:\n%s", code, c.code, r.screen())
			}
			r.restored()
			if s := r.screen(); !strings.Contains(s, "saved to your history as stopped") {
				t.Errorf("no word of the save on the screen:\n%s", s)
			}
			checkStopped(t, r.history(1, 5*time.Second), "partial")
		})
	}
	t.Run("terminal closed", func(t *testing.T) {
		t.Parallel()
		r := newRig(t)
		r.start(80, 16, "", nil, bin, "run", "fault")
		r.waitHold()
		r.counting()
		pid := r.pid()
		r.tmux("kill-server") // the pty goes away: the kernel sends SIGHUP
		checkStopped(t, r.history(1, 10*time.Second), "partial")
		r.eventually("limber to exit", 10*time.Second, func() bool { return syscall.Kill(pid, 0) != nil })
	})
}

// checkStopped checks the history holds exactly one session, the fault routine, stopped during
// its hold, with the hold's outcome when outcome is not "".
func checkStopped(t *testing.T, lines []string, outcome string) {
	t.Helper()
	if len(lines) != 1 {
		t.Fatalf("history has %d lines, want 1: %q", len(lines), lines)
	}
	wants := []string{`"routine":"fault"`, `"status":"stopped"`, `"exercise":"fault-hold"`}
	if outcome != "" {
		wants = append(wants, `"outcome":"`+outcome+`"`)
	}
	for _, want := range wants {
		if !strings.Contains(lines[0], want) {
			t.Errorf("history record lacks %s: %s", want, lines[0])
		}
	}
}

// TestCoachSuspendsAsAJob stops the coach during a hold as a shell's job control would (SIGTSTP
// from outside, then SIGCONT), and with Ctrl+Z: while stopped, the terminal is given back (the
// alternate screen left) and the hold's clock waits; after SIGCONT the screen is redrawn and the
// countdown goes on from where it was.
func TestCoachSuspendsAsAJob(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	for _, c := range []struct {
		name string
		stop func(r *rig)
	}{
		{"SIGTSTP", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGTSTP)) }},
		{"ctrl+z", func(r *rig) { r.keys("C-z") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			r.start(80, 16, "", nil, bin, "run", "fault")
			r.waitHold()
			before := r.counting()
			c.stop(r)
			r.eventually("limber to stop, the terminal given back", 10*time.Second, func() bool {
				return processStopped(r.pid()) && r.pane("#{alternate_on}") == "0"
			})
			time.Sleep(3 * time.Second) // away from the desk: the clock must not count this
			must(t, syscall.Kill(r.pid(), syscall.SIGCONT))
			r.eventually("the coach to come back", 10*time.Second, func() bool {
				return r.pane("#{alternate_on}") == "1" && strings.Contains(r.screen(), "Fault hold")
			})
			if after := r.left(); after < before-1 {
				t.Errorf("after 3 s stopped the hold shows %d, from %d before: the time away was counted\n%s", after, before, r.screen())
			}
			r.keys("q")
			r.waitFor("End this session?")
			r.keys("y")
			r.waitFor("Session stopped")
			r.keys("q")
			if code := r.exitCode(); code != 0 {
				t.Errorf("exit status %d, want 0", code)
			}
			r.restored()
			checkStopped(t, r.history(1, 5*time.Second), "partial")
		})
	}
}

// processStopped reports whether process pid is stopped (state T in /proc/PID/stat).
func processStopped(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] == 'T'
}
