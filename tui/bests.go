package tui

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// bestRows lists personal bests in w columns, one exercise and side a row: the best max hold
// with the number of tests, the longest completed quick hold, and the latest tests as a
// sparkline; the columns that do not fit are left out, the sparkline first.
func bestRows(st Styles, bests []journal.Best, w int) []string {
	const maxW, holdW = 16, 9 // "1:05 · 12 tests", "0:45"
	spark := journal.TrendTests + 2
	tail := 1 + maxW + 1 + holdW
	if w < 2+12+tail+spark {
		spark = 0
	}
	nameW := max(min(30, w-2-tail-spark), 8)
	out := []string{st.Subtle.Render(fmt.Sprintf("  %s %-*s %-*s", histPad("", nameW), maxW, "best max", holdW, "hold"))}
	for _, b := range bests {
		best, hold := "—", "—"
		if b.Tests > 0 {
			best = fmt.Sprintf("%s · %s", journal.Clock(b.MaxS), histPlural(b.Tests, "test"))
		}
		if b.HoldS > 0 {
			hold = journal.Clock(b.HoldS)
		}
		row := fmt.Sprintf("  %s %-*s %-*s", histPad(bestName(b), nameW), maxW, best, holdW, hold)
		if spark > 0 && len(b.Trend) > 1 {
			row += " " + st.Accent.Render(journal.Sparkline(b.Trend))
		}
		out = append(out, strings.TrimRight(row, " "))
	}
	return out
}

// bestName is "Side plank (left)": the exercise's name, and its side when it has one.
func bestName(b journal.Best) string {
	name := content.Sanitize(cmp.Or(b.Name, b.Exercise))
	if b.Side != "" {
		name += " (" + content.Sanitize(b.Side) + ")"
	}
	return name
}
