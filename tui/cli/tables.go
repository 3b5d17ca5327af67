// Package cli prints limber's command-line views: the routine and exercise tables, one routine
// or exercise, the history as a table, CSV or JSON, the stats, the settings, and a max test's
// results. Each is a function from data to an io.Writer, laid out for Width columns; the command
// line (cmd/limber) parses the flags, reads the files and calls them. The words and rows it
// shares with the coach come from session/text.
package cli

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// Width is the width the tables are laid out for: they read well in an 80-column terminal.
const Width = 80

// RoutineTable prints two lines per routine: id, name, minutes and where; then, indented,
// any equipment beyond a chair and what it is for. Below 80 columns, where moves to the second
// line (before the rest), so the names still fit whole.
func RoutineTable(p Printer, lib *content.Library, settings content.Settings) {
	const idW, minW = 21, 6
	nameW, width := 30, p.Cols()
	narrow := width < Width
	if narrow {
		nameW = max(width-idW-minW-2, 8)
	}
	indent := idW + 1
	row := func(id, name, mins, where string) string {
		if narrow {
			return strings.TrimRight(fmt.Sprintf("%-*s %s %s", idW, id, text.Pad(name, nameW), mins), " ")
		}
		return fmt.Sprintf("%-*s %s %-*s %s", idW, id, text.Pad(name, nameW), minW, mins, where)
	}
	p.Heading(row("ID", p.T("cli.list.name"), p.T("cli.list.time"), p.T("cli.list.where")))
	for _, r := range lib.Routines() {
		needs := lib.Needs(r)
		where := whereIn(p, needs)
		mins := p.T("cli.list.minutes", "N", text.Minutes(policy.Length(lib, settings, r)))
		p.Printf("%s\n", row(text.Clip(r.ID, idW), text.Clip(r.Name, nameW), mins, where))
		detail := strings.Join(r.For, ", ")
		if extra := needs.Extra(); len(extra) > 0 { // first, so a long "for" list never cuts it
			detail = strings.TrimSuffix(p.T("cli.list.needs", "What", strings.Join(extra, ", "))+" · "+detail, " · ")
		}
		if narrow {
			detail = strings.TrimSuffix(where+" · "+detail, " · ")
		}
		if detail != "" {
			p.Printf("%*s%s\n", indent, "", text.ClipList(detail, width-indent))
		}
	}
}

// ListHint is the line under limber list's table that says what to do with an id (exercises:
// the exercise table's), for a person at a terminal: the command line prints it on stderr, and
// not at all into a pipe.
func ListHint(p Printer, exercises bool) {
	if exercises {
		p.Printf("\n%s\n", p.T("cli.list.hint_exercises"))
		return
	}
	p.Printf("\n%s\n", p.T("cli.list.hint_routines"))
}

// ExerciseTable prints the exercises grouped by position (a heading per position, in
// library order within it), one line each: id, name and default dose. Ids are never cut, since
// they are typed back in.
func ExerciseTable(p Printer, lib *content.Library) {
	const doseW = 18
	idW := 2
	for _, e := range lib.Exercises() {
		idW = max(idW, len(e.ID))
	}
	nameW := max(p.Cols()-idW-doseW-2, 12)
	p.Heading(fmt.Sprintf("%-*s %s %s", idW, "ID", text.Pad(p.T("cli.list.name"), nameW), p.T("cli.list.dose")))
	for _, pos := range content.Positions() {
		first := true
		for _, e := range lib.Exercises() {
			if e.Position != pos {
				continue
			}
			if first {
				p.Printf("\n")
				p.Heading(text.PositionLabelIn(p.tr(), pos))
				first = false
			}
			dose := doseShortIn(p, e.Dose)
			switch e.Sides {
			case content.SidesEach:
				dose += " " + p.T("cli.list.each_side")
			case content.SidesAlternate:
				dose += " " + p.T("cli.list.alt_sides")
			}
			p.Printf("%-*s %s %s\n", idW, e.ID, text.Pad(text.Clip(e.Name, nameW), nameW), text.Clip(dose, doseW))
		}
	}
}
