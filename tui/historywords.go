package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/session/trend"
)

// The history screen's trend table in the person's language; the other rows of the screen come
// from session/text, as `limber stats`'s do.

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
