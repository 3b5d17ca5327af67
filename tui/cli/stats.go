package cli

import (
	"cmp"
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/session/trend"
)

// Breaks are today's desk breaks and sitting spells as limber remind counted them.
type Breaks struct {
	Taken   int `json:"taken"`
	Skipped int `json:"skipped"`
	// LongestMin is today's longest sitting spell in whole minutes; Long counts the spells
	// that reached Every, the reminder's interval ("50m").
	LongestMin int    `json:"longest_sitting_min"`
	Long       int    `json:"spells_over_interval"`
	Every      string `json:"interval,omitempty"`
}

// StatsJSON is limber stats --json: the history's stats and today's desk breaks.
type StatsJSON struct {
	journal.Stats
	BreaksToday *Breaks `json:"breaks_today,omitempty"`
	// Trends are the weekly check-ins beside the sessions (limber checkin, limber goals).
	Trends *trend.Trends `json:"trends,omitempty"`
}

// Stats prints the stats in the rows the coach's history screen shows too (session/text): the
// streak and totals, the sessions per routine, the sharp-pain stops, the personal bests and the
// heatmap of the last weeks.
func Stats(p Printer, s journal.Stats, loc *time.Location) {
	w, width := p.W, p.Cols()
	for _, row := range text.Summary(s) {
		fmt.Fprintf(w, "%-11s %s\n", row[0], row[1])
	}
	if len(s.Routines) > 0 {
		fmt.Fprintln(w)
		p.Heading("Routines")
		for _, r := range s.Routines {
			fmt.Fprintf(w, "  %s %s\n", text.Pad(content.Sanitize(cmp.Or(r.Name, r.Routine)), 40), text.Plural(r.Sessions, "session"))
		}
	}
	if len(s.PainStops) == 0 {
		fmt.Fprintf(w, "\nNo sharp-pain stops.\n")
	} else {
		fmt.Fprintln(w)
		p.Heading("Sharp-pain stops")
		// text.PainStops' rows are one cell wider than asked for (it leaves out the space after
		// the name; the coach's screen has its golden views made with it, so it is asked for one
		// less here).
		for _, row := range text.PainStops(s.PainStops, loc, width-1) {
			fmt.Fprintln(w, row)
		}
		fmt.Fprintf(w, "  %s\n", text.Indent(text.PainStopsAdvice, width-2, "  "))
	}
	if len(s.Bests) > 0 {
		head, rows := text.Bests(s.Bests, width)
		fmt.Fprintln(w)
		p.Heading("Personal bests (limber max, limber hold)")
		fmt.Fprintln(w, head)
		for _, row := range rows {
			fmt.Fprintln(w, row)
		}
	}
	fmt.Fprintln(w)
	p.Heading(fmt.Sprintf("Last %s, completed sessions per day", text.Plural(journal.HeatmapWeeks, "week")))
	for _, row := range journal.HeatmapRows(s, journal.HeatmapWeeks, journal.HeatCell) {
		fmt.Fprintln(w, row)
	}
}

// Trends prints the weekly check-ins beside the sessions, when there are any ratings:
// sparklines on a terminal, numbers only into a pipe or a file.
func Trends(p Printer, t trend.Trends) {
	if !t.Rated() {
		return
	}
	p.Printf("\n")
	p.Heading(text.TrendHeading)
	for _, row := range text.TrendRows(t, !p.Numbers, p.Cols()) {
		p.Printf("%s\n", row)
	}
}

// TodaysBreaks prints today's desk breaks, when limber remind counted any (b not nil).
func TodaysBreaks(p Printer, b *Breaks) {
	if b == nil {
		return
	}
	p.Printf("\nDesk breaks today (limber remind): %d taken, %d skipped\n", b.Taken, b.Skipped)
	if b.LongestMin > 0 {
		every := ""
		if b.Every != "" {
			every = " over " + content.Sanitize(b.Every)
		}
		p.Printf("Sitting today: longest spell %s, %s%s\n", text.Dur(time.Duration(b.LongestMin)*time.Minute), text.Plural(b.Long, "spell"), every)
	}
}
