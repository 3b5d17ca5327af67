package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// fullDiskRoutine is four one-second holds: a record of about a kilobyte, larger than the room a
// one-block file-size limit leaves after the existing log, so the write is cut short.
const fullDiskRoutine = `
[[routine]]
id = "fault-many"
name = "Fault many"
get_ready = "0s"
rest = "0s"
[[routine.step]]
exercise = "fault-hold"
hold = "1s"
[[routine.step]]
exercise = "fault-hold"
hold = "1s"
[[routine.step]]
exercise = "fault-hold"
hold = "1s"
[[routine.step]]
exercise = "fault-hold"
hold = "1s"
`

// seedLog writes one earlier session to the rig's history and returns the log's bytes.
func seedLog(t *testing.T, r *rig) []byte {
	t.Helper()
	started := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	e := journal.Entry{V: journal.Version, ID: journal.NewID(started), Routine: "desk-break",
		RoutineName: "Desk break", Kind: journal.KindRoutine, Status: "completed", Started: started,
		Ended: started.Add(5 * time.Minute), Seconds: 300}
	path := r.store().HistoryPath()
	must(t, journal.Append(path, e))
	b, err := os.ReadFile(path)
	must(t, err)
	return b
}

// unchanged checks the history log still holds exactly before.
func unchanged(t *testing.T, r *rig, before []byte) {
	t.Helper()
	after, err := os.ReadFile(r.store().HistoryPath())
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Errorf("the history log changed:\nbefore %q\nafter  %q", before, after)
	}
}

// TestPlainRunOnAFullDisk runs a routine in plain mode under a one-block file-size limit, so the
// record's write is cut short as on a disk that fills up mid-write: the run finishes, the user
// is told the session was not saved, the exit status is 1, and the log is byte for byte what it
// was. The next run, with room again, is saved and the log reads back without damage.
func TestPlainRunOnAFullDisk(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "content", "many.toml"), []byte(fullDiskRoutine), 0o600))
	before := seedLog(t, r)
	if len(before) >= 512 {
		t.Fatalf("the seeded log is %d bytes; keep it under one block so the write is cut short", len(before))
	}
	env := append(os.Environ(), "LIMBER_CONFIG_DIR="+filepath.Join(r.dir, "config"), "LIMBER_DATA_DIR="+r.data, "LIMBER_STATE_DIR="+r.store().State)
	cmd := exec.Command("sh", "-c", `ulimit -f 1 && exec "$0" run fault-many --plain`, bin)
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1\nstderr: %s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "Session complete") {
		t.Errorf("the run did not finish:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "NOT saved") || strings.Contains(stdout.String(), "Saved to your history") {
		t.Errorf("not told the session was not saved:\nstdout: %s\nstderr: %s", stdout.String(), stderr.String())
	}
	unchanged(t, r, before)

	cmd = exec.Command(bin, "run", "fault-many", "--plain")
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the run with room: %v\n%s", err, out)
	}
	cmd = exec.Command(bin, "history")
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil || strings.Contains(string(out), "damaged") || strings.Count(string(out), "\n") != 3 {
		t.Errorf("history after the failed and the good run (want a header and two sessions): %v\n%s", err, out)
	}
}

// TestCoachOnAFullDisk runs a short routine in the coach with no room to write: the hold runs to
// the end, the summary says the session could not be saved, and the log is untouched.
func TestCoachOnAFullDisk(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	before := seedLog(t, r)
	r.start(80, 24, "ulimit -f 0", nil, bin, "run", "fault-short")
	r.waitFor("Could not save this session")
	r.keys("q")
	if code := r.exitCode(); code != 1 {
		t.Errorf("exit status %d, want 1; the screen:\n%s", code, r.screen())
	}
	r.restored()
	if s := r.screen(); !strings.Contains(s, "NOT saved") {
		t.Errorf("no word after exit that the session was not saved:\n%s", s)
	}
	unchanged(t, r, before)
}

// TestCoachWithAnUnusableDataFolder points the data folder below a regular file, which no one —
// root included — can create: the safety check is asked (its answers cannot be read or kept),
// the routine runs, and the summary says the session could not be saved.
func TestCoachWithAnUnusableDataFolder(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	blocker := filepath.Join(r.dir, "blocker")
	must(t, os.WriteFile(blocker, []byte("not a folder\n"), 0o600))
	r.start(80, 24, "", []string{"LIMBER_DATA_DIR=" + filepath.Join(blocker, "limber")}, bin, "run", "fault-short")
	r.waitFor("Does any of this apply to you?")
	r.keys("n")
	r.waitFor("Does pain spread")
	r.keys("n")
	r.waitFor("Are you pregnant?")
	r.keys("n")
	r.waitFor("Could not save this session")
	r.keys("q")
	if code := r.exitCode(); code != 1 {
		t.Errorf("exit status %d, want 1; the screen:\n%s", code, r.screen())
	}
	r.restored()
}
