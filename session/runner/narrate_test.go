package runner

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
)

const fixture = `
[[exercise]]
id = "twist"
name = "Seated twist"
position = "seated"
cues = ["Turn."]
sides = "each"
hold = "6s"

[[exercise]]
id = "reach"
name = "Side reach"
position = "standing"
cues = ["Reach."]
sides = "alternate"
hold = "5s"
repeat = 1
release = "0s"

[[exercise]]
id = "tilt"
name = "Pelvic tilt"
position = "lying"
cues = ["Tilt."]
reps = 2
tempo = "2s"

[[exercise]]
id = "breathe"
name = "Slow breathing"
position = "seated"
cues = ["Breathe."]
breath = ["in 2s", "out 2s"]
repeat = 1

[[routine]]
id = "r"
name = "R"
get_ready = "5s"
rest = "5s"
[[routine.step]]
exercise = "twist"
[[routine.step]]
exercise = "reach"
rest = "0s"
[[routine.step]]
exercise = "tilt"
rest = "0s"
[[routine.step]]
exercise = "breathe"
`

func fixturePlan(t *testing.T) *session.Plan {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "f.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	r, _ := lib.Routine("r")
	p, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// spoken runs the whole plan on the clock, ticking every 250 ms, and returns every phrase and
// how many tick batches rang the bell.
func spoken(t *testing.T) ([]string, int) {
	t.Helper()
	plan := fixturePlan(t)
	e := session.NewEngine(plan)
	now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	e.Start(now)
	out := Phrases(msg.New(lang.English), e.DrainCues(), plan)
	rings := 0
	for i := 0; e.State() != session.StateFinished && i < 1000; i++ {
		now = now.Add(250 * time.Millisecond)
		e.Tick(now)
		cues := e.DrainCues()
		out = append(out, Phrases(msg.New(lang.English), cues, e.Plan())...)
		if Rings(cues, e.Plan()) {
			rings++
		}
	}
	return out, rings
}

func TestPhrasesOfARoutine(t *testing.T) {
	got, _ := spoken(t)
	want := []string{
		"Get ready: Seated twist", "3", "2", "1",
		"Seated twist, left side", "3", "2", "1",
		"Switch sides", "3", "2", "1",
		"Seated twist, right side", "3", "2", "1",
		"Rest, next: Side reach", "3", "2", "1",
		"Side reach, left side", "3", "2", "1",
		"Switch sides, right side", "3", "2", "1",
		"Pelvic tilt", "1", "2",
		"Slow breathing", "Breathe in", "Breathe out",
		"Done",
	}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("spoken:\n%s\nwant:\n%s", strings.Join(got, " | "), strings.Join(want, " | "))
	}
}

func TestRingsOnClockCues(t *testing.T) {
	_, rings := spoken(t)
	if rings < 10 {
		t.Errorf("the bell rang on %d tick batches; it rings at every 3-2-1 and step end", rings)
	}
	plan := fixturePlan(t)
	quiet := []session.Cue{{Kind: session.CuePaused}, {Kind: session.CueHalfway}, {Kind: session.CueStepStarted, Step: 0}}
	if Rings(quiet, plan) || len(Phrases(msg.New(lang.English), []session.Cue{{Kind: session.CuePaused}, {Kind: session.CuePainStopped}}, plan)) > 0 {
		t.Error("pauses and pain stops are silent")
	}
	if !Rings([]session.Cue{{Kind: session.CueRoutineDone}}, plan) {
		t.Error("the end rings")
	}
}

func TestSelfPacedRepsAreNotCounted(t *testing.T) {
	lib, _ := content.Build([]content.Source{{Name: "f.toml", Builtin: true, Data: []byte(`
[[exercise]]
id = "squeeze"
name = "Squeeze"
position = "seated"
cues = ["Squeeze."]
reps = 3
[[routine]]
id = "r"
name = "R"
get_ready = "0s"
[[routine.step]]
exercise = "squeeze"
`)}})
	r, _ := lib.Routine("r")
	plan, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Phrases(msg.New(lang.English), []session.Cue{{Kind: session.CueStepStarted, Step: 0}, {Kind: session.CueRepCounted, Step: 0, N: 1}}, plan)
	if strings.Join(got, "|") != "Squeeze" {
		t.Errorf("got %q", got)
	}
}

func TestPhrasesOfQuickTimers(t *testing.T) {
	lib, _ := content.Build([]content.Source{{Name: "f.toml", Builtin: true, Data: []byte(fixture)}})
	twist, _ := lib.Exercise("twist")
	for _, tt := range []struct {
		q    session.Quick
		want string
	}{
		{session.Quick{Kind: session.PlanHold, Hold: 5 * time.Second, Sides: true}, "Get ready | Hold, left side | Switch sides | Hold, right side | Done"},
		{session.Quick{Kind: session.PlanMax, Exercise: twist}, "Get ready: Seated twist | Seated twist, left side, go | Switch sides | Seated twist, right side, go | Done"},
	} {
		plan, err := session.NewQuickPlan(tt.q, lib, session.Options{})
		if err != nil {
			t.Fatal(err)
		}
		e := session.NewEngine(plan)
		now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
		e.Start(now)
		var got []string
		say := func() {
			for _, p := range Phrases(msg.New(lang.English), e.DrainCues(), plan) {
				if len(p) > 1 { // leave out the 3-2-1
					got = append(got, p)
				}
			}
		}
		for i := 0; i < 200 && e.State() != session.StateFinished; i++ {
			if st := e.Snapshot(now).Step; st.Kind == session.KindCountUp && e.Snapshot(now).Up >= 2*time.Second {
				e.Done(now)
			}
			say()
			now = now.Add(500 * time.Millisecond)
			e.Tick(now)
		}
		say()
		if strings.Join(got, " | ") != tt.want {
			t.Errorf("%v: spoken %q, want %q", tt.q.Kind, strings.Join(got, " | "), tt.want)
		}
	}
}
