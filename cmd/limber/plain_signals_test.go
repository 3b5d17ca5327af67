package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/store"
)

// plainContent is the routine the plain-mode stop tests run: no get-ready, then a long hold to
// be stopped in (the ids are the fault tests', so checkStopped applies).
const plainContent = `
[[exercise]]
id = "fault-hold"
name = "Fault hold"
position = "standing"
cues = ["Stand tall and breathe."]
sides = "none"
hold = "2m"

[[routine]]
id = "fault"
name = "Fault check"
get_ready = "0s"
[[routine.step]]
exercise = "fault-hold"
`

// plainHoldLine starts the line that announces the hold: the run is in it.
const plainHoldLine = "Fault hold - hold 2 min"

// plainRun is the real limber binary running `limber run fault --plain` with pipes for its
// standard streams and its own config and data folders.
type plainRun struct {
	t      *testing.T
	cmd    *exec.Cmd
	data   string
	stdin  io.WriteCloser // kept open: the run does not go on by itself
	out    *bufio.Reader
	outR   *os.File
	stderr bytes.Buffer
	seen   []string // the stdout lines read so far
}

func startPlain(t *testing.T, bin string) *plainRun {
	t.Helper()
	dir := t.TempDir()
	p := &plainRun{t: t, data: filepath.Join(dir, "data")}
	must(t, os.MkdirAll(filepath.Join(dir, "config", "content"), 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "config", "content", "fault.toml"), []byte(plainContent), 0o600))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a hung run is killed
	t.Cleanup(cancel)
	p.cmd = exec.CommandContext(ctx, bin, "run", "fault", "--plain")
	p.cmd.Env = []string{"HOME=" + dir, "LIMBER_CONFIG_DIR=" + filepath.Join(dir, "config"),
		"LIMBER_DATA_DIR=" + p.data, "PATH=" + os.Getenv("PATH"), "TERM=dumb"}
	var err error
	p.stdin, err = p.cmd.StdinPipe()
	must(t, err)
	// stdout is a pipe of our own, so the test can close its reading end.
	r, w, err := os.Pipe()
	must(t, err)
	p.cmd.Stdout, p.cmd.Stderr = w, &p.stderr
	must(t, p.cmd.Start())
	w.Close()
	p.outR, p.out = r, bufio.NewReader(r)
	t.Cleanup(func() { r.Close(); p.stdin.Close() })
	return p
}

// waitLine reads stdout until a line starting with prefix, failing at the end of the output.
func (p *plainRun) waitLine(prefix string) {
	p.t.Helper()
	for {
		line, err := p.out.ReadString('\n')
		p.seen = append(p.seen, strings.TrimRight(line, "\n"))
		if strings.HasPrefix(line, prefix) {
			return
		}
		if err != nil {
			p.t.Fatalf("no line starting %q before the output ended (%v); stdout:\n%s\nstderr:\n%s",
				prefix, err, strings.Join(p.seen, "\n"), &p.stderr)
		}
	}
}

// wait waits for limber to exit, with the rest of its output read, and returns its exit status.
func (p *plainRun) wait() int {
	p.t.Helper()
	rest, _ := io.ReadAll(p.out) // nothing when the reading end was closed
	p.seen = append(p.seen, strings.Split(string(rest), "\n")...)
	err := p.cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			p.t.Fatalf("limber was killed by %v; stderr:\n%s", ws.Signal(), &p.stderr)
		}
		return ee.ExitCode()
	}
	p.t.Fatalf("waiting for limber: %v", err)
	return -1
}

// history is the run's history log, one line per session.
func (p *plainRun) history() []string {
	b := deviceLogs(p.data)
	if len(b) == 0 {
		return nil
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

// TestPlainStopsCleanlyOnSignals stops a real plain-mode run in its hold with SIGTERM, SIGINT and
// SIGHUP, and with its output closed (the reader of `limber run --plain | head -1` gone, which
// would raise SIGPIPE), and checks the exit status and that the session is in the history as
// stopped.
func TestPlainStopsCleanlyOnSignals(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	for _, c := range []struct {
		name string
		sig  syscall.Signal
		code int
	}{{"SIGTERM", syscall.SIGTERM, 143}, {"SIGINT", syscall.SIGINT, 130}, {"SIGHUP", syscall.SIGHUP, 129}} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := startPlain(t, bin)
			p.waitLine(plainHoldLine)
			must(t, p.cmd.Process.Signal(c.sig))
			if code := p.wait(); code != c.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, c.code, &p.stderr)
			}
			out := strings.Join(p.seen, "\n")
			for _, want := range []string{"Session stopped: Fault check", "Saved to your history"} {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			checkStopped(t, p.history(), "")
		})
	}
	t.Run("output closed", func(t *testing.T) {
		t.Parallel()
		p := startPlain(t, bin)
		p.waitLine(plainHoldLine)
		p.outR.Close()                        // the reader goes away, as head does after its line
		_, err := fmt.Fprintln(p.stdin, "zz") // an unknown command: limber answers at once
		must(t, err)
		if code := p.wait(); code != 1 {
			t.Errorf("exit status %d, want 1; stderr:\n%s", code, &p.stderr)
		}
		for _, want := range []string{"cannot write the output", "broken pipe", "saved to your history as stopped"} {
			if !strings.Contains(p.stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, &p.stderr)
			}
		}
		checkStopped(t, p.history(), "")
	})
}

// TestPlainQuestionEndsAtOnceOnSignals runs plain mode in a real terminal (so it asks the safety
// questions) and signals it while the first question waits for an answer: it ends at once with
// the signal's exit status, and nothing is saved — no session never begun, no answers.
func TestPlainQuestionEndsAtOnceOnSignals(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	for _, c := range []struct {
		name string
		send func(r *rig)
		code int
	}{
		{"ctrl+c", func(r *rig) { r.keys("C-c") }, 130},
		{"SIGTERM", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGTERM)) }, 143},
		{"SIGHUP", func(r *rig) { must(t, syscall.Kill(r.pid(), syscall.SIGHUP)) }, 129},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := newRig(t)
			must(t, os.Remove(filepath.Join(r.data, "safety.json"))) // the check is due
			r.start(80, 24, "", nil, bin, "run", "fault", "--plain")
			r.waitFor("Does any of this apply to you? [y/n]")
			c.send(r)
			if code := r.exitCode(); code != c.code {
				t.Errorf("exit status %d, want %d; the screen:\n%s", code, c.code, r.screen())
			}
			for _, f := range []string{"history.jsonl", store.HistoryDevices, "safety.json"} {
				if _, err := os.Stat(filepath.Join(r.data, f)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s was written for a session that never began (%v)", f, err)
				}
			}
		})
	}
}
