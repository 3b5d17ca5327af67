package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
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
// what it is for and any equipment beyond a chair.
func writeRoutineTable(w io.Writer, lib *content.Library) {
	const idW, nameW, minW = 21, 30, 6
	const indent = idW + 1
	fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, "ID", nameW, "NAME", minW, "TIME", "WHERE")
	for _, r := range lib.Routines() {
		needs := lib.Needs(r)
		fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, truncate(r.ID, idW), nameW, truncate(r.Name, nameW),
			minW, fmt.Sprintf("%d min", minutes(routineTotal(lib, r))), needs.Where())
		detail := strings.Join(r.For, ", ")
		if extra := needs.Extra(); len(extra) > 0 {
			detail += " · needs " + strings.Join(extra, ", ")
		}
		if detail != "" {
			fmt.Fprintf(w, "%*s%s\n", indent, "", truncate(detail, listWidth-indent))
		}
	}
	fmt.Fprintf(w, "\nStart one with: limber run ID    Details: limber show ID\n")
}

func writeExerciseTable(w io.Writer, lib *content.Library) {
	const posW, doseW = 13, 18
	idW := 2
	for _, e := range lib.Exercises() {
		idW = max(idW, len(e.ID)) // ids are typed back in, so they are never cut
	}
	nameW := max(listWidth-idW-posW-doseW-3, 12)
	fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, "ID", nameW, "NAME", posW, "POSITION", "DOSE")
	for _, e := range lib.Exercises() {
		dose := e.Dose.Short()
		switch e.Sides {
		case content.SidesEach:
			dose += " each side"
		case content.SidesAlternate:
			dose += " alt. sides"
		}
		fmt.Fprintf(w, "%-*s %-*s %-*s %s\n", idW, truncate(e.ID, idW), nameW, truncate(e.Name, nameW),
			posW, e.Position, truncate(dose, doseW))
	}
}
