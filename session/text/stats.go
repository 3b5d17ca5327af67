package text

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// The words and rows of the stats, shared by `limber stats` and the coach's history screen, so
// both say the same things the same way. Rows are plain text; a screen styles them.

// SessionName is what a logged session is called: its routine's name, else its id, else its
// kind ("hold"), sanitized.
func SessionName(e journal.Entry) string {
	return content.Sanitize(cmp.Or(e.RoutineName, e.Routine, e.Kind))
}

// Bests is the table of personal bests in w cells: a header, then one row per exercise and
// side — the best max hold to the tenth with the number of tests, the longest completed quick
// hold, and the latest tests as a sparkline. Columns are as wide as their content; when w is
// short, the sparkline is left out first, then the number of tests, and names are cut last
// (before their side).
func Bests(bests []journal.Best, w int) (head string, rows []string) {
	return bestsWith(englishBest, bests, w)
}

// bestWords are the words of the table of bests in one language.
type bestWords struct {
	best, hold, latest string
	tests              func(n int) string
	side               func(side string) string
	names              Namer
}

// englishBest are the table's words in English (the coach's screen, until it moves to BestsIn).
var englishBest = bestWords{best: "best max", hold: "hold", latest: "latest tests",
	tests: func(n int) string { return Plural(n, "test") }, side: func(s string) string { return s }}

func bestsWith(words bestWords, bests []journal.Best, w int) (head string, rows []string) {
	const nameMin = 16
	sparkHead := words.latest
	counts := true
	maxW, holdW, longest := bestWidths(words, bests, counts)
	if w-2-(1+maxW+1+holdW) < min(longest, nameMin) {
		counts = false
		maxW, holdW, longest = bestWidths(words, bests, counts)
	}
	tail := 1 + maxW + 1 + holdW
	spark := 1 + max(Width(sparkHead), journal.TrendTests) // as wide as the blocks under it
	if w-2-tail-spark < min(longest, nameMin) {
		spark = 0
	}
	nameW := max(min(longest, w-2-tail-spark), 8)
	head = fmt.Sprintf("  %s %s %s", Pad("", nameW), Pad(words.best, maxW), Pad(words.hold, holdW))
	if spark > 0 {
		head += " " + sparkHead
	}
	for _, b := range bests {
		best, hold := bestCells(words, b, counts)
		row := fmt.Sprintf("  %s %s %s", Pad(bestLabel(words, b, nameW), nameW), Pad(best, maxW), Pad(hold, holdW))
		if spark > 0 && len(b.Trend) > 1 {
			row += " " + journal.Sparkline(b.Trend)
		}
		rows = append(rows, strings.TrimRight(row, " "))
	}
	return strings.TrimRight(head, " "), rows
}

// bestWidths is the width of the best-max and hold columns (headers included) and of the
// longest name, with or without the number of tests.
func bestWidths(words bestWords, bests []journal.Best, counts bool) (maxW, holdW, nameW int) {
	maxW, holdW = Width(words.best), Width(words.hold)
	for _, b := range bests {
		best, hold := bestCells(words, b, counts)
		maxW, holdW = max(maxW, Width(best)), max(holdW, Width(hold))
		nameW = max(nameW, Width(bestLabel(words, b, 1<<10)))
	}
	return maxW, holdW, nameW
}

// bestCells are a best's max ("1:05.0 · 3 tests", or "1:05.0" without counts) and hold
// ("0:45"), "—" for none.
func bestCells(words bestWords, b journal.Best, counts bool) (best, hold string) {
	best, hold = "—", "—"
	switch {
	case b.Tests > 0 && counts:
		best = Tenths(b.MaxS) + " · " + words.tests(b.Tests)
	case b.Tests > 0:
		best = Tenths(b.MaxS)
	}
	if b.HoldS > 0 {
		hold = Seconds(b.HoldS)
	}
	return best, hold
}

// BestLabel is "Side plank (left)" in at most w cells: the exercise's name, and its side when
// it has one. A long name is cut before the side, so the two sides never read alike, and to
// the same length on both sides (room is kept for "(right)").
func BestLabel(b journal.Best, w int) string { return bestLabel(englishBest, b, w) }

func bestLabel(words bestWords, b journal.Best, w int) string {
	name := words.names.name(b.Exercise, b.Name)
	if b.Side == "" {
		return Clip(name, w)
	}
	side := " (" + content.Sanitize(words.side(b.Side)) + ")"
	if Width(name+side) <= w {
		return name + side
	}
	if room := w - max(Width(side), Width(" ("+words.side("right")+")"), Width(" ("+words.side("left")+")")); room >= 4 {
		return Clip(name, room) + side
	}
	return Clip(name+side, w)
}
