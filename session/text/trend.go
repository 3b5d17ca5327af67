package text

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/trend"
)

// TrendHeading heads the trends wherever they are shown.
const TrendHeading = "How your back is doing (your check-ins, 0–10)"

// trendBreaksWidth is the narrowest width that shows the breaks per working day column.
const trendBreaksWidth = 66

// TrendRows are the trends as the command line and the coach's history screen show them, w
// columns wide: one row per week that has a rating or a session (week, pain and stiffness as
// mean and range, completed sessions, breaks per working day when w has room, sharp-pain stops), then — when spark — a sparkline per
// measure across the weeks (· for a week without), each function goal's scores, and what the
// numbers show and do not. Without spark (plain output) every figure is a number.
func TrendRows(t trend.Trends, spark bool, w int) []string {
	var rows []string
	breaks := w >= trendBreaksWidth // the breaks column, when it fits
	if t.Rated() {
		head := "  WEEK OF  PAIN        STIFFNESS   SESSIONS  STOPS"
		if breaks {
			head = "  WEEK OF  PAIN        STIFFNESS   SESSIONS  BREAKS/WORKDAY  STOPS"
		}
		rows = append(rows, head)
	}
	for _, wk := range t.Weeks {
		if wk.Pain.N == 0 && wk.Stiffness.N == 0 || !t.Rated() {
			continue
		}
		row := fmt.Sprintf("  %-7s  %-10s  %-10s  %-8d  %d", dayMonth(wk.Start), rangeCell(wk.Pain), rangeCell(wk.Stiffness), wk.Sessions, wk.PainStops)
		if breaks {
			row = fmt.Sprintf("  %-7s  %-10s  %-10s  %-8d  %-14s  %d", dayMonth(wk.Start), rangeCell(wk.Pain), rangeCell(wk.Stiffness), wk.Sessions, num(wk.BreaksPerWorkday()), wk.PainStops)
		}
		rows = append(rows, row)
	}
	if spark && t.Rated() {
		var pain, stiff, sess []float64
		for _, wk := range t.Weeks {
			pain = append(pain, meanOr(wk.Pain))
			stiff = append(stiff, meanOr(wk.Stiffness))
			sess = append(sess, float64(wk.Sessions))
		}
		rows = append(rows, "",
			fmt.Sprintf("  %-10s %s  (%d weeks, oldest first)", "pain", Spark(pain, 0, 10), len(t.Weeks)),
			fmt.Sprintf("  %-10s %s", "stiffness", Spark(stiff, 0, 10)),
			fmt.Sprintf("  %-10s %s", "sessions", Spark(sess, 0, maxOf(sess, 7))))
	}
	if len(t.Goals) > 0 {
		rows = append(rows, "", "  Function goals (0 cannot, 10 as before)")
		for _, g := range t.Goals {
			var scores []string
			var vals []float64
			for _, p := range g.Scores {
				scores = append(scores, fmt.Sprint(p.Score))
				vals = append(vals, float64(p.Score))
			}
			line := strings.Join(scores, " ")
			if spark {
				line = Spark(vals[max(0, len(vals)-12):], 0, 10) + "  " + fmt.Sprintf("%d now", g.Scores[len(g.Scores)-1].Score)
			}
			rows = append(rows, "  "+Pad(Clip(content.Sanitize(g.Activity), 36), 36)+"  "+Clip(line, max(8, w-40)))
		}
	}
	if len(t.Says) > 0 {
		rows = append(rows, "")
		for _, s := range t.Says {
			rows = append(rows, Hang(s, w, "  ", "    ")...)
		}
		rows = append(rows, Hang(t.Caveat, w, "  ", "  ")...)
	}
	return rows
}

// rangeCell is "5.5 (5–6)", "7", or "—" for no rating.
func rangeCell(r trend.Range) string {
	switch {
	case r.N == 0:
		return "—"
	case r.Min == r.Max:
		return num(r.Mean)
	}
	return fmt.Sprintf("%s (%d–%d)", num(r.Mean), r.Min, r.Max)
}

func num(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }

// meanOr is a range's mean, -1 when it has none.
func meanOr(r trend.Range) float64 {
	if r.N == 0 {
		return -1
	}
	return r.Mean
}

func maxOf(v []float64, least float64) float64 {
	m := least
	for _, x := range v {
		m = max(m, x)
	}
	return m
}

// Spark draws values from lo to hi as block characters, oldest first; a negative value (none)
// is a ·.
func Spark(values []float64, lo, hi float64) string {
	bars := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, v := range values {
		if v < 0 {
			b.WriteRune('·')
			continue
		}
		i := 0
		if hi > lo {
			i = int((v-lo)/(hi-lo)*float64(len(bars)-1) + 0.5)
		}
		b.WriteRune(bars[max(0, min(len(bars)-1, i))])
	}
	return b.String()
}

// dayMonth is "19 Oct" for a YYYY-MM-DD date.
func dayMonth(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("2 Jan")
}
