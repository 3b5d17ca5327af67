package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/policy"
)

// answered are safety answers given today, so nothing asks first.
var answered = &policy.Answers{V: policy.AnswersVersion, Date: t0}

// keysAll presses keys on the root one after the other, following where each goes (a screen
// it opens) and settling what it starts.
func keysAll(m Model, keys ...string) Model {
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = send(m, press(k))
		m = follow(m, cmd)
	}
	return m
}

// follow delivers the message cmd returns when it opens a screen, starts something or brings
// a screen what it read, and follows what that returns in turn; ticks and the rest are left.
func follow(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case goHomeMsg, goPreviewMsg, goHistoryMsg, goQuickMsg, startMsg, decidedMsg,
		previewTodayMsg, histRecentMsg, histStatsMsg, quickBestsMsg, homeLoadedMsg:
		m, cmd = send(m, msg)
		m = follow(m, cmd)
	case tea.BatchMsg:
		for _, c := range msg {
			m = follow(m, c)
		}
	}
	return m
}

// ? opens the screen's full key help over home, the preview and the pickers, and ?, esc or q
// close it again, leaving the screen as it was; q in the help never quits.
func TestQuestionMarkOpensTheScreensHelp(t *testing.T) {
	for _, c := range []struct {
		name   string
		keys   []string // from home, to the screen
		screen screen
		want   []string // in the help
	}{
		{"home", nil, screenHome, []string{"Keys · home", "pgdn page down", "home/g first", "t quick hold", "h history"}},
		{"preview", []string{"enter"}, screenPreview, []string{"Keys · Desk break", "enter start", "esc back"}},
		{"quick hold", []string{"t"}, screenQuick, []string{"Keys · quick hold", "← shorter", "s each side or not"}},
		{"max test picker", []string{"m"}, screenQuick, []string{"Keys · max test", "enter start"}},
		{"history", []string{"h"}, screenHistory, []string{"Keys · history", "esc back"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, _ := newRoot(t, "", answered)
			m = loadSafety(t, m)
			m = keysAll(m, c.keys...)
			if m.screen != c.screen {
				t.Fatalf("screen %v, want %v", m.screen, c.screen)
			}
			under := plainView(m.View().Content)
			for _, closeKey := range []string{"?", "esc", "q"} {
				m = keysAll(m, "?")
				v := plainView(m.View().Content)
				words := strings.Join(strings.Fields(v), " ") // the columns' padding aside
				for _, want := range append(c.want, "? close help") {
					if !strings.Contains(words, want) {
						t.Errorf("the help lacks %q:\n%s", want, v)
					}
				}
				fitsIn(t, m.View().Content, 80, 24)
				m = keysAll(m, "down", "enter", closeKey) // keys other than the closing ones do nothing
				if m.screen != c.screen || plainView(m.View().Content) != under {
					t.Errorf("%s did not close the help back onto the screen as it was:\n%s", closeKey, plainView(m.View().Content))
				}
			}
		})
	}
}

// The help fits, scrolling, at the smallest size.
func TestKeyHelpScrollsAt40x12(t *testing.T) {
	m, _ := newRoot(t, "", answered)
	m = loadSafety(t, m)
	m, _ = send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	m = keysAll(m, "?")
	v := plainView(m.View().Content)
	fitsIn(t, m.View().Content, 40, 12)
	if !strings.Contains(v, "↓") || !strings.Contains(v, "↑/↓ scroll") {
		t.Fatalf("home's help at 40×12 should scroll:\n%s", v)
	}
	m = keysAll(m, "end")
	if v := plainView(m.View().Content); !strings.Contains(v, "q quit") {
		t.Errorf("end did not bring the last key into view:\n%s", v)
	}
}

// Where ? is typed — home's filter — it is typed, and where a screen has its own help — the run
// screen — the root leaves it to the screen.
func TestQuestionMarkTypedOrTheScreensOwn(t *testing.T) {
	m, _ := newRoot(t, "", answered)
	m = loadSafety(t, m)
	m = keysAll(m, "/", "?")
	if m.help.openOn(m.screen) || m.home.filter.text != "?" {
		t.Errorf("while filtering ? should be typed: help %v, filter %q", m.help.openOn(m.screen), m.home.filter.text)
	}
	m = keysAll(m, "esc", "t", "/", "?")
	if m.screen != screenQuick || m.help.openOn(m.screen) || m.quick.filter.text != "?" {
		t.Errorf("in the picker's filter ? should be typed: help %v, filter %q", m.help.openOn(m.screen), m.quick.filter.text)
	}
	m, _ = newRoot(t, "desk-break", answered)
	m = loadSafety(t, m)
	if m.screen != screenRun {
		t.Fatalf("screen %v", m.screen)
	}
	m = keysAll(m, "?")
	if m.help.openOn(m.screen) || !m.run.help {
		t.Errorf("on the run screen ? is the run screen's help (holding the clock): root help %v, run help %v",
			m.help.openOn(m.screen), m.run.help)
	}
}

// The help never shows over another screen, nor comes back with its own: a screen opened under
// it (a key that was on its way when ? was pressed) closes it.
func TestKeyHelpStaysWithItsScreen(t *testing.T) {
	m, _ := newRoot(t, "", answered)
	m = loadSafety(t, m)
	m, cmd := send(m, press("t")) // the picker is on its way…
	m = keysAll(m, "?")           // …when ? opens home's help
	m = follow(m, cmd)
	if m.screen != screenQuick || m.help.openOn(m.screen) {
		t.Fatalf("screen %v, help %v; want the picker, no help", m.screen, m.help.openOn(m.screen))
	}
	m = keysAll(m, "esc")
	if v := plainView(m.View().Content); m.screen != screenHome || strings.Contains(v, "Keys · ") {
		t.Errorf("back home, the old help came back:\n%s", v)
	}
}
