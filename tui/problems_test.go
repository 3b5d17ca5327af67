package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/limber-coach/limber/content"
)

// someProblems are two problems in the person's files: a routine file left out whole, and a
// setting in config.toml.
func someProblems() content.Problems {
	return content.Problems{
		{File: "/home/pat/.config/limber/content/mine.toml", Line: 4, Msg: "step: expected an array, found a whole number", FileLeftOut: true},
		{File: "/home/pat/.config/limber/config.toml", Line: 1, Msg: `bell: "loud" is not on or off; write true or false; using the default, true`},
	}
}

// Problems in the person's files show where they are: a one-line notice on home at every size,
// and on its key a scrolled list, worded as limber validate words it; esc goes back to home as
// it was.
func TestHomeShowsTheProblemsInYourFiles(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {80, 24}, {120, 40}} {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			c := testCommon(t, w, h, newClock())
			c.Problems = someProblems()
			m := newHome(c)
			m, _ = m.Update(cmdMsg(m.Init()))
			m, _ = m.Update(press("down"))
			v := plainView(m.View())
			fitsIn(t, m.View(), w, h)
			if !strings.Contains(v, "2 problems") {
				t.Fatalf("no notice on home:\n%s", v)
			}
			golden(t, fmt.Sprintf("home-problems-%dx%d.golden", w, h), m.View())
			m, _ = m.Update(press("v"))
			v = plainView(m.View())
			fitsIn(t, m.View(), w, h)
			golden(t, fmt.Sprintf("problems-%dx%d.golden", w, h), m.View())
			m, _ = m.Update(press("end"))
			all := v + plainView(m.View())
			for _, p := range someProblems() {
				if words := strings.Fields(p.Error()); !strings.Contains(all, words[1]) || !strings.Contains(all, words[len(words)-1]) {
					t.Errorf("the list lacks %q:\n%s", p.Error(), all)
				}
			}
			if !strings.Contains(all, "2 problems in 2 files") {
				t.Errorf("no count as limber validate gives it:\n%s", all)
			}
			m, _ = m.Update(press("esc"))
			if m.problems != nil || m.cursor != 1 || !strings.Contains(plainView(m.View()), "2 problems") {
				t.Errorf("esc should go back to home as it was (cursor %d):\n%s", m.cursor, plainView(m.View()))
			}
		})
	}
}

// With nothing wrong, home says nothing of problems and the key does nothing.
func TestHomeWithoutProblems(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	m := newHome(c)
	m, _ = m.Update(press("v"))
	if v := plainView(m.View()); m.problems != nil || strings.Contains(v, "problem") {
		t.Errorf("home with no problems:\n%s", v)
	}
}

// A voice that cannot speak is said on the run screen, and why.
func TestRunScreenSaysTheVoiceIsOff(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		m, clk, _ := newTestRun(t, sz[0], sz[1])
		m.c.VoiceNote = `voice command "nosuchcmd" was not found on PATH`
		m, _ = tickAt(m, clk, 23.5)
		if v := plainView(m.View()); !strings.Contains(v, `No voice: voice command "nosuchcmd" was not found`) ||
			!strings.Contains(v, "sharp pain? press !") {
			t.Errorf("%dx%d: the run screen does not say the voice is off:\n%s", sz[0], sz[1], v)
		}
	}
	m, clk, _ := newTestRun(t, 80, 24)
	m, _ = tickAt(m, clk, 23.5)
	if v := plainView(m.View()); strings.Contains(v, "No voice") {
		t.Errorf("a voice note with no problem:\n%s", v)
	}
}
