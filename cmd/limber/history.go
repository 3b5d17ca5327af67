package main

import (
	"bufio"
	"cmp"
	"fmt"
	"time"

	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"

	"github.com/limber-coach/limber/session/journal"
)

// emptyHistory is what history and stats say before the first session.
const emptyHistory = "No sessions yet. Start one with: limber run desk-break"

func runHistory(a *app, in *cmdline.Parsed) error {
	asJSON, asCSV, since, limit := in.Bool("json"), in.Bool("csv"), in.String("since"), in.Int("limit", 0)
	now := a.now()
	loc := now.Location()
	var from time.Time
	if since != "" {
		var err error
		if from, err = time.ParseInLocation(time.DateOnly, since, loc); err != nil {
			return in.Usagef("--since wants a date like %s, not %s", now.Format(time.DateOnly), quote(since))
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
	if !asJSON && !asCSV {
		hist.SkipSteps() // the table shows none
	}
	first, found := hist.Next()
	entries := func(yield func(journal.Entry) bool) {
		for e, ok, n := first, found, 1; ok && yield(e); n++ {
			if limit > 0 && n >= limit {
				return
			}
			e, ok = hist.Next()
		}
	}
	w := bufio.NewWriter(a.stdout)
	switch {
	case asJSON:
		err = cli.HistoryJSON(w, entries)
	case asCSV:
		err = cli.HistoryCSV(w, entries)
	case !found && hist.Seen() == 0:
		fmt.Fprintln(w, emptyHistory)
	case !found:
		fmt.Fprintf(w, "No sessions since %s.\n", from.Format(time.DateOnly))
	default:
		p := a.out()
		p.W = w
		cli.HistoryTable(p, entries, loc)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	damaged, derr := hist.Damaged()
	cli.Damaged(a.errs(), path, damaged)
	return cmp.Or(hist.Err(), err, derr)
}
