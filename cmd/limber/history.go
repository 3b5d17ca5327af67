package main

import (
	"bufio"
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/tui/cli"

	"github.com/limber-coach/limber/session/journal"
)

// emptyHistory is what history and stats say before the first session.
const emptyHistory = "No sessions yet. Start one with: limber run desk-break"

// maxDamageWarnings is how many damaged lines are named one by one before the rest are counted.
const maxDamageWarnings = 10

func runHistory(a *app, args []string) error {
	fs := newFlags(a, "history")
	asJSON := fs.Bool("json", false, "")
	asCSV := fs.Bool("csv", false, "")
	since := fs.String("since", "", "")
	limit := fs.Int("limit", 0, "")
	pos, help, err := parseFlags(a, fs, usage("history"), args)
	if help || err != nil {
		return err
	}
	now := a.now()
	loc := now.Location()
	var from time.Time
	switch {
	case len(pos) > 0:
		return usagef("history: unexpected %q (see limber history -h)", strings.Join(pos, " "))
	case *asJSON && *asCSV:
		return usagef("history: --json or --csv, not both")
	case *limit < 0:
		return usagef("history: --limit wants a positive number, not %d", *limit)
	case *since != "":
		if from, err = time.ParseInLocation(time.DateOnly, *since, loc); err != nil {
			return usagef("history: --since wants a date like %s, not %q", now.Format(time.DateOnly), *since)
		}
	}

	// Newest first, from the end of the log, reading only as far back as the sessions shown
	// need, and printing each as it comes: neither --limit nor a long history makes it hold more
	// than a day's sessions (see journal.Newest).
	path := a.historyPath()
	hist, err := journal.OpenNewest(path, from)
	if err != nil {
		return err
	}
	defer hist.Close()
	if !*asJSON && !*asCSV {
		hist.SkipSteps() // the table shows none
	}
	first, found := hist.Next()
	entries := func(yield func(journal.Entry) bool) {
		for e, ok, n := first, found, 1; ok && yield(e); n++ {
			if *limit > 0 && n >= *limit {
				return
			}
			e, ok = hist.Next()
		}
	}
	w := bufio.NewWriter(a.stdout)
	switch {
	case *asJSON:
		err = cli.HistoryJSON(w, entries)
	case *asCSV:
		err = cli.HistoryCSV(w, entries)
	case !found && hist.Seen() == 0:
		fmt.Fprintln(w, emptyHistory)
	case !found:
		fmt.Fprintf(w, "No sessions since %s.\n", from.Format(time.DateOnly))
	default:
		cli.HistoryTable(w, entries, loc)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	damaged, derr := hist.Damaged()
	warnDamaged(a, path, damaged)
	return cmp.Or(hist.Err(), err, derr)
}

// warnDamaged names each damaged line of the log on stderr (the first few, then a count).
func warnDamaged(a *app, path string, damaged []journal.Damage) {
	for i, d := range damaged {
		if i == maxDamageWarnings {
			fmt.Fprintf(a.stderr, "limber: %s: %d more damaged lines skipped\n", path, len(damaged)-i)
			return
		}
		fmt.Fprintf(a.stderr, "limber: %s:%d: damaged line skipped (%s)\n", path, d.Line, d.Reason)
	}
}
