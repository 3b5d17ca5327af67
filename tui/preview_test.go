package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/limber-coach/limber/session/policy"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/journal"
)

func TestPreviewGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := testCommon(t, size[0], size[1], newClock())
			r, _ := c.Lib.Routine("desk-break")
			m := newPreview(c, r)
			m, _ = m.Update(cmdMsg(m.Init()))
			v := m.View()
			fitsIn(t, v, size[0], size[1])
			golden(t, fmt.Sprintf("preview-%dx%d.golden", size[0], size[1]), v)
		})
	}
}

func TestPreviewKeys(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	r, _ := c.Lib.Routine("core-stability")
	m := newPreview(c, r)
	if _, cmd := m.Update(press("enter")); cmd != nil {
		t.Errorf("enter before the history was read must not start (it would skip the back-off after pain)")
	}
	if !strings.Contains(m.View(), "Reading your history") {
		t.Errorf("the preview should say it is reading the history")
	}
	m, _ = m.Update(cmdMsg(m.Init()))
	if msg, ok := cmdMsg(func() tea.Cmd { _, cmd := m.Update(press("enter")); return cmd }()).(startMsg); !ok || msg.req.Routine != r || !msg.explained {
		t.Errorf("enter should start the routine")
	}
	if _, cmd := m.Update(press("esc")); cmdMsg(cmd) != (goHomeMsg{}) {
		t.Errorf("esc should go home")
	}
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("down"))
	for range 100 {
		m, _ = m.Update(press("down"))
	}
	if last := m.page().parts().last(); m.scroll.top != last || last == 0 {
		t.Errorf("offset %d after overscrolling, want it clamped at %d", m.scroll.top, last)
	}
	m.scroll.top = 2
	m, _ = m.Update(press("up"))
	if m.scroll.top != 1 {
		t.Errorf("offset %d after up", m.scroll.top)
	}
}

func TestPreviewBlockedAfterRedFlags(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	c.Answers = policy.Answers{V: policy.AnswersVersion, Date: t0, RedFlags: true, GentleOnly: true}
	r, _ := c.Lib.Routine("core-stability")
	m := newPreview(c, r)
	if _, cmd := m.Update(press("enter")); cmd != nil {
		t.Errorf("a non-gentle routine must not start after red flags")
	}
	if !strings.Contains(m.View(), "gentle routines only") {
		t.Errorf("the preview should say why:\n%s", m.View())
	}
	g, _ := c.Lib.Routine("lower-back-relief")
	gm := newPreview(c, g)
	gm, _ = gm.Update(cmdMsg(gm.Init()))
	if _, cmd := gm.Update(press("enter")); cmd == nil {
		t.Errorf("a gentle routine should still start")
	}
}

func TestPreviewPregnancyWarning(t *testing.T) {
	c := testCommon(t, 80, 40, newClock())
	c.Answers = policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true}
	r, _ := c.Lib.Routine("core-stability")
	if v := newPreview(c, r).View(); !strings.Contains(v, "In pregnancy, avoid:") {
		t.Errorf("no pregnancy warning:\n%s", v)
	}
	p, _ := c.Lib.Routine("pregnancy")
	if v := newPreview(c, p).View(); strings.Contains(v, "In pregnancy, avoid:") {
		t.Errorf("the pregnancy routine should carry no warning")
	}
}

// TestPreviewTodayGolden shows a routine whose doses changed from its history: a progressed
// hold and an exercise held back after pain, with the reasons.
func TestPreviewTodayGolden(t *testing.T) {
	c := testCommon(t, 80, 30, newClock())
	r, _ := c.Lib.Routine("plank-practice")
	done := func(daysAgo int, outcome string) journal.Entry {
		at := t0.AddDate(0, 0, -daysAgo)
		e := journal.Entry{V: 1, ID: journal.NewID(at), Routine: r.ID, RoutineName: r.Name, Kind: journal.KindRoutine, Status: "completed", Started: at, Ended: at}
		for _, st := range r.Steps {
			e.Steps = append(e.Steps, journal.Step{Exercise: st.Exercise, Kind: "hold", Outcome: "done"})
		}
		if outcome == "pain" {
			e.Status = "pain"
			e.Steps[0].Outcome = "pain"
			e.Pain = []journal.Pain{{Exercise: r.Steps[0].Exercise, At: at}}
		}
		return e
	}
	for _, e := range []journal.Entry{done(3, "done"), done(2, "done"), done(1, "pain")} {
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(err)
		}
	}
	m := newPreview(c, r)
	m, _ = m.Update(cmdMsg(m.Init()))
	v := m.View()
	if !strings.Contains(v, "today:") {
		t.Errorf("no adjusted dose shown:\n%s", v)
	}
	fitsIn(t, v, 80, 30)
	golden(t, "preview-today-80x30.golden", v)
	if msg, ok := cmdMsg(func() tea.Cmd { _, cmd := m.Update(press("enter")); return cmd }()).(startMsg); !ok || msg.req.Routine != r || !msg.explained {
		t.Errorf("enter should ask for the routine, today's changes explained (the policy works them out again)")
	}
}
