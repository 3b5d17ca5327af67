package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/text"
)

const listUsage = `
usage: limber list [routines|exercises] [--json]

Lists the routines (default) or the exercises, built-in and your own.
  --json   print a JSON array instead of a table
`

// listWidth is the width the tables are laid out for: they read well in an 80-column terminal.
const listWidth = 80

func runList(a *app, args []string) error {
	fs := newFlags(a, "list")
	asJSON := fs.Bool("json", false, "")
	pos, help, err := parseFlags(a, fs, listUsage, args)
	if help || err != nil {
		return err
	}
	what := "routines"
	switch {
	case len(pos) > 1:
		return usagef("list: one of routines or exercises, not %q", strings.Join(pos, " "))
	case len(pos) == 1:
		what = pos[0]
	}
	lib := loadLibrary(a)
	switch what {
	case "routines", "routine", "r":
		if *asJSON {
			out := []routineJSON{}
			for _, r := range lib.Routines() {
				out = append(out, toRoutineJSON(lib, r))
			}
			return writeJSON(a.stdout, out)
		}
		writeRoutineTable(a.stdout, lib)
	case "exercises", "exercise", "e":
		if *asJSON {
			out := []exerciseJSON{}
			for _, e := range lib.Exercises() {
				out = append(out, toExerciseJSON(e))
			}
			return writeJSON(a.stdout, out)
		}
		writeExerciseTable(a.stdout, lib)
	default:
		return usagef("list: %q is not a list; use routines or exercises", what)
	}
	return nil
}

// writeRoutineTable prints two lines per routine: id, name, minutes and where; then, indented,
// any equipment beyond a chair and what it is for.
func writeRoutineTable(w io.Writer, lib *content.Library) {
	const idW, nameW, minW = 21, 30, 6
	const indent = idW + 1
	fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, "ID", nameW, "NAME", minW, "TIME", "WHERE")
	for _, r := range lib.Routines() {
		needs := lib.Needs(r)
		fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, text.Clip(r.ID, idW), nameW, text.Clip(r.Name, nameW),
			minW, fmt.Sprintf("%d min", text.Minutes(routineTotal(lib, r))), needs.Where())
		detail := strings.Join(r.For, ", ")
		if extra := needs.Extra(); len(extra) > 0 { // first, so a long "for" list never cuts it
			detail = strings.TrimSuffix("needs "+strings.Join(extra, ", ")+" · "+detail, " · ")
		}
		if detail != "" {
			fmt.Fprintf(w, "%*s%s\n", indent, "", text.ClipList(detail, listWidth-indent))
		}
	}
	fmt.Fprintf(w, "\nStart one with: limber run ID    Details: limber show ID\n")
}

// writeExerciseTable prints the exercises grouped by position (a heading per position, in
// library order within it), one line each: id, name and default dose. Ids are never cut, since
// they are typed back in.
func writeExerciseTable(w io.Writer, lib *content.Library) {
	const doseW = 18
	idW := 2
	for _, e := range lib.Exercises() {
		idW = max(idW, len(e.ID))
	}
	nameW := max(listWidth-idW-doseW-2, 12)
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
