package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
)

// today returns r as it will be done today: doses progressed or held back from the
// history (see package adapt), or r unchanged with base. A history that cannot be read is
// reported and the base routine used.
func today(a *app, lib *content.Library, r *content.Routine, base bool) adapt.Result {
	if base {
		return adapt.Result{Routine: r}
	}
	h, _, err := journal.ReadWhere(a.historyPath(), adapt.Relevant(lib, r))
	if err != nil {
		fmt.Fprintf(a.stderr, "limber: %v (using the routine's base doses)\n", err)
		return adapt.Result{Routine: r}
	}
	return adapt.Adjust(lib, r, h)
}

// adjustmentAt returns the adjustment of routine step i, if any.
func adjustmentAt(res adapt.Result, i int) (adapt.Adjustment, bool) {
	for _, a := range res.Adjustments {
		if a.Step == i {
			return a, true
		}
	}
	return adapt.Adjustment{}, false
}

// writeAdjustment prints the "today:" line under a step whose dose differs from the base.
func writeAdjustment(w io.Writer, lib *content.Library, adj adapt.Adjustment) {
	fmt.Fprintf(w, "     today: %s\n", wrap(adjustmentText(lib, adj), 68, "            "))
}

// adjustmentText is "Pelvic tilt, 10 reps — gentler variant after pain on 3 Nov": what today's
// step is, and why.
func adjustmentText(lib *content.Library, adj adapt.Adjustment) string {
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

// afterPain reports whether today's version differs from the routine because of pain: an
// exercise held back, swapped for its gentler variant, or skipped.
func afterPain(res adapt.Result) bool {
	for _, adj := range res.Adjustments {
		if adj.Change != adapt.Progressed {
			return true
		}
	}
	return false
}

// writeToday says, before a plain run, what today's version changes and why, one exercise a
// line; nothing when it is the routine as written.
func writeToday(w io.Writer, lib *content.Library, res adapt.Result) {
	if len(res.Adjustments) == 0 {
		return
	}
	fmt.Fprintf(w, "Today, adjusted from your history (limber run %s --base runs it as written):\n", res.Routine.ID)
	for _, adj := range res.Adjustments {
		name := adj.Exercise
		if e, ok := lib.Exercise(adj.Exercise); ok {
			name = e.Name
		}
		fmt.Fprintf(w, "  %s\n", wrap(name+": "+adjustmentText(lib, adj), 76, "    "))
	}
	fmt.Fprintln(w)
}

// allSkipped is the error for a routine whose every exercise is skipped after pain.
func allSkipped(r *content.Routine) error {
	return fmt.Errorf("every exercise of %s is skipped today after repeated pain; please see a physiotherapist or doctor (limber run %s --base runs it anyway)",
		strings.ToLower(r.Name), r.ID)
}
