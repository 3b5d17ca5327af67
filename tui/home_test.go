package tui

import (
	"fmt"
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
		t.Fatalf("filter %q shows %d routines", m.filter.text, len(m.visible()))
	}
	if !strings.Contains(m.View(), "Filter: preg█") {
		t.Errorf("the filter being typed is not shown")
	}
	m, _ = m.Update(press("backspace"))
	if m.filter.text != "pre" {
		t.Errorf("backspace left %q", m.filter.text)
	}
	m, _ = m.Update(press("enter"))
	if m.filter.typing {
		t.Errorf("enter should finish typing the filter")
	}
	m, _ = m.Update(press("esc"))
	if m.filter.text != "" || len(m.visible()) != len(m.items) {
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

// The safety answers' marks say what they mean, in words, after the where column, which they
// never cover (it is whole, or left out when there is no room for both); on a narrow screen the
// name gives way to them. A routine that cannot start (gentle only) says only that.
func TestHomeMarksFromSafetyAnswers(t *testing.T) {
	pregnant := policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true}
	gentle := policy.Answers{V: policy.AnswersVersion, Date: t0, Pregnant: true, RedFlags: true, GentleOnly: true}
	for _, c := range []struct {
		w                 int
		answers           policy.Answers
		routine, where    string
		mark, markInstead string
	}{
		{200, pregnant, "Flexibility and gentle yoga", "standing/floor", "avoid in pregnancy", ""},
		{80, pregnant, "Flexibility and gentle yoga", "standing/floor", "avoid in pregnancy", ""},
		{62, pregnant, "Flexibility and gentle yoga", "standing/floor", "avoid in pregnancy", ""},
		{40, pregnant, "Flexibility", "standing/floor", "not in pregnancy", ""},
		{200, gentle, "Core stability", "floor", "gentle only for now", "pregnancy"},
		{120, gentle, "Core stability", "floor", "gentle only for now", "pregnancy"},
		{80, gentle, "Core stability", "floor", "gentle only for now", "pregnancy"},
		{62, gentle, "Core stability", "floor", "gentle only for now", "pregnancy"},
		{40, gentle, "Core stabil", "floor", "gentle only", "pregnancy"},
	} {
		cm := testCommon(t, c.w, 50, newClock())
		cm.Answers = c.answers
		v := plainView(newHome(cm).View())
		fitsIn(t, v, c.w, 50)
		var row string
		for _, l := range strings.Split(v, "\n") {
			if strings.HasPrefix(strings.TrimLeft(l, " ›"), c.routine) {
				row = l
			}
		}
		switch {
		case row == "":
			t.Errorf("%d columns: no row for %s:\n%s", c.w, c.routine, v)
		case !strings.Contains(row, c.mark) || (c.markInstead != "" && strings.Contains(row, c.markInstead)):
			t.Errorf("%d columns: the mark is not %q: %q", c.w, c.mark, row)
		case strings.Contains(row, c.where[:3]) && !strings.Contains(row, c.where+"  "):
			t.Errorf("%d columns: the where column %q is covered: %q", c.w, c.where, row)
		case c.w >= 80 && !strings.Contains(row, c.where):
			t.Errorf("%d columns: no where column: %q", c.w, row)
		}
		if strings.Contains(v, "!,") || strings.Contains(v, "[") {
			t.Errorf("%d columns: marks still in shorthand:\n%s", c.w, v)
		}
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
	dir := c.Store.(store.Dir)
	unlock, err := dir.LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	st := remind.State{V: 1, Running: true, Phase: remind.PhaseCounting.String(), Every: "50m",
		Next: t0.Add(-10 * time.Minute).Add(50 * time.Minute), Updated: t0}
	if err := dir.SaveRemindState(st); err != nil {
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

// Home remembers: back with esc from the preview, the history or a picker, the cursor is on the
// same row and the / filter still narrows the list; what the safety answers mark follows new
// answers all the same.
func TestHomeRemembersCursorAndFilter(t *testing.T) {
	for _, c := range []struct {
		name   string
		keys   []string // from home, after moving: to the screen and back
		filter bool
	}{
		{"preview", []string{"enter", "esc"}, false},
		{"history", []string{"h", "esc"}, false},
		{"quick hold", []string{"t", "esc"}, false},
		{"preview, filtered", []string{"enter", "esc"}, true},
		{"history, filtered", []string{"h", "esc"}, true},
		{"max test, filtered", []string{"m", "esc"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, _ := newRoot(t, "", answered)
			m = loadSafety(t, m)
			if c.filter {
				m = keysAll(m, "/", "b", "a", "c", "k", "enter")
			}
			m = keysAll(m, "down", "down")
			want := m.home.visible()[m.home.cursor]
			m = keysAll(m, c.keys...)
			if m.screen != screenHome {
				t.Fatalf("screen %v, want home", m.screen)
			}
			got := m.home.visible()[m.home.cursor]
			if got.r != want.r || m.home.cursor != 2 {
				t.Errorf("cursor on %v (row %d), want %v (row 2)", got.r, m.home.cursor, want.r)
			}
			if c.filter && (m.home.filter.text != "back" || !strings.Contains(plainView(m.View().Content), "Filter: back")) {
				t.Errorf("the filter was lost: %+v\n%s", m.home.filter, plainView(m.View().Content))
			}
		})
	}
	m, _ := newRoot(t, "", answered)
	m = loadSafety(t, m)
	m = keysAll(m, "/", "p", "l", "a", "n", "k", "enter", "down")
	m.c.Answers.Pregnant = true // as a safety check would
	next, _ := m.goHome()
	m = next.(Model)
	if v := plainView(m.View().Content); m.home.cursor != 1 || !strings.Contains(v, "avoid in pregnancy") {
		t.Errorf("cursor %d; the marks should follow the new answers:\n%s", m.home.cursor, v)
	}
}

// A background reminder has no screen: its due break is offered on the home screen, with the
// sitting spell it counted, however short the spell (remind --every 20m).
func TestHomeOffersTheDueBreakOfABackgroundReminder(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	dir := c.Store.(store.Dir)
	unlock, err := dir.LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	st := remind.State{V: 2, Running: true, Background: true, Phase: remind.PhaseDue.String(), Every: "20m",
		DueSince: t0.Add(-time.Minute), Since: t0.Add(-21 * time.Minute), Routine: "desk-break", Updated: t0}
	if err := dir.SaveRemindState(st); err != nil {
		t.Fatal(err)
	}
	m := newHome(c)
	m, _ = m.Update(cmdMsg(m.Init()))
	want := "Today: Desk break — a break is due: sitting since " + t0.Add(-21*time.Minute).Format("15:04")
	if v := plainView(m.View()); !strings.Contains(v, want) {
		t.Errorf("the due break is not offered (%q):\n%s", want, v)
	}
}
