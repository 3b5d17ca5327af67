package tui

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/policy"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/runner"
)

// newRoot returns a root model on a temp data folder, optionally starting a routine.
func newRoot(t *testing.T, start string, answers *policy.Answers) (Model, *clock) {
	t.Helper()
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	if answers != nil {
		if err := c.Store.SaveAnswers(*answers); err != nil {
			t.Fatal(err)
		}
	}
	o := Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now}
	if start != "" {
		r, _ := c.Lib.Routine(start)
		o.Start = &policy.Request{Routine: r}
	}
	m := New(o)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return next.(Model), clk
}

// deliver sends msg and settles what it starts (see settle).
func deliver(m Model, msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := send(m, msg)
	return settle(m, cmd), nil
}

// send updates the root with msg and returns it with the Cmd's message (if any).
func send(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// loadSafety runs the Init Cmd that reads the safety answers, delivers its message and settles
// what follows (the policy's decision on a start).
func loadSafety(t *testing.T, m Model) Model {
	t.Helper()
	a, err := m.c.Store.Answers()
	m, cmd := send(m, answersLoadedMsg{a, err})
	return settle(m, cmd)
}

// settle runs cmd — the Cmd of a start, of loaded answers or of a finished safety check: a
// decision, a save, a file read — and delivers the policy's decision it makes. What the
// decision's own Cmd does (a run's first tick, a file read) is left alone.
func settle(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case decidedMsg:
		m, _ = send(m, msg)
	case tea.BatchMsg:
		for _, c := range msg {
			if c != nil {
				m = settle(m, c)
			}
		}
	}
	return m
}

func TestRootStartRunsSafetyCheckWhenDue(t *testing.T) {
	m, _ := newRoot(t, "desk-break", nil)
	m = loadSafety(t, m)
	if m.screen != screenSafety {
		t.Fatalf("screen %v, want the safety check first", m.screen)
	}
	m, _ = deliver(m, safetyDoneMsg{answers: policy.Answers{V: policy.AnswersVersion, Date: t0}, proceed: true})
	if m.screen != screenRun || m.res.Run == nil || m.res.Run.Saved() {
		t.Fatalf("screen %v engine %v, want a run in progress", m.screen, m.res.Run)
	}
	if m.c.Answers.Date != t0 {
		t.Errorf("the new answers are not shared with the screens")
	}
}

func TestRootStartSkipsCheckWhenAnswered(t *testing.T) {
	m, _ := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0.Add(-24 * time.Hour)})
	m = loadSafety(t, m)
	if m.screen != screenRun {
		t.Errorf("screen %v, want run (answered yesterday)", m.screen)
	}
	m2, _ := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0.Add(-31 * 24 * time.Hour)})
	if m2 = loadSafety(t, m2); m2.screen != screenSafety {
		t.Errorf("screen %v, want the check again after 31 days", m2.screen)
	}
}

func TestRootGentleOnlyBlocksOtherRoutines(t *testing.T) {
	m, _ := newRoot(t, "core-stability", &policy.Answers{V: policy.AnswersVersion, Date: t0, RedFlags: true, GentleOnly: true})
	m = loadSafety(t, m)
	if m.screen != screenPreview || m.preview.blocked == "" {
		t.Errorf("screen %v, want a blocked preview", m.screen)
	}
}

func TestRootSessionEndSavesThenSummary(t *testing.T) {
	m, clk := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0})
	m = loadSafety(t, m)
	clk.Advance(10 * time.Second)
	m.res.Run.Act(clk.Now(), runner.Stop)
	m, cmd := send(m, sessionEndedMsg{m.res.Run.Record()})
	if m.screen != screenSummary || cmd == nil {
		t.Fatalf("screen %v, want the summary and a save", m.screen)
	}
	saved, ok := cmd().(savedMsg)
	if !ok || saved.err != nil {
		t.Fatalf("save: %#v", saved)
	}
	m, _ = send(m, saved)
	if !m.res.Run.Saved() {
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
	if m.res.Signal != os.Interrupt || cmd == nil {
		t.Errorf("ctrl+c should mark interrupted and quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("ctrl+c cmd is not quit")
	}
	m, cmd = send(m, SignalMsg(syscall.SIGHUP))
	if m.res.Signal != syscall.SIGHUP || cmd == nil {
		t.Errorf("a signal should be recorded and quit")
	}
}

func TestRootTooSmallAndTiny(t *testing.T) {
	m, _ := newRoot(t, "", nil)
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {39, 12}, {40, 11}} {
		m, _ = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		v := m.View().Content
		if size[0] >= 10 && !strings.Contains(v, "window") {
			t.Errorf("%v: %q should ask for a larger window", size, v)
		}
		if size[0] >= 39 && !strings.Contains(v, "40×12") {
			t.Errorf("%v: %q should name the size it needs", size, v)
		}
	}
	m, _ = send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	if v := m.View(); !v.AltScreen || strings.Contains(v.Content, "Make the window") {
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
// check is not due, sees the warning first: y starts it (enter does not), esc goes home. A routine without
// such exercises, or one started from its preview (which shows the warning), starts at once.
func TestRootWarnsPregnantBeforeStart(t *testing.T) {
	answers := &policy.Answers{V: policy.AnswersVersion, Date: t0.Add(-24 * time.Hour), Pregnant: true}
	m, _ := newRoot(t, "plank-practice", answers)
	m = loadSafety(t, m)
	if m.screen != screenSafety || m.check.step != stepPregnancyWarn || !m.check.warnOnly {
		t.Fatalf("screen %v step %v, want the pregnancy warning", m.screen, m.check.step)
	}
	if v := plainView(m.View().Content); !strings.Contains(v, "Plank and hold practice has exercises to avoid in pregnancy") {
		t.Errorf("warning view:\n%s", v)
	}
	if _, cmd := send(m, press("enter")); cmd != nil {
		t.Fatal("enter answered the pregnancy warning")
	}
	m, cmd := send(m, press("y"))
	if msg, ok := cmd().(warnDoneMsg); !ok || !msg.proceed {
		t.Fatalf("y sent %#v", msg)
	}
	if m, _ = deliver(m, warnDoneMsg{proceed: true}); m.screen != screenRun || m.res.Run == nil {
		t.Fatalf("screen %v after y, want the run", m.screen)
	}

	m, _ = newRoot(t, "plank-practice", answers)
	m = loadSafety(t, m)
	m, cmd = send(m, press("esc"))
	if m, _ = deliver(m, cmd()); m.screen != screenHome || m.res.Run != nil {
		t.Errorf("screen %v after esc, want home with nothing started", m.screen)
	}

	m, _ = newRoot(t, "desk-break", answers)
	if m = loadSafety(t, m); m.screen != screenRun {
		t.Errorf("desk break: screen %v, want the run at once", m.screen)
	}
	m, _ = newRoot(t, "", answers)
	m = loadSafety(t, m)
	r, _ := m.c.Lib.Routine("plank-practice")
	if m, _ = deliver(m, startMsg{req: policy.Request{Routine: r}, warned: true, explained: true}); m.screen != screenRun {
		t.Errorf("from the preview: screen %v, want the run at once", m.screen)
	}
}

// When the safety check is due, its own pregnancy question warns about the routine; the routine
// then starts without a second warning.
func TestRootCheckWarnsOnlyOnce(t *testing.T) {
	m, _ := newRoot(t, "plank-practice", nil)
	m = loadSafety(t, m)
	m, _ = deliver(m, safetyDoneMsg{answers: policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true}, proceed: true})
	if m.screen != screenRun {
		t.Errorf("screen %v, want the run", m.screen)
	}
}

// The home screen's suggestions are computed with the saved safety answers: a person who said
// they are pregnant and answered yes to the red flags is only offered gentle routines without
// exercises to avoid in pregnancy, from the very first home screen.
func TestRootHomeSuggestionsFollowSavedAnswers(t *testing.T) {
	m, _ := newRoot(t, "", &policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true, RedFlags: true, GentleOnly: true})
	a, err := m.c.Store.Answers()
	m, cmd := send(m, answersLoadedMsg{a, err})
	if cmd == nil {
		t.Fatal("no history read after the answers loaded")
	}
	m, _ = deliver(m, cmd())
	if len(m.home.today) == 0 {
		t.Fatal("no suggestion at all")
	}
	for _, s := range m.home.today {
		if !s.Routine.HasTag("gentle") || len(policy.AvoidInPregnancy(m.c.Lib, s.Routine)) > 0 {
			t.Errorf("suggested %s, which the answers exclude", s.Routine.ID)
		}
	}
}

// A quick timer on an exercise to avoid in pregnancy is warned about too.
func TestRootWarnsPregnantBeforeQuickTimer(t *testing.T) {
	m, _ := newRoot(t, "", &policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true})
	m = loadSafety(t, m)
	plank, _ := m.c.Lib.Exercise("plank")
	m, _ = deliver(m, startMsg{req: policy.Request{Quick: &session.Quick{Kind: session.PlanMax, Exercise: plank}}})
	if m.screen != screenSafety || !m.check.warnOnly {
		t.Fatalf("screen %v, want the pregnancy warning", m.screen)
	}
	if m, _ = deliver(m, warnDoneMsg{proceed: true}); m.screen != screenMax {
		t.Errorf("screen %v after enter, want the max test", m.screen)
	}
	twist, _ := m.c.Lib.Exercise("seated-twist")
	if m, _ = deliver(m, startMsg{req: policy.Request{Quick: &session.Quick{Kind: session.PlanHold, Hold: 3 * time.Second, Exercise: twist}}}); m.screen != screenRun {
		t.Errorf("a hold with nothing to avoid: screen %v, want the run at once", m.screen)
	}
}

// Options.Preview opens on the routine's preview once the answers are loaded (limber run after
// pain changed the routine), and enter starts it from there.
func TestRootOpensOnPreview(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	if err := c.Store.SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: t0}); err != nil {
		t.Fatal(err)
	}
	r, _ := c.Lib.Routine("desk-break")
	m := New(Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now, Preview: r})
	m, _ = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m = loadSafety(t, m); m.screen != screenPreview || m.preview.routine != r {
		t.Fatalf("screen %v, want the preview of %s", m.screen, r.ID)
	}
	m, _ = send(m, previewTodayMsg{r.ID, adapt.Result{Routine: r}})
	m, cmd := send(m, press("enter"))
	if m, _ = deliver(m, cmd()); m.screen != screenRun {
		t.Errorf("screen %v after enter, want the run", m.screen)
	}
}

// Ctrl+Z suspends the program with the session's clock held; on resume the clock runs again,
// the time away not counted. A suspension asked from outside (SuspendMsg) does the same, once.
func TestRootSuspendHoldsTheClock(t *testing.T) {
	m, clk := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0})
	called := 0
	m.onSuspend = func() { called++ }
	m = loadSafety(t, m)
	clk.Advance(2 * time.Second)
	left := m.res.Run.Engine().Snapshot(clk.Now()).Left
	m, cmd := send(m, press("ctrl+z"))
	if cmd == nil || cmd() != tea.Suspend() || called != 1 {
		t.Fatalf("ctrl+z: cmd %v, OnSuspend called %d times; want a suspension", cmd, called)
	}
	if m, cmd = send(m, SuspendMsg()); cmd != nil || called != 1 {
		t.Error("a second suspension while suspended")
	}
	clk.Advance(time.Minute)
	m, _ = send(m, tea.ResumeMsg{})
	if got := m.res.Run.Engine().Snapshot(clk.Now()).Left; got != left {
		t.Errorf("after a minute away %v left, want %v (the clock waited)", got, left)
	}
	if m.res.Run.Engine().State() != session.StateRunning {
		t.Error("the clock did not run again after resume")
	}
}

// A window too small to show the session holds its clock (no hold ends unseen) until it is
// large enough again, and keys do nothing meanwhile; a pause of the person's own stays.
func TestRootTooSmallHoldsTheClock(t *testing.T) {
	m, clk := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0})
	m = loadSafety(t, m)
	clk.Advance(2 * time.Second)
	left := m.res.Run.Engine().Snapshot(clk.Now()).Left
	m, _ = send(m, tea.WindowSizeMsg{Width: 30, Height: 10})
	if v := m.View().Content; !strings.Contains(v, "40×12") || !strings.Contains(v, "clock waits") {
		t.Errorf("too small: %q", v)
	}
	clk.Advance(time.Minute)
	m, _ = send(m, press("n")) // ignored while nothing can be seen
	m, cmd := send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd == nil {
		t.Error("no tick scheduled when the session can be seen again")
	}
	s := m.res.Run.Engine().Snapshot(clk.Now())
	if s.Left != left || s.Index != 0 || m.res.Run.Engine().State() != session.StateRunning {
		t.Errorf("after a minute too small: step %d, %v left, %v; want step 0, %v left, running", s.Index, s.Left, m.res.Run.Engine().State(), left)
	}
	m, _ = send(m, press("space")) // the person's own pause
	m, _ = send(m, tea.WindowSizeMsg{Width: 30, Height: 10})
	m, _ = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.res.Run.Engine().State() != session.StatePaused {
		t.Error("a pause the person made was lifted by a resize")
	}
}

// ! stops the exercise even while the window is too small to show it: the message says so
// before, and that the session stopped for pain after; larger again, the pain prompt shows.
func TestRootTooSmallStillTakesPain(t *testing.T) {
	m, clk := newRoot(t, "desk-break", &policy.Answers{V: policy.AnswersVersion, Date: t0})
	m = loadSafety(t, m)
	clk.Advance(2 * time.Second)
	m, _ = send(m, tea.WindowSizeMsg{Width: 30, Height: 10})
	if v := m.View().Content; !strings.Contains(v, "! still stops") {
		t.Errorf("too small, no word of the pain key: %q", v)
	}
	m, _ = send(m, press("!"))
	if st := m.res.Run.Engine().State(); st != session.StatePainPrompt {
		t.Fatalf("! while too small: state %v, want the pain prompt", st)
	}
	if v := m.View().Content; !strings.Contains(v, "Stopped for pain") {
		t.Errorf("too small after !: %q", v)
	}
	m, _ = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View().Content; !strings.Contains(v, "Emergency") {
		t.Errorf("larger again, no pain prompt:\n%s", v)
	}
}
