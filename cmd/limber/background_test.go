package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// waitFor polls cond (a file another process writes) until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not within %v", what, d)
}

// TestBackgroundReminderEndToEnd runs the real binary as a service would: limber remind
// --background with a fake notify-send on PATH that records its calls, and an on_break_due
// hook. The due break arrives as a notification that says how to start it, the hook runs with
// the event in its environment, limber status says the break is due, a session logged by
// another door (limber hold) is a break and counting starts again, a second reminder is refused
// (one per person), and SIGTERM ends it with the state file saying so.
func TestBackgroundReminderEndToEnd(t *testing.T) {
	bin := buildLimber(t)
	dir := t.TempDir()
	cfg, data, state, fakes := filepath.Join(dir, "config"), filepath.Join(dir, "data"), filepath.Join(dir, "state"), filepath.Join(dir, "bin")
	for _, d := range []string{cfg, data, state, fakes} {
		must(t, os.MkdirAll(d, 0o700))
	}
	calls, hooked := filepath.Join(dir, "notify-send.calls"), filepath.Join(dir, "hook.env")
	must(t, os.WriteFile(filepath.Join(fakes, "notify-send"), []byte("#!/bin/sh\nprintf '%s|' \"$@\" >> '"+calls+"'\necho >> '"+calls+"'\n"), 0o755))
	hook := filepath.Join(fakes, "on-due")
	must(t, os.WriteFile(hook, []byte("#!/bin/sh\nenv | grep '^LIMBER_' | sort > '"+hooked+"'\n"), 0o755))
	must(t, os.WriteFile(filepath.Join(cfg, "config.toml"), []byte(`remind_hours = "always"
remind_days = "every day"
on_break_due = ["`+hook+`", "due"]
`), 0o600))
	answers := `{"v":2,"date":"` + time.Now().Format(time.RFC3339) + `","red_flags":false,"pregnant":false,"gentle_only":false}`
	must(t, os.WriteFile(filepath.Join(data, "safety.json"), []byte(answers), 0o600))
	env := append(os.Environ(), "LIMBER_CONFIG_DIR="+cfg, "LIMBER_DATA_DIR="+data, "LIMBER_STATE_DIR="+state, "HOME="+dir,
		"PATH="+fakes+":/usr/bin:/bin", "TMUX=", "NO_COLOR=1")
	limber := func(args ...string) *exec.Cmd {
		c := exec.Command(bin, args...)
		c.Env = env
		return c
	}

	logPath := filepath.Join(dir, "remind.log") // a file: the process writes it while the test reads
	logFile, err := os.Create(logPath)
	must(t, err)
	defer logFile.Close()
	logText := func() string { b, _ := os.ReadFile(logPath); return string(b) }
	bg := limber("remind", "--background", "--every", "2s")
	bg.Stdout, bg.Stderr = logFile, logFile
	must(t, bg.Start())
	done := make(chan error, 1)
	go func() { done <- bg.Wait() }()
	defer func() {
		if bg.ProcessState == nil {
			bg.Process.Kill()
		}
	}()

	waitFor(t, 15*time.Second, "a notification of the due break", func() bool {
		b, _ := os.ReadFile(calls)
		return bytes.Contains(b, []byte("Time for a break"))
	})
	b, _ := os.ReadFile(calls)
	if !bytes.Contains(b, []byte("Start it with: limber run desk-break")) {
		t.Errorf("the notification does not say how to start the break: %s", b)
	}
	waitFor(t, 5*time.Second, "the on_break_due hook", func() bool {
		b, _ := os.ReadFile(hooked)
		return bytes.Contains(b, []byte("LIMBER_EVENT=break_due"))
	})
	if b, _ := os.ReadFile(hooked); !bytes.Contains(b, []byte("LIMBER_ROUTINE=desk-break")) {
		t.Errorf("the hook's environment: %s", b)
	}
	if out, _ := limber("status").Output(); strings.TrimSpace(string(out)) != "break due" {
		t.Errorf("limber status says %q, want break due", out)
	}
	if out, err := limber("remind", "--plain").CombinedOutput(); err == nil || !bytes.Contains(out, []byte("running")) {
		t.Errorf("a second reminder was not refused: %v %s", err, out)
	}

	// A quick hold logged from another terminal is a break: counting starts again.
	if out, err := limber("hold", "1s", "--ready", "0s", "--plain").CombinedOutput(); err != nil {
		t.Fatalf("limber hold: %v\n%s", err, out)
	}
	waitFor(t, 25*time.Second, "the logged hold counted as a break", func() bool {
		return strings.Contains(logText(), "A session was logged")
	})
	var st struct {
		Running    bool   `json:"running"`
		Background bool   `json:"background"`
		Taken      int    `json:"taken"`
		Phase      string `json:"phase"`
	}
	readState := func() {
		b, err := os.ReadFile(filepath.Join(state, "remind.json"))
		must(t, err)
		must(t, json.Unmarshal(b, &st))
	}
	waitFor(t, 5*time.Second, "the state file counting the hold", func() bool { readState(); return st.Taken == 1 })
	if !st.Running || !st.Background {
		t.Errorf("state while running: %+v", st)
	}

	must(t, bg.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 143 {
			t.Errorf("after SIGTERM: %v (want exit status 143)\n%s", err, logText())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("SIGTERM did not end limber remind --background\n%s", logText())
	}
	readState()
	if st.Running {
		t.Errorf("the state file still says running after SIGTERM")
	}
	t.Logf("the background reminder's log:\n%s", logText())
}
