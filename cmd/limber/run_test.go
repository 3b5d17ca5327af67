package main

import (
	"encoding/json"
	"os"
	"strings"
	"syscall"
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
	if rec["routine"] != "desk-break" || rec["status"] != "completed" || rec["v"].(float64) != journal.Version || rec["id"] == "" {
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
	for _, want := range []string{"today: 15 s hold (base 10 s hold) — progressed after 2 clean sessions", "Today:      adjusted from your history", "gentler variant after pain"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	ta.out.Reset()
	ta.run("show", "mine", "--json")
	var j struct {
		Today []struct {
			Step           int
			Change, Reason string
			Dose           *struct{ Text string }
		}
	}
	if err := json.Unmarshal(ta.out.Bytes(), &j); err != nil || len(j.Today) != 2 || j.Today[0].Change != "progressed" ||
		j.Today[0].Dose == nil || j.Today[0].Dose.Text != "15s hold" || j.Today[1].Step != 1 || !strings.Contains(j.Today[1].Reason, "gentler variant") {
		t.Errorf("show --json today: %+v %v\n%s", j, err, ta.out)
	}
	ta.out.Reset()
	ta.run("run", "mine", "--plain")
	out = ta.out.String()
	for _, want := range []string{"Plank - hold 15 s", "Today, adjusted from your history (limber run mine --base runs it as written):",
		"Plank: 15s hold (base 10s hold) — progressed after 2 clean sessions", "Bird-dog: Bird-dog, one limb at a time, 10 reps — gentler variant after pain"} {
		if !strings.Contains(out, want) {
			t.Errorf("a plain run of today's version lacks %q:\n%.900s", want, out)
		}
	}
	ta.out.Reset()
	ta.run("run", "mine", "--plain", "--base")
	if out := ta.out.String(); !strings.Contains(out, "Plank - hold 10 s") || strings.Contains(out, "Today, adjusted") {
		t.Errorf("run --base should use the routine's 10 s hold, unadjusted:\n%.600s", out)
	}
}

// readyContent is two routines, one with its own get-ready time and one without.
const readyContent = `
[[routine]]
id = "own-ready"
name = "Own ready"
get_ready = "0s"
[[routine.step]]
exercise = "chin-tuck"
hold = "3s"
repeat = 1

[[routine]]
id = "no-ready"
name = "No ready"
[[routine.step]]
exercise = "chin-tuck"
hold = "3s"
repeat = 1
`

// TestGetReadySettingIsTheDefault checks the get_ready rule: a routine's own get_ready wins,
// the setting replaces the 5 s default of routines that set none, and --ready beats both.
func TestGetReadySettingIsTheDefault(t *testing.T) {
	for _, c := range []struct {
		config string
		args   []string
		want   string // "" for no get-ready step
	}{
		{``, []string{"run", "no-ready"}, "Starting in 5 s."},
		{``, []string{"run", "own-ready"}, ""},
		{`get_ready = "12s"`, []string{"run", "no-ready"}, "Starting in 12 s."},
		{`get_ready = "12s"`, []string{"run", "own-ready"}, ""},
		{`get_ready = "12s"`, []string{"run", "desk-break"}, "Starting in 5 s."}, // its own "5s"
		{`get_ready = "0s"`, []string{"run", "no-ready"}, ""},
		{`get_ready = "12s"`, []string{"hold", "3s"}, "Starting in 12 s."},
		{`get_ready = "12s"`, []string{"hold", "3s", "--ready", "2s"}, "Starting in 2 s."},
		{`get_ready = "12s"`, []string{"hold", "3s", "--ready", "0s"}, ""},
	} {
		name := strings.Join(c.args, " ") + " with " + c.config
		ta := newTestApp(t)
		ta.writeUserFile(t, "ready.toml", readyContent)
		ta.writeConfig(t, c.config+"\n")
		if code := ta.run(append(c.args, "--plain")...); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, ta.errOut)
		}
		out := ta.out.String()
		if c.want == "" && strings.Contains(out, "Get ready") || c.want != "" && !strings.Contains(out, c.want) {
			t.Errorf("%s: want %q (\"\": no get-ready step):\n%.500s", name, c.want, out)
		}
	}
}

// brokenWriter fails every write, as a pipe whose reader has gone does.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, syscall.EPIPE }

// TestRunWithABrokenOutputIsStoppedAndSaved: with stdout gone, a plain run stops at once, is
// saved as stopped and exits 1 with word of it on stderr.
func TestRunWithABrokenOutputIsStoppedAndSaved(t *testing.T) {
	ta := newTestApp(t)
	ta.app.stdout = brokenWriter{}
	start := ta.clock.t
	if code := ta.run("run", "desk-break", "--plain"); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if took := ta.clock.t.Sub(start); took > 0 {
		t.Errorf("the session ran on for %v with nobody to see it", took)
	}
	for _, want := range []string{"cannot write the output", "broken pipe", "saved to your history as stopped"} {
		if !strings.Contains(ta.errOut.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, ta.errOut)
		}
	}
	data, _ := os.ReadFile(ta.historyPath())
	if !strings.Contains(string(data), `"status":"stopped"`) || !strings.Contains(string(data), `"routine":"desk-break"`) {
		t.Errorf("history: %q", data)
	}
}
