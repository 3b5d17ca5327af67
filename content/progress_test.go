package content

import (
	"strings"
	"testing"
	"time"
)

func TestProgressValidation(t *testing.T) {
	ex := func(dose string) string {
		return "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"Sit.\"]\n" + dose
	}
	cases := []struct{ name, src, want string }{
		{"breath", ex("breath = [\"in 4s\"]\nprogress = { every = 3, add = \"5s\", max = \"60s\" }\n"), "not breathing"},
		{"no every", ex("hold = \"20s\"\nprogress = { add = \"5s\", max = \"60s\" }\n"), "every = 1 to 50"},
		{"hold with numbers", ex("hold = \"20s\"\nprogress = { every = 3, add = 5, max = 60 }\n"), "add and max are durations"},
		{"reps with durations", ex("reps = 10\nprogress = { every = 3, add = \"2s\", max = \"15s\" }\n"), "whole numbers"},
		{"max below hold", ex("hold = \"20s\"\nprogress = { every = 3, add = \"5s\", max = \"10s\" }\n"), "must be above the hold"},
		{"max too long", ex("hold = \"20s\"\nprogress = { every = 3, add = \"5s\", max = \"20m\" }\n"), "at most 10m"},
		{"reps max too high", ex("reps = 10\nprogress = { every = 3, add = 2, max = 500 }\n"), "at most 200"},
		{"unknown key", ex("hold = \"20s\"\nprogress = { evry = 3, add = \"5s\", max = \"60s\" }\n"), `unknown key "evry" in progress (did you mean "every"?)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, probs := Build(fixtureSources(c.src))
			if len(probs) == 0 || !strings.Contains(probs[0].Error(), c.want) {
				t.Fatalf("problems %v, want one containing %q", probs, c.want)
			}
			if probs[0].Line != 7 {
				t.Errorf("line %d, want 7", probs[0].Line)
			}
		})
	}
}

func TestProgressOnStepAndLevels(t *testing.T) {
	src := `
[[exercise]]
id = "plank-x"
name = "Plank"
position = "prone"
cues = ["Hold."]
hold = "20s"
progress = { every = 3, add = "5s", max = "35s" }

[[routine]]
id = "r"
name = "R"
[[routine.step]]
exercise = "plank-x"
[[routine.step]]
exercise = "pelvic-tilt"
progress = { every = 2, add = 2, max = 14 }
[[routine.step]]
exercise = "plank-x"
reps = 5
`
	lib, probs := Build(fixtureSources(src))
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	r, _ := lib.Routine("r")
	hold, reps, changed := r.Steps[0].Dose, r.Steps[1].Dose, r.Steps[2].Dose
	if hold.Progress == nil || hold.Progress.Every != 3 {
		t.Fatalf("step inherits the exercise's rule: %+v", hold.Progress)
	}
	for n, want := range map[int]time.Duration{0: 20 * time.Second, 1: 25 * time.Second, 3: 35 * time.Second, 9: 35 * time.Second, -1: 20 * time.Second} {
		if got := hold.Level(n).Hold; got != want {
			t.Errorf("hold level %d = %v, want %v", n, got, want)
		}
	}
	if hold.MaxLevel() != 3 {
		t.Errorf("hold max level %d, want 3", hold.MaxLevel())
	}
	if got := reps.Level(2).Reps; got != 14 {
		t.Errorf("reps level 2 = %d, want 14", got)
	}
	if reps.MaxLevel() != 2 {
		t.Errorf("reps max level %d, want 2", reps.MaxLevel())
	}
	if changed.Progress != nil {
		t.Errorf("a step that changes the dose kind drops the other kind's rule")
	}
	if (Dose{Kind: DoseHold, Hold: time.Second}).Level(5).Hold != time.Second {
		t.Errorf("no rule, no change")
	}
}
