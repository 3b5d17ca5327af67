package tui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/text"
)

// screenCase is one screen in one state, laid out at a size: its page and what its key help
// must keep at 40 columns.
type screenCase struct {
	name string
	page page
	// need are the "key desc" items the one-line help keeps at 40 columns; pain is set where
	// the ! key applies (it must then be in the help too).
	need []string
	// data are texts the screen shows as they are, in no language of the interface (the
	// loader's messages about the person's files, and their paths): the bypass test lets
	// their words through.
	data []string
}

// everyScreen builds every screen in the states that differ in layout or keys, at w×h.
func everyScreen(t *testing.T, w, h int) []screenCase {
	t.Helper()
	var out []screenCase
	add := func(name string, p page, need ...string) {
		out = append(out, screenCase{name: name, page: p, need: need})
	}
	common := func() *Common { return testCommon(t, w, h, newClock()) }

	c := common()
	home := newHome(c)
	home, _ = home.Update(cmdMsg(home.Init()))
	add("home", home.page(), "enter open", "q quit")
	filtering, _ := home.Update(press("/"))
	add("home filtering", filtering.page(), "enter done", "esc clear")
	add("home's ? help", helpFor(screenHome, home.page(), "home").page(c), "? close help", "esc close")
	c = common()
	c.Problems = someProblems()
	withProblems := newHome(c)
	add("home with problems", withProblems.page(), "enter open", "q quit")
	problems, _ := withProblems.Update(press("v"))
	add("problems", problems.page(), "esc home")

	c = common()
	r, _ := c.Lib.Routine("desk-break")
	pv := newPreview(c, r)
	add("preview loading", pv.page(), "esc back", "q quit")
	pv, _ = pv.Update(cmdMsg(pv.Init()))
	add("preview", pv.page(), "enter start", "q quit")

	for _, st := range []struct {
		name string
		keys []string
		need []string
	}{
		{"safety question", nil, []string{"y yes", "n no", "esc later"}},
		{"safety advice", []string{"y"}, []string{"enter confirm", "esc home"}},
		{"safety leg pain", []string{"n"}, []string{"y yes", "n no", "esc later"}},
		{"safety leg pain checked", []string{"n", "y"}, []string{"y yes", "n no", "esc later"}},
		{"safety pregnancy", []string{"n", "n"}, []string{"y yes", "n no", "esc later"}},
		{"safety warning", []string{"n", "n", "y"}, []string{"y start", "n not now"}},
	} {
		c = common()
		m, _ := pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), st.keys...)
		add(st.name, m.page(), st.need...)
	}

	c = common()
	writeHistory(t, c, testSessions())
	add("history", loadedHistory(t, c).page(), "esc back")

	for _, how := range []string{"completed", "pain"} {
		sc, rec := finishedRun(t, how, w, h)
		sm, _ := newSummary(sc, rec).Update(savedMsg{})
		add("summary "+how, sm.page(), "enter home", "q quit")
	}

	add("quick hold", newTestQuick(t, w, h, false).page(), "esc back", "s sides")
	add("quick max", newTestQuick(t, w, h, true).page(), "enter start", "esc back")

	for _, sc := range runScenes() {
		m, clk, _ := newTestRun(t, w, h)
		m = sc.drive(m, clk)
		var need []string
		switch sc.name {
		case "pain", "confirm": // the choices, or the question, are the keys
		case "help":
			need = []string{"? close help", "! pain", "q quit"}
		default:
			need = []string{"! pain", "q quit"}
		}
		add("run "+sc.name, m.page(m.eng.Snapshot(clk.Now())), need...)
	}

	mx, clk := newTestMax(t, w, h, "plank")
	mx, _ = maxTick(mx, clk, 3)
	add("max ready", mx.page(), "space start", "! pain", "q quit")
	mx, _ = maxKey(mx, clk, 4, "?")
	add("max help", mx.page(), "? close help", "! pain", "q quit")
	mx, _ = maxKey(mx, clk, 5, "?")
	mx, _ = maxTick(mx, clk, 10)
	mx, _ = maxTick(mx, clk, 30)
	add("max counting", mx.page(), "space stop", "! pain", "q quit")
	mx, cmd := maxKey(mx, clk, 31, "space")
	add("max result", finish(t, mx, cmd).page(), "enter home", "q quit")
	return out
}

// footerHelp is the page's one-line key help as drawn, and its key map; "" and nil when the
// page has none (the pain prompt, whose choices are the body; the quit question).
func footerHelp(p page) (string, help.KeyMap) {
	for _, s := range p.drawn(p.mode == scrolled && p.overflows()) {
		if s.keys != nil && !s.full && s.region == inFooter {
			return s.lines[0], s.keys
		}
	}
	return "", nil
}

// "press !" is said only where ! acts: in a session (the run screen, the max test); home, the
// preview and the pickers never promise it.
func TestPainKeyPromisedOnlyWhereItActs(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {80, 24}, {120, 40}} {
		for _, sc := range everyScreen(t, sz[0], sz[1]) {
			acts := strings.HasPrefix(sc.name, "run ") || (strings.HasPrefix(sc.name, "max ") && sc.name != "max result")
			v := strings.ToLower(plainView(sc.page.render()))
			if promised := strings.Contains(v, "press !"); promised != acts && (promised || sc.name != "run pain") {
				t.Errorf("%s at %dx%d: says press ! %v, ! acts there %v:\n%s", sc.name, sz[0], sz[1], promised, acts, v)
			}
		}
	}
}

// Every screen fits every size it is checked at, in every state.
func TestEveryScreenFits(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 50}} {
		for _, sc := range everyScreen(t, sz[0], sz[1]) {
			t.Run(fmt.Sprintf("%s %dx%d", sc.name, sz[0], sz[1]), func(t *testing.T) {
				fitsIn(t, sc.page.render(), sz[0], sz[1])
			})
		}
	}
}

// At 40 columns each screen's one-line help keeps its most important keys — ! and q on the
// run screen and the max test — and it is the help its key map gives, as bubbles/help draws it.
func TestShortHelpAt40Columns(t *testing.T) {
	for _, sc := range everyScreen(t, 40, 12) {
		line, km := footerHelp(sc.page)
		view := plainView(sc.page.render())
		if len(sc.need) == 0 {
			continue
		}
		if km == nil {
			t.Errorf("%s: no key help", sc.name)
			continue
		}
		got := plainView(line)
		if !strings.Contains(view, got) {
			t.Errorf("%s: the help %q is not on screen:\n%s", sc.name, got, view)
		}
		for _, want := range sc.need {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the help at 40 columns lost %q: %q", sc.name, want, got)
			}
		}
		if w := len([]rune(got)); w > 40 {
			t.Errorf("%s: the help is %d columns: %q", sc.name, w, got)
		}
	}
}

// The run screen never drops the pain line nor the count, however short the terminal.
func TestRunScreenKeepsPainLineAndCount(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {50, 12}, {80, 14}, {120, 16}} {
		for _, sc := range runScenes() {
			if sc.name == "pain" || sc.name == "help" {
				continue
			}
			m, clk, _ := newTestRun(t, sz[0], sz[1])
			m = sc.drive(m, clk)
			v := plainView(m.View())
			if !strings.Contains(v, "sharp pain? press !") {
				t.Errorf("%s at %dx%d: no pain line:\n%s", sc.name, sz[0], sz[1], v)
			}
			s := m.eng.Snapshot(clk.Now())
			if count := countText(s); !strings.Contains(v, count) {
				t.Errorf("%s at %dx%d: no count %q:\n%s", sc.name, sz[0], sz[1], count, v)
			}
		}
	}
}

// countText is the count the run screen shows for s in plain digits.
func countText(s session.Snapshot) string {
	switch s.Step.Kind {
	case session.KindReps:
		return fmt.Sprintf("%d/%d", repShown(s), s.Reps)
	case session.KindBreath:
		return strings.ToUpper(s.Phase.Kind.String()) + " " + text.Countdown(s.PhaseLeft)
	}
	return text.Countdown(s.Left)
}
