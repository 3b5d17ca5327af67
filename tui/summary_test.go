package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
)

// finishedRun drives the fixture routine to an end and returns the run screen's Common and the
// record: "completed" (one self-paced rep then d), "pain" (pain on the left knee hug, then e),
// "skipped" (pain, then s, then on to the end).
func finishedRun(t *testing.T, how string, w, h int) (*Common, session.Record) {
	t.Helper()
	m, clk, _ := newTestRun(t, w, h)
	switch how {
	case "completed":
		m, _ = tickAt(m, clk, 70)
		m, _ = keyAt(m, clk, 71, "enter")
		m, _ = keyAt(m, clk, 72, "d")
	case "pain":
		m, _ = tickAt(m, clk, 20)
		m, _ = keyAt(m, clk, 21, "!")
		m, _ = keyAt(m, clk, 22, "e")
	case "skipped":
		m, _ = tickAt(m, clk, 20)
		m, _ = keyAt(m, clk, 21, "!")
		m, _ = keyAt(m, clk, 22, "s")
		m, _ = tickAt(m, clk, 40)
		for range 3 {
			m, _ = keyAt(m, clk, 40, "enter")
		}
	}
	m, _ = tickAt(m, clk, 300)
	if !m.ended {
		t.Fatalf("%s: session did not end (%v)", how, m.eng.State())
	}
	return m.c, m.eng.Record()
}

func TestSummaryKeys(t *testing.T) {
	c, rec := finishedRun(t, "completed", 80, 24)
	for _, k := range []struct {
		key  string
		want tea.Msg
	}{{"enter", goHomeMsg{}}, {"h", goHistoryMsg{}}, {"q", tea.QuitMsg{}}} {
		_, cmd := newSummary(c, rec).Update(press(k.key))
		if cmd == nil {
			t.Errorf("%s: no Cmd", k.key)
			continue
		}
		if got := cmd(); got != k.want {
			t.Errorf("%s: %#v, want %#v", k.key, got, k.want)
		}
	}
	if _, cmd := newSummary(c, rec).Update(press("x")); cmd != nil {
		t.Error("x returned a Cmd")
	}
}

func TestSummarySaveOutcome(t *testing.T) {
	c, rec := finishedRun(t, "completed", 80, 24)
	m := newSummary(c, rec)
	if v := plainView(m.View()); !strings.Contains(v, "Saving…") || strings.Contains(v, "Saved") {
		t.Errorf("before the save:\n%s", v)
	}
	failed, cmd := m.Update(savedMsg{err: errors.New("disk full")})
	v := plainView(failed.View())
	if cmd != nil || !strings.Contains(v, "Could not save this session: disk full") || strings.Contains(v, "Saved to your history") {
		t.Errorf("after a failed save (cmd %v):\n%s", cmd != nil, v)
	}
	saved, cmd := m.Update(savedMsg{})
	if v := plainView(saved.View()); !strings.Contains(v, "Saved to your history.") || strings.Contains(v, "Saving") {
		t.Errorf("after the save:\n%s", v)
	}
	if cmd == nil {
		t.Fatal("no streak read after the save")
	}
	// The streak is read from the history the root just appended to, in the Cmd.
	if err := journal.Append(c.HistoryPath, journal.FromRecord(rec, journal.NewID(rec.Started))); err != nil {
		t.Fatal(err)
	}
	msg := cmd()
	if sm, ok := msg.(summaryStreakMsg); !ok || sm.err != nil || sm.days != 1 {
		t.Fatalf("streak read gave %#v, want 1 day", msg)
	}
	saved, _ = saved.Update(msg)
	if v := plainView(saved.View()); !strings.Contains(v, "streak 1 day") {
		t.Errorf("no streak:\n%s", v)
	}
}

func TestSummaryContent(t *testing.T) {
	for _, c := range []struct {
		how        string
		want, lack []string
	}{
		{"completed", []string{"Session complete", "Test routine · active time", "3 of 4 exercises done · 1 partly",
			"✓ Pelvic tilt", "~ Shoulder squeeze  partly done (1 of 3 reps)"}, []string{"Sharp pain", "physiotherapist", "emergency"}},
		{"pain", []string{"Session ended after pain", "! Knee hug          stopped for pain (left)", "· Box breathing",
			"Sharp pain: Knee hug (left) at 09:00", "See a physiotherapist or doctor if you have:",
			"• Pain that spreads down a leg", "Emergency: Lost control of your bladder"}, nil},
		{"skipped", []string{"Session complete", "! Knee hug", "Sharp pain: Knee hug (left)", "• Numbness or weakness"}, nil},
	} {
		cm, rec := finishedRun(t, c.how, 80, 24)
		v := plainView(newSummary(cm, rec).View())
		for _, s := range c.want {
			if !strings.Contains(v, s) {
				t.Errorf("%s summary lacks %q:\n%s", c.how, s, v)
			}
		}
		for _, s := range c.lack {
			if strings.Contains(v, s) {
				t.Errorf("%s summary has %q:\n%s", c.how, s, v)
			}
		}
	}
}

func TestSummaryViews(t *testing.T) {
	for _, how := range []string{"completed", "pain"} {
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
			name := fmt.Sprintf("summary-%s-%dx%d.golden", how, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				c, rec := finishedRun(t, how, sz[0], sz[1])
				m, _ := newSummary(c, rec).Update(savedMsg{})
				v := m.View()
				fitsIn(t, v, sz[0], sz[1])
				if strings.Contains(v, "\a") {
					t.Error("view contains BEL")
				}
				golden(t, name, v)
			})
		}
	}
}

func TestSummaryTinySizes(t *testing.T) {
	for _, how := range []string{"completed", "pain"} {
		c, rec := finishedRun(t, how, 80, 24)
		for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {39, 11}} {
			c.Width, c.Height = sz[0], sz[1]
			m, _ := newSummary(c, rec).Update(savedMsg{err: errors.New("a long error message about the disk")})
			v := m.View()
			if sz[0] == 0 {
				if v != "" {
					t.Errorf("%dx%d: %q", sz[0], sz[1], v)
				}
				continue
			}
			fitsIn(t, v, sz[0], sz[1])
		}
	}
}

func TestSummaryVerdicts(t *testing.T) {
	step := func(o session.Outcome, side session.Side) session.StepRecord {
		return session.StepRecord{Exercise: "x", Name: "X", Side: side, Outcome: o, PlannedTime: secs(20), AchievedTime: secs(8)}
	}
	for _, c := range []struct {
		steps []session.StepRecord
		want  string
	}{
		{[]session.StepRecord{step(session.OutcomeDone, 1), step(session.OutcomeDone, 2)}, "done"},
		{[]session.StepRecord{step(session.OutcomeDone, 1), step(session.OutcomePain, 2)}, "stopped for pain (right)"},
		{[]session.StepRecord{step(session.OutcomePending, 0)}, "not reached"},
		{[]session.StepRecord{step(session.OutcomeSkipped, 1), step(session.OutcomePending, 2)}, "skipped"},
		{[]session.StepRecord{step(session.OutcomePartial, 0)}, "partly done (0:08 of 0:20)"},
		{[]session.StepRecord{step(session.OutcomeDone, 1), step(session.OutcomeSkipped, 2)}, "partly done"},
	} {
		if got := groupSteps(msg.New(lang.English), nil, c.steps); len(got) != 1 || got[0].text != c.want {
			t.Errorf("%v: %+v, want %q", c.steps, got, c.want)
		}
	}
	gentler := []session.StepRecord{step(session.OutcomePain, 1), {Exercise: "y", Name: "Y", Outcome: session.OutcomeDone, Gentler: true}}
	if got := groupSteps(msg.New(lang.English), nil, gentler); len(got) != 2 || got[1].name != "Y (gentler)" {
		t.Errorf("gentler swap: %+v", got)
	}
	bare := []session.StepRecord{{Kind: session.KindHold, Outcome: session.OutcomeDone, PlannedTime: secs(5), AchievedTime: secs(5)}}
	if got := groupSteps(msg.New(lang.English), nil, bare); len(got) != 1 || got[0].name != "Hold" {
		t.Errorf("a bare quick hold: %+v, want it named Hold", got)
	}
}

// On a 40×12 terminal the summary after a pain stop does not fit: it scrolls, and scrolling
// down reaches every red flag and the emergency sign; up comes back to the top.
func TestSummaryScrollsToThePainAdvice(t *testing.T) {
	c, rec := finishedRun(t, "pain", 40, 12)
	m, _ := newSummary(c, rec).Update(savedMsg{})
	if m.page().parts().last() == 0 {
		t.Fatal("the pain summary fits 40×12; this test needs it not to")
	}
	seen := plainView(m.View())
	for range m.page().parts().last() + 3 { // past the end stays at the end
		m, _ = m.Update(press("down"))
		v := m.View()
		fitsIn(t, v, 40, 12)
		seen += plainView(v)
	}
	for _, want := range []string{"↓ 10 more", "↑ 2 more", "Session ended after pain", "Saved to your history.",
		"Pain that spreads down a leg", "Numbness or weakness in a leg", "Emergency:", "· Box breathing"} {
		if !strings.Contains(seen, want) {
			t.Errorf("scrolling the summary never shows %q:\n%s", want, seen)
		}
	}
	m, _ = m.Update(press("up"))
	if m.scroll.top != m.page().parts().last()-1 {
		t.Errorf("offset %d after one up from the end, want %d", m.scroll.top, m.page().parts().last()-1)
	}
	big, rec := finishedRun(t, "pain", 120, 40)
	m, _ = newSummary(big, rec).Update(savedMsg{})
	if m.page().parts().last() != 0 || strings.Contains(plainView(m.View()), "scroll") {
		t.Errorf("120×40 should fit without scrolling")
	}
}

// In a limber remind break, q leaves the coach for the reminder, and the summary says so (at
// 40 columns too); the run screen's q still ends the session.
func TestSummaryInARemindBreak(t *testing.T) {
	for _, w := range []int{80, 40} {
		clk := newClock()
		c := testCommon(t, w, 12, clk)
		if err := c.Store.SaveAnswers(*answered); err != nil {
			t.Fatal(err)
		}
		r, _ := c.Lib.Routine("desk-break")
		m := New(Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now, Start: &policy.Request{Routine: r}, InRemind: true})
		m, _ = send(m, tea.WindowSizeMsg{Width: w, Height: 12})
		m = loadSafety(t, m)
		if v := plainView(m.View().Content); m.screen != screenRun || !strings.Contains(v, "q quit") {
			t.Fatalf("%d columns: the run screen's q should still quit the session:\n%s", w, v)
		}
		m = keysAll(m, "q", "y")
		m, cmd := send(m, sessionEndedMsg{m.res.Run.Record()})
		m = follow(m, cmd)
		if v := plainView(m.View().Content); m.screen != screenSummary || !strings.Contains(v, "q back to remind") {
			t.Errorf("%d columns: the summary of a remind break:\n%s", w, v)
		}
	}
}
