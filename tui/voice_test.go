package tui

import (
	"strings"
	"testing"

	"github.com/limber-coach/limber/session"
)

// TestRunSpeaksTheCues drives the run screen with a recording Speak: the clock's cues and the
// person's own actions are spoken, in order, and only the clock's ring the bell.
func TestRunSpeaksTheCues(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	c.Lib = fixtureLib(t)
	var said []string
	c.Speak = func(s string) { said = append(said, s) }
	r, _ := c.Lib.Routine("test")
	plan, err := session.NewPlan(r, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newRun(c, testRun(c, plan))
	for s := 0.5; s <= 12; s += 0.5 {
		m, _ = tickAt(m, clk, s)
	}
	bells := m.bells
	m, _ = keyAt(m, clk, 12.2, "n") // skip the rest: the next exercise is announced
	got := strings.Join(said, " | ")
	want := "Get ready: Pelvic tilt | 3 | 2 | 1 | Pelvic tilt | 1 | 2 | 3 | Rest, next: Knee hug | Knee hug, left side"
	if got != want {
		t.Errorf("said:\n%s\nwant:\n%s", got, want)
	}
	if m.bells != bells {
		t.Error("a key press rang the bell")
	}
}
