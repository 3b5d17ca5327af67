package tui

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
)

// doseIn says a dose in tr's language, as the preview lists it: "3 × 20 s hold",
// "10 reps @ 3 s", "4 × breathe in 4 s · hold 7 s · breathe out 8 s", "2 sets of 10 reps".
func doseIn(tr *msg.Tr, d content.Dose) string {
	var s string
	switch d.Kind {
	case content.DoseHold:
		s = tr.T("dose.hold", "Dur", tr.Dur(d.Hold))
		if d.Repeat > 1 {
			s = fmt.Sprintf("%d × %s", d.Repeat, s)
		}
	case content.DoseReps:
		s = tr.N("dose.reps", d.Reps)
		if d.Tempo > 0 {
			s += " @ " + tr.Dur(d.Tempo)
		}
	case content.DoseBreath:
		parts := make([]string, len(d.Breath))
		for i, p := range d.Breath {
			parts[i] = text.PhaseIn(tr, p.Kind) + " " + tr.Dur(p.Duration)
		}
		s = fmt.Sprintf("%d × %s", d.Repeat, strings.Join(parts, " · "))
	}
	if d.Sets > 1 {
		s = tr.N("dose.sets", d.Sets, "Dose", s)
	}
	return s
}

// sidesIn says how a step's sides are done: "each side", "alternating sides", or "".
func sidesIn(tr *msg.Tr, s content.Sides) string {
	switch s {
	case content.SidesEach:
		return tr.T("dose.each_side")
	case content.SidesAlternate:
		return tr.T("dose.alternating")
	}
	return ""
}

// adjustmentIn says what today's version changes in a step, in tr's language: "skipped",
// the gentler exercise and its dose, or the new dose (and the base it came from), then why.
func adjustmentIn(tr *msg.Tr, lib *content.Library, adj adapt.Adjustment) string {
	var what string
	switch adj.Change {
	case adapt.Skipped:
		what = tr.T("preview.skipped")
	case adapt.Gentler:
		what = text.ExerciseNamed(lib, adj.Instead) + ", " + doseIn(tr, adj.Dose)
	default:
		what = doseIn(tr, adj.Dose)
		if adj.Dose.String() != adj.Base.String() {
			what += " " + tr.T("preview.base", "Dose", doseIn(tr, adj.Base))
		}
	}
	return what + " — " + adjustReasonIn(tr, adj)
}
