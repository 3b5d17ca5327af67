package main

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

const statsUsage = `
usage: limber stats [--json]

Shows your current and longest streak (days with at least one completed session), this week
and all-time totals, sessions per routine, the exercises sharp pain stopped, and a heatmap of
the last 12 weeks.
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
	switch {
	case err != nil:
		return err
	case *asJSON:
		return writeJSON(a.stdout, s)
	case s.Total.Sessions == 0:
		fmt.Fprintln(a.stdout, emptyHistory)
		return nil
	}
	writeStats(a.stdout, s, now.Location())
	return nil
}

// writeStats prints the stats as plain text that reads well at 80 columns.
func writeStats(w io.Writer, s journal.Stats, loc *time.Location) {
	fmt.Fprintf(w, "Streak      %s", plural(s.CurrentStreak, "day"))
	if s.LongestStreak > s.CurrentStreak {
		fmt.Fprintf(w, " (longest %s)", plural(s.LongestStreak, "day"))
	} else if s.CurrentStreak > 0 {
		fmt.Fprint(w, " (your longest yet)")
	}
	fmt.Fprintf(w, "\nThis week   %s\nIn total    %s\n", totalsText(s.Week), totalsText(s.Total))

	if len(s.Routines) > 0 {
		fmt.Fprintf(w, "\nRoutines\n")
		for _, r := range s.Routines {
			name := truncate(content.Sanitize(cmp.Or(r.Name, r.Routine)), 40)
			fmt.Fprintf(w, "  %-40s %s\n", name, plural(r.Sessions, "session"))
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
			fmt.Fprintf(w, "  %-40s %-12s last %s\n", truncate(name, 40), plural(p.Count, "time"),
				p.Last.In(loc).Format(time.DateOnly))
		}
		fmt.Fprintf(w, "  Mention these to a physiotherapist or doctor, especially pain that comes back.\n")
	}

	fmt.Fprintf(w, "\nLast %d weeks, completed sessions per day\n", journal.HeatmapWeeks)
	writeHeatmap(w, s)
}

// plural is "1 day", "3 days".
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// totalsText is "4 sessions, 23 min (3 completed)".
func totalsText(t journal.Totals) string {
	s := fmt.Sprintf("%s, %d min", plural(t.Sessions, "session"), t.Minutes)
	if t.Completed != t.Sessions {
		s += fmt.Sprintf(" (%d completed)", t.Completed)
	}
	return s
}

// heatCell draws one day: a dot for none, then lighter to darker blocks for 1, 2, 3 and 4 or more
// completed sessions. Each cell is two characters wide so it looks square.
func heatCell(n int) string {
	return [...]string{"· ", "░░", "▒▒", "▓▓", "██"}[min(n, 4)]
}

// writeHeatmap draws the weeks as columns and the days as rows (Monday first), with the month
// above the week that holds its first day. Days after today are left blank.
func writeHeatmap(w io.Writer, s journal.Stats) {
	const margin, cellW = "  Mon ", 3 // a cell and the space after it
	from, err := time.Parse(time.DateOnly, s.Heatmap.From)
	if err != nil {
		return
	}
	today, _ := time.Parse(time.DateOnly, s.Today)
	weeks := len(s.Heatmap.Days)

	// Month labels, placed right to left so that a label never runs into the next one.
	labels := []byte(strings.Repeat(" ", weeks*cellW))
	next := len(labels) + 1
	for c := weeks - 1; c >= 0; c-- {
		monday := from.AddDate(0, 0, 7*c)
		sunday := monday.AddDate(0, 0, 6)
		if c > 0 && sunday.Month() == monday.Month() && monday.Day() != 1 {
			continue // no month starts this week
		}
		month := sunday.Format("Jan")
		if pos := c * cellW; pos+len(month) < next {
			copy(labels[pos:], month)
			next = pos
		}
	}
	fmt.Fprintf(w, "%*s%s\n", len(margin), "", strings.TrimRight(string(labels), " "))

	for d, day := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		var b strings.Builder
		b.WriteString("  " + day + " ")
		for c := 0; c < weeks; c++ {
			if from.AddDate(0, 0, 7*c+d).After(today) {
				b.WriteString("   ")
				continue
			}
			b.WriteString(heatCell(s.Heatmap.Days[c][d]) + " ")
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintf(w, "%*s%s none  %s 1  %s 2  %s 3  %s 4+\n", len(margin), "",
		heatCell(0), heatCell(1), heatCell(2), heatCell(3), heatCell(4))
}
