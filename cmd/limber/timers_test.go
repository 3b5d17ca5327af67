package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// history reads the test app's log.
func (ta *testApp) history(t *testing.T) []journal.Entry {
	t.Helper()
	entries, damaged, err := journal.Read(ta.historyPath())
	if err != nil || len(damaged) > 0 {
		t.Fatal(err, damaged)
	}
	return entries
}

// runMaxStoppedAt runs `limber max args…` in plain mode and types Enter once the fake clock
// reaches stopAfter past the start: the line is waiting when the runner wakes at that instant.
func (ta *testApp) runMaxStoppedAt(stopAfter time.Duration, args ...string) int {
	start := ta.clock.t
	lines := make(chan string, 1)
	sent := false
	ta.app.lines = func() <-chan string { return lines }
	ta.app.after = func(d time.Duration) <-chan time.Time {
		ch := ta.clock.after(d)
		if !sent && !ta.clock.t.Before(start.Add(stopAfter)) {
			lines <- ""
			close(lines)
			sent = true
		}
		return ch
	}
	defer func() { ta.app.after = ta.clock.after }()
	ta.out.Reset()
	ta.errOut.Reset()
	return exitCode(ta.app, run(ta.app, append([]string{"max"}, args...)))
}

func TestHoldPlainIsSavedAsAQuickHold(t *testing.T) {
	ta := newTestApp(t)
	start := ta.clock.t
	if code := ta.run("hold", "3s"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	for _, want := range []string{"Get ready. Starting in 5 s.", "Timer - hold 3 s", "Hold complete.", "Session complete: Quick hold", "Saved to your history"} {
		if !strings.Contains(ta.out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, ta.out)
		}
	}
	if took := ta.clock.t.Sub(start); took != 8*time.Second {
		t.Errorf("took %v of clock, want 8s", took)
	}
	e := ta.history(t)
	if len(e) != 1 || e[0].Kind != "hold" || e[0].Routine != "" || e[0].RoutineName != "Quick hold" || e[0].Status != "completed" {
		t.Fatalf("entry %+v", e)
	}
	if s := e[0].Steps; len(s) != 1 || s[0].Kind != "hold" || s[0].Exercise != "" || s[0].PlannedS != 3 || s[0].AchievedS != 3 || s[0].Outcome != "done" {
		t.Errorf("steps %+v", s)
	}
}

func TestHoldWithAnExerciseOnBothSides(t *testing.T) {
	ta := newTestApp(t)
	start := ta.clock.t
	if code := ta.run("hold", "hip-flexor-stretch", "20s", "--sides", "--repeat", "2", "--rest", "5s", "--ready", "3s"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	// 3 s ready, 20+5+20 left, a 5 s switch, 20+5+20 right.
	if took := ta.clock.t.Sub(start); took != 98*time.Second {
		t.Errorf("took %v of clock", took)
	}
	e := ta.history(t)[0]
	var sides []string
	for _, s := range e.Steps {
		sides = append(sides, s.Side)
		if s.Exercise != "hip-flexor-stretch" || s.Outcome != "done" || s.PlannedS != 20 {
			t.Errorf("step %+v", s)
		}
	}
	if strings.Join(sides, " ") != "left left right right" || e.RoutineName != "Quick hold · Half-kneeling hip flexor stretch" {
		t.Errorf("sides %v name %q", sides, e.RoutineName)
	}
	if !strings.Contains(ta.out.String(), "Half-kneeling hip flexor stretch - LEFT side - hold 1 of 2, 20 s") {
		t.Errorf("output:\n%s", ta.out)
	}
}

func TestHoldAndMaxArgumentErrors(t *testing.T) {
	ta := newTestApp(t)
	for _, tt := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"hold"}, 2, "hold: DURATION is missing, e.g. limber hold 45s plank; see limber hold -h"},
		{[]string{"hold", "45"}, 2, `hold: DURATION "45" needs a unit: 45s or 45m`},
		{[]string{"hold", "0s"}, 2, "hold: DURATION wants 1s to 10m, not 0s"},
		{[]string{"hold", "11m"}, 2, "hold: DURATION wants 1s to 10m, not 11m"},
		{[]string{"hold", "90s", "--rest", "660s"}, 2, "--rest wants 0s to 10m, not 660s"},
		{[]string{"hold", "soon"}, 2, `wants a duration like 45s`},
		{[]string{"hold", "30s", "--repeat", "0"}, 2, "--repeat wants 1 to 50"},
		{[]string{"hold", "30s", "--rest", "-1s"}, 2, "--rest wants a duration"},
		{[]string{"hold", "30s", "--ready", "3m"}, 2, "--ready wants 0s to 2m"},
		{[]string{"hold", "30s", "plank", "extra"}, 2, `hold: unexpected "extra": hold takes DURATION [EXERCISE]`},
		{[]string{"hold", "30s", "plnak"}, 1, `unknown exercise "plnak"; did you mean plank`},
		{[]string{"hold", "30s", "desk-break"}, 1, "that is a routine; limber run desk-break starts it"},
		{[]string{"max"}, 2, "max: EXERCISE is missing, e.g. limber max plank"},
		{[]string{"max", "plank", "side-plank"}, 2, `max: unexpected "side-plank": max takes one EXERCISE`},
		{[]string{"max", "cat-cow"}, 1, "cat-cow is not a hold to test; testable: "},
		{[]string{"max", "plnak"}, 1, `unknown exercise "plnak"; did you mean plank`},
		{[]string{"max", "plank", "--ready", "1"}, 2, `--ready "1" needs a unit`},
	} {
		if code := ta.run(tt.args...); code != tt.code || !strings.Contains(ta.errOut.String(), tt.say) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, ta.errOut, tt.code, tt.say)
		}
	}
	if len(ta.history(t)) != 0 {
		t.Error("a refused timer wrote history")
	}
	for _, c := range []string{"hold", "max"} {
		if code := ta.run(c, "-h"); code != 0 || !strings.Contains(ta.out.String(), "usage: limber "+c) {
			t.Errorf("%s -h: exit %d, %q", c, code, ta.out)
		}
	}
}

func TestMaxPlainTestsAndBests(t *testing.T) {
	ta := newTestApp(t)
	run := func(stop time.Duration, wants ...string) {
		t.Helper()
		ta.clock.t = ta.clock.t.Add(time.Hour)
		if code := ta.runMaxStoppedAt(stop, "plank"); code != 0 {
			t.Fatalf("exit %d: %s", code, ta.errOut)
		}
		for _, want := range wants {
			if !strings.Contains(ta.out.String(), want) {
				t.Errorf("output lacks %q:\n%s", want, ta.out)
			}
		}
	}
	// 10 s to get ready, then Enter 2 s into the stopwatch.
	run(12*time.Second, "Plank - max hold", "Test complete.", "Plank: 0:02.0, first test: the time to beat.", "Saved to your history")
	e := ta.history(t)
	if len(e) != 1 || e[0].Kind != "max" || e[0].RoutineName != "Max test · Plank" || e[0].Status != "completed" {
		t.Fatalf("entry %+v", e)
	}
	if s := e[0].Steps[0]; s.Kind != "count-up" || s.Outcome != "done" || s.AchievedS != 2 || s.PlannedS != 0 {
		t.Errorf("step %+v", s)
	}
	run(35*time.Second, "New personal best!", "Plank: 0:25.0, new personal best (was 0:02.0).", "  10 s", "  20 s")
	run(20*time.Second, "Plank: 0:10.0, best 0:25.0.")
	run(35*time.Second, "Plank: 0:25.0, ties your best.")
	if strings.Contains(ta.out.String(), "New personal best!") {
		t.Error("a tie was celebrated")
	}

	if code := ta.run("stats"); code != 0 {
		t.Fatalf("stats: exit %d", code)
	}
	if !strings.Contains(ta.out.String(), "Personal bests") || !strings.Contains(ta.out.String(), "Plank    0:25.0 · 4 tests") {
		t.Errorf("stats:\n%s", ta.out)
	}
	if code := ta.run("stats", "--json"); code != 0 {
		t.Fatalf("stats --json: exit %d", code)
	}
	var s struct {
		Bests []journal.Best `json:"bests"`
	}
	if err := json.Unmarshal(ta.out.Bytes(), &s); err != nil || len(s.Bests) != 1 || s.Bests[0].MaxS != 25 || len(s.Bests[0].Trend) != 4 {
		t.Errorf("stats --json bests: %v %+v", err, s.Bests)
	}
}

func TestMaxPlainPainAndNoInput(t *testing.T) {
	ta := newTestApp(t)
	// No input: nobody can stop the stopwatch, so the test is stopped and counts for nothing.
	if code := ta.run("max", "side-plank"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if !strings.Contains(ta.out.String(), "not counted") || !strings.Contains(ta.out.String(), "Side plank (left): 0:00.0, not tested.") {
		t.Errorf("output:\n%s", ta.out)
	}
	// Sharp pain as the stopwatch starts: logged, never a best.
	if code := ta.runWithInput("!\ne\n", "max", "plank", "--ready", "0s"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if !strings.Contains(ta.out.String(), "stopped for pain: not a best") {
		t.Errorf("output:\n%s", ta.out)
	}
	e := ta.history(t)
	if len(e) != 2 || e[0].Status != "stopped" || e[1].Status != "pain" || e[1].Steps[0].Outcome != "pain" || len(e[1].Pain) != 1 {
		t.Errorf("entries %+v", e)
	}
	if b := journal.Bests(e, time.Time{}); len(b) != 0 {
		t.Errorf("bests from a stopped test and a pain stop: %+v", b)
	}
}
