package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// hostileContent puts terminal-hijacking text (clear screen, retitle the window to "pwned", a
// C1 CSI, a bell, a carriage return, bidirectional overrides, zero-width characters, a line
// separator) in an exercise and a routine.
const hostileContent = `
[[exercise]]
id = "evil"
name = "Evil\u001b[2J\u001b]2;pwned\u0007 hold\u202egnp.exe"
position = "seated"
cues = ["Sit\u009b31m tall\r\u0007.\u2066", "Breathe\u001b[1;1H.\u200b\u2028\u200d"]
caution = "Careful\u001bPq#0\u001b\\."
sides = "none"
hold = "1s"

[[routine]]
id = "evil-routine"
name = "Evil\u001b]2;pwned\u0007 routine\u202e"
summary = "Sum\u001b[31mmary\u0008."
get_ready = "0s"
[[routine.step]]
exercise = "evil"
note = "Note\u001b[5m\u200f."
`

// unsafeOutput returns the first rune of s that must not reach a terminal from content (line
// breaks aside), or -1.
func unsafeOutput(s string) rune {
	for _, r := range s {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == utf8.RuneError,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f,
			r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x2028, r == 0x2029, r == 0x061c:
			return r
		}
	}
	return -1
}

// limberCmd runs the binary with the rig's folders, within timeout; it returns stdout, stderr,
// the exit status and how long it took.
func limberCmd(t *testing.T, r *rig, timeout time.Duration, bin string, args ...string) (string, string, int, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "LIMBER_CONFIG_DIR="+filepath.Join(r.dir, "config"), "LIMBER_DATA_DIR="+r.data, "LIMBER_STATE_DIR="+r.store().State)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("limber %s did not finish in %v", strings.Join(args, " "), timeout)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if s := stderr.String(); strings.Contains(s, "panic:") || strings.Contains(s, "goroutine ") {
		t.Fatalf("limber %s crashed:\n%s", strings.Join(args, " "), s)
	}
	return stdout.String(), stderr.String(), code, took
}

// TestHostileContentOnTheCommandLine runs every command that prints content on the hostile
// routine: nothing that could drive a terminal gets through, on stdout or stderr.
func TestHostileContentOnTheCommandLine(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "content", "evil.toml"), []byte(hostileContent), 0o600))
	for _, args := range [][]string{
		{"list"}, {"list", "exercises"}, {"list", "--json"}, {"show", "evil-routine"}, {"show", "evil"},
		{"show", "evil", "--json"}, {"validate"}, {"run", "evil-routine", "--plain"}, {"history"}, {"stats"},
		{"show", "Evil\x1b]2;pwned\x07\u202e"}, {"run", "no\x1b[2Jpe", "--plain"},
	} {
		stdout, stderr, _, _ := limberCmd(t, r, 20*time.Second, bin, args...)
		for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
			if c := unsafeOutput(out); c >= 0 {
				t.Errorf("limber %q: %s holds %U:\n%q", args, name, c, out)
			}
		}
		if args[0] == "show" && len(args) == 2 && strings.HasPrefix(args[1], "evil") && !strings.Contains(stdout, "Evil") {
			t.Errorf("limber %q lost the name:\n%s", args, stdout)
		}
	}
}

// TestHostileContentInTheCoach shows the hostile routine on the home screen and runs it in the
// coach: the window title stays, nothing is cleared away, the text is there without its tricks.
func TestHostileContentInTheCoach(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "content", "evil.toml"), []byte(hostileContent), 0o600))
	r.start(100, 30, "", nil, bin, "run", "evil-routine")
	r.waitFor("Evil hold")
	r.waitFor("Session complete")
	s := r.screen()
	if c := unsafeOutput(s); c >= 0 {
		t.Errorf("the screen holds %U:\n%s", c, s)
	}
	if title := r.pane("#{pane_title}"); strings.Contains(title, "pwned") {
		t.Errorf("the content retitled the window: %q", title)
	}
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

// TestHugeContent loads a 900 KB cue and 100,000 routines (in twelve files, each under the
// 1 MiB a content file may hold): validate, list, show and a plain run finish in bounded time
// without a crash, the huge cue is reported without being repeated, and the coach's home screen
// opens, scrolls and filters the 100,000 routines.
func TestHugeContent(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	content := filepath.Join(r.dir, "config", "content")
	cue := strings.Repeat("Breathe out slowly \u202e\x1b[2J", 900<<10/34)
	must(t, os.WriteFile(filepath.Join(content, "huge.toml"), []byte("[[exercise]]\nid = \"huge\"\nname = \"Huge\"\n"+
		"position = \"seated\"\ncues = [\""+strings.ReplaceAll(strings.ReplaceAll(cue, "\x1b", `\u001b`), "\u202e", `\u202e`)+"\"]\nhold = \"5s\"\n"), 0o600))
	must(t, os.WriteFile(filepath.Join(content, "tiny.toml"), []byte("[[exercise]]\nid = \"tiny\"\nname = \"Tiny\"\nposition = \"seated\"\ncues = [\"Sit.\"]\nhold = \"1s\"\n"), 0o600))
	var b strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&b, "\n[[routine]]\nid = \"r-%d\"\nname = \"Routine %d\"\nget_ready = \"0s\"\n[[routine.step]]\nexercise = \"tiny\"\n", i, i)
		if (i+1)%8500 == 0 || i == 99999 {
			must(t, os.WriteFile(filepath.Join(content, fmt.Sprintf("many-%02d.toml", i/8500)), []byte(b.String()), 0o600))
			b.Reset()
		}
	}

	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"validate"}, 1},
		{[]string{"list"}, 0},
		{[]string{"show", "r-99999"}, 0},
		{[]string{"run", "r-99999", "--plain"}, 0},
	} {
		stdout, stderr, code, took := limberCmd(t, r, 30*time.Second, bin, c.args...)
		t.Logf("limber %s: %v, %d bytes out", strings.Join(c.args, " "), took.Round(time.Millisecond), len(stdout)+len(stderr))
		if code != c.code {
			t.Errorf("limber %q: exit status %d, want %d\n%s", c.args, code, c.code, stderr)
		}
		if !strings.Contains(stderr, "huge.toml:5:") || !strings.Contains(stderr, "cues") {
			t.Errorf("limber %q: the huge cue is not reported:\n%.2000s", c.args, stderr)
		}
		if len(stderr) > 4000 {
			t.Errorf("limber %q: %d bytes on stderr; the huge cue should not be repeated", c.args, len(stderr))
		}
		if c.args[0] == "list" && strings.Count(stdout, "Routine ") < 100000 {
			t.Errorf("limber list shows %d of the 100,000 routines", strings.Count(stdout, "Routine "))
		}
	}

	start := time.Now()
	r.start(100, 30, "", nil, bin)
	r.eventually("the home screen", 30*time.Second, func() bool { return strings.Contains(r.screen(), "back care and desk breaks") })
	t.Logf("coach home with 100,000 routines: first frame after %v", time.Since(start).Round(time.Millisecond))
	r.keys("/")
	r.keys("-l", "Routine 99999")
	r.eventually("the filtered list", 30*time.Second, func() bool {
		s := r.screen()
		return strings.Contains(s, "Routine 99999") && !strings.Contains(s, "Routine 1 ")
	})
	r.keys("Enter") // the filter is done; the list stays filtered
	r.eventually("the filter to close", 10*time.Second, func() bool { return !strings.Contains(r.screen(), "type to filter") })
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit status %d, want 0; the screen:\n%s", code, r.screen())
	}
}
