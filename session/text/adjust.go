package text

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
)

// Adjustment says what a routine step is today and why: "Pelvic tilt, 10 reps — gentler
// variant after pain on 3 Nov", "25s hold (base 20s) — progressed after 3 clean sessions",
// "skipped — …".
func Adjustment(lib *content.Library, adj adapt.Adjustment) string {
	var what string
	switch adj.Change {
	case adapt.Skipped:
		what = "skipped"
	case adapt.Gentler:
		name := adj.Instead
		if g, ok := lib.Exercise(adj.Instead); ok {
			name = g.Name
		}
		what = name + ", " + adj.Dose.String()
	default:
		what = adj.Dose.String()
		if adj.Dose.String() != adj.Base.String() {
			what += " (base " + adj.Base.String() + ")"
		}
	}
	return what + " — " + adj.Reason
}

// ExerciseNamed is the name of the exercise with id, or the id when the library has none.
func ExerciseNamed(lib *content.Library, id string) string {
	if e, ok := lib.Exercise(id); ok {
		return e.Name
	}
	return id
}
