//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// status runs `limber status ARGS...` against the rig's data folder.
func (r *rig) status(bin string, args ...string) string {
	r.t.Helper()
	cmd := exec.Command(bin, append([]string{"status"}, args...)...)
	cmd.Env = append(os.Environ(), "LIMBER_DATA_DIR="+r.data, "LIMBER_CONFIG_DIR="+filepath.Join(r.dir, "config"),
		"LIMBER_STATE_DIR="+r.store().State, "HOME="+r.dir)
	out, err := cmd.Output()
	if err != nil {
		r.t.Fatalf("limber status: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// TestRemindInATerminal runs the real limber remind in tmux: the countdown, the due prompt with
// the bell, snooze and skip as limber status sees them, a break run in the coach and back to
// counting, and quitting with the state file left saying it stopped.
func TestRemindInATerminal(t *testing.T) {
	bin := buildLimber(t)
	r := newRig(t)
	r.start(80, 14, "", nil, bin, "remind", "--every", "2s", "--hours", "always", "--routine", "fault-short")
	r.waitFor("Next break at")
	r.waitFor("Time for a break: Fault short")
	r.eventually("the bell", 5*time.Second, func() bool { return r.pane("#{window_bell_flag}") == "1" })
	if got := r.status(bin); got != "break due" {
		t.Errorf("status while due: %q", got)
	}
	r.keys("s")
	r.waitFor("Snoozed: next break at")
	r.eventually("status to see the snooze", 5*time.Second, func() bool { return r.status(bin) == "break in 5m (snoozed)" })
	r.keys("k")
	r.waitFor("Today: 0 taken, 1 skipped")
	if got := r.status(bin, "--format", "{state} {taken}/{skipped}"); got != "counting 0/1" {
		t.Errorf("status --format: %q", got)
	}

	r.keys("Enter") // the break, in the full-screen coach
	r.eventually("the coach", 10*time.Second, func() bool { return r.pane("#{alternate_on}") == "1" })
	r.waitFor("Saved to your history") // the 2 s hold runs to its end
	if got := r.status(bin); got != "on a break" {
		t.Errorf("status during the break: %q", got)
	}
	if !strings.Contains(r.screen(), "q back to remind") {
		t.Errorf("the summary of a remind break does not say q goes back to the reminder:\n%s", r.screen())
	}
	r.keys("q")
	r.waitFor("Today: 1 taken, 1 skipped")
	if lines := strings.Split(r.screen(), "\n"); !strings.HasPrefix(lines[0], "limber remind · ") {
		t.Errorf("the reminder is not back in its own rows (a line left above it?):\n%s", r.screen())
	}
	r.history(1, 5*time.Second)

	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit %d", code)
	}
	r.restored()
	st, err := r.store().RemindState()
	if err != nil || st.Running || st.Taken != 1 || st.Skipped != 1 {
		t.Errorf("state after quitting: %+v, %v", st, err)
	}
	if got := r.status(bin); !strings.HasPrefix(got, "last break ") {
		t.Errorf("status after remind quit: %q", got)
	}
}

// TestRemindStoppedBySignals: SIGTERM and SIGHUP end limber remind with 143 and 129, the
// terminal restored and the state file saying it no longer runs.
func TestRemindStoppedBySignals(t *testing.T) {
	bin := buildLimber(t)
	for name, c := range map[string]struct {
		sig  syscall.Signal
		code int
	}{"SIGTERM": {syscall.SIGTERM, 143}, "SIGHUP": {syscall.SIGHUP, 129}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			r.start(80, 14, "", nil, bin, "remind", "--every", "1h", "--hours", "always")
			r.waitFor("Next break at")
			must(t, syscall.Kill(r.pid(), c.sig))
			if code := r.exitCode(); code != c.code {
				t.Errorf("exit %d, want %d", code, c.code)
			}
			r.restored()
			if st, _ := r.store().RemindState(); st.Running {
				t.Errorf("the state file still says running: %+v", st)
			}
			if got := r.status(bin); got != "" {
				t.Errorf("status after remind stopped, with no history: %q", got)
			}
		})
	}
}
