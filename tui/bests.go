package tui

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/limber-coach/limber/session/text"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// bestRows lists personal bests in w columns under a header, one exercise and side a row: the
// best max hold to the tenth with the number of tests, the longest completed quick hold, and
// the latest tests as a sparkline. Columns are as wide as their content; when w is short, the
// sparkline is left out first, then the number of tests, and names are cut last (before their
// side).
func bestRows(st Styles, bests []journal.Best, w int) []string {
	const sparkHead, nameMin = "latest tests", 16
	counts := true
	maxW, holdW, longest := bestWidths(bests, counts)
	if w-2-(1+maxW+1+holdW) < min(longest, nameMin) {
		counts = false
		maxW, holdW, longest = bestWidths(bests, counts)
	}
	tail := 1 + maxW + 1 + holdW
	spark := 1 + len(sparkHead) // wider than the TrendTests blocks under it
	if w-2-tail-spark < min(longest, nameMin) {
		spark = 0
	}
	nameW := max(min(longest, w-2-tail-spark), 8)
	head := fmt.Sprintf("  %s %-*s %-*s", text.Pad("", nameW), maxW, "best max", holdW, "hold")
	if spark > 0 {
		head += " " + sparkHead
	}
	out := []string{st.Subtle.Render(strings.TrimRight(head, " "))}
	for _, b := range bests {
		best, hold := bestCells(b, counts)
		row := fmt.Sprintf("  %s %s %s", text.Pad(BestLabel(b, nameW), nameW), text.Pad(best, maxW), text.Pad(hold, holdW))
		if spark > 0 && len(b.Trend) > 1 {
			row += " " + st.Accent.Render(journal.Sparkline(b.Trend))
		}
		out = append(out, strings.TrimRight(row, " "))
	}
	return out
}

// bestWidths is the width of the best-max and hold columns (headers included) and of the
// longest name, with or without the number of tests.
func bestWidths(bests []journal.Best, counts bool) (maxW, holdW, nameW int) {
	maxW, holdW = len("best max"), len("hold")
	for _, b := range bests {
		best, hold := bestCells(b, counts)
		maxW, holdW = max(maxW, ansi.StringWidth(best)), max(holdW, ansi.StringWidth(hold))
		nameW = max(nameW, ansi.StringWidth(BestLabel(b, 1<<10)))
	}
	return maxW, holdW, nameW
}

// bestCells are a best's max ("1:05.0 · 3 tests", or "1:05.0" without counts) and hold
// ("0:45"), "—" for none.
func bestCells(b journal.Best, counts bool) (best, hold string) {
	best, hold = "—", "—"
	switch {
	case b.Tests > 0 && counts:
		best = text.Tenths(b.MaxS) + " · " + text.Plural(b.Tests, "test")
	case b.Tests > 0:
		best = text.Tenths(b.MaxS)
	}
	if b.HoldS > 0 {
		hold = text.Seconds(b.HoldS)
	}
	return best, hold
}

// BestLabel is "Side plank (left)" in at most w cells: the exercise's name, and its side when
// it has one. A long name is cut before the side, so the two sides never read alike, and to
// the same length on both sides (room is kept for "(right)"). limber stats uses it too.
func BestLabel(b journal.Best, w int) string {
	name := content.Sanitize(cmp.Or(b.Name, b.Exercise))
	if b.Side == "" {
		return ansi.Truncate(name, w, "…")
	}
	side := " (" + content.Sanitize(b.Side) + ")"
	if ansi.StringWidth(name+side) <= w {
		return name + side
	}
	if room := w - max(ansi.StringWidth(side), len(" (right)")); room >= 4 {
		return ansi.Truncate(name, room, "…") + side
	}
	return ansi.Truncate(name+side, w, "…")
}
