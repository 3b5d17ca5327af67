// Package cli prints limber's command-line views: the routine and exercise tables, one routine
// or exercise, the history as a table, CSV or JSON, the stats, the settings, and a max test's
// results. Each is a function from data to an io.Writer, laid out for Width columns; the command
// line (cmd/limber) parses the flags, reads the files and calls them. The words and rows it
// shares with the coach come from session/text.
package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// Width is the width the tables are laid out for: they read well in an 80-column terminal.
const Width = 80

// RoutineTable prints two lines per routine: id, name, minutes and where; then, indented,
// any equipment beyond a chair and what it is for.
func RoutineTable(w io.Writer, lib *content.Library, settings content.Settings) {
	const idW, nameW, minW = 21, 30, 6
	const indent = idW + 1
	fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, "ID", nameW, "NAME", minW, "TIME", "WHERE")
	for _, r := range lib.Routines() {
		needs := lib.Needs(r)
		fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, text.Clip(r.ID, idW), nameW, text.Clip(r.Name, nameW),
			minW, fmt.Sprintf("%d min", text.Minutes(policy.Length(lib, settings, r))), needs.Where())
		detail := strings.Join(r.For, ", ")
		if extra := needs.Extra(); len(extra) > 0 { // first, so a long "for" list never cuts it
			detail = strings.TrimSuffix("needs "+strings.Join(extra, ", ")+" · "+detail, " · ")
		}
		if detail != "" {
			fmt.Fprintf(w, "%*s%s\n", indent, "", text.ClipList(detail, Width-indent))
		}
	}
	fmt.Fprintf(w, "\nStart one with: limber run ID    Details: limber show ID\n")
}

// ExerciseTable prints the exercises grouped by position (a heading per position, in
// library order within it), one line each: id, name and default dose. Ids are never cut, since
// they are typed back in.
func ExerciseTable(w io.Writer, lib *content.Library) {
	const doseW = 18
	idW := 2
	for _, e := range lib.Exercises() {
		idW = max(idW, len(e.ID))
	}
	nameW := max(Width-idW-doseW-2, 12)
	fmt.Fprintf(w, "%-*s %-*s %s\n", idW, "ID", nameW, "NAME", "DOSE")
	for _, pos := range content.Positions() {
		first := true
		for _, e := range lib.Exercises() {
			if e.Position != pos {
				continue
			}
			if first {
				fmt.Fprintf(w, "\n%s\n", pos.Label())
				first = false
			}
			dose := e.Dose.Short()
			switch e.Sides {
			case content.SidesEach:
				dose += " each side"
			case content.SidesAlternate:
				dose += " alt. sides"
			}
			fmt.Fprintf(w, "%-*s %-*s %s\n", idW, e.ID, nameW, text.Clip(e.Name, nameW), text.Clip(dose, doseW))
		}
	}
	fmt.Fprintf(w, "\nDetails: limber show ID    Time one: limber hold 30s ID\n")
}
