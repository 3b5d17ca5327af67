package hooks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func script(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "hook.sh")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body), 0o700); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFireRunsTheCommandWithTheEvent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	hook := script(t, `printf '%s|%s|%s|%s\n' "$LIMBER_EVENT" "$LIMBER_ROUTINE" "$1" "$HOME" >> "$OUT"`)
	r := New(map[string][]string{"on_break_due": {hook, "an arg; not a shell"}}, []string{"OUT=" + out, "HOME=/home/x"})
	if !r.Has(Due) || r.Has(Start) {
		t.Fatal("Has")
	}
	r.Fire(Due, map[string]string{"ROUTINE": "desk-break"})
	r.Fire(Start, nil) // no command: nothing
	r.Wait(5 * time.Second)
	b, _ := os.ReadFile(out)
	if got := string(b); got != "break_due|desk-break|an arg; not a shell|/home/x\n" {
		t.Errorf("hook saw %q", got)
	}
	if f := r.Failures(); len(f) != 0 {
		t.Errorf("failures %v", f)
	}
	var none *Runner
	none.Fire(Due, nil)
	if none.Has(Due) || none.Failures() != nil {
		t.Error("a nil runner runs nothing")
	}
}

func TestAFailingHookIsReportedOnce(t *testing.T) {
	hook := script(t, "echo 'no chat server' >&2; exit 3")
	r := New(map[string][]string{"on_break_done": {hook}, "on_break_skipped": {"/no/such/program"}}, nil)
	for range 3 {
		r.Fire(Done, nil)
	}
	r.Fire(Skipped, nil)
	r.Wait(5 * time.Second)
	f := r.Failures()
	if len(f) != 2 {
		t.Fatalf("failures %q", f)
	}
	joined := strings.Join(f, "\n")
	if !strings.Contains(joined, "on_break_done ("+hook+") failed: exit status 3: no chat server") ||
		!strings.Contains(joined, "on_break_skipped (/no/such/program) failed:") {
		t.Errorf("failures:\n%s", joined)
	}
	r.Fire(Done, nil)
	r.Wait(5 * time.Second)
	if f := r.Failures(); len(f) != 0 {
		t.Errorf("reported again: %q", f)
	}
}

func TestFireNeverWaits(t *testing.T) {
	hook := script(t, "exec sleep 30")
	r := New(map[string][]string{"on_break_start": {hook}}, nil)
	r.timeout = 300 * time.Millisecond
	start := time.Now()
	r.Fire(Start, nil)
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("Fire took %v", d)
	}
	r.Wait(5 * time.Second)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("a hanging hook was not stopped: %v", d)
	}
	if f := r.Failures(); len(f) != 1 || !strings.Contains(f[0], "ran longer than") {
		t.Errorf("failures %q", f)
	}
	// Wait stops what is still running after the grace.
	r.timeout = time.Minute
	r.Fire(Start, nil)
	start = time.Now()
	r.Wait(200 * time.Millisecond)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Wait took %v", d)
	}
}
