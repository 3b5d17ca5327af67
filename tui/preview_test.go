package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestPreviewGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			c := testCommon(t, size[0], size[1], newClock())
			r, _ := c.Lib.Routine("desk-break")
			v := newPreview(c, r).View()
			fitsIn(t, v, size[0], size[1])
			golden(t, fmt.Sprintf("preview-%dx%d.golden", size[0], size[1]), v)
		})
	}
}

func TestPreviewKeys(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	r, _ := c.Lib.Routine("core-stability")
	m := newPreview(c, r)
	if msg, ok := cmdMsg(func() tea.Cmd { _, cmd := m.Update(press("enter")); return cmd }()).(startMsg); !ok || msg.routine != r {
		t.Errorf("enter should start the routine")
	}
	if _, cmd := m.Update(press("esc")); cmdMsg(cmd) != (goHomeMsg{}) {
		t.Errorf("esc should go home")
	}
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("down"))
	if m.offset != 2 {
		t.Errorf("offset %d after two downs", m.offset)
	}
	m, _ = m.Update(press("up"))
	if m.offset != 1 {
		t.Errorf("offset %d after up", m.offset)
	}
}

func TestPreviewBlockedAfterRedFlags(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	c.Safety = SafetyAnswers{Date: t0, RedFlags: true, GentleOnly: true}
	r, _ := c.Lib.Routine("core-stability")
	m := newPreview(c, r)
	if _, cmd := m.Update(press("enter")); cmd != nil {
		t.Errorf("a non-gentle routine must not start after red flags")
	}
	if !strings.Contains(m.View(), "gentle routines only") {
		t.Errorf("the preview should say why:\n%s", m.View())
	}
	g, _ := c.Lib.Routine("lower-back-relief")
	if _, cmd := newPreview(c, g).Update(press("enter")); cmd == nil {
		t.Errorf("a gentle routine should still start")
	}
}

func TestPreviewPregnancyWarning(t *testing.T) {
	c := testCommon(t, 80, 40, newClock())
	c.Safety = SafetyAnswers{Date: t0, Pregnant: true}
	r, _ := c.Lib.Routine("core-stability")
	if v := newPreview(c, r).View(); !strings.Contains(v, "In pregnancy, avoid:") {
		t.Errorf("no pregnancy warning:\n%s", v)
	}
	p, _ := c.Lib.Routine("pregnancy")
	if v := newPreview(c, p).View(); strings.Contains(v, "In pregnancy, avoid:") {
		t.Errorf("the pregnancy routine should carry no warning")
	}
}
