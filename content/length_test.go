package content_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// TestLengthMatchesThePlan keeps content's Routine.Length and Dose.Parts, which bound what a
// file may ask, in step with what the session engine really plans (session.Plan): the same
// length and the same number of work steps, for every built-in routine, every built-in
// exercise done alone, and a table of doses that exercises every branch.
func TestLengthMatchesThePlan(t *testing.T) {
	if content.SelfPacedRep != session.DefaultSelfPacedRep || content.SwitchTime != session.SwitchDuration || content.DefaultGetReady != session.DefaultGetReady {
		t.Fatal("content's timing constants differ from the session engine's")
	}
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, r *content.Routine, lib *content.Library) {
		t.Helper()
		p, err := session.NewPlan(r, lib, session.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		work := 0
		for _, s := range p.Steps {
			if s.Kind.Work() {
				work++
			}
		}
		parts := 0
		for _, st := range r.Steps {
			parts += st.Dose.Parts(st.Sides)
		}
		if got := r.Length(); got != p.Total() || parts != work {
			t.Errorf("%s: content says %v and %d parts, the plan %v and %d work steps", name, got, parts, p.Total(), work)
		}
	}
	for _, r := range lib.Routines() {
		check(r.ID, r, lib)
	}
	for _, e := range lib.Exercises() {
		check(e.ID, &content.Routine{ID: e.ID, Steps: []content.RoutineStep{{Exercise: e.ID, Dose: e.Dose, Sides: e.Sides}}}, lib)
	}
	var b strings.Builder
	n := 0
	for _, sides := range []string{"none", "each", "alternate"} {
		for _, dose := range []string{`hold = "7s"`, `hold = "7s"` + "\nrepeat = 3\nrelease = \"2s\"", `hold = "7s"` + "\nrepeat = 2\nrelease = \"0s\"\nsets = 3\nset_rest = \"4s\"",
			"reps = 5", "reps = 5\ntempo = \"2s\"\nsets = 2", "reps = 4\nsets = 3\nset_rest = \"0s\"", `breath = ["in 4s", "out 6s"]` + "\nrepeat = 3\nsets = 2"} {
			if sides != "none" && strings.HasPrefix(dose, "breath") {
				continue
			}
			n++
			fmt.Fprintf(&b, "[[exercise]]\nid = \"t-%d\"\nname = \"T\"\nposition = \"seated\"\ncues = [\"Go.\"]\nsides = %q\n%s\n\n", n, sides, dose)
		}
	}
	b.WriteString("[[routine]]\nid = \"all\"\nname = \"All\"\nget_ready = \"3s\"\nrest = \"6s\"\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[[routine.step]]\nexercise = \"t-%d\"\n", i)
		if i%3 == 0 {
			b.WriteString("rest = \"0s\"\n")
		}
	}
	mine, probs := content.Build(append(content.BuiltinSources(), content.Source{Name: "t.toml", Data: []byte(b.String())}))
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	r, _ := mine.Routine("all")
	check("the table", r, mine)
	if r.Length() < time.Minute {
		t.Errorf("the table's routine is only %v", r.Length())
	}
}
