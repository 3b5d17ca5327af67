package main

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

const historyUsage = `
usage: limber history [--json|--csv] [--since YYYY-MM-DD] [--limit N]

Lists your past sessions, newest first: when, which routine, how long, how it
ended, and any sharp-pain stops.
  --json          print a JSON array of the log's entries
  --csv           print CSV with a header row (for a spreadsheet, or to show a
                  physio)
  --since DATE    only sessions on or after DATE (YYYY-MM-DD, local time)
  --limit N       only the N most recent sessions
`

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
	pos, help, err := parseFlags(a, fs, historyUsage, args)
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
		err = writeHistoryJSON(w, entries)
	case *asCSV:
		err = writeHistoryCSV(w, entries)
	case !found && hist.Seen() == 0:
		fmt.Fprintln(w, emptyHistory)
	case !found:
		fmt.Fprintf(w, "No sessions since %s.\n", from.Format(time.DateOnly))
	default:
		writeHistoryTable(w, entries, loc)
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

// The history table's columns; NOTES takes the rest of an 80-column line and wraps.
const (
	histDateW    = 16
	histRoutineW = 22
	histMinW     = 3
	histStatusW  = 9
	histNotesAt  = histDateW + 2 + histRoutineW + 2 + histMinW + 2 + histStatusW + 2
	histNotesW   = listWidth - histNotesAt
)

func writeHistoryTable(w io.Writer, entries iter.Seq[journal.Entry], loc *time.Location) {
	row := func(date, routine, mins, status, notes string) {
		line := fmt.Sprintf("%-*s  %-*s  %*s  %-*s  %s", histDateW, date, histRoutineW, routine,
			histMinW, mins, histStatusW, status, notes)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	row("DATE", "ROUTINE", "MIN", "STATUS", "NOTES")
	for e := range entries {
		name := content.Sanitize(cmp.Or(e.RoutineName, e.Routine, e.Kind))
		row(e.Started.In(loc).Format("2006-01-02 15:04"), text.Clip(name, histRoutineW),
			text.SessionMinutes(e.Seconds), content.Sanitize(e.Status),
			text.Indent(content.Sanitize(painNote(e)), histNotesW, strings.Repeat(" ", histNotesAt)))
	}
}

// painNote is "pain: Plank (left), Cat-cow" for a session with pain stops, else "".
func painNote(e journal.Entry) string {
	if len(e.Pain) == 0 {
		return ""
	}
	return "pain: " + strings.Join(painList(e), ", ")
}

// painList names each pain stop of a session: "Plank (left)".
func painList(e journal.Entry) []string {
	var out []string
	for _, p := range e.Pain {
		s := cmp.Or(p.Name, p.Exercise)
		if p.Side != "" {
			s += " (" + p.Side + ")"
		}
		out = append(out, s)
	}
	return out
}

// writeHistoryJSON writes the entries as a JSON array, one entry per line in the log's own
// format (so even a long history streams out quickly); [] when there are none. Characters that
// could act on a terminal (controls, bidi and zero-width characters) are written as \u escapes.
func writeHistoryJSON(w io.Writer, entries iter.Seq[journal.Entry]) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	n := 0
	for e := range entries {
		line, err := journal.Marshal(e)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		bw.WriteString("\n")
		bw.Write(journal.EscapeJSON(line[:len(line)-1]))
	}
	if n > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// writeHistoryCSV writes one row per session: its times as stored (RFC 3339), how many work
// steps it had and how many were done in full or skipped, and its pain stops separated by "; ".
// Text from the log is sanitized, as in the table: a CSV is often looked at in a terminal.
func writeHistoryCSV(w io.Writer, entries iter.Seq[journal.Entry]) error {
	clean := content.Sanitize
	cw := csv.NewWriter(w)
	header := []string{"started", "ended", "routine", "routine_name", "kind", "status",
		"seconds", "minutes", "steps", "steps_done", "steps_skipped", "pain", "id"}
	if err := cw.Write(header); err != nil {
		return err
	}
	for e := range entries {
		done, skipped := 0, 0
		for _, s := range e.Steps {
			switch s.Outcome {
			case "done":
				done++
			case "skipped":
				skipped++
			}
		}
		ended := ""
		if !e.Ended.IsZero() {
			ended = e.Ended.Format(time.RFC3339)
		}
		if err := cw.Write([]string{
			e.Started.Format(time.RFC3339), ended, clean(e.Routine), clean(e.RoutineName), clean(e.Kind),
			clean(e.Status), strconv.Itoa(e.Seconds), strconv.FormatFloat(float64(e.Seconds)/60, 'f', 1, 64),
			strconv.Itoa(len(e.Steps)), strconv.Itoa(done), strconv.Itoa(skipped),
			clean(strings.Join(painList(e), "; ")), clean(e.ID),
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
