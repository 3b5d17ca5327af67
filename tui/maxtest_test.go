package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// pastTest is a max test of exercise id saved days before t0, one "side:seconds" per count-up
// ("-" for no side).
func pastTest(id, name string, days int, results ...string) journal.Entry {
	start := t0.AddDate(0, 0, -days)
	rec := session.Record{Kind: session.PlanMax, RoutineName: "Max test · " + name, Status: session.StatusCompleted,
		Started: start, Ended: start.Add(time.Minute), Active: time.Minute}
	for _, r := range results {
		var side string
		var secs float64
		if _, err := fmt.Sscanf(strings.Replace(r, ":", " ", 1), "%s %g", &side, &secs); err != nil {
			panic(err)
		}
		sd, _ := session.ParseSide(strings.TrimPrefix(side, "-"))
		rec.Steps = append(rec.Steps, session.StepRecord{Exercise: id, Name: name, Kind: session.KindCountUp, Side: sd,
			Set: 1, Sets: 1, Outcome: session.OutcomeDone, AchievedTime: time.Duration(secs * float64(time.Second))})
	}
	return journal.FromRecord(rec, journal.NewID(start))
}

// newTestMax starts a max test of exercise id (from the built-in library) on a w×h screen at
// t0, after the given history, and delivers the bests read from it.
func newTestMax(t *testing.T, w, h int, id string, history ...journal.Entry) (maxTestModel, *clock) {
	t.Helper()
	clk := newClock()
	c := testCommon(t, w, h, clk)
	for _, e := range history {
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(err)
		}
	}
	ex, ok := c.Lib.Exercise(id)
	if !ok {
		t.Fatalf("no exercise %q", id)
	}
	plan, err := session.NewQuickPlan(session.Quick{Kind: session.PlanMax, Exercise: ex}, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, cmd := newMaxTest(c, testRun(c, plan))
	if cmd == nil {
		t.Fatal("no first tick and bests load")
	}
	bests, _, err := journal.ReadBests(c.HistoryPath, t0)
	m, _ = m.Update(maxBestsMsg{bests, err})
	return m, clk
}

// maxTick sets the clock to t0+s and delivers the live tick.
func maxTick(m maxTestModel, clk *clock, s float64) (maxTestModel, tea.Cmd) {
	clk.Set(secs(s))
	return m.Update(tickMsg{gen: m.run.gen})
}

// maxKey sets the clock to t0+s and presses key name.
func maxKey(m maxTestModel, clk *clock, s float64, name string) (maxTestModel, tea.Cmd) {
	clk.Set(secs(s))
	return m.Update(press(name))
}

// finish delivers the session's end as the root would, and the save's outcome.
func finish(t *testing.T, m maxTestModel, cmd tea.Cmd) maxTestModel {
	t.Helper()
	n, rec := endedMsgs(runMsgs(t, cmd))
	if n != 1 {
		t.Fatalf("%d session ends reported, want 1", n)
	}
	m = m.ended(rec)
	m, _ = m.Update(savedMsg{})
	return m
}

func TestMaxTestSpaceStopsTheClockAtTheKey(t *testing.T) {
	m, clk := newTestMax(t, 80, 24, "plank")
	m, _ = maxTick(m, clk, 4)
	m, _ = maxKey(m, clk, 7, "space") // in position early: space starts the clock now, at 7 s
	if !m.counting() || !m.run.due.Equal(t0.Add(8*time.Second)) {
		t.Fatalf("space at 7 s of get-ready: counting %v (%v), next tick %v; want the stopwatch ticking each second",
			m.counting(), m.run.eng.State(), m.run.due.Sub(t0))
	}
	m, _ = maxTick(m, clk, 8)
	m, _ = maxTick(m, clk, 9)
	m, cmd := maxKey(m, clk, 9.567, "space")
	if m.run.eng.State() != session.StateFinished {
		t.Fatalf("space while counting: %v, want finished", m.run.eng.State())
	}
	m = finish(t, m, cmd)
	s := m.rec.Steps[0]
	if m.rec.Status != session.StatusCompleted || s.Outcome != session.OutcomeDone || s.AchievedTime != secs(2.567) {
		t.Errorf("record %v: %v %v, want done at 2.567 s", m.rec.Status, s.Outcome, s.AchievedTime)
	}
	if len(m.results) != 1 || !m.results[0].NewBest || m.results[0].Seconds != 2.6 {
		t.Errorf("results %+v", m.results)
	}
	if v := plainView(m.View()); !strings.Contains(v, "0:02.6 · first test: the time to beat") || !strings.Contains(v, "Saved to your history.") {
		t.Errorf("result view:\n%s", v)
	}
	if cmdMsg(m.resultKeyCmd("enter")) != (goHomeMsg{}) || cmdMsg(m.resultKeyCmd("h")) != (goHistoryMsg{}) {
		t.Error("enter should go home and h to the history")
	}
}

// resultKeyCmd presses name on the result screen and returns the Cmd.
func (m maxTestModel) resultKeyCmd(name string) tea.Cmd {
	_, cmd := m.Update(press(name))
	return cmd
}

func TestMaxTestPainIsNeverABest(t *testing.T) {
	m, clk := newTestMax(t, 80, 24, "plank", pastTest("plank", "Plank", 3, "-:30"))
	m, _ = maxTick(m, clk, 10)
	m, _ = maxKey(m, clk, 50, "!")
	if v := plainView(m.View()); !strings.Contains(v, "Stopped: Plank") || strings.Contains(v, "gentler variant") {
		t.Errorf("pain prompt:\n%s", v)
	}
	m, cmd := maxKey(m, clk, 52, "e")
	m = finish(t, m, cmd)
	if r := m.results[0]; r.Counts || r.NewBest || r.Seconds != 40 {
		t.Errorf("a pain stop at 40 s: %+v", r)
	}
	v := plainView(m.View())
	for _, want := range []string{"Test ended after pain", "0:40.0 · stopped for pain: not a best", "Sharp pain: Plank"} {
		if !strings.Contains(v, want) {
			t.Errorf("result view lacks %q:\n%s", want, v)
		}
	}
}

func TestMaxTestQuitAsksFirst(t *testing.T) {
	m, clk := newTestMax(t, 80, 24, "plank")
	m, _ = maxTick(m, clk, 10)
	m, _ = maxKey(m, clk, 20, "q")
	if v := plainView(m.View()); !strings.Contains(v, "End this test? It is saved as stopped and not counted.") || !strings.Contains(v, "space stops the clock") {
		t.Errorf("quit question over the stopwatch:\n%s", v)
	}
	if m.run.eng.State() != session.StateRunning {
		t.Errorf("state %v under the quit question: the stopwatch must keep running while the person holds", m.run.eng.State())
	}
	m, _ = maxKey(m, clk, 21, "space") // the question is open: space does not stop the clock
	if m.run.eng.State() == session.StateFinished {
		t.Fatal("space answered the quit question")
	}
	m, cmd := maxKey(m, clk, 22, "y")
	m = finish(t, m, cmd)
	if m.rec.Status != session.StatusStopped || m.results[0].Counts {
		t.Errorf("quit: %v %+v", m.rec.Status, m.results[0])
	}
	if v := plainView(m.View()); !strings.Contains(v, "Test stopped") || !strings.Contains(v, "quit before the end: not counted") {
		t.Errorf("result view:\n%s", v)
	}
}

func TestMaxTestGoldens(t *testing.T) {
	history := []journal.Entry{
		pastTest("plank", "Plank", 20, "-:31.5"), pastTest("plank", "Plank", 10, "-:48"), pastTest("plank", "Plank", 3, "-:65"),
		pastTest("side-plank", "Side plank", 5, "left:38", "right:41.2"),
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m, clk := newTestMax(t, w, h, "plank", history...)
			m, _ = maxTick(m, clk, 3)
			check(t, m.View(), w, h, fmt.Sprintf("max-ready-%dx%d.golden", w, h))
			m, _ = maxTick(m, clk, 10)
			m, _ = maxTick(m, clk, 52)
			check(t, m.View(), w, h, fmt.Sprintf("max-counting-%dx%d.golden", w, h))
			m, cmd := maxKey(m, clk, 81.25, "space")
			m = finish(t, m, cmd)
			check(t, m.View(), w, h, fmt.Sprintf("max-best-%dx%d.golden", w, h))

			m, clk = newTestMax(t, w, h, "side-plank", history...)
			m, _ = maxTick(m, clk, 10)
			m, _ = maxKey(m, clk, 49.9, "space")
			m, _ = maxTick(m, clk, 55)
			m, _ = maxTick(m, clk, 70)
			check(t, m.View(), w, h, fmt.Sprintf("max-right-%dx%d.golden", w, h))
			m, cmd = maxKey(m, clk, 85, "space")
			m = finish(t, m, cmd)
			check(t, m.View(), w, h, fmt.Sprintf("max-sides-%dx%d.golden", w, h))
		})
	}
}

// check fits the view in w×h and compares it with a golden file.
func check(t *testing.T, v string, w, h int, name string) {
	t.Helper()
	fitsIn(t, v, w, h)
	golden(t, name, v)
}

func TestMaxTestIgnoresTheRunScreensOtherKeys(t *testing.T) {
	m, clk := newTestMax(t, 80, 24, "side-plank")
	ignored := []string{"n", "b", "enter", "d", "p", "esc", "s", "g", "c"}
	for _, k := range ignored { // getting ready: nothing skips, restarts or pauses it
		m, _ = maxKey(m, clk, 2, k)
	}
	if s := m.run.eng.Snapshot(clk.Now()); s.State != session.StateRunning || s.Step.Kind != session.KindReady || m.help || m.run.confirm {
		t.Fatalf("after %v while getting ready: %v on %v", ignored, s.State, s.Step.Kind)
	}
	v := plainView(m.View())
	for _, want := range []string{"GET READY", "space starts the clock now", "space start · ! pain · q quit · ? help"} {
		if !strings.Contains(v, want) {
			t.Errorf("get-ready lacks %q:\n%s", want, v)
		}
	}
	for _, bad := range []string{"pause", "n next", "b back"} {
		if strings.Contains(v, bad) {
			t.Errorf("get-ready offers %q:\n%s", bad, v)
		}
	}
	m, _ = maxTick(m, clk, 10)
	for _, k := range ignored { // counting: nothing ends, resets or pauses the stopwatch
		m, _ = maxKey(m, clk, 20, k)
	}
	s := m.run.eng.Snapshot(clk.Now())
	if !m.counting() || s.Up != 10*time.Second || s.Side != session.SideLeft {
		t.Fatalf("after %v while counting: %v, %v counted on %v", ignored, s.State, s.Up, s.Side)
	}
	v = plainView(m.View())
	if !strings.Contains(v, "space stops the clock") || !strings.Contains(v, "space stop · ! pain · q quit · ? help") || strings.Contains(v, "PAUSED") {
		t.Errorf("stopwatch:\n%s", v)
	}
	m, _ = maxKey(m, clk, 30, "space") // the left side stopped at 20 s: the switch
	if s := m.run.eng.Snapshot(clk.Now()); s.Step.Kind != session.KindSwitch {
		t.Fatalf("after space: %v", s.Step.Kind)
	}
	if v := plainView(m.View()); !strings.Contains(v, "SWITCH SIDES") || !strings.Contains(v, "space starts the clock now") {
		t.Errorf("switch:\n%s", v)
	}
	m, _ = maxKey(m, clk, 32, "space") // the right side starts at once
	m, cmd := maxKey(m, clk, 44.5, "space")
	m = finish(t, m, cmd)
	if m.rec.Status != session.StatusCompleted || len(m.results) != 2 || m.results[0].Seconds != 20 || m.results[1].Seconds != 12.5 {
		t.Errorf("record %v, results %+v", m.rec.Status, m.results)
	}
}

func TestMaxTestHelpIsTheTestsOwn(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		m, clk := newTestMax(t, w, h, "plank")
		m, _ = maxKey(m, clk, 2, "?")
		v := plainView(m.View())
		fitsIn(t, m.View(), w, h)
		for _, want := range []string{"Max test keys", "GET READY 8 · waiting", "start the clock now", "sharp pain: stop now",
			"close this help (the clock waits)"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: help while getting ready lacks %q:\n%s", w, h, want, v)
			}
		}
		// The get-ready waits under the help: 8 s are left when it closes a minute later.
		m, _ = maxTick(m, clk, 60)
		if s := m.run.eng.Snapshot(clk.Now()); s.State != session.StatePaused || s.Left != 8*time.Second {
			t.Fatalf("%dx%d: under the help the get-ready is %v with %v left; want waiting at 8 s", w, h, s.State, s.Left)
		}
		m, cmd := maxKey(m, clk, 61, "esc")
		if s := m.run.eng.Snapshot(clk.Now()); m.help || s.State != session.StateRunning || cmd == nil {
			t.Fatalf("%dx%d: esc left the help %v, the get-ready %v (tick %v)", w, h, m.help, s.State, cmd != nil)
		}
		m, _ = maxTick(m, clk, 69)
		m, _ = maxKey(m, clk, 74, "?")
		v = plainView(m.View())
		fitsIn(t, m.View(), w, h)
		for _, want := range []string{"Stopwatch 0:05 · running", "stop the clock: that is your time", "quit the test"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: help while counting lacks %q:\n%s", w, h, want, v)
			}
		}
		for _, bad := range []string{"pause", "count a rep", "finish the set", "PAUSED"} {
			if strings.Contains(v, bad) {
				t.Errorf("%dx%d: help offers %q:\n%s", w, h, bad, v)
			}
		}
		if !m.counting() {
			t.Fatalf("%dx%d: the help stopped the clock: %v", w, h, m.run.eng.State())
		}
		m, _ = maxKey(m, clk, 75, "?")
		if v := plainView(m.View()); m.help || !strings.Contains(v, "space stops the clock") {
			t.Errorf("%dx%d: ? did not close the help:\n%s", w, h, v)
		}
		// Space with the help open does what the help says: it stops the clock.
		m, _ = maxKey(m, clk, 76, "?")
		m, cmd = maxKey(m, clk, 77.25, "space")
		m = finish(t, m, cmd)
		if m.help || m.results[0].Seconds != 8.3 || m.rec.Status != session.StatusCompleted {
			t.Errorf("%dx%d: space in the help: %v %+v", w, h, m.rec.Status, m.results[0])
		}
	}
}

func TestMaxTestHelpGoldens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		w, h := size[0], size[1]
		m, clk := newTestMax(t, w, h, "plank")
		m, _ = maxKey(m, clk, 2, "?")
		check(t, m.View(), w, h, fmt.Sprintf("max-help-ready-%dx%d.golden", w, h))
		m, _ = maxKey(m, clk, 3, "esc")
		m, _ = maxTick(m, clk, 11)
		m, _ = maxKey(m, clk, 16, "?")
		check(t, m.View(), w, h, fmt.Sprintf("max-help-counting-%dx%d.golden", w, h))
	}
}
