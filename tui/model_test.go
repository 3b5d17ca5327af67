package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
)

// newRoot returns a root model on a temp data folder, optionally starting a routine.
func newRoot(t *testing.T, start string, answers *SafetyAnswers) (Model, *clock) {
	t.Helper()
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	if answers != nil {
		if err := SaveSafety(c.SafetyPath, *answers); err != nil {
			t.Fatal(err)
		}
	}
	o := Options{Library: c.Lib, HistoryPath: c.HistoryPath, SafetyPath: c.SafetyPath, Now: clk.Now}
	if start != "" {
		o.Start, _ = c.Lib.Routine(start)
	}
	m := New(o)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return next.(Model), clk
}

// send updates the root with msg and returns it with the Cmd's message (if any).
func send(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// loadSafety runs the Init Cmd that reads the safety answers and delivers its message.
func loadSafety(t *testing.T, m Model) Model {
	t.Helper()
	a, err := LoadSafety(m.c.SafetyPath)
	m, _ = send(m, safetyLoadedMsg{a, err})
	return m
}

func TestRootStartRunsSafetyCheckWhenDue(t *testing.T) {
	m, _ := newRoot(t, "desk-break", nil)
	m = loadSafety(t, m)
	if m.screen != screenSafety {
		t.Fatalf("screen %v, want the safety check first", m.screen)
	}
	m, _ = send(m, safetyDoneMsg{answers: SafetyAnswers{Date: t0}, proceed: true})
	if m.screen != screenRun || m.res.Engine == nil || m.res.Saved {
		t.Fatalf("screen %v engine %v, want a run in progress", m.screen, m.res.Engine)
	}
	if m.c.Safety.Date != t0 {
		t.Errorf("the new answers are not shared with the screens")
	}
}

func TestRootStartSkipsCheckWhenAnswered(t *testing.T) {
	m, _ := newRoot(t, "desk-break", &SafetyAnswers{Date: t0.Add(-24 * time.Hour)})
	m = loadSafety(t, m)
	if m.screen != screenRun {
		t.Errorf("screen %v, want run (answered yesterday)", m.screen)
	}
	m2, _ := newRoot(t, "desk-break", &SafetyAnswers{Date: t0.Add(-31 * 24 * time.Hour)})
	if m2 = loadSafety(t, m2); m2.screen != screenSafety {
		t.Errorf("screen %v, want the check again after 31 days", m2.screen)
	}
}

func TestRootGentleOnlyBlocksOtherRoutines(t *testing.T) {
	m, _ := newRoot(t, "core-stability", &SafetyAnswers{Date: t0, RedFlags: true, GentleOnly: true})
	m = loadSafety(t, m)
	if m.screen != screenPreview || m.preview.blocked == "" {
		t.Errorf("screen %v, want a blocked preview", m.screen)
	}
}

func TestRootSessionEndSavesThenSummary(t *testing.T) {
	m, clk := newRoot(t, "desk-break", &SafetyAnswers{Date: t0})
	m = loadSafety(t, m)
	clk.Advance(10 * time.Second)
	m.res.Engine.Stop(clk.Now())
	m, cmd := send(m, sessionEndedMsg{m.res.Engine.Record()})
	if m.screen != screenSummary || cmd == nil {
		t.Fatalf("screen %v, want the summary and a save", m.screen)
	}
	saved, ok := cmd().(savedMsg)
	if !ok || saved.err != nil {
		t.Fatalf("save: %#v", saved)
	}
	m, _ = send(m, saved)
	if !m.res.Saved || m.res.Pending() {
		t.Errorf("result not marked saved")
	}
	data, err := os.ReadFile(m.c.HistoryPath)
	if err != nil || !strings.Contains(string(data), `"status":"stopped"`) {
		t.Errorf("history: %v %s", err, data)
	}
}

func TestRootQuitsOnCtrlCAndSignals(t *testing.T) {
	m, _ := newRoot(t, "", nil)
	m, cmd := send(m, press("ctrl+c"))
	if !m.res.Interrupted || cmd == nil {
		t.Errorf("ctrl+c should mark interrupted and quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("ctrl+c cmd is not quit")
	}
	m, cmd = send(m, SignalMsg("SIGHUP"))
	if m.res.Signal != "SIGHUP" || cmd == nil {
		t.Errorf("a signal should be recorded and quit")
	}
}

func TestRootPendingUntilSaved(t *testing.T) {
	r := &Result{}
	if r.Pending() {
		t.Errorf("no session, nothing pending")
	}
	lib := builtinLib(t)
	rt, _ := lib.Routine("desk-break")
	p, _ := session.NewPlan(rt, lib, session.Options{})
	r.Engine = session.NewEngine(p)
	if !r.Pending() {
		t.Errorf("a started, unsaved session is pending")
	}
}

func TestRootTooSmallAndTiny(t *testing.T) {
	m, _ := newRoot(t, "", nil)
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {39, 12}, {40, 11}} {
		m, _ = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		v := m.View().Content
		if size[0] >= 10 && !strings.Contains(v, "nlarge") && !strings.Contains(v, "larger") {
			t.Errorf("%v: %q should ask for a larger window", size, v)
		}
	}
	m, _ = send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	if v := m.View(); !v.AltScreen || strings.Contains(v.Content, "larger") {
		t.Errorf("40x12 should draw the screen in the alternate screen")
	}
}

func TestRootRoutesHomeHistoryPreview(t *testing.T) {
	m, _ := newRoot(t, "", nil)
	m = loadSafety(t, m)
	r, _ := m.c.Lib.Routine("hips")
	m, _ = send(m, goPreviewMsg{r})
	if m.screen != screenPreview || m.preview.routine != r {
		t.Errorf("preview not shown")
	}
	m, _ = send(m, goHistoryMsg{})
	if m.screen != screenHistory {
		t.Errorf("history not shown")
	}
	m, _ = send(m, goHomeMsg{})
	if m.screen != screenHome {
		t.Errorf("home not shown")
	}
}

// A pregnant person starting a routine with exercises to avoid in pregnancy, when the safety
// check is not due, sees the warning first: enter starts it, esc goes home. A routine without
// such exercises, or one started from its preview (which shows the warning), starts at once.
func TestRootWarnsPregnantBeforeStart(t *testing.T) {
	answers := &SafetyAnswers{Date: t0.Add(-24 * time.Hour), Pregnant: true}
	m, _ := newRoot(t, "plank-practice", answers)
	m = loadSafety(t, m)
	if m.screen != screenSafety || m.check.step != stepPregnancyWarn || !m.check.warnOnly {
		t.Fatalf("screen %v step %v, want the pregnancy warning", m.screen, m.check.step)
	}
	if v := plainView(m.View().Content); !strings.Contains(v, "Plank and hold practice has exercises to avoid in pregnancy") {
		t.Errorf("warning view:\n%s", v)
	}
	m, cmd := send(m, press("enter"))
	if msg, ok := cmd().(warnDoneMsg); !ok || !msg.proceed {
		t.Fatalf("enter sent %#v", msg)
	}
	if m, _ = send(m, warnDoneMsg{proceed: true}); m.screen != screenRun || m.res.Engine == nil {
		t.Fatalf("screen %v after enter, want the run", m.screen)
	}

	m, _ = newRoot(t, "plank-practice", answers)
	m = loadSafety(t, m)
	m, cmd = send(m, press("esc"))
	if m, _ = send(m, cmd()); m.screen != screenHome || m.res.Engine != nil {
		t.Errorf("screen %v after esc, want home with nothing started", m.screen)
	}

	m, _ = newRoot(t, "desk-break", answers)
	if m = loadSafety(t, m); m.screen != screenRun {
		t.Errorf("desk break: screen %v, want the run at once", m.screen)
	}
	m, _ = newRoot(t, "", answers)
	m = loadSafety(t, m)
	r, _ := m.c.Lib.Routine("plank-practice")
	if m, _ = send(m, startMsg{routine: r, warned: true}); m.screen != screenRun {
		t.Errorf("from the preview: screen %v, want the run at once", m.screen)
	}
}

// When the safety check is due, its own pregnancy question warns about the routine; the routine
// then starts without a second warning.
func TestRootCheckWarnsOnlyOnce(t *testing.T) {
	m, _ := newRoot(t, "plank-practice", nil)
	m = loadSafety(t, m)
	m, _ = send(m, safetyDoneMsg{answers: SafetyAnswers{Date: t0, Pregnant: true}, proceed: true})
	if m.screen != screenRun {
		t.Errorf("screen %v, want the run", m.screen)
	}
}

// The home screen's suggestions are computed with the saved safety answers: a person who said
// they are pregnant and answered yes to the red flags is only offered gentle routines without
// exercises to avoid in pregnancy, from the very first home screen.
func TestRootHomeSuggestionsFollowSavedAnswers(t *testing.T) {
	m, _ := newRoot(t, "", &SafetyAnswers{Date: t0, Pregnant: true, RedFlags: true, GentleOnly: true})
	a, err := LoadSafety(m.c.SafetyPath)
	m, cmd := send(m, safetyLoadedMsg{a, err})
	if cmd == nil {
		t.Fatal("no history read after the answers loaded")
	}
	m, _ = send(m, cmd())
	if len(m.home.today) == 0 {
		t.Fatal("no suggestion at all")
	}
	for _, s := range m.home.today {
		if !s.Routine.HasTag("gentle") || len(avoidInPregnancy(m.c.Lib, s.Routine)) > 0 {
			t.Errorf("suggested %s, which the answers exclude", s.Routine.ID)
		}
	}
}

// A quick timer on an exercise to avoid in pregnancy is warned about too.
func TestRootWarnsPregnantBeforeQuickTimer(t *testing.T) {
	m, _ := newRoot(t, "", &SafetyAnswers{Date: t0, Pregnant: true})
	m = loadSafety(t, m)
	plank, _ := m.c.Lib.Exercise("plank")
	m, _ = send(m, startQuickMsg{session.Quick{Kind: session.PlanMax, Exercise: plank}})
	if m.screen != screenSafety || !m.check.warnOnly {
		t.Fatalf("screen %v, want the pregnancy warning", m.screen)
	}
	if m, _ = send(m, warnDoneMsg{proceed: true}); m.screen != screenMax {
		t.Errorf("screen %v after enter, want the max test", m.screen)
	}
	twist, _ := m.c.Lib.Exercise("seated-twist")
	if m, _ = send(m, startQuickMsg{session.Quick{Kind: session.PlanHold, Hold: 3 * time.Second, Exercise: twist}}); m.screen != screenRun {
		t.Errorf("a hold with nothing to avoid: screen %v, want the run at once", m.screen)
	}
}

// Options.Preview opens on the routine's preview once the answers are loaded (limber run after
// pain changed the routine), and enter starts it from there.
func TestRootOpensOnPreview(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	if err := SaveSafety(c.SafetyPath, SafetyAnswers{Date: t0}); err != nil {
		t.Fatal(err)
	}
	r, _ := c.Lib.Routine("desk-break")
	m := New(Options{Library: c.Lib, HistoryPath: c.HistoryPath, SafetyPath: c.SafetyPath, Now: clk.Now, Preview: r})
	m, _ = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m = loadSafety(t, m); m.screen != screenPreview || m.preview.routine != r {
		t.Fatalf("screen %v, want the preview of %s", m.screen, r.ID)
	}
	m, _ = send(m, previewTodayMsg{r.ID, adapt.Result{Routine: r}})
	m, cmd := send(m, press("enter"))
	if m, _ = send(m, cmd()); m.screen != screenRun {
		t.Errorf("screen %v after enter, want the run", m.screen)
	}
}
