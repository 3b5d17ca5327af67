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
	w, width, tr := p.W, p.Cols(), p.tr()
	summary := text.SummaryIn(tr, s)
	labelW := 11
	for _, row := range summary {
		labelW = max(labelW, text.Width(row[0]))
	}
	for _, row := range summary {
		fmt.Fprintf(w, "%s %s\n", text.Pad(row[0], labelW), row[1])
	}
	if len(s.Routines) > 0 {
		fmt.Fprintln(w)
		p.Heading(p.T("stats.routines"))
		for _, r := range s.Routines {
			fmt.Fprintf(w, "  %s %s\n", text.Pad(content.Sanitize(cmp.Or(r.Name, r.Routine)), 40), p.N("stats.sessions", r.Sessions))
		}
	}
	if len(s.PainStops) == 0 {
		fmt.Fprintf(w, "\n%s\n", p.T("stats.no_pain_stops"))
	} else {
		fmt.Fprintln(w)
		p.Heading(p.T("stats.pain_stops"))
		for _, row := range text.PainStopsIn(tr, nil, s.PainStops, loc, width) {
			fmt.Fprintln(w, row)
		}
		fmt.Fprintf(w, "  %s\n", text.Indent(p.T("stats.pain_stops_advice"), width-2, "  "))
	}
	if len(s.Bests) > 0 {
		head, rows := text.BestsIn(tr, nil, s.Bests, width)
		fmt.Fprintln(w)
		p.Heading(p.T("stats.bests"))
		fmt.Fprintln(w, head)
		for _, row := range rows {
			fmt.Fprintln(w, row)
		}
	}
	fmt.Fprintln(w)
	head, rows := text.HeatmapIn(tr, s, journal.HeatmapWeeks, width, journal.HeatCell)
	p.Heading(head)
	for _, row := range rows {
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
	p.Heading(text.TrendHeadingIn(p.tr()))
	for _, row := range text.TrendRowsIn(p.tr(), t, !p.Numbers, p.Cols()) {
		p.Printf("%s\n", row)
	}
}

// TodaysBreaks prints today's desk breaks, when limber remind counted any (b not nil).
func TodaysBreaks(p Printer, b *Breaks) {
	if b == nil {
		return
	}
	p.Printf("\n%s\n", p.T("stats.breaks_today", "Taken", b.Taken, "Skipped", b.Skipped))
	if b.LongestMin > 0 {
		longest := p.tr().Dur(time.Duration(b.LongestMin) * time.Minute)
		if b.Every != "" {
			p.Printf("%s\n", p.N("stats.sitting_over", b.Long, "Longest", longest, "Every", content.Sanitize(b.Every)))
		} else {
			p.Printf("%s\n", p.N("stats.sitting", b.Long, "Longest", longest))
		}
	}
}
