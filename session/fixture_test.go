package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

// t0 is the wall time every test session starts at.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// at is t0 plus d.
func at(d time.Duration) time.Time { return t0.Add(d) }

const s = time.Second

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

// testExercises is a small library covering every dose kind and side mode.
func testExercises() []*content.Exercise {
	return []*content.Exercise{
		{ID: "cat-cow", Name: "Cat-cow", Dose: content.Dose{Kind: content.DoseReps, Reps: 5, Tempo: 2 * s, Sets: 1}},
		{ID: "knee-to-chest", Name: "Knee-to-chest", Sides: content.SidesEach, Gentler: "pelvic-tilt",
			Dose: content.Dose{Kind: content.DoseHold, Hold: 20 * s, Repeat: 2, Release: 5 * s, Sets: 1}},
		{ID: "pelvic-tilt", Name: "Pelvic tilt", Dose: content.Dose{Kind: content.DoseReps, Reps: 4, Sets: 2, SetRest: 10 * s}},
		{ID: "bird-dog", Name: "Bird-dog", Sides: content.SidesAlternate,
			Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 2, Release: 3 * s, Sets: 1}},
		{ID: "breath-478", Name: "4-7-8 breathing", Dose: content.Dose{Kind: content.DoseBreath, Repeat: 4,
			Breath: []content.Phase{{Kind: content.PhaseIn, Duration: 4 * s}, {Kind: content.PhaseHold, Duration: 7 * s},
				{Kind: content.PhaseOut, Duration: 8 * s}}}},
		{ID: "dead-bug", Name: "Dead bug", Sides: content.SidesAlternate,
			Dose: content.Dose{Kind: content.DoseReps, Reps: 6, Tempo: 2 * s, Sets: 1}},
		{ID: "plank", Name: "Plank", Dose: content.Dose{Kind: content.DoseHold, Hold: 30 * s, Repeat: 1, Sets: 3, SetRest: 15 * s}},
		{ID: "side-plank", Name: "Side plank", Sides: content.SidesEach, Gentler: "side-lying",
			Dose: content.Dose{Kind: content.DoseHold, Hold: 15 * s, Repeat: 1, Sets: 2, SetRest: 10 * s}},
		{ID: "side-lying", Name: "Side-lying hold", Sides: content.SidesEach,
			Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 2, SetRest: 5 * s}},
		{ID: "wall-sit", Name: "Wall sit", Dose: content.Dose{Kind: content.DoseHold, Hold: 30 * s, Repeat: 1, Sets: 1}},
		{ID: "self-reps", Name: "Self-paced reps", Sides: content.SidesEach, Dose: content.Dose{Kind: content.DoseReps, Reps: 3, Sets: 1}},
		{ID: "broken", Name: "Broken gentler", Gentler: "nowhere", Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Sets: 1}},
	}
}

func testLibrary() *content.Library {
	return content.NewLibrary(testExercises(), nil, content.Safety{})
}

func dur(d time.Duration) *time.Duration { return &d }

// routine builds a routine from exercise ids, each with the exercise's own dose and sides.
// getReady nil means the default; rest is the rest after every exercise.
func routine(lib *content.Library, getReady *time.Duration, rest time.Duration, ids ...string) *content.Routine {
	r := &content.Routine{ID: "test", Name: "Test routine", GetReady: getReady, Rest: rest}
	for _, id := range ids {
		ex, ok := lib.Exercise(id)
		if !ok {
			panic("no exercise " + id)
		}
		r.Steps = append(r.Steps, content.RoutineStep{Exercise: id, Dose: ex.Dose, Sides: ex.Sides, Rest: rest})
	}
	return r
}

// newEngine plans the exercises (no get-ready unless given) and starts an engine at t0.
func newEngine(t testing.TB, getReady *time.Duration, rest time.Duration, ids ...string) *Engine {
	t.Helper()
	lib := testLibrary()
	if getReady == nil {
		getReady = dur(0)
	}
	p, err := NewPlan(routine(lib, getReady, rest, ids...), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p)
	e.Start(t0)
	return e
}

// sig is a compact description of a step for plan tables: "hold 20s L 1/1 h1/2".
func sig(st Step) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %v", st.Kind, st.Duration)
	if st.Kind == KindReps {
		fmt.Fprintf(&b, " x%d", st.Reps)
	}
	if st.Side != SideNone {
		fmt.Fprintf(&b, " %s", map[Side]string{SideLeft: "L", SideRight: "R", SideAlternating: "LR"}[st.Side])
	}
	fmt.Fprintf(&b, " %d/%d", st.Set, st.Sets)
	if st.Holds > 1 {
		fmt.Fprintf(&b, " h%d/%d", st.Hold, st.Holds)
	}
	return b.String()
}

func sigs(p *Plan) []string {
	out := make([]string, len(p.Steps))
	for i, st := range p.Steps {
		out[i] = sig(st)
	}
	return out
}

// kinds lists the cue kinds (with N where it matters) for comparison.
func cueList(cs []Cue) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		switch c.Kind {
		case CueCountdown, CueRepCounted, CuePhaseStarted, CueSetDone:
			out[i] = fmt.Sprintf("%d:%s %d", c.Step, c.Kind, c.N)
		default:
			out[i] = fmt.Sprintf("%d:%s", c.Step, c.Kind)
		}
	}
	return out
}

func countCues(cs []Cue, k CueKind) int {
	n := 0
	for _, c := range cs {
		if c.Kind == k {
			n++
		}
	}
	return n
}
