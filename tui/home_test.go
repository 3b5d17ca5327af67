package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/store"

	"github.com/limber-coach/limber/session/policy"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
)

// cmdMsg runs a Cmd (nil allowed) and returns its message.
func cmdMsg(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	return cmd()
}

func TestHomeGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			clk := newClock()
			c := testCommon(t, size[0], size[1], clk)
			m := newHome(c)
			m, _ = m.Update(cmdMsg(m.Init()))
			v := m.View()
			fitsIn(t, v, size[0], size[1])
			golden(t, fmt.Sprintf("home-%dx%d.golden", size[0], size[1]), v)
		})
	}
}

func TestHomeDeskBreakFirstAndKeys(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	m := newHome(c)
	if m.items[0].r.ID != "desk-break" {
		t.Fatalf("first routine %q, want desk-break", m.items[0].r.ID)
	}
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("up"))
	if m.cursor != 1 {
		t.Errorf("cursor %d after down, down, up; want 1", m.cursor)
	}
	_, cmd := m.Update(press("enter"))
	if msg, ok := cmdMsg(cmd).(goPreviewMsg); !ok || msg.routine.ID != m.items[1].r.ID {
		t.Errorf("enter: %#v, want a preview of %s", cmdMsg(cmd), m.items[1].r.ID)
	}
	if _, cmd := m.Update(press("h")); cmdMsg(cmd) != (goHistoryMsg{}) {
		t.Errorf("h should open the history")
	}
	if _, cmd := m.Update(press("q")); cmd == nil {
		t.Errorf("q should quit")
	}
	for range 50 {
		m, _ = m.Update(press("down"))
	}
	if m.cursor != len(m.items)-1 {
		t.Errorf("cursor ran past the end: %d of %d", m.cursor, len(m.items))
	}
}

func TestHomeFilter(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	m := newHome(c)
	for _, k := range []string{"/", "p", "r", "e", "g"} {
		m, _ = m.Update(press(k))
	}
	if vis := m.visible(); len(vis) != 1 || vis[0].r.ID != "pregnancy" {
		t.Fatalf("filter %q shows %d routines", m.filter, len(m.visible()))
	}
	if !strings.Contains(m.View(), "Filter: preg█") {
		t.Errorf("the filter being typed is not shown")
	}
	m, _ = m.Update(press("backspace"))
	if m.filter != "pre" {
		t.Errorf("backspace left %q", m.filter)
	}
	m, _ = m.Update(press("enter"))
	if m.filtering {
		t.Errorf("enter should finish typing the filter")
	}
	m, _ = m.Update(press("esc"))
	if m.filter != "" || len(m.visible()) != len(m.items) {
		t.Errorf("esc should clear the filter")
	}
	m, _ = m.Update(press("/"))
	for _, k := range []string{"z", "z", "z"} {
		m, _ = m.Update(press(k))
	}
	if !strings.Contains(m.View(), "No routine matches") {
		t.Errorf("an empty filter result should say so")
	}
	if _, cmd := m.Update(press("enter")); cmdMsg(cmd) != nil {
		t.Errorf("enter on an empty list opened something")
	}
}

func TestHomeHeader(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	for _, d := range []int{2, 1} {
		e := journal.Entry{V: 1, ID: fmt.Sprintf("id%d", d), Routine: "hips", RoutineName: "Hips", Kind: "routine",
			Status: "completed", Started: t0.Add(-time.Duration(d) * 24 * time.Hour), Ended: t0.Add(-time.Duration(d)*24*time.Hour + 8*time.Minute)}
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(err)
		}
	}
	m := newHome(c)
	m, _ = m.Update(cmdMsg(m.Init()))
	want := "Streak: 2 days · Last: Hips, yesterday"
	if !strings.Contains(m.View(), want) {
		t.Errorf("header lacks %q:\n%s", want, m.View())
	}
}

func TestHomeMarksFromSafetyAnswers(t *testing.T) {
	c := testCommon(t, 120, 40, newClock())
	c.Answers = policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true, RedFlags: true, GentleOnly: true}
	v := newHome(c).View()
	if !strings.Contains(v, "pregnancy!") || !strings.Contains(v, "not gentle") {
		t.Errorf("home should mark routines to avoid:\n%s", v)
	}
}

func TestHomeTinySizesDoNotPanic(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {40, 12}} {
		c := testCommon(t, size[0], size[1], newClock())
		_ = newHome(c).View()
		_ = newPreview(c, c.Lib.Routines()[0]).View()
	}
}

func TestHomeSuggestsDeskBreakWhileRemindCounts(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	dir := filepath.Dir(c.HistoryPath)
	unlock, err := store.Dir(dir).LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	st := remind.State{V: 1, Running: true, Phase: remind.PhaseCounting.String(), Every: "50m",
		Next: t0.Add(-10 * time.Minute).Add(50 * time.Minute), Updated: t0}
	if err := store.Dir(dir).SaveRemindState(st); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Hour) // 70 minutes since the last break ended at 08:50
	m := newHome(c)
	m, _ = m.Update(cmdMsg(m.Init()))
	if v := plainView(m.View()); !strings.Contains(v, "Today: Desk break — you have been at it since 08:50") {
		t.Errorf("no desk-break suggestion from remind:\n%s", v)
	}
}

func TestHomeFilterGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		c := testCommon(t, size[0], size[1], newClock())
		m := newHome(c)
		m, _ = m.Update(cmdMsg(m.Init()))
		for _, k := range []string{"/", "b", "a", "c", "k"} {
			m, _ = m.Update(press(k))
		}
		v := m.View()
		fitsIn(t, v, size[0], size[1])
		golden(t, fmt.Sprintf("home-filter-%dx%d.golden", size[0], size[1]), v)
	}
}
