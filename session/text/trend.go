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
	return trendRowsWith(englishTrend, t, spark, w)
}

// trendWords are the trends' words in one language.
type trendWords struct {
	// week, pain, stiffness, sessions, breaks and stops head the table's columns (at most 7,
	// 10, 10, 8, 14 and any).
	week, pain, stiffness, sessions, breaks, stops string
	// painLine, stiffLine and sessLine label the sparklines (at most 10 columns).
	painLine, stiffLine, sessLine string
	oldestFirst                   func(weeks int) string
	goalsHead                     string
	now                           func(score int) string
	dayMonth                      func(d string) string
	num                           func(f float64) string
	says                          []string
	caveat                        string
}

// englishTrend are the trends' words in English (the coach's screen, until it moves to
// TrendRowsIn); says and caveat come from the trends.
var englishTrend = trendWords{week: "WEEK OF", pain: "PAIN", stiffness: "STIFFNESS", sessions: "SESSIONS",
	breaks: "BREAKS/WORKDAY", stops: "STOPS", painLine: "pain", stiffLine: "stiffness", sessLine: "sessions",
	oldestFirst: func(n int) string { return fmt.Sprintf("(%d weeks, oldest first)", n) },
	goalsHead:   "Function goals (0 cannot, 10 as before)",
	now:         func(n int) string { return fmt.Sprintf("%d now", n) },
	dayMonth:    dayMonth, num: num, says: nil}

func trendRowsWith(words trendWords, t trend.Trends, spark bool, w int) []string {
	if words.says == nil {
		words.says, words.caveat = t.Says, t.Caveat
	}
	var rows []string
	breaks := w >= trendBreaksWidth // the breaks column, when it fits
	weekW := 7                      // as wide as its widest date, in a language that writes them longer
	for _, wk := range t.Weeks {
		weekW = max(weekW, Width(words.dayMonth(wk.Start)))
	}
	if t.Rated() {
		head := fmt.Sprintf("  %s  %s  %s  %s  ", Pad(words.week, weekW), Pad(words.pain, 10), Pad(words.stiffness, 10), Pad(words.sessions, 8))
		if breaks {
			head += Pad(words.breaks, 14) + "  "
		}
		rows = append(rows, head+words.stops)
	}
	for _, wk := range t.Weeks {
		if wk.Pain.N == 0 && wk.Stiffness.N == 0 || !t.Rated() {
			continue
		}
		day := Pad(words.dayMonth(wk.Start), weekW)
		row := fmt.Sprintf("  %s  %-10s  %-10s  %-8d  %d", day, rangeCell(words, wk.Pain), rangeCell(words, wk.Stiffness), wk.Sessions, wk.PainStops)
		if breaks {
			row = fmt.Sprintf("  %s  %-10s  %-10s  %-8d  %-14s  %d", day, rangeCell(words, wk.Pain), rangeCell(words, wk.Stiffness), wk.Sessions, words.num(wk.BreaksPerWorkday()), wk.PainStops)
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
			fmt.Sprintf("  %s %s  %s", Pad(words.painLine, 10), Spark(pain, 0, 10), words.oldestFirst(len(t.Weeks))),
			fmt.Sprintf("  %s %s", Pad(words.stiffLine, 10), Spark(stiff, 0, 10)),
			fmt.Sprintf("  %s %s", Pad(words.sessLine, 10), Spark(sess, 0, maxOf(sess, 7))))
	}
	if len(t.Goals) > 0 {
		rows = append(rows, "")
		rows = append(rows, Hang(words.goalsHead, w, "  ", "  ")...)
		nameW := min(36, max(w/2-4, 10)) // half a narrow screen
		for _, g := range t.Goals {
			var scores []string
			var vals []float64
			for _, p := range g.Scores {
				scores = append(scores, fmt.Sprint(p.Score))
				vals = append(vals, float64(p.Score))
			}
			line := strings.Join(scores, " ")
			if spark {
				line = Spark(vals[max(0, len(vals)-12):], 0, 10) + "  " + words.now(g.Scores[len(g.Scores)-1].Score)
			}
			rows = append(rows, "  "+Pad(Clip(content.Sanitize(g.Activity), nameW), nameW)+"  "+Clip(line, max(8, w-nameW-4)))
		}
	}
	if len(words.says) > 0 {
		rows = append(rows, "")
		for _, s := range words.says {
			rows = append(rows, Hang(s, w, "  ", "    ")...)
		}
		rows = append(rows, Hang(words.caveat, w, "  ", "  ")...)
	}
	return rows
}

// rangeCell is "5.5 (5–6)", "7", or "—" for no rating.
func rangeCell(words trendWords, r trend.Range) string {
	switch {
	case r.N == 0:
		return "—"
	case r.Min == r.Max:
		return words.num(r.Mean)
	}
	return fmt.Sprintf("%s (%d–%d)", words.num(r.Mean), r.Min, r.Max)
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
