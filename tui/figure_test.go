package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/session"
)

// figureRoutine runs built-in exercises with figures: tempo reps, a hold on each side,
// self-paced reps and breathing.
const figureRoutine = `
[[routine]]
id = "figs"
name = "Figures"
get_ready = "5s"
rest = "5s"
[[routine.step]]
exercise = "cat-cow"
reps = 3
tempo = "4s"
[[routine.step]]
exercise = "knee-to-chest"
hold = "10s"
[[routine.step]]
exercise = "glute-bridge"
reps = 3
[[routine.step]]
exercise = "box-breathing"
repeat = 1
`

// The routine's timeline: get ready 0–5, cat-cow 5–17, rest 17–22, knee-to-chest left 22–32,
// switch 32–37, right 37–47, rest 47–52, glute bridge (self-paced) from 52.

// newFigureRun starts the figure routine on a w×h screen with figures drawn in cs.
func newFigureRun(t *testing.T, w, h int, cs figure.Charset) (runModel, *clock) {
	t.Helper()
	clk := newClock()
	c := testCommon(t, w, h, clk)
	c.Figures = newFigures(cs)
	lib, probs := content.Build(append(content.BuiltinSources(), content.Source{Name: "figs.toml", Data: []byte(figureRoutine)}))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	c.Lib = lib
	r, _ := lib.Routine("figs")
	plan, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newRun(c, testRun(c, plan))
	return m, clk
}

// The figure sits beside the count where the block digits leave room, above the cues on a
// tall narrow screen, and gives way at 40×12; the count and the pain line are always there.
func TestRunFigureGoldens(t *testing.T) {
	for _, c := range []struct {
		scene string
		at    float64
		sizes [][2]int
	}{
		{"ready", 2, [][2]int{{80, 24}}},
		{"reps", 7, [][2]int{{80, 24}, {120, 40}, {40, 12}, {60, 32}}},
		{"hold-right", 40, [][2]int{{120, 40}, {100, 24}}},
		{"breath", 0, [][2]int{{80, 24}}},
	} {
		for _, sz := range c.sizes {
			name := fmt.Sprintf("run-figure-%s-%dx%d.golden", c.scene, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m, clk := newFigureRun(t, sz[0], sz[1], figure.Braille)
				if c.scene == "breath" { // through the self-paced reps to the breathing
					m, _ = tickAt(m, clk, 52)
					for range 3 {
						m, _ = keyAt(m, clk, 52, "enter")
					}
					m, _ = tickAt(m, clk, 63)
				} else {
					m, _ = tickAt(m, clk, c.at)
				}
				v := m.View()
				fitsIn(t, v, sz[0], sz[1])
				plain := plainView(v)
				if !strings.Contains(plain, "sharp pain?") {
					t.Error("the pain line is gone")
				}
				hasFig := strings.ContainsFunc(plain, func(r rune) bool { return r >= 0x2800 && r <= 0x28ff })
				if want := sz[0] >= 60 && sz[1] >= 24; hasFig != want {
					t.Errorf("figure drawn: %v, want %v", hasFig, want)
				}
				golden(t, name, v)
			})
		}
	}
}

// While a figure moves, the screen wakes at its next frame (a few a second at most) as well
// as at the engine's changes; while it holds, paused, or out of sight, only at the engine's.
func TestRunFigureTicks(t *testing.T) {
	due := func(m runModel, clk *clock) time.Duration { return m.due.Sub(clk.Now()) }
	m, clk := newFigureRun(t, 80, 24, figure.Braille)
	m, _ = tickAt(m, clk, 7) // cat-cow, 4 s a rep: the figure's frames are 500 ms apart
	if d := due(m, clk); d <= 0 || d > minFrame {
		t.Errorf("tempo reps: next tick in %v, want a frame within %v", d, minFrame)
	}
	seen := map[string]bool{}
	last := time.Time{}
	for range 16 { // the ticks as they come, each at the instant the last one asked for
		at := m.due
		engine, ok := m.run.NextChange(clk.Now())
		byEngine := ok && !engine.After(at)
		if !last.IsZero() && !byEngine && at.Sub(last) < minFrame {
			t.Errorf("figure frames %v apart: faster than %v", at.Sub(last), minFrame)
		}
		if !byEngine {
			last = at
		}
		clk.t = at
		m, _ = m.Update(tickMsg{gen: m.gen})
		seen[figureOf(m)] = true
	}
	if len(seen) < 4 {
		t.Errorf("over a rep the figure drew %d pictures", len(seen))
	}
	m, _ = tickAt(m, clk, 25) // the hold: the countdown's next second only
	if d := due(m, clk); d != time.Second {
		t.Errorf("hold: next tick in %v, want the countdown's 1s", d)
	}
	m, clk = newFigureRun(t, 80, 24, figure.Braille)
	m, _ = tickAt(m, clk, 7)
	m, _ = keyAt(m, clk, 7, "space")
	if !m.due.IsZero() {
		t.Errorf("paused, a tick is still due at %v", m.due)
	}
	m, clk = newFigureRun(t, 40, 12, figure.Braille)
	m, _ = tickAt(m, clk, 7)
	if d := due(m, clk); d != time.Second {
		t.Errorf("no room for a figure: next tick in %v, want the count's 1s", d)
	}
	m, clk = newFigureRun(t, 80, 24, figure.None)
	m, _ = tickAt(m, clk, 7)
	if d := due(m, clk); d != time.Second {
		t.Errorf("figures off: next tick in %v, want the count's 1s", d)
	}
	m, clk = newFigureRun(t, 80, 24, figure.Braille)
	m, _ = tickAt(m, clk, 52) // self-paced reps: the engine never wakes; the demonstration does
	if d := due(m, clk); d <= 0 || d > time.Second {
		t.Errorf("self-paced reps: next tick in %v", d)
	}
}

// figureOf is the braille of a run screen's view.
func figureOf(m runModel) string {
	var b strings.Builder
	for _, r := range plainView(m.View()) {
		if r >= 0x2800 && r <= 0x28ff {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The picture at an instant depends on the clock alone, not on when the ticks came: a late
// tick draws the frame of its time, never one behind.
func TestRunFigureNeverDrifts(t *testing.T) {
	a, ca := newFigureRun(t, 80, 24, figure.Braille)
	b, cb := newFigureRun(t, 80, 24, figure.Braille)
	for s := 5.0; s < 9.6; s += 0.1 {
		a, _ = tickAt(a, ca, s) // ticked often
	}
	b, _ = tickAt(b, cb, 9.6) // once, late
	a, _ = tickAt(a, ca, 9.6)
	if figureOf(a) != figureOf(b) {
		t.Error("the same instant drew two pictures")
	}
}

// Each side is drawn for its side: the right mirrors the left.
func TestRunFigureMirrorsTheRightSide(t *testing.T) {
	m, clk := newFigureRun(t, 120, 40, figure.Braille)
	m, _ = tickAt(m, clk, 25)
	left := figureOf(m)
	m, _ = tickAt(m, clk, 40)
	if right := figureOf(m); right == left || right == "" {
		t.Error("the right side is drawn as the left")
	}
}

// The coach draws figures as the environment and the settings say, and none when told not to.
func TestFigureCharset(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	s := content.DefaultSettings()
	for _, c := range []struct {
		o    Options
		want figure.Charset
	}{
		{Options{Settings: s, Getenv: env(map[string]string{"LANG": "en_US.UTF-8"})}, figure.Braille},
		{Options{Settings: s, Getenv: env(map[string]string{"LANG": "C"})}, figure.ASCII},
		{Options{Settings: s, Getenv: env(map[string]string{"TERM": "linux"})}, figure.ASCII},
		{Options{Settings: s, NoFigures: true, Getenv: env(nil)}, figure.None},
		{Options{Settings: content.Settings{Figures: content.FiguresOff}, Getenv: env(nil)}, figure.None},
		{Options{Settings: content.Settings{Figures: content.FiguresASCII}, Getenv: env(nil)}, figure.ASCII},
		{Options{Settings: content.Settings{Figures: content.FiguresASCII}, Getenv: env(map[string]string{"TERM": "dumb"})}, figure.None},
	} {
		if got := figureCharset(c.o); got != c.want {
			t.Errorf("%+v: %v, want %v", c.o.Settings.Figures, got, c.want)
		}
	}
}

// The preview shows the selected step's figure under it; ←/→ choose the step and keep its
// figure in view.
func TestPreviewFigure(t *testing.T) {
	c := testCommon(t, 80, 30, newClock())
	c.Figures = newFigures(figure.Braille)
	r, _ := c.Lib.Routine("desk-break")
	m := newPreview(c, r)
	m, _ = m.Update(cmdMsg(m.Init()))
	v := m.View()
	fitsIn(t, v, 80, 30)
	golden(t, "preview-figure-80x30.golden", v)
	if !strings.Contains(plainView(v), "›1. Shoulder rolls") || !strings.Contains(plainView(v), "←/→ step") {
		t.Error("the first step is not selected, or its key not shown")
	}
	for range 7 {
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	}
	v = plainView(m.View())
	if !strings.Contains(v, "›8. Desk shoulder stretch") || !strings.Contains(v, "hinge: hold") {
		t.Errorf("→ to the last step does not show it and its figure:\n%s", v)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	if m.sel != 7 {
		t.Errorf("→ past the last step moved to %d", m.sel)
	}
	small := testCommon(t, 40, 12, newClock())
	small.Figures = newFigures(figure.Braille)
	if p := newPreview(small, r); p.figures() || strings.Contains(p.View(), "›") {
		t.Error("a 40×12 preview has no room for a figure")
	}
}

// The pickers show the selected exercise's figure when the screen is tall enough.
func TestQuickPickerFigure(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		c := testCommon(t, sz[0], sz[1], newClock())
		c.Figures = newFigures(figure.Braille)
		m, cmd := newQuick(c, true)
		m, _ = m.Update(cmdMsg(cmd))
		m, _ = m.Update(press("down"))
		v := m.View()
		fitsIn(t, v, sz[0], sz[1])
		golden(t, fmt.Sprintf("quick-figure-%dx%d.golden", sz[0], sz[1]), v)
		if !strings.Contains(plainView(v), "plank") {
			t.Errorf("no figure names under the plank:\n%s", plainView(v))
		}
	}
}
