package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/text"
)

// runScene is a named way to drive a fresh run screen to a state.
type runScene struct {
	name  string
	drive func(m runModel, clk *clock) runModel
}

// runScenes drive a fresh run screen to each state the views are checked in.
func runScenes() []runScene {
	return []runScene{
		{"hold", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 23.5); return m }},
		{"reps", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 8); return m }},
		{"selfpaced", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 70)
			m, _ = keyAt(m, clk, 71, "enter")
			return m
		}},
		{"breath", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 70)
			for range 3 {
				m, _ = keyAt(m, clk, 70, "enter")
			}
			m, _ = tickAt(m, clk, 80)
			return m
		}},
		{"rest", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 13); return m }},
		{"switch", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 38); return m }},
		{"paused", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 23.5)
			m, _ = keyAt(m, clk, 24, "space")
			return m
		}},
		{"pain", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 20)
			m, _ = keyAt(m, clk, 21, "!")
			return m
		}},
		{"confirm", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 20)
			m, _ = keyAt(m, clk, 21, "q")
			return m
		}},
		{"help", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 20)
			m, _ = keyAt(m, clk, 21, "?")
			return m
		}},
	}
}

// goldenScenes are the scenes kept as golden files: all of them.
func goldenScenes() map[string]bool {
	out := map[string]bool{}
	for _, sc := range runScenes() {
		out[sc.name] = true
	}
	return out
}

func TestRunViews(t *testing.T) {
	for _, sc := range runScenes() {
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
			name := fmt.Sprintf("run-%s-%dx%d.golden", sc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m, clk, _ := newTestRun(t, sz[0], sz[1])
				v := sc.drive(m, clk).View()
				fitsIn(t, v, sz[0], sz[1])
				if strings.Contains(v, "\a") {
					t.Error("view contains BEL")
				}
				if sc.name != "pain" && !strings.Contains(plainView(v), "sharp pain? press !") {
					t.Error("the pain reminder is not on screen")
				}
				if goldenScenes()[sc.name] {
					golden(t, name, v)
				}
			})
		}
	}
}

func TestRunViewDetails(t *testing.T) {
	view := func(name string, w, h int) string {
		for _, sc := range runScenes() {
			if sc.name == name {
				m, clk, _ := newTestRun(t, w, h)
				return plainView(sc.drive(m, clk).View())
			}
		}
		t.Fatalf("no scene %q", name)
		return ""
	}
	for _, c := range []struct {
		scene string
		w, h  int
		want  []string
	}{
		{"hold", 80, 24, []string{"Test routine", "exercise 2 of 4", "Knee hug", "LEFT", "██  ████"}},
		{"hold", 40, 12, []string{"Knee hug   LEFT", "13"}},
		{"reps", 80, 24, []string{"Pelvic tilt", "○   ●  a rep each time the dot moves: one every 2 s"}},
		{"reps", 40, 12, []string{"2/3", "○   ●  one rep every 2 s"}}, // the second tempo rep is under way
		{"selfpaced", 40, 12, []string{"1/3", "enter rep · d set done"}},
		{"breath", 40, 12, []string{"Box breathing", "cycle 1 of 2", "HOLD 3"}},
		{"rest", 80, 24, []string{"REST", "Next: Knee hug —  LEFT"}},
		{"switch", 40, 12, []string{"SWITCH SIDES", "Next: Knee hug —  RIGHT"}},
		{"paused", 40, 12, []string{"PAUSED · space/p to resume", "? help"}},
		{"paused", 80, 24, []string{"PAUSED · space/p to resume", "space/p resume"}},
		{"pain", 40, 12, []string{"Stopped: Knee hug — LEFT", "s skip this exercise",
			"g gentler variant: Pelvic tilt", "e end the session", "c continue (it was discomfort)"}},
		{"pain", 80, 24, []string{"Stop that exercise and don't push through it."}},
	} {
		v := view(c.scene, c.w, c.h)
		for _, want := range c.want {
			if !strings.Contains(v, want) {
				t.Errorf("%s at %dx%d lacks %q:\n%s", c.scene, c.w, c.h, want, v)
			}
		}
	}
}

func TestRunViewTinySizes(t *testing.T) {
	for _, sc := range runScenes() {
		for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {0, 5}, {5, 0}, {39, 11}} {
			m, clk, _ := newTestRun(t, sz[0], sz[1])
			v := sc.drive(m, clk).View()
			if sz[0] == 0 || sz[1] == 0 {
				if v != "" {
					t.Errorf("%s at %dx%d: %q, want nothing", sc.name, sz[0], sz[1], v)
				}
				continue
			}
			fitsIn(t, v, sz[0], sz[1])
		}
	}
}

func TestCountdownFormat(t *testing.T) {
	for _, c := range []struct {
		left time.Duration
		want string
	}{{0, "0"}, {-time.Second, "0"}, {secs(0.2), "1"}, {secs(3), "3"}, {secs(2.999), "3"},
		{secs(59), "59"}, {secs(59.5), "1:00"}, {secs(60), "1:00"}, {secs(61), "1:01"}, {secs(600), "10:00"}} {
		if got := text.Countdown(c.left); got != c.want {
			t.Errorf("countdown(%v) = %q, want %q", c.left, got, c.want)
		}
	}
}

// Tempo reps show the rep under way, so the last one reads N/N; self-paced reps show the taps.
func TestRepShown(t *testing.T) {
	tempo := session.Snapshot{Step: session.Step{Kind: session.KindReps, Reps: 3, Tempo: time.Second}, Reps: 3}
	for rep, want := range []int{1, 2, 3, 3} {
		tempo.Rep = rep
		if got := repShown(tempo); got != want {
			t.Errorf("tempo reps, %d counted: shows %d, want %d", rep, got, want)
		}
	}
	self := session.Snapshot{Step: session.Step{Kind: session.KindReps, Reps: 3}, Reps: 3, Rep: 2}
	if got := repShown(self); got != 2 {
		t.Errorf("self-paced reps, 2 tapped: shows %d", got)
	}
}

// At 40 columns a long name is cut before the side, set and hold of the step coming up.
func TestNextTextKeepsSideAndCount(t *testing.T) {
	c := testCommon(t, 40, 12, newClock())
	m := runModel{c: c}
	ex := &content.Exercise{ID: "long", Name: "Half-kneeling hip flexor stretch with a twist"}
	st := session.Step{Kind: session.KindHold, Exercise: ex, Side: session.SideRight, Hold: 2, Holds: 3}
	got := plainView(m.nextText(st))
	if !strings.HasSuffix(got, "RIGHT  · hold 2 of 3") || !strings.Contains(got, "…") {
		t.Errorf("nextText = %q, want the name cut and the side and hold kept", got)
	}
	if n := ansi.StringWidth("Next: " + got); n > 40 {
		t.Errorf("%q is %d columns", got, n)
	}
	c.Width = 120
	if got := plainView(m.nextText(st)); got != ex.Name+" —  RIGHT  · hold 2 of 3" {
		t.Errorf("at 120 columns nextText = %q", got)
	}
}

// titleAndCountRows are the rows of the title (the exercise, or SWITCH SIDES) and of the
// count's first line in a plain view; -1 when not found.
func titleAndCountRows(v, title string) (int, int) {
	lines := strings.Split(v, "\n")
	t, c := -1, -1
	for i, l := range lines {
		s := strings.TrimSpace(l)
		switch {
		case t < 0 && strings.HasPrefix(s, title):
			t = i
		case t >= 0 && c < 0 && s != "" && strings.Trim(s, "█ ") == "" || t >= 0 && c < 0 && s != "" && strings.Trim(s, "0123456789:") == "":
			c = i
		}
	}
	return t, c
}

// Switching sides keeps the title and the count on the rows the hold has, before and after it,
// at every size: nothing jumps when the hold turns into the switch and back.
func TestSwitchKeepsTheHoldsRows(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {50, 16}, {80, 24}, {120, 40}, {200, 50}} {
		w, h := sz[0], sz[1]
		view := func(at float64) string {
			m, clk, _ := newTestRun(t, w, h)
			m, _ = tickAt(m, clk, at)
			return plainView(m.View())
		}
		left, sw, right := view(30), view(38), view(45)
		lt, lc := titleAndCountRows(left, "Knee hug")
		st, sc := titleAndCountRows(sw, "SWITCH SIDES")
		rt, rc := titleAndCountRows(right, "Knee hug")
		if lt < 0 || lc < 0 || st != lt || sc != lc || rt != lt || rc != lc {
			t.Errorf("%dx%d: title, count rows: left hold %d, %d; switch %d, %d; right hold %d, %d\n%s\n%s\n%s",
				w, h, lt, lc, st, sc, rt, rc, left, sw, right)
		}
	}
}

// At 40×12 every run screen still shows a cue — the first one of the exercise it is on (or
// coming to) — besides the count and the pain line: the first cue goes before blank lines.
func TestRunScreenShowsACueAt40x12(t *testing.T) {
	for _, sc := range runScenes() {
		if sc.name == "pain" || sc.name == "help" {
			continue
		}
		m, clk, _ := newTestRun(t, 40, 12)
		m = sc.drive(m, clk)
		s := m.eng.Snapshot(clk.Now())
		ex := s.Step.Exercise
		if !s.Step.Kind.Work() && s.Next != nil {
			ex = s.Next.Exercise
		}
		v := plainView(m.View())
		words := strings.Fields(ex.Cues[0])
		if !strings.Contains(v, "• "+strings.Join(words[:3], " ")) {
			t.Errorf("%s at 40x12: no cue (%q):\n%s", sc.name, ex.Cues[0], v)
		}
	}
}
