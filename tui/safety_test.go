package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/policy"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
)

// Routines of the built-in library the safety tests use.
const (
	gentleNoAvoid   = "desk-break"          // gentle, nothing to avoid in pregnancy
	gentleWithAvoid = "lower-back-mobility" // gentle, has the sphinx pose
	notGentle       = "core-stability"      // not gentle
)

// routine returns a built-in routine by id or fails the test.
func routine(t *testing.T, c *Common, id string) *content.Routine {
	t.Helper()
	r, ok := c.Lib.Routine(id)
	if !ok {
		t.Fatalf("no routine %q", id)
	}
	return r
}

// pressAll feeds the keys to the safety check and returns it with the last key's Cmd.
func pressAll(m safetyModel, keys ...string) (safetyModel, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = m.Update(press(k))
	}
	return m, cmd
}

// doneMsg runs cmd and returns its safetyDoneMsg, failing when it is something else.
func doneMsg(t *testing.T, cmd tea.Cmd) safetyDoneMsg {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command; want a safetyDoneMsg")
	}
	msg, ok := cmd().(safetyDoneMsg)
	if !ok {
		t.Fatalf("got %T; want a safetyDoneMsg", cmd())
	}
	return msg
}

func TestSafetyPaths(t *testing.T) {
	tests := []struct {
		name    string
		routine string // "" for none pending
		keys    []string
		step    safetyStep // where the check stands before the last key
		want    policy.Answers
		proceed bool
	}{
		{"no, no, no", gentleNoAvoid, []string{"n", "n", "n"}, stepPregnancy, policy.Answers{}, true},
		{"enter never answers", notGentle, []string{"enter", "enter", "n", "enter", "n", "enter", "n"}, stepPregnancy, policy.Answers{}, true},
		{"capital N thrice", notGentle, []string{"N", "N", "N"}, stepPregnancy, policy.Answers{}, true},
		{"no, no, yes, nothing to avoid", gentleNoAvoid, []string{"n", "n", "y"}, stepPregnancy, policy.Answers{Pregnant: true}, true},
		{"no, no, yes, no routine", "", []string{"n", "n", "Y"}, stepPregnancy, policy.Answers{Pregnant: true}, true},
		{"pregnant, warned, y", gentleWithAvoid, []string{"n", "n", "y", "y"}, stepPregnancyWarn, policy.Answers{Pregnant: true}, true},
		{"pregnant, warned, esc", gentleWithAvoid, []string{"n", "n", "y", "esc"}, stepPregnancyWarn, policy.Answers{Pregnant: true}, false},
		{"pregnant, warned, q", gentleWithAvoid, []string{"n", "n", "y", "q"}, stepPregnancyWarn, policy.Answers{Pregnant: true}, false},
		{"leg pain checked, not gentle", notGentle, []string{"n", "y", "y", "n"}, stepPregnancy,
			policy.Answers{LegPain: true, LegPainChecked: true}, true},
		{"leg pain not checked, not gentle", notGentle, []string{"n", "y", "n", "n"}, stepPregnancy,
			policy.Answers{LegPain: true}, false},
		{"leg pain not checked, gentle", gentleNoAvoid, []string{"n", "y", "n", "n"}, stepPregnancy,
			policy.Answers{LegPain: true}, true},
		{"yes, gentle, gentle routine", gentleNoAvoid, []string{"y", "g", "e", "n", "t", "l", "e", "enter", "n", "n"}, stepPregnancy,
			policy.Answers{RedFlags: true, GentleOnly: true}, true},
		{"yes, GENTLE with spaces", gentleNoAvoid, []string{"y", " ", "G", "E", "N", "T", "L", "E", "space", "enter", "n", "n"}, stepPregnancy,
			policy.Answers{RedFlags: true, GentleOnly: true}, true},
		{"yes, gentle, not a gentle routine", notGentle, []string{"y", "g", "e", "n", "t", "l", "e", "enter", "n", "n"}, stepPregnancy,
			policy.Answers{RedFlags: true, GentleOnly: true}, false},
		{"yes, gentle, not gentle, pregnant", notGentle, []string{"y", "g", "e", "n", "t", "l", "e", "enter", "n", "y"}, stepPregnancy,
			policy.Answers{RedFlags: true, GentleOnly: true, Pregnant: true}, false},
		{"yes, gentle, pregnant, warned, y", gentleWithAvoid, []string{"y", "g", "e", "n", "t", "l", "e", "enter", "n", "y", "y"}, stepPregnancyWarn,
			policy.Answers{RedFlags: true, GentleOnly: true, Pregnant: true}, true},
		{"yes, esc", gentleNoAvoid, []string{"y", "esc"}, stepAdvice, policy.Answers{RedFlags: true}, false},
		{"yes, q", gentleNoAvoid, []string{"y", "q"}, stepAdvice, policy.Answers{RedFlags: true}, false},
		{"yes, typed, esc", gentleNoAvoid, []string{"y", "g", "e", "esc"}, stepAdvice, policy.Answers{RedFlags: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock()
			c := testCommon(t, 80, 24, clk)
			var r *content.Routine
			if tt.routine != "" {
				r = routine(t, c, tt.routine)
			}
			m, cmd := pressAll(newSafety(c, r), tt.keys[:len(tt.keys)-1]...)
			if cmd != nil {
				t.Fatalf("finished early, before the last key (%v)", cmd())
			}
			if m.step != tt.step {
				t.Fatalf("before the last key the check is at %v, want %v", m.step, tt.step)
			}
			clk.Advance(90 * time.Second)
			_, cmd = m.Update(press(tt.keys[len(tt.keys)-1]))
			got := doneMsg(t, cmd)
			tt.want = policy.Answered(tt.want, clk.Now())
			if got.answers != tt.want || got.proceed != tt.proceed {
				t.Errorf("got %+v proceed %v; want %+v proceed %v", got.answers, got.proceed, tt.want, tt.proceed)
			}
		})
	}
}

func TestSafetyLeaveUnanswered(t *testing.T) {
	for _, keys := range [][]string{{"esc"}, {"q"}, {"n", "esc"}, {"n", "q"}} {
		c := testCommon(t, 80, 24, newClock())
		_, cmd := pressAll(newSafety(c, routine(t, c, gentleNoAvoid)), keys...)
		if cmd == nil {
			t.Fatalf("%v: no command", keys)
		}
		if _, ok := cmd().(goHomeMsg); !ok {
			t.Errorf("%v: want goHomeMsg (nothing answered, nothing saved)", keys)
		}
	}
}

func TestSafetyTyping(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	m, _ := pressAll(newSafety(c, routine(t, c, gentleNoAvoid)), "y", "g", "e", "n", "x")
	if m.typed != "genx" || !strings.Contains(plainView(m.View()), "> genx█") {
		t.Fatalf("typed %q; the field should show it:\n%s", m.typed, plainView(m.View()))
	}
	m, cmd := pressAll(m, "enter")
	if cmd != nil || m.step != stepAdvice || !m.wrong {
		t.Fatalf("the wrong word must not go on (step %v, wrong %v)", m.step, m.wrong)
	}
	if v := plainView(m.View()); !strings.Contains(v, "Type the word gentle") {
		t.Errorf("a wrong word should say what to type:\n%s", v)
	}
	m, _ = pressAll(m, "backspace")
	if m.typed != "gen" || m.wrong {
		t.Errorf("backspace: typed %q wrong %v, want %q and the hint gone", m.typed, m.wrong, "gen")
	}
	m, _ = pressAll(m, "backspace", "backspace", "backspace", "backspace")
	if m.typed != "" {
		t.Errorf("backspace past the start: typed %q", m.typed)
	}
	m, _ = pressAll(m, "x", "q", "é")
	if m.step != stepAdvice || m.typed != "xqé" {
		t.Fatalf("once something is typed q is a letter: step %v typed %q", m.step, m.typed)
	}
	m, _ = pressAll(m, "backspace")
	if m.typed != "xq" {
		t.Errorf("backspace after a multi-byte letter: typed %q", m.typed)
	}
	for range 40 {
		m, _ = pressAll(m, "x")
	}
	if n := len([]rune(m.typed)); n != maxConfirm {
		t.Errorf("the field holds %d letters, want at most %d", n, maxConfirm)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'x', Text: "\x1b[31m"})
	if strings.ContainsRune(m.typed, '\x1b') {
		t.Error("escape sequences must not reach the field")
	}
}

func TestSafetyOtherKeysDoNothing(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	for _, keys := range [][]string{{}, {"n"}, {"n", "n"}, {"n", "n", "y"}} {
		m, _ := pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), keys...)
		for _, k := range []string{"x", "!", "space", "?", "enter"} {
			next, cmd := m.Update(press(k))
			if cmd != nil || next.step != m.step {
				t.Errorf("after %v, %q should do nothing", keys, k)
			}
		}
		if next, cmd := m.Update(tea.WindowSizeMsg{Width: 50, Height: 20}); cmd != nil || next.step != m.step {
			t.Errorf("after %v a resize changed the check", keys)
		}
	}
}

func TestSafetyScroll(t *testing.T) {
	for _, keys := range [][]string{{}, {"y"}, {"n", "n"}} {
		c := testCommon(t, 40, 12, newClock())
		m, _ := pressAll(newSafety(c, routine(t, c, notGentle)), keys...)
		top := m.View()
		if !strings.Contains(plainView(top), "↑/↓ scroll") {
			t.Errorf("after %v at 40×12 the text should scroll:\n%s", keys, plainView(top))
		}
		m, _ = pressAll(m, "up")
		if m.scroll.top != 0 {
			t.Errorf("up at the top: offset %d", m.scroll.top)
		}
		m, _ = pressAll(m, "down")
		if m.scroll.top != 1 || m.View() == top {
			t.Errorf("after %v down did not scroll", keys)
		}
		limit := m.page().parts().last()
		for range limit + 5 {
			m, _ = pressAll(m, "down")
		}
		if m.scroll.top != limit {
			t.Errorf("after %v: offset %d, want the limit %d", keys, m.scroll.top, limit)
		}
		fitsIn(t, m.View(), 40, 12)
		m, _ = pressAll(m, "up")
		if m.scroll.top != limit-1 {
			t.Errorf("after %v up from the end: offset %d", keys, m.scroll.top)
		}
	}
	c := testCommon(t, 40, 12, newClock())
	m, _ := pressAll(newSafety(c, routine(t, c, notGentle)), "y", "down", "j", "k")
	if m.scroll.top != 1 || m.typed != "jk" {
		t.Errorf("on the advice screen j and k are letters: offset %d typed %q", m.scroll.top, m.typed)
	}
}

func TestSafetyTexts(t *testing.T) {
	c := testCommon(t, 120, 60, newClock())
	s := c.Lib.Safety()
	m := newSafety(c, routine(t, c, notGentle))
	v := plainView(m.View())
	for _, want := range append(slices.Clone(s.RedFlags), "Does any of this apply to you? [y/n]", "Emergency:") {
		if !strings.Contains(v, want) {
			t.Errorf("the question lacks %q", want)
		}
	}
	m, _ = pressAll(m, "y")
	if v := plainView(m.View()); !strings.Contains(v, "physiotherapist or doctor") || !strings.Contains(v, "Core stability is not a gentle routine") {
		t.Errorf("advice screen:\n%s", v)
	}
	if strings.Index(v, "Emergency:") > strings.Index(v, s.RedFlags[0]) {
		t.Error("the emergency signs come first")
	}
	m, _ = pressAll(m, "g", "e", "n", "t", "l", "e", "enter")
	if v := plainView(m.View()); !strings.Contains(v, "gentle routines only") || !strings.Contains(v, policy.AskLegPain) {
		t.Errorf("leg pain question after the confirmation:\n%s", v)
	}
	m, _ = pressAll(m, "x")
	if v := plainView(m.View()); !strings.Contains(v, policy.AnswerYesNo) {
		t.Errorf("a key that is not y or n should say what the question takes:\n%s", v)
	}
	m, _ = pressAll(m, "n")
	v = plainView(m.View())
	for _, want := range []string{"will not start", "Are you pregnant? [y/n]", "healthcare provider"} {
		if !strings.Contains(v, want) {
			t.Errorf("pregnancy question after the confirmation lacks %q:\n%s", want, v)
		}
	}
	m, _ = pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), "n", "n", "y")
	if v := plainView(m.View()); !strings.Contains(v, "Sphinx pose") || !strings.Contains(v, "Start it anyway?") ||
		!strings.Contains(v, policy.PregnancyStopLead) || !strings.Contains(v, s.PregnancyStop[0]) {
		t.Errorf("pregnancy warning:\n%s", v)
	}
}

func TestAvoidInPregnancy(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	if got := policy.AvoidInPregnancy(c.Lib, routine(t, c, gentleWithAvoid)); !slices.Equal(got, []string{"Knee-to-chest stretch", "Lying piriformis stretch", "Lying twist", "Sphinx pose"}) {
		t.Errorf("%s: %q", gentleWithAvoid, got)
	}
	if got := policy.AvoidInPregnancy(c.Lib, routine(t, c, gentleNoAvoid)); got != nil {
		t.Errorf("%s: %q, want none", gentleNoAvoid, got)
	}
	if got := policy.AvoidInPregnancy(c.Lib, nil); got != nil {
		t.Errorf("nil routine: %q", got)
	}
	if got := policy.AvoidInPregnancy(nil, routine(t, c, gentleWithAvoid)); got != nil {
		t.Errorf("nil library: %q", got)
	}
	// Every flagged exercise of every routine is named once.
	for _, r := range c.Lib.Routines() {
		got := policy.AvoidInPregnancy(c.Lib, r)
		seen := map[string]bool{}
		for _, n := range got {
			if seen[n] {
				t.Errorf("%s: %q named twice", r.ID, n)
			}
			seen[n] = true
		}
		for _, st := range r.Steps {
			if e, _ := c.Lib.Exercise(st.Exercise); e.HasTag("avoid-in-pregnancy") && !seen[e.Name] {
				t.Errorf("%s: %q is missing", r.ID, e.Name)
			}
		}
	}
}

func TestSafetyGoldens(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		for _, g := range []struct {
			name string
			keys []string
		}{
			{"question", nil},
			{"advice", []string{"y", "g", "e", "n"}},
			{"leg-pain", []string{"n"}},
			{"pregnancy", []string{"n", "n"}},
			{"warning", []string{"n", "n", "y"}},
		} {
			c := testCommon(t, sz[0], sz[1], newClock())
			m, _ := pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), g.keys...)
			v := m.View()
			fitsIn(t, v, sz[0], sz[1])
			golden(t, fmt.Sprintf("safety-%s-%dx%d.golden", g.name, sz[0], sz[1]), v)
		}
	}
}

func TestSafetyTinySizes(t *testing.T) {
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {40, 12}, {200, 60}} {
		c := testCommon(t, sz[0], sz[1], newClock())
		for _, keys := range [][]string{nil, {"y", "g"}, {"n"}, {"n", "y"}} {
			m, _ := pressAll(newSafety(c, routine(t, c, gentleWithAvoid)), keys...)
			fitsIn(t, m.View(), sz[0], max(sz[1], 1))
			m, _ = pressAll(m, "down", "down", "up")
			fitsIn(t, m.View(), sz[0], max(sz[1], 1))
		}
	}
}

func TestSafetyStepString(t *testing.T) {
	for s, want := range map[safetyStep]string{stepRedFlags: "red flags", stepAdvice: "advice",
		stepPregnancy: "pregnancy", stepPregnancyWarn: "pregnancy warning", safetyStep(9): "unknown", safetyStep(-1): "unknown"} {
		if got := s.String(); got != want {
			t.Errorf("%d: %q, want %q", int(s), got, want)
		}
	}
}
