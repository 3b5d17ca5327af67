package text

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/msg"
)

// The words of a dose and of today's changes in a language, shared by the coach's preview and
// limber show.

// DoseIn says a dose in tr's language, as the preview lists it: "3 × 20 s hold",
// "10 reps @ 3 s", "4 × breathe in 4 s · hold 7 s · breathe out 8 s", "2 sets of 10 reps".
func DoseIn(tr *msg.Tr, d content.Dose) string {
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
			parts[i] = PhaseIn(tr, p.Kind) + " " + tr.Dur(p.Duration)
		}
		s = fmt.Sprintf("%d × %s", d.Repeat, strings.Join(parts, " · "))
	}
	if d.Sets > 1 {
		s = tr.N("dose.sets", d.Sets, "Dose", s)
	}
	return s
}

// SidesIn says how a step's sides are done: "each side", "alternating sides", or "".
func SidesIn(tr *msg.Tr, s content.Sides) string {
	switch s {
	case content.SidesEach:
		return tr.T("dose.each_side")
	case content.SidesAlternate:
		return tr.T("dose.alternating")
	}
	return ""
}

// AdjustmentIn says what today's version changes in a step, in tr's language: "skipped",
// the gentler exercise and its dose, or the new dose (and the base it came from), then why.
func AdjustmentIn(tr *msg.Tr, lib *content.Library, adj adapt.Adjustment) string {
	var what string
	switch adj.Change {
	case adapt.Skipped:
		what = tr.T("preview.skipped")
	case adapt.Gentler:
		what = ExerciseNamed(lib, adj.Instead) + ", " + DoseIn(tr, adj.Dose)
	default:
		what = DoseIn(tr, adj.Dose)
		if adj.Dose.String() != adj.Base.String() {
			what += " " + tr.T("preview.base", "Dose", DoseIn(tr, adj.Base))
		}
	}
	return what + " — " + AdjustReasonIn(tr, adj)
}

// AdjustReasonIn says why today's version changes a step, in tr's language.
func AdjustReasonIn(tr *msg.Tr, adj adapt.Adjustment) string {
	days := make([]string, len(adj.PainDays))
	for i, d := range adj.PainDays {
		days[i] = tr.Date(d)
	}
	switch {
	case adj.Change == adapt.Skipped && len(days) > 0: // the last two days say when
		return tr.N("reason.pain_each_time", len(days), "Days", strings.Join(days[max(len(days)-2, 0):], " "+tr.T("reason.and")+" "))
	case adj.Change == adapt.Gentler && len(days) > 0:
		return tr.T("reason.gentler_after", "Day", days[len(days)-1])
	case adj.Change == adapt.HeldBack && len(days) > 0:
		return tr.T("reason.held_back", "Day", days[len(days)-1])
	case adj.Change == adapt.Progressed:
		return tr.N("reason.progressed", adj.Clean)
	}
	return adj.Reason
}
