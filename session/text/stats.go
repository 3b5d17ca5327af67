package text

import (
	"fmt"

	"github.com/limber-coach/limber/session/journal"
)

// Totals is "4 sessions, 23 min (3 completed)": a period's sessions and minutes.
func Totals(t journal.Totals) string {
	s := fmt.Sprintf("%s, %d min", Plural(t.Sessions, "session"), t.Minutes)
	if t.Completed != t.Sessions {
		s += fmt.Sprintf(" (%d completed)", t.Completed)
	}
	return s
}

// Streak is "3 days (longest 5 days)", "3 days (your longest yet)" or "0 days".
func Streak(current, longest int) string {
	s := Plural(current, "day")
	switch {
	case longest > current:
		s += fmt.Sprintf(" (longest %s)", Plural(longest, "day"))
	case current > 0:
		s += " (your longest yet)"
	}
	return s
}
