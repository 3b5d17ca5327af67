package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

func TestRunDeskBreakIsSaved(t *testing.T) {
	ta := newTestApp(t)
	start := ta.clock.t
	if code := ta.run("run"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{"Before you start", "Get ready:", "Routine complete", "Session complete: Desk break", "Saved to your history"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	took := ta.clock.t.Sub(start)
	if took < 4*time.Minute || took > 7*time.Minute {
		t.Errorf("the desk break took %v of clock", took)
	}
	data, err := os.ReadFile(ta.historyPath())
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatalf("history line is not JSON: %v\n%s", err, data)
	}
	if rec["routine"] != "desk-break" || rec["status"] != "completed" || rec["v"].(float64) != 1 || rec["id"] == "" {
		t.Errorf("record: %v", rec)
	}
	info, err := os.Stat(ta.historyPath())
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("history file mode %v, want 0600", info.Mode().Perm())
	}
}

func TestRunQuitIsSavedAsStopped(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.runWithInput("q\n", "run", "desk-break", "--plain"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	data, _ := os.ReadFile(ta.historyPath())
	if !strings.Contains(string(data), `"status":"stopped"`) {
		t.Errorf("quit should be logged as stopped: %s", data)
	}
}

func TestRunUnknownRoutine(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("run", "desk-brake"); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(ta.errOut.String(), `unknown routine "desk-brake"; did you mean desk-break?`) {
		t.Errorf("stderr: %s", ta.errOut)
	}
	if _, err := os.Stat(ta.historyPath()); !os.IsNotExist(err) {
		t.Errorf("an unknown routine must not write history")
	}
}

func TestRunReportsAFailedSave(t *testing.T) {
	ta := newTestApp(t)
	// The data folder is a file: the history cannot be written.
	if err := os.WriteFile(ta.env["LIMBER_DATA_DIR"], []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code := ta.runWithInput("q\n", "run"); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if strings.Contains(ta.out.String(), "Saved") || !strings.Contains(ta.errOut.String(), "NOT saved") {
		t.Errorf("a failed save must never say saved:\nstdout: %s\nstderr: %s", ta.out, ta.errOut)
	}
}

func TestHomeWithoutTerminalListsRoutines(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run(); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(ta.out.String(), "desk-break") || !strings.Contains(ta.out.String(), "limber run") {
		t.Errorf("home output: %s", ta.out)
	}
}

func TestColorless(t *testing.T) {
	for _, c := range []struct {
		noColor, term string
		want          bool
	}{{"", "xterm-256color", false}, {"1", "xterm", true}, {"yes", "xterm", true}, {"", "dumb", true}} {
		ta := newTestApp(t)
		ta.env["NO_COLOR"], ta.env["TERM"] = c.noColor, c.term
		if got := colorless(ta.app); got != c.want {
			t.Errorf("NO_COLOR=%q TERM=%q: colorless %v, want %v", c.noColor, c.term, got, c.want)
		}
	}
}

// appendEntry writes a history entry for routine id on the test clock's day minus daysAgo.
func appendEntry(t *testing.T, ta *testApp, id, status string, daysAgo int, steps []journal.Step, pain []journal.Pain) {
	t.Helper()
	at := ta.clock.t.AddDate(0, 0, -daysAgo)
	e := journal.Entry{V: 1, ID: journal.NewID(at), Routine: id, RoutineName: id, Kind: journal.KindRoutine, Status: status,
		Started: at, Ended: at.Add(5 * time.Minute), Steps: steps, Pain: pain}
	if err := journal.Append(ta.historyPath(), e); err != nil {
		t.Fatal(err)
	}
}

func TestShowAndRunUseTodaysDoses(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "mine.toml", `
[[routine]]
id = "mine"
name = "Mine"
get_ready = "0s"
[[routine.step]]
exercise = "plank"
hold = "10s"
repeat = 1
sets = 1
progress = { every = 2, add = "5s", max = "30s" }
[[routine.step]]
exercise = "bird-dog"
`)
	done := []journal.Step{{Exercise: "plank", Kind: "hold", Outcome: "done"}, {Exercise: "bird-dog", Kind: "reps", Outcome: "done"}}
	appendEntry(t, ta, "mine", "completed", 3, done, nil)
	appendEntry(t, ta, "mine", "completed", 2, done, nil)
	appendEntry(t, ta, "mine", "pain", 1, []journal.Step{{Exercise: "bird-dog", Kind: "reps", Outcome: "pain"}},
		[]journal.Pain{{Exercise: "bird-dog", Name: "Bird-dog", At: ta.clock.t.AddDate(0, 0, -1)}})
	if code := ta.run("show", "mine"); code != 0 {
		t.Fatalf("show: exit %d %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{"today: 15s hold (base 10s hold) — progressed after 2 clean sessions", "Today:      adjusted from your history", "held back after pain on 20 Nov"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	ta.run("run", "mine", "--plain")
	if !strings.Contains(ta.out.String(), "Plank - hold 15 s") {
		t.Errorf("run should use today's 15 s hold:\n%s", ta.out)
	}
	ta.run("run", "mine", "--plain", "--base")
	if !strings.Contains(ta.out.String(), "Plank - hold 10 s") {
		t.Errorf("run --base should use the routine's 10 s hold:\n%s", ta.out)
	}
}
