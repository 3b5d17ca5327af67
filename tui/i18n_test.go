package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
)

// langCommon is testCommon in language tr with library lib.
func langCommon(t testing.TB, w, h int, clk *clock, tr *msg.Tr, lib *content.Library) *Common {
	t.Helper()
	c := testCommon(t, w, h, clk)
	c.Tr, c.Keys, c.Lib = tr, DefaultKeys(tr), lib
	return c
}

// langRun starts routine id of c's library at t0.
func langRun(t testing.TB, c *Common, id string) runModel {
	t.Helper()
	r, ok := c.Lib.Routine(id)
	if !ok {
		t.Fatalf("no routine %q", id)
	}
	plan, err := session.NewPlan(r, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newRun(c, testRun(c, plan))
	return m
}

// deskScenes are the states of the built-in desk break kept as golden views in each language:
// the get-ready, an exercise, one with a side, paused, the quit question, the key help and the
// pain stop.
func deskScenes() []runScene {
	toTwist := func(m runModel, clk *clock) runModel {
		for i := 0; i < 20 && !(m.eng.Snapshot(clk.Now()).Step.Kind.Work() && m.eng.Snapshot(clk.Now()).Side == session.SideLeft); i++ {
			m, _ = keyAt(m, clk, 8, "n")
		}
		m, _ = tickAt(m, clk, 12)
		return m
	}
	return []runScene{
		{"ready", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 2); return m }},
		{"work", func(m runModel, clk *clock) runModel { m, _ = tickAt(m, clk, 9); return m }},
		{"side", toTwist},
		{"paused", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 9)
			m, _ = keyAt(m, clk, 9, "space")
			return m
		}},
		{"confirm", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 9)
			m, _ = keyAt(m, clk, 9, "q")
			return m
		}},
		{"help", func(m runModel, clk *clock) runModel {
			m, _ = tickAt(m, clk, 9)
			m, _ = keyAt(m, clk, 9, "?")
			return m
		}},
		{"pain", func(m runModel, clk *clock) runModel {
			m = toTwist(m, clk)
			m, _ = keyAt(m, clk, 12, "!")
			return m
		}},
	}
}

// safetySteps are the safety check's screens, by the keys that reach them (y answers yes in
// every language).
var safetySteps = []struct {
	name string
	keys []string
}{
	{"question", nil},
	{"advice", []string{"y"}},
	{"leg-pain", []string{"n"}},
	{"leg-pain-checked", []string{"n", "y"}},
	{"pregnancy", []string{"n", "n"}},
	{"warning", []string{"n", "n", "y"}},
}

// The run screen, the pain stop and the safety questions in German, Spanish and French, as
// golden views at 80×24 and 40×12; every view fits.
func TestLanguageGoldens(t *testing.T) {
	for _, l := range lang.Supported()[1:] {
		lib := builtinLib(t).Localize(l)
		tr := msg.New(l)
		for _, sz := range [][2]int{{80, 24}, {40, 12}} {
			for _, sc := range deskScenes() {
				clk := newClock()
				m := sc.drive(langRun(t, langCommon(t, sz[0], sz[1], clk, tr, lib), "desk-break"), clk)
				v := m.View()
				fitsIn(t, v, sz[0], sz[1])
				golden(t, fmt.Sprintf("%s/run-%s-%dx%d.golden", l, sc.name, sz[0], sz[1]), v)
			}
			for _, st := range safetySteps {
				c := langCommon(t, sz[0], sz[1], newClock(), tr, lib)
				m, _ := pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), st.keys...)
				v := m.View()
				fitsIn(t, v, sz[0], sz[1])
				golden(t, fmt.Sprintf("%s/safety-%s-%dx%d.golden", l, st.name, sz[0], sz[1]), v)
			}
		}
	}
}

// convertedScreens are the screens whose every string goes through the catalogue (the first
// wave of issue 22), in language tr with library lib (the run fixture's scenes use lib too, so
// it must hold the fixture's exercises: see fixtureSources), and the coach's other screens
// (coachScreens: home, the preview, the check-in, the summary, the history, the problems and
// the max test's result).
func convertedScreens(t *testing.T, w, h int, tr *msg.Tr, lib *content.Library) []screenCase {
	t.Helper()
	var out []screenCase
	add := func(name string, p page) { out = append(out, screenCase{name: name, page: p}) }
	for _, sc := range runScenes() {
		clk := newClock()
		m := sc.drive(langRun(t, langCommon(t, w, h, clk, tr, lib), "test"), clk)
		add("run "+sc.name, m.page(m.eng.Snapshot(clk.Now())))
	}
	for _, st := range safetySteps {
		c := langCommon(t, w, h, newClock(), tr, lib)
		m, _ := pressAll(newSafety(c, routine(t, c, "test")), st.keys...)
		add("safety "+st.name, m.page())
		if st.name == "question" {
			add("safety's ? help", helpFor(screenSafety, m.page(), tr.T("screen.safety")).page(c))
		}
	}
	for _, max := range []bool{false, true} {
		c := langCommon(t, w, h, newClock(), tr, lib)
		m, cmd := newQuick(c, max)
		m, _ = m.Update(cmdMsg(cmd))
		add(fmt.Sprintf("quick max=%v", max), m.page())
	}
	clk := newClock()
	c := langCommon(t, w, h, clk, tr, lib)
	ex, _ := c.Lib.Exercise("knee-hug")
	plan, err := session.NewQuickPlan(session.Quick{Kind: session.PlanMax, Exercise: ex}, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mx, _ := newMaxTest(c, testRun(c, plan))
	mx, _ = maxTick(mx, clk, 3)
	add("max ready", mx.page())
	mx, _ = maxKey(mx, clk, 4, "?")
	add("max help", mx.page())
	mx, _ = maxKey(mx, clk, 5, "?")
	mx, _ = maxTick(mx, clk, 10)
	mx, _ = maxTick(mx, clk, 30)
	add("max counting", mx.page())
	mx, _ = maxKey(mx, clk, 31, "q")
	add("max confirm", mx.page())
	return append(out, coachScreens(t, w, h, tr, lib, "test", "knee-hug")...)
}

// fixtureSources is the run fixture's library as a source, testable for the max test.
func fixtureSources() []content.Source {
	src := strings.Replace(runFixture, `gentler = "tilt"`, "gentler = \"tilt\"\ntags = [\"testable\"]", 1)
	return []content.Source{{Name: "fixture.toml", Data: []byte(src), Builtin: true}}
}

// Every converted screen fits 40×12 and 80×24 in every language (German runs long).
func TestConvertedScreensFitInEveryLanguage(t *testing.T) {
	lib, probs := content.Build(fixtureSources())
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, l := range lang.Supported() {
		for _, sz := range [][2]int{{40, 12}, {80, 24}} {
			tr := msg.New(l)
			for _, sc := range convertedScreens(t, sz[0], sz[1], tr, lib.Localize(l)) {
				t.Run(fmt.Sprintf("%s %s %dx%d", l, sc.name, sz[0], sz[1]), func(t *testing.T) {
					v := sc.page.render()
					fitsIn(t, v, sz[0], sz[1])
					switch sc.name {
					case "run pain", "run confirm", "run help", "max confirm", "max help":
						return // the choices, the question or the full help are the keys there
					}
					if !strings.HasPrefix(sc.name, "run ") && !strings.HasPrefix(sc.name, "max ") || sc.name == "max result" {
						return
					}
					// however long the language, the way to stop stays whole on screen
					pv := plainView(v)
					for _, want := range []string{tr.T("pain.press", "Key", "!"), "! " + tr.T("help.pain"), "q " + tr.T("help.quit")} {
						if !strings.Contains(pv, want) {
							t.Errorf("%q is not on screen:\n%s", want, pv)
						}
					}
				})
			}
		}
	}
}
