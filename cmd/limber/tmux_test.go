package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/store"
)

// The fault tests run the real limber binary in a private tmux server, the way a person runs it
// in a terminal, and look at what the terminal shows and what tmux knows of its state.

// faultContent is the user content the fault tests run: a one-minute hold (long enough to be
// interrupted in), and a two-second one (short enough to run to the end).
const faultContent = `
[[exercise]]
id = "fault-hold"
name = "Fault hold"
position = "standing"
cues = ["Stand tall and breathe."]
sides = "none"
hold = "60s"

[[routine]]
id = "fault"
name = "Fault check"
get_ready = "1s"
[[routine.step]]
exercise = "fault-hold"

[[routine]]
id = "fault-short"
name = "Fault short"
get_ready = "1s"
[[routine.step]]
exercise = "fault-hold"
hold = "2s"
`

// colourSGR matches a colour being set in tmux's capture-pane -e output (tmux writes each
// attribute as its own sequence; 39 and 49, the default colours, are not colour).
var colourSGR = regexp.MustCompile(`\x1b\[(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]`)

// binary is the limber binary the end-to-end tests run: built once for the whole package, on
// first use (so unit-test-only runs never build it), and removed by TestMain.
var binary lazyBinary

// lazyBinary builds the binary once.
type lazyBinary struct {
	once sync.Once
	dir  string
	path string
	out  []byte
	err  error
}

func (b *lazyBinary) build() (string, []byte, error) {
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", "limber-test-bin-"); b.err != nil {
			return
		}
		b.path = filepath.Join(b.dir, "limber")
		b.out, b.err = exec.Command("go", "build", "-o", b.path, ".").CombinedOutput()
	})
	return b.path, b.out, b.err
}

// TestMain runs the tests and removes the binary they built, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	if binary.dir != "" {
		os.RemoveAll(binary.dir)
	}
	os.Exit(code)
}

// buildLimber returns the limber binary, built once per test run of this package.
func buildLimber(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the terminal fault tests need tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; the terminal fault tests need it")
	}
	bin, out, err := binary.build()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// rig is one limber run in its own tmux server, with its own config and data folders.
type rig struct {
	t        *testing.T
	sock     string
	dir      string
	data     string
	pidFile  string
	exitFile string
}

// newRig prepares the folders: the fault routines, and fresh safety answers so runs go straight
// to the routine.
func newRig(t *testing.T) *rig {
	t.Helper()
	dir := t.TempDir()
	r := &rig{t: t, dir: dir, data: filepath.Join(dir, "data"), pidFile: filepath.Join(dir, "pid"),
		exitFile: filepath.Join(dir, "exit"),
		sock:     fmt.Sprintf("limber-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	must(t, os.MkdirAll(filepath.Join(dir, "config", "content"), 0o700))
	must(t, os.MkdirAll(r.data, 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "config", "content", "fault.toml"), []byte(faultContent), 0o600))
	answers := fmt.Sprintf(`{"v":2,"date":%q,"red_flags":false,"pregnant":false,"gentle_only":false}`,
		time.Now().Format(time.RFC3339))
	must(t, os.WriteFile(filepath.Join(r.data, "safety.json"), []byte(answers), 0o600))
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", r.sock, "kill-server").Run() })
	return r
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// start runs `env ENV... limber ARGS...` in a w×h tmux window. prelude is shell run first in the
// same shell (e.g. "stty rows 0 cols 0", "ulimit -f 1"). When limber exits the pane stays, so its
// exit status and the terminal's state can be read.
func (r *rig) start(w, h int, prelude string, env []string, bin string, args ...string) {
	r.t.Helper()
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
	vars := []string{"LIMBER_CONFIG_DIR=" + filepath.Join(r.dir, "config"), "LIMBER_DATA_DIR=" + r.data,
		"LIMBER_STATE_DIR=" + r.store().State, "TERM=xterm-256color", "HOME=" + r.dir}
	vars = append(vars, env...)
	cmd := "exec env"
	for _, v := range append(vars, bin) {
		cmd += " " + q(v)
	}
	for _, a := range args {
		cmd += " " + q(a)
	}
	if prelude != "" {
		cmd = prelude + "; " + cmd
	}
	inner := "echo $$ > " + q(r.pidFile) + "; " + cmd
	outer := "sh -c " + q(inner) + "; echo $? > " + q(r.exitFile) + "; exec sleep 600"
	out, err := exec.Command("tmux", "-L", r.sock, "-f", "/dev/null", "new-session", "-d", "-s", "f",
		"-x", strconv.Itoa(w), "-y", strconv.Itoa(h), outer).CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
}

// store is the rig's folders as limber sees them: its data folder, and the state folder under
// its home.
func (r *rig) store() store.Dir {
	return store.Dir{Data: r.data, State: filepath.Join(r.dir, ".local", "state", "limber")}
}

// deviceLogs is what the devices' files of the history in the data folder hold (one device's,
// in a test that runs limber on one machine): where limber saves sessions.
func deviceLogs(data string) []byte {
	files, _ := filepath.Glob(filepath.Join(data, store.HistoryDevices, "*.jsonl"))
	var all []byte
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all = append(all, b...)
	}
	return all
}

// tmux runs a tmux command on the rig's server.
func (r *rig) tmux(args ...string) string {
	r.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", r.sock}, args...)...).CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is what the pane shows; screenEsc the same with its attributes as escape sequences.
func (r *rig) screen() string    { return r.tmux("capture-pane", "-p", "-t", "f") }
func (r *rig) screenEsc() string { return r.tmux("capture-pane", "-p", "-e", "-t", "f") }

// pane reads a tmux format of the pane, e.g. "#{alternate_on}".
func (r *rig) pane(format string) string {
	return strings.TrimSpace(r.tmux("display-message", "-p", "-t", "f", format))
}

// keys sends keys to the pane as tmux send-keys names them ("C-c", "space", "q").
func (r *rig) keys(keys ...string) { r.tmux(append([]string{"send-keys", "-t", "f"}, keys...)...) }

// resize changes the window's size, as a person dragging the terminal's corner would.
func (r *rig) resize(w, h int) {
	r.tmux("resize-window", "-t", "f", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h))
}

// eventually polls cond every 50 ms until it holds, failing with the screen after timeout.
func (r *rig) eventually(what string, timeout time.Duration, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out after %v waiting for %s; the screen:\n%s", timeout, what, r.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitFor waits until text is on the screen.
func (r *rig) waitFor(text string) {
	r.t.Helper()
	r.eventually(fmt.Sprintf("%q on the screen", text), 10*time.Second,
		func() bool { return strings.Contains(r.screen(), text) })
}

// waitHold waits until the fault hold is counting down (get-ready over).
func (r *rig) waitHold() {
	r.t.Helper()
	r.eventually("the hold to start", 10*time.Second, func() bool {
		s := r.screen()
		return strings.Contains(s, "Fault hold") && !strings.Contains(s, "GET READY")
	})
}

// left is the hold's countdown on the screen (a line that is only a number, as the count is
// drawn in plain digits under 20 rows), or -1 when there is none.
func (r *rig) left() int {
	for _, l := range strings.Split(r.screen(), "\n") {
		if n, err := strconv.Atoi(strings.TrimSpace(l)); err == nil {
			return n
		}
	}
	return -1
}

// counting waits until the hold has counted down at least a second and returns what it shows:
// a second of the hold is done (so the record says partial), however late this looks.
func (r *rig) counting() int {
	r.t.Helper()
	n := -1
	r.eventually("the hold to count down", 10*time.Second, func() bool {
		n = r.left()
		return n > 0 && n <= 59
	})
	return n
}

// pid is limber's process id.
func (r *rig) pid() int {
	r.t.Helper()
	var pid int
	r.eventually("limber's pid", 5*time.Second, func() bool {
		b, err := os.ReadFile(r.pidFile)
		pid, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		return err == nil && pid > 0
	})
	return pid
}

// exitCode waits for limber to exit and returns its status.
func (r *rig) exitCode() int {
	r.t.Helper()
	code := -1
	r.eventually("limber to exit", 10*time.Second, func() bool {
		b, err := os.ReadFile(r.exitFile)
		if err != nil {
			return false
		}
		code, err = strconv.Atoi(strings.TrimSpace(string(b)))
		return err == nil
	})
	return code
}

// restored checks that the terminal is back to normal: the alternate screen left and the
// cursor shown.
func (r *rig) restored() {
	r.t.Helper()
	if got := r.pane("#{alternate_on} #{cursor_flag}"); got != "0 1" {
		r.t.Errorf("terminal not restored: alternate screen, cursor shown = %q, want \"0 1\"; the screen:\n%s",
			got, r.screen())
	}
}

// history returns the history log's lines, waiting up to timeout for it to have want lines.
func (r *rig) history(want int, timeout time.Duration) []string {
	r.t.Helper()
	var lines []string
	r.eventually(fmt.Sprintf("%d history lines", want), timeout, func() bool {
		b := deviceLogs(r.data)
		lines = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if len(b) == 0 {
			lines = nil
		}
		return len(lines) >= want
	})
	return lines
}
