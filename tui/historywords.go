package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/session/trend"
)

// The history screen's words in the person's language (the command line's `limber stats`
// keeps its own, from session/text). Names come from the library by id (see names.go).

// totalsIn is "3 sessions, 25 min (2 completed)".
func totalsIn(tr *msg.Tr, t journal.Totals) string {
	mins := tr.T("history.minutes", "N", t.Minutes)
	if t.Minutes == 0 && t.Sessions > 0 {
		mins = tr.T("history.under_a_minute")
	}
	s := tr.N("history.sessions", t.Sessions, "Min", mins)
	if t.Completed != t.Sessions {
		s += " " + tr.T("history.completed_n", "N", t.Completed)
	}
	return s
}

// streakIn is "4 days (longest 9 days)" or "4 days (your longest yet)".
func streakIn(tr *msg.Tr, current, longest int) string {
	s := tr.N("history.days", current)
	switch {
	case longest > current:
		s += " " + tr.T("history.longest", "Days", tr.N("history.days", longest))
	case current > 0:
		s += " " + tr.T("history.longest_yet")
	}
	return s
}

// statsRowsIn are the history's first lines: the streak, this week, in total.
func statsRowsIn(tr *msg.Tr, s journal.Stats) [][2]string {
	return [][2]string{{tr.T("history.streak"), streakIn(tr, s.CurrentStreak, s.LongestStreak)},
		{tr.T("history.this_week"), totalsIn(tr, s.Week)}, {tr.T("history.in_total"), totalsIn(tr, s.Total)}}
}

// loggedSide is a side as the history logs it ("left"), in tr's language.
func loggedSide(tr *msg.Tr, side string) string {
	switch side {
	case "left":
		return tr.T("side.word_left")
	case "right":
		return tr.T("side.word_right")
	case "alternating":
		return tr.T("history.alternating")
	}
	return content.Sanitize(side)
}

// painNoteIn is "pain: Cat-cow (left)", or "" for a session without a pain stop.
func painNoteIn(tr *msg.Tr, lib *content.Library, e journal.Entry) string {
	if len(e.Pain) == 0 {
		return ""
	}
	names := make([]string, 0, len(e.Pain))
	for _, p := range e.Pain {
		s := exerciseName(lib, p.Exercise, p.Name)
		if p.Side != "" {
			s += " (" + loggedSide(tr, p.Side) + ")"
		}
		names = append(names, s)
	}
	return tr.T("history.pain_note", "What", strings.Join(names, ", "))
}

// painStopsIn lists the exercises stopped for sharp pain: "  Cat-cow (left)   2 times  last 3 Dec".
func painStopsIn(tr *msg.Tr, lib *content.Library, stops []journal.PainCount, loc *time.Location, w int) []string {
	names := make([]string, len(stops))
	counts := make([]string, len(stops))
	countW := 0
	for i, p := range stops {
		names[i] = exerciseName(lib, p.Exercise, p.Name)
		if len(p.Sides) > 0 {
			sides := make([]string, len(p.Sides))
			for j, s := range p.Sides {
				sides[j] = loggedSide(tr, s)
			}
			names[i] += " (" + strings.Join(sides, ", ") + ")"
		}
		counts[i] = tr.N("history.times", p.Count)
		countW = max(countW, text.Width(counts[i]))
	}
	out := make([]string, 0, len(stops))
	for i, p := range stops {
		last := tr.T("history.last", "Date", tr.Date(p.Last.In(loc)))
		nameW := max(min(40, w-(2+countW+2+text.Width(last)+1)), 8)
		out = append(out, fmt.Sprintf("  %s %s  %s", text.Pad(text.Clip(names[i], nameW), nameW), text.Pad(counts[i], countW), last))
	}
	return out
}

// bestsIn is the personal bests' table: a head and a row per exercise (and side).
func bestsIn(tr *msg.Tr, lib *content.Library, bests []journal.Best, w int) (head string, rows []string) {
	const nameMin = 16
	sparkHead, bestHead, holdHead := tr.T("history.latest_tests"), tr.T("history.best_max"), tr.T("history.hold")
	label := func(b journal.Best, w int) string {
		name := exerciseName(lib, b.Exercise, b.Name)
		if b.Side == "" {
			return text.Clip(name, w)
		}
		side := " (" + loggedSide(tr, b.Side) + ")"
		if text.Width(name+side) <= w {
			return name + side
		}
		// cut to the room the wider side leaves, so the left and right rows end alike
		widest := max(text.Width(side), text.Width(" ("+loggedSide(tr, "left")+")"), text.Width(" ("+loggedSide(tr, "right")+")"))
		if room := w - widest; room >= 4 {
			return text.Clip(name, room) + side
		}
		return text.Clip(name+side, w)
	}
	cells := func(b journal.Best, counts bool) (best, hold string) {
		best, hold = "—", "—"
		switch {
		case b.Tests > 0 && counts:
			best = text.Tenths(b.MaxS) + " · " + tr.N("history.tests", b.Tests)
		case b.Tests > 0:
			best = text.Tenths(b.MaxS)
		}
		if b.HoldS > 0 {
			hold = text.Seconds(b.HoldS)
		}
		return best, hold
	}
	widths := func(counts bool) (maxW, holdW, nameW int) {
		maxW, holdW = text.Width(bestHead), text.Width(holdHead)
		for _, b := range bests {
			best, hold := cells(b, counts)
			maxW, holdW = max(maxW, text.Width(best)), max(holdW, text.Width(hold))
			nameW = max(nameW, text.Width(label(b, 1<<10)))
		}
		return maxW, holdW, nameW
	}
	counts := true
	maxW, holdW, longest := widths(counts)
	if w-2-(1+maxW+1+holdW) < min(longest, nameMin) {
		counts = false
		maxW, holdW, longest = widths(counts)
	}
	tail := 1 + maxW + 1 + holdW
	spark := 1 + max(text.Width(sparkHead), journal.TrendTests)
	if w-2-tail-spark < min(longest, nameMin) {
		spark = 0
	}
	nameW := max(min(longest, w-2-tail-spark), 8)
	head = "  " + text.Pad("", nameW) + " " + text.Pad(bestHead, maxW) + " " + text.Pad(holdHead, holdW)
	if spark > 0 {
		head += " " + sparkHead
	}
	for _, b := range bests {
		best, hold := cells(b, counts)
		row := "  " + text.Pad(label(b, nameW), nameW) + " " + text.Pad(best, maxW) + " " + text.Pad(hold, holdW)
		if spark > 0 && len(b.Trend) > 1 {
			row += " " + journal.Sparkline(b.Trend)
		}
		rows = append(rows, strings.TrimRight(row, " "))
	}
	return strings.TrimRight(head, " "), rows
}

// trendRowsIn is the check-ins' table by week, the sparklines, the function goals, and what
// they show in sentences (trendSaysIn) with the caveat.
func trendRowsIn(tr *msg.Tr, t trend.Trends, w int) []string {
	if !t.Rated() {
		return nil
	}
	cols := []string{tr.T("history.col_week"), tr.T("history.col_pain"), tr.T("history.col_stiffness"), tr.T("history.col_sessions"), tr.T("history.col_stops")}
	widths := []int{7, 10, 10, 8, 0}
	for i, c := range cols {
		widths[i] = max(widths[i], text.Width(c))
	}
	weekOf := func(start string) string {
		if d, err := time.Parse(time.DateOnly, start); err == nil {
			return tr.Date(d)
		}
		return start
	}
	for _, wk := range t.Weeks {
		widths[0] = max(widths[0], text.Width(weekOf(wk.Start)))
	}
	row := func(cells ...string) string {
		var b strings.Builder
		b.WriteString(" ")
		for i, c := range cells {
			b.WriteString(" ")
			if i < len(cells)-1 {
				c = text.Pad(c, widths[i]) + " "
			}
			b.WriteString(c)
		}
		return strings.TrimRight(b.String(), " ")
	}
	rows := []string{row(cols...)}
	cell := func(r trend.Range) string {
		switch {
		case r.N == 0:
			return "—"
		case r.Min == r.Max:
			return trimDec(tr, r.Mean)
		}
		return fmt.Sprintf("%s (%d–%d)", trimDec(tr, r.Mean), r.Min, r.Max)
	}
	var pain, stiff, sess []float64
	for _, wk := range t.Weeks {
		mean := func(r trend.Range) float64 {
			if r.N == 0 {
				return -1
			}
			return r.Mean
		}
		pain, stiff, sess = append(pain, mean(wk.Pain)), append(stiff, mean(wk.Stiffness)), append(sess, float64(wk.Sessions))
		if wk.Pain.N == 0 && wk.Stiffness.N == 0 {
			continue
		}
		rows = append(rows, row(weekOf(wk.Start), cell(wk.Pain), cell(wk.Stiffness), fmt.Sprint(wk.Sessions), fmt.Sprint(wk.PainStops)))
	}
	most := 7.0
	for _, s := range sess {
		most = max(most, s)
	}
	labelW := max(text.Width(tr.T("history.spark_pain")), text.Width(tr.T("history.spark_stiffness")), text.Width(tr.T("history.spark_sessions")))
	rows = append(rows, "",
		"  "+text.Pad(tr.T("history.spark_pain"), labelW)+" "+text.Spark(pain, 0, 10)+"  "+tr.N("history.weeks_oldest_first", len(t.Weeks)),
		"  "+text.Pad(tr.T("history.spark_stiffness"), labelW)+" "+text.Spark(stiff, 0, 10),
		"  "+text.Pad(tr.T("history.spark_sessions"), labelW)+" "+text.Spark(sess, 0, most))
	if len(t.Goals) > 0 {
		rows = append(rows, "")
		rows = append(rows, text.Hang(tr.T("history.goals"), w, "  ", "  ")...)
		nameW := min(36, max(w/2-4, 10))
		for _, g := range t.Goals {
			var vals []float64
			for _, p := range g.Scores {
				vals = append(vals, float64(p.Score))
			}
			line := text.Spark(vals[max(0, len(vals)-12):], 0, 10) + "  " + tr.T("history.now", "N", g.Scores[len(g.Scores)-1].Score)
			rows = append(rows, "  "+text.Pad(text.Clip(content.Sanitize(g.Activity), nameW), nameW)+"  "+text.Clip(line, max(8, w-nameW-4)))
		}
	}
	if len(t.Says) > 0 {
		rows = append(rows, "")
		for _, s := range trendSaysIn(tr, t) {
			rows = append(rows, text.Hang(s, w, "  ", "    ")...)
		}
		rows = append(rows, text.Hang(tr.T("history.caveat"), w, "  ", "  ")...)
	}
	return rows
}

// trimDec writes f with one decimal, none when whole: "3", "3,5".
func trimDec(tr *msg.Tr, f float64) string {
	if f == float64(int(f)) {
		return tr.Dec(f, 0)
	}
	return tr.Dec(f, 1)
}
