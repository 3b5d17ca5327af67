package main

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui"
)

const statsUsage = `
usage: limber stats [--json]

Shows your current and longest streak (days with at least one completed
session), this week and all-time totals, sessions per routine, the exercises
sharp pain stopped, your personal bests from limber max and limber hold (best
max hold, longest completed hold, the latest tests as a sparkline), and a
heatmap of the last 12 weeks.
  --json   print the numbers as JSON
`

func runStats(a *app, args []string) error {
	fs := newFlags(a, "stats")
	asJSON := fs.Bool("json", false, "")
	pos, help, err := parseFlags(a, fs, statsUsage, args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("stats: unexpected %q (see limber stats -h)", strings.Join(pos, " "))
	}
	now := a.now()
	path := a.historyPath()
	s, damaged, err := journal.ReadStats(path, now, now.Location())
	warnDamaged(a, path, damaged)
	breaks := breaksToday(a, now)
	switch {
	case err != nil:
		return err
	case *asJSON:
		return writeJSON(a.stdout, statsJSON{s, breaks})
	case s.Total.Sessions == 0:
		fmt.Fprintln(a.stdout, emptyHistory)
		writeBreaks(a.stdout, breaks)
		return nil
	}
	writeStats(a.stdout, s, now.Location())
	writeBreaks(a.stdout, breaks)
	return nil
}

// writeStats prints the stats as plain text that reads well at 80 columns.
func writeStats(w io.Writer, s journal.Stats, loc *time.Location) {
	fmt.Fprintf(w, "Streak      %s", text.Plural(s.CurrentStreak, "day"))
	if s.LongestStreak > s.CurrentStreak {
		fmt.Fprintf(w, " (longest %s)", text.Plural(s.LongestStreak, "day"))
	} else if s.CurrentStreak > 0 {
		fmt.Fprint(w, " (your longest yet)")
	}
	fmt.Fprintf(w, "\nThis week   %s\nIn total    %s\n", text.Totals(s.Week), text.Totals(s.Total))

	if len(s.Routines) > 0 {
		fmt.Fprintf(w, "\nRoutines\n")
		for _, r := range s.Routines {
			name := text.Clip(content.Sanitize(cmp.Or(r.Name, r.Routine)), 40)
			fmt.Fprintf(w, "  %-40s %s\n", name, text.Plural(r.Sessions, "session"))
		}
	}

	if len(s.PainStops) == 0 {
		fmt.Fprintf(w, "\nNo sharp-pain stops.\n")
	} else {
		fmt.Fprintf(w, "\nSharp-pain stops\n")
		for _, p := range s.PainStops {
			name := content.Sanitize(cmp.Or(p.Name, p.Exercise))
			if len(p.Sides) > 0 {
				name += " (" + strings.Join(p.Sides, ", ") + ")"
			}
			fmt.Fprintf(w, "  %-40s %-12s last %s\n", text.Clip(name, 40), text.Plural(p.Count, "time"),
				p.Last.In(loc).Format(time.DateOnly))
		}
		fmt.Fprintf(w, "  Mention these to a physiotherapist or doctor, especially pain that comes back.\n")
	}

	writeBests(w, s.Bests)

	fmt.Fprintf(w, "\nLast %d weeks, completed sessions per day\n", journal.HeatmapWeeks)
	writeHeatmap(w, s)
}

// writeHeatmap draws the weeks as columns and the days as rows (Monday first), with the month
// above the week that holds its first day.
func writeHeatmap(w io.Writer, s journal.Stats) {
	for _, row := range journal.HeatmapRows(s, journal.HeatmapWeeks, journal.HeatCell) {
		fmt.Fprintln(w, row)
	}
}

// writeBests lists the personal bests from quick holds and max tests: the best max hold to the
// tenth and how many tests, the longest completed hold, and the latest tests as a sparkline.
// The name column is 30 wide, up to 40 for longer names (lines stay within 80 columns); a name
// cut to fit keeps its side.
func writeBests(w io.Writer, bests []journal.Best) {
	if len(bests) == 0 {
		return
	}
	nameW, bestW := 30, 16
	type row struct{ name, best, hold, trend string }
	rows := make([]row, len(bests))
	for i, b := range bests {
		r := row{name: tui.BestLabel(b, 1<<10), best: "—", hold: "—"}
		if b.Tests > 0 {
			r.best = fmt.Sprintf("%s (%s)", text.Tenths(b.MaxS), text.Plural(b.Tests, "test"))
		}
		if b.HoldS > 0 {
			r.hold = text.Seconds(b.HoldS)
		}
		if len(b.Trend) > 1 {
			r.trend = journal.Sparkline(b.Trend)
		}
		nameW = max(nameW, len([]rune(r.name)))
		bestW = max(bestW, len([]rune(r.best)))
		rows[i] = r
	}
	const holdW, trendHead = 6, "LATEST TESTS" // "10:00", the longest quick hold
	nameW = min(nameW, 40, 80-2-1-bestW-1-holdW-1-len(trendHead))
	fmt.Fprintf(w, "\nPersonal bests (limber max, limber hold)\n")
	fmt.Fprintf(w, "  %-*s %-*s %-*s %s\n", nameW, "EXERCISE", bestW, "BEST MAX", holdW, "HOLD", trendHead)
	for i, r := range rows {
		line := fmt.Sprintf("  %-*s %-*s %-*s %s", nameW, tui.BestLabel(bests[i], nameW), bestW, r.best, holdW, r.hold, r.trend)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}
