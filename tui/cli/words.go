package cli

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
)

// The words the command line's views build from the library's data, in the printer's
// language: where a routine happens and an exercise's short dose.

// whereIn says where a routine happens: "chair", "standing", "floor", or a mix like
// "chair/standing" (Needs.Where in the printer's language).
func whereIn(p Printer, n content.Needs) string {
	var parts []string
	if n.Seated {
		parts = append(parts, p.T("cli.where.chair"))
	}
	if n.Standing {
		parts = append(parts, p.T("cli.where.standing"))
	}
	if n.Floor {
		parts = append(parts, p.T("cli.where.floor"))
	}
	return strings.Join(parts, "/")
}

// doseShortIn is a dose in a table's few columns (Dose.Short in the printer's language):
// "30s hold", "3×30s hold", "10 reps", "4-4-4-4 ×6", "2×(10 reps)".
func doseShortIn(p Printer, d content.Dose) string {
	var s string
	switch d.Kind {
	case content.DoseHold:
		s = p.T("cli.dose.hold", "Dur", content.FormatDuration(d.Hold))
		if d.Repeat > 1 {
			s = fmt.Sprintf("%d×%s", d.Repeat, s)
		}
	case content.DoseReps:
		s = p.N("cli.dose.reps", d.Reps)
	case content.DoseBreath:
		parts := make([]string, len(d.Breath))
		for i, ph := range d.Breath {
			parts[i] = strings.TrimSuffix(content.FormatDuration(ph.Duration), "s")
		}
		s = fmt.Sprintf("%s ×%d", strings.Join(parts, "-"), d.Repeat)
	default:
		return d.Short()
	}
	if d.Sets > 1 {
		s = fmt.Sprintf("%d×(%s)", d.Sets, s)
	}
	return s
}
