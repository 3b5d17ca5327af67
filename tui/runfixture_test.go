package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// runFixture is a tiny library: a two-sided hold with a gentler variant, tempo reps, self-paced
// reps and a breathing pattern, run in that order with get-ready, rests and a switch.
const runFixture = `
[safety]
disclaimer = "Not medical advice."
red_flags = ["Pain that spreads down a leg", "Numbness or weakness in a leg or foot"]
emergency = "Lost control of your bladder or bowels? Get emergency care now."
pain_rule = "Gentle pull, never sharp pain."
after_pain = "Stop that exercise and don't push through it. Rest, or try the gentler version if one is offered. If the pain stays, see a physiotherapist or doctor."
pregnancy = "Ask your provider first."
pregnancy_stop = ["Bleeding", "Calf pain"]

[[exercise]]
id = "knee-hug"
name = "Knee hug"
position = "lying"
cues = ["Lie on your back with both knees bent.", "Hug one knee toward your chest and breathe slowly; keep the other foot on the floor."]
caution = "Ease off if the pull runs down your leg."
sides = "each"
hold = "20s"
gentler = "tilt"

[[exercise]]
id = "tilt"
name = "Pelvic tilt"
position = "lying"
cues = ["Flatten your back into the floor."]
reps = 3
tempo = "2s"

[[exercise]]
id = "squeeze"
name = "Shoulder squeeze"
position = "seated"
cues = ["Squeeze your shoulder blades together."]
reps = 3

[[exercise]]
id = "box"
name = "Box breathing"
position = "seated"
cues = ["Breathe slowly through your nose."]
breath = ["in 4s", "hold 4s", "out 4s", "hold 4s"]
repeat = 2

[[routine]]
id = "test"
name = "Test routine"
get_ready = "5s"
rest = "5s"
[[routine.step]]
exercise = "tilt"
[[routine.step]]
exercise = "knee-hug"
[[routine.step]]
exercise = "squeeze"
[[routine.step]]
exercise = "box"
`

// fixtureLib builds the run fixture's library.
func fixtureLib(t testing.TB) *content.Library {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "fixture.toml", Data: []byte(runFixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return lib
}

// newTestRun starts the fixture routine on a w×h screen at t0.
func newTestRun(t testing.TB, w, h int) (runModel, *clock, tea.Cmd) {
	t.Helper()
	clk := newClock()
	c := testCommon(t, w, h, clk)
	c.Lib = fixtureLib(t)
	r, _ := c.Lib.Routine("test")
	plan, err := session.NewPlan(r, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, cmd := newRun(c, testRun(c, plan))
	return m, clk, cmd
}

// secs is a duration of s seconds.
func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// tickAt sets the clock to t0+s and delivers the live tick.
func tickAt(m runModel, clk *clock, s float64) (runModel, tea.Cmd) {
	clk.Set(secs(s))
	return m.Update(tickMsg{gen: m.gen})
}

// keyAt sets the clock to t0+s and presses key name.
func keyAt(m runModel, clk *clock, s float64, name string) (runModel, tea.Cmd) {
	clk.Set(secs(s))
	return m.Update(press(name))
}

// runMsgs runs a Cmd that holds no tick (a tick's timer would block) and returns its
// messages, flattening batches.
func runMsgs(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, runMsgs(t, c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// endedMsgs counts the sessionEndedMsgs among msgs and returns the last record.
func endedMsgs(msgs []tea.Msg) (n int, rec session.Record) {
	for _, msg := range msgs {
		if e, ok := msg.(sessionEndedMsg); ok {
			n, rec = n+1, e.rec
		}
	}
	return n, rec
}
