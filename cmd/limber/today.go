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
	fmt.Fprintf(w, "     today: %s\n", wrap(what+" — "+adj.Reason, 68, "            "))
}

// allSkipped is the error for a routine whose every exercise is skipped after pain.
func allSkipped(r *content.Routine) error {
	return fmt.Errorf("every exercise of %s is skipped today after repeated pain; please see a physiotherapist or doctor (limber run %s --base runs it anyway)",
		strings.ToLower(r.Name), r.ID)
}
