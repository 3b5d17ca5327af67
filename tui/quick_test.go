package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/runner"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// newTestQuick opens the picker (a max test when max) on a w×h screen, with bests from history.
func newTestQuick(t *testing.T, w, h int, max bool, history ...journal.Entry) quickModel {
	t.Helper()
	c := testCommon(t, w, h, newClock())
	for _, e := range history {
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(err)
		}
	}
	m, cmd := newQuick(c, max)
	m, _ = m.Update(cmdMsg(cmd))
	return m
}

// startedQuick presses enter and returns the quick timer the picker asks to start.
func startedQuick(t *testing.T, m quickModel) session.Quick {
	t.Helper()
	_, cmd := m.Update(press("enter"))
	msg, ok := cmdMsg(cmd).(startMsg)
	if !ok || msg.req.Quick == nil {
		t.Fatalf("enter: %#v, want a startMsg for a quick timer", cmdMsg(cmd))
	}
	return *msg.req.Quick
}

func TestQuickHoldPicker(t *testing.T) {
	m := newTestQuick(t, 80, 24, false)
	q := startedQuick(t, m)
	if q.Kind != session.PlanHold || q.Exercise != nil || q.Hold != 30*time.Second || q.Sides || q.Repeat != 1 {
		t.Errorf("the default: %+v, want a bare 30 s hold", q)
	}
	for _, k := range []string{"right", "right", "left", "+"} {
		m, _ = m.Update(press(k))
	}
	if q := startedQuick(t, m); q.Hold != time.Minute {
		t.Errorf("after →→←+: %v, want 1 min", q.Hold)
	}
	// The range of limber hold: a second to ten minutes.
	for range 20 {
		m, _ = m.Update(press("-"))
	}
	if q := startedQuick(t, m); q.Hold != time.Second || !strings.Contains(plainView(m.View()), "Hold for ‹ 1 s ›") {
		t.Errorf("the shortest: %v", q.Hold)
	}
	for range 20 {
		m, _ = m.Update(press("right"))
	}
	if q := startedQuick(t, m); q.Hold != session.QuickHoldMax || !strings.Contains(plainView(m.View()), "Hold for ‹ 10 min ›") {
		t.Errorf("the longest: %v", q.Hold)
	}
	// Down to an exercise done on each side: sides follow it, s toggles them.
	for m.selected() == nil || m.selected().ID != "hip-flexor-stretch" {
		before := m.cursor
		m, _ = m.Update(press("down"))
		if m.cursor == before {
			t.Fatal("no hip-flexor-stretch in the hold list")
		}
	}
	if q := startedQuick(t, m); q.Exercise.ID != "hip-flexor-stretch" || !q.Sides {
		t.Errorf("hip flexor: %+v, want both sides", q)
	}
	m, _ = m.Update(press("s"))
	if q := startedQuick(t, m); q.Sides {
		t.Error("s did not turn the sides off")
	}
	for _, it := range m.items[1:] {
		if it.ex.Dose.Kind != 0 { // content.DoseHold
			t.Errorf("%s has no hold dose", it.ex.ID)
		}
	}
	if _, cmd := m.Update(press("esc")); cmdMsg(cmd) != (goHomeMsg{}) {
		t.Error("esc should go home")
	}
}

func TestMaxTestPicker(t *testing.T) {
	m := newTestQuick(t, 80, 24, true, pastTest("plank", "Plank", 3, "-:65"), pastTest("plank", "Plank", 2, "-:50"),
		pastTest("side-plank", "Side plank", 1, "left:38", "right:41.2"))
	if len(m.items) == 0 {
		t.Fatal("no testable exercise")
	}
	for _, it := range m.items {
		if !it.ex.HasTag("testable") {
			t.Errorf("%s is not testable", it.ex.ID)
		}
	}
	if q := startedQuick(t, m); q.Kind != session.PlanMax || q.Exercise != m.items[0].ex {
		t.Errorf("enter: %+v", q)
	}
	v := plainView(m.View())
	for _, want := range []string{"best 1:05.0 · 2 tests", "left 0:38.0 · right 0:41.2", "no test yet"} {
		if !strings.Contains(v, want) {
			t.Errorf("picker lacks %q:\n%s", want, v)
		}
	}
}

func TestQuickPickerGoldens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		w, h := size[0], size[1]
		for _, max := range []bool{false, true} {
			m := newTestQuick(t, w, h, max, pastTest("plank", "Plank", 3, "-:65"))
			m, _ = m.Update(press("down"))
			check(t, m.View(), w, h, fmt.Sprintf("quick-max%v-%dx%d.golden", max, w, h))
		}
	}
}

func TestRootQuickTimers(t *testing.T) {
	m, clk := newRoot(t, "", &policy.Answers{V: policy.AnswersVersion, Date: t0})
	m = loadSafety(t, m)
	// Home: m opens the max-test picker, enter starts the test on its own screen.
	m, cmd := send(m, press("m"))
	m, cmd = send(m, cmdMsg(cmd))
	if m.screen != screenQuick || !m.quick.max {
		t.Fatalf("m: screen %v", m.screen)
	}
	m, _ = send(m, cmdMsg(cmd)) // the bests
	m, cmd = send(m, press("enter"))
	m, _ = deliver(m, cmdMsg(cmd))
	if m.screen != screenMax || m.res.Run == nil || m.res.Run.Saved() {
		t.Fatalf("enter: screen %v engine %v", m.screen, m.res.Run)
	}
	// The end stays on the max screen, which shows the result; the record is saved.
	clk.Advance(25 * time.Second)
	m.res.Run.Act(clk.Now(), runner.Done)
	m, cmd = send(m, sessionEndedMsg{m.res.Run.Record()})
	if m.screen != screenMax || m.max.rec == nil || cmd == nil {
		t.Fatalf("end: screen %v", m.screen)
	}
	m, _ = send(m, cmd())
	if !m.res.Run.Saved() || !strings.Contains(m.View().Content, "Saved to your history.") {
		t.Errorf("not saved:\n%s", plainView(m.View().Content))
	}
	entries, _, err := journal.Read(m.c.HistoryPath)
	if err != nil || len(entries) != 1 || entries[0].Kind != journal.KindMax || entries[0].Steps[0].AchievedS != 15 {
		t.Errorf("history %+v %v", entries, err)
	}
	// A quick hold runs on the run screen.
	m, _ = deliver(m, startMsg{req: policy.Request{Quick: &session.Quick{Kind: session.PlanHold, Hold: 3 * time.Second}}})
	if m.screen != screenRun || m.run.eng.Plan().Kind != session.PlanHold {
		t.Errorf("quick hold: screen %v", m.screen)
	}
}

func TestRootStartQuickRunsTheSafetyCheckFirst(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	plank, _ := c.Lib.Exercise("plank")
	q := session.Quick{Kind: session.PlanMax, Exercise: plank}
	m := New(Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now, Start: &policy.Request{Quick: &q}})
	m = loadSafety(t, m)
	if m.screen != screenSafety || m.check.routine == nil || m.check.routine.Name != "Max test · Plank" {
		t.Fatalf("screen %v, want the safety check for the max test", m.screen)
	}
	if m, _ = deliver(m, safetyDoneMsg{answers: policy.Answers{V: policy.AnswersVersion, Date: t0}, proceed: true}); m.screen != screenMax {
		t.Errorf("after the check: screen %v, want the max test", m.screen)
	}
	// After red flags, only gentle ones start: the plank goes back to the picker with a note.
	m, _ = send(m, goHomeMsg{})
	m.c.Answers = policy.Answers{V: policy.AnswersVersion, Date: t0, RedFlags: true, GentleOnly: true}
	if m, _ = deliver(m, startMsg{req: policy.Request{Quick: &q}}); m.screen != screenQuick || !strings.Contains(m.quick.note, "gentle") {
		t.Errorf("gentle only: screen %v note %q", m.screen, m.quick.note)
	}
	var _ tea.Model = m
}

func TestQuickHoldOnTheRunScreen(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	plan, err := session.NewQuickPlan(session.Quick{Kind: session.PlanHold, Hold: 30 * time.Second, Sides: true}, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newRun(c, testRun(c, plan))
	v := plainView(m.View())
	if !strings.Contains(v, "Next: Hold —  LEFT") || strings.Contains(v, "exercise 1 of 1") {
		t.Errorf("get-ready of a bare hold:\n%s", v)
	}
	m, _ = tickAt(m, clk, 12)
	check(t, m.View(), 80, 24, "quick-hold-80x24.golden")
}

func TestQuickPickerShowsEveryMark(t *testing.T) {
	for _, max := range []bool{false, true} {
		m := newTestQuick(t, 80, 24, max)
		m.c.Answers = policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true, RedFlags: true, GentleOnly: true}
		for m.selected() == nil || m.selected().ID != "plank" {
			before := m.cursor
			m, _ = m.Update(press("down"))
			if m.cursor == before {
				t.Fatal("no plank in the list")
			}
		}
		v := plainView(m.View())
		if !strings.Contains(v, "› Plank") || !strings.Contains(v, "gentle only for now") {
			t.Errorf("max %v: plank's marks:\n%s", max, v)
		}
		fitsIn(t, m.View(), 80, 24)
	}
}

func TestQuickPickersAt40Columns(t *testing.T) {
	m := newTestQuick(t, 40, 12, false)
	if v := plainView(m.View()); !strings.Contains(v, "enter go · ←/→ time · s sides · esc back") || strings.Contains(v, "…") {
		t.Errorf("hold picker at 40 columns:\n%s", v)
	}
	m = newTestQuick(t, 40, 12, true, pastTest("plank", "Plank", 3, "-:65.3"),
		pastTest("side-plank", "Side plank", 1, "left:38", "right:41.2"))
	for range 3 {
		m, _ = m.Update(press("down"))
	}
	v := plainView(m.View())
	fitsIn(t, m.View(), 40, 12)
	for _, want := range []string{"Hold as long as you can; space stops it.", "↑ 2 more",
		"› Side plank           L 0:38.0 R 0:41.2", "  Plank on knees       no test yet", "enter start · ↑/↓ choose · esc back"} {
		if !strings.Contains(v, want) {
			t.Errorf("max picker at 40 columns lacks %q:\n%s", want, v)
		}
	}
}

// The hold picker's / filter narrows the exercises as home's does (by name, where they are done
// and what they work), esc clears it before it leaves, and what enter starts is the exercise
// under the cursor among those shown.
func TestQuickPickerFilter(t *testing.T) {
	m := newTestQuick(t, 80, 24, false)
	for _, k := range []string{"/", "p", "l", "a", "n", "k"} {
		m, _ = m.Update(press(k))
	}
	if !strings.Contains(plainView(m.View()), "Filter: plank█") || m.sides {
		t.Errorf("typing the filter (s is typed, not sides):\n%s", plainView(m.View()))
	}
	for _, it := range m.visible() {
		if !strings.Contains(strings.ToLower(it.ex.Name), "plank") && !strings.Contains(it.ex.ID, "plank") {
			t.Errorf("%s matches plank", it.ex.ID)
		}
	}
	m, _ = m.Update(press("enter"))
	m, _ = m.Update(press("down"))
	if q := startedQuick(t, m); q.Exercise != m.visible()[1].ex {
		t.Errorf("enter starts %v, want %s", q.Exercise, m.visible()[1].ex.ID)
	}
	m, cmd := m.Update(press("esc"))
	if cmd != nil || m.filter.text != "" || len(m.visible()) != len(m.items) {
		t.Errorf("esc should clear the filter first: %q, cmd %v", m.filter.text, cmd != nil)
	}
	if _, cmd := m.Update(press("esc")); cmdMsg(cmd) != (goHomeMsg{}) {
		t.Error("then esc goes home")
	}
	m, _ = m.Update(press("/"))
	for _, k := range []string{"f", "a", "c", "e", " ", "d", "o", "w", "n"} {
		m, _ = m.Update(press(k))
	}
	if v := plainView(m.View()); len(m.visible()) == 0 || !strings.Contains(v, "Face down (and planks)") {
		t.Errorf("the filter matches where an exercise is done, in limber list's words:\n%s", v)
	}
	for _, k := range []string{"z", "z", "z"} {
		m, _ = m.Update(press(k))
	}
	if v := plainView(m.View()); !strings.Contains(v, "No exercise matches") {
		t.Errorf("no match:\n%s", v)
	}
	if _, cmd := m.Update(press("enter")); cmd != nil {
		m, _ = m.Update(press("enter"))
		if _, cmd := m.Update(press("enter")); cmd != nil {
			t.Error("enter with nothing shown started something")
		}
	}
}

// A wide picker uses its width: no name is cut, and where each is done reads as limber list
// says it.
func TestQuickPickerUsesTheWidth(t *testing.T) {
	m := newTestQuick(t, 120, 60, false)
	v := plainView(m.View())
	for _, want := range []string{"Foam roll: glutes and hamstrings", "Knee-to-opposite-shoulder stretch", "Lying on your back", "Seated on a chair"} {
		if !strings.Contains(v, want) {
			t.Errorf("at 120 columns the picker lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "…") {
		t.Errorf("a name or a column is cut at 120 columns:\n%s", v)
	}
}
