package session

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

func TestNewPlanExpansion(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
		rest time.Duration
		want []string
	}{
		{"each side, repeat with release", []string{"knee-to-chest"}, 0, []string{
			"ready 5s L 1/1 h1/2",
			"hold 20s L 1/1 h1/2", "rest 5s L 1/1 h2/2", "hold 20s L 1/1 h2/2",
			"switch 5s R 1/1 h1/2",
			"hold 20s R 1/1 h1/2", "rest 5s R 1/1 h2/2", "hold 20s R 1/1 h2/2",
		}},
		{"alternate holds, no switch", []string{"bird-dog"}, 0, []string{
			"ready 5s L 1/1 h1/4",
			"hold 10s L 1/1 h1/4", "rest 3s R 1/1 h2/4", "hold 10s R 1/1 h2/4",
			"rest 3s L 1/1 h3/4", "hold 10s L 1/1 h3/4", "rest 3s R 1/1 h4/4", "hold 10s R 1/1 h4/4",
		}},
		{"alternate reps in one step", []string{"dead-bug"}, 0, []string{
			"ready 5s LR 1/1", "reps 12s x6 LR 1/1",
		}},
		{"sets with set rest", []string{"plank"}, 0, []string{
			"ready 5s 1/3", "hold 30s 1/3", "rest 15s 2/3", "hold 30s 2/3", "rest 15s 3/3", "hold 30s 3/3",
		}},
		{"each side with sets", []string{"side-plank"}, 0, []string{
			"ready 5s L 1/2", "hold 15s L 1/2", "switch 5s R 1/2", "hold 15s R 1/2",
			"rest 10s L 2/2", "hold 15s L 2/2", "switch 5s R 2/2", "hold 15s R 2/2",
		}},
		{"self-paced reps, each side, sets", []string{"pelvic-tilt", "self-reps"}, 7 * s, []string{
			"ready 5s 1/2", "reps 0s x4 1/2", "rest 10s 2/2", "reps 0s x4 2/2",
			"rest 7s L 1/1", "reps 0s x3 L 1/1", "switch 5s R 1/1", "reps 0s x3 R 1/1",
		}},
		{"breath, rests between exercises but not after the last", []string{"breath-478", "cat-cow", "wall-sit"}, 10 * s, []string{
			"ready 5s 1/1 h1/4", "breath 1m16s 1/1 h1/4", "rest 10s 1/1", "reps 10s x5 1/1", "rest 10s 1/1", "hold 30s 1/1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := testLibrary()
			p, err := NewPlan(routine(lib, nil, tt.rest, tt.ids...), lib, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := sigs(p); !slices.Equal(got, tt.want) {
				t.Errorf("steps:\n got %q\nwant %q", got, tt.want)
			}
			for i, st := range p.Steps {
				if st.Index != i || st.Exercise == nil {
					t.Errorf("step %d: index %d, exercise %v", i, st.Index, st.Exercise)
				}
			}
		})
	}
}

func TestNonWorkStepsDescribeWhatComesNext(t *testing.T) {
	lib := testLibrary()
	p, err := NewPlan(routine(lib, nil, 10*s, "wall-sit", "cat-cow"), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// ready, hold, rest, reps
	if got := p.Steps[0].Exercise.ID; got != "wall-sit" {
		t.Errorf("ready shows %q, want wall-sit", got)
	}
	if got := p.Steps[2]; got.Exercise.ID != "cat-cow" || got.Block != 1 || got.Reps != 0 {
		t.Errorf("rest between exercises = %+v, want cat-cow coming up (block 1), no reps of its own", got)
	}
}

func TestGetReadyResolution(t *testing.T) {
	tests := []struct {
		name    string
		routine *time.Duration
		opts    time.Duration
		want    time.Duration // 0: no ready step
	}{
		{"defaults to 5s", nil, 0, DefaultGetReady},
		{"options set the default", nil, 8 * s, 8 * s},
		{"options say none", nil, NoGetReady, 0},
		{"routine says 0s", dur(0), 8 * s, 0},
		{"routine wins over options", dur(12 * s), 8 * s, 12 * s},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := testLibrary()
			p, err := NewPlan(routine(lib, tt.routine, 0, "wall-sit"), lib, Options{GetReady: tt.opts})
			if err != nil {
				t.Fatal(err)
			}
			var got time.Duration
			if p.Steps[0].Kind == KindReady {
				got = p.Steps[0].Duration
			}
			if got != tt.want {
				t.Errorf("get-ready = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPlanTotal(t *testing.T) {
	lib := testLibrary()
	r := routine(lib, nil, 10*s, "cat-cow", "pelvic-tilt", "wall-sit")
	// ready 5 + reps 10 + rest 10 + (4 self-paced + 10 set rest + 4 self-paced) + rest 10 + hold 30
	tests := []struct {
		rep  time.Duration
		want time.Duration
	}{
		{0, 5*s + 10*s + 10*s + 4*3*s + 10*s + 4*3*s + 10*s + 30*s},
		{2 * s, 5*s + 10*s + 10*s + 4*2*s + 10*s + 4*2*s + 10*s + 30*s},
	}
	for _, tt := range tests {
		p, err := NewPlan(r, lib, Options{SelfPacedRep: tt.rep})
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Total(); got != tt.want {
			t.Errorf("SelfPacedRep %v: Total = %v, want %v", tt.rep, got, tt.want)
		}
	}
}

func TestNewPlanErrors(t *testing.T) {
	lib := testLibrary()
	bad := func(d content.Dose) *content.Routine {
		return &content.Routine{ID: "bad", Steps: []content.RoutineStep{{Exercise: "wall-sit", Dose: d}}}
	}
	tests := []struct {
		name string
		r    *content.Routine
		lib  *content.Library
		want string
	}{
		{"nil routine", nil, lib, "no routine"},
		{"nil library", routine(lib, nil, 0, "wall-sit"), nil, "no library"},
		{"no steps", &content.Routine{ID: "empty"}, lib, "no steps"},
		{"unknown exercise", &content.Routine{ID: "x", Steps: []content.RoutineStep{{Exercise: "nope"}}}, lib, `unknown exercise "nope"`},
		{"zero reps", bad(content.Dose{Kind: content.DoseReps, Sets: 1}), lib, "reps 0"},
		{"empty breath", bad(content.Dose{Kind: content.DoseBreath, Repeat: 2}), lib, "empty"},
		{"zero phase", bad(content.Dose{Kind: content.DoseBreath, Breath: []content.Phase{{}}}), lib, "not positive"},
		{"negative release", bad(content.Dose{Kind: content.DoseHold, Hold: s, Release: -s}), lib, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewPlan(tt.r, tt.lib, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestZeroDoseUsesExerciseDose(t *testing.T) {
	lib := testLibrary()
	r := &content.Routine{ID: "z", GetReady: dur(0), Steps: []content.RoutineStep{{Exercise: "wall-sit"}}}
	p, err := NewPlan(r, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := sigs(p); !slices.Equal(got, []string{"hold 30s 1/1"}) {
		t.Errorf("steps = %q", got)
	}
}

func TestEngineDoesNotChangeCallersPlan(t *testing.T) {
	lib := testLibrary()
	p, err := NewPlan(routine(lib, nil, 0, "knee-to-chest"), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := sigs(p)
	e := NewEngine(p)
	e.Start(t0)
	e.Tick(at(6 * s))
	e.Pain(at(6 * s))
	if err := e.UseGentler(at(7 * s)); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sigs(p), before) {
		t.Error("a gentler swap changed the caller's plan")
	}
	if slices.Equal(sigs(e.Plan()), before) {
		t.Error("the engine's plan did not change")
	}
}

func BenchmarkNewPlan(b *testing.B) {
	lib := testLibrary()
	r := routine(lib, nil, 10*s, "cat-cow", "knee-to-chest", "bird-dog", "breath-478", "dead-bug", "plank", "side-plank", "pelvic-tilt")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewPlan(r, lib, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
