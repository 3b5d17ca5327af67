package journal

import (
	"fmt"
	"strings"
	"time"
)

// HeatCell draws one heatmap day as plain text: a dot for none, then lighter to darker blocks
// for 1, 2, 3 and 4 or more completed sessions. Each cell is two columns wide, so it looks
// square.
func HeatCell(n int) string {
	return [...]string{"· ", "░░", "▒▒", "▓▓", "██"}[min(max(n, 0), 4)]
}

// heatMargin is the day-name margin in front of the heatmap's cells, "  Mon ".
const heatMargin = 6

// HeatmapWidth is how many columns HeatmapRows needs for weeks weeks.
func HeatmapWidth(weeks int) int { return heatMargin + 3*max(weeks, 1) - 1 }

// HeatmapRows lays out the latest weeks of the stats' heatmap (at most all of it, at least
// one) as text rows: the month names, one row per weekday (Monday first) with the weeks as
// columns, and a legend. Each month's name sits above the week that holds its first day; days
// after today are left blank. cell draws one day (HeatCell, or a styled version of it — two
// columns wide). It returns nil when the heatmap is empty.
func HeatmapRows(s Stats, weeks int, cell func(n int) string) []string {
	return HeatmapRowsIn(s, weeks, cell, HeatWords{
		Days:  [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
		Month: func(t time.Time) string { return t.Format("Jan") },
		None:  "none",
	})
}

// HeatWords are the heatmap's words in a language: the weekdays (Monday first, at most three
// columns each), a month's short name, and the legend's word for no session.
type HeatWords struct {
	Days  [7]string
	Month func(time.Time) string
	None  string
}

// HeatmapRowsIn is HeatmapRows with the words of a language.
func HeatmapRowsIn(s Stats, weeks int, cell func(n int) string, words HeatWords) []string {
	const cellW = 3 // a cell and the space after it
	from, err := time.Parse(time.DateOnly, s.Heatmap.From)
	if err != nil || len(s.Heatmap.Days) == 0 {
		return nil
	}
	today, _ := time.Parse(time.DateOnly, s.Today)
	weeks = max(min(weeks, len(s.Heatmap.Days)), 1)
	skip := len(s.Heatmap.Days) - weeks
	from = from.AddDate(0, 0, 7*skip)
	margin := strings.Repeat(" ", heatMargin)

	// Month labels, placed right to left so that a label never runs into the next one.
	labels := []rune(strings.Repeat(" ", weeks*cellW))
	next := len(labels) + 1
	for c := weeks - 1; c >= 0; c-- {
		monday := from.AddDate(0, 0, 7*c)
		sunday := monday.AddDate(0, 0, 6)
		if c > 0 && sunday.Month() == monday.Month() && monday.Day() != 1 {
			continue // no month starts this week
		}
		month := []rune(words.Month(sunday))
		if pos := c * cellW; pos+len(month) < next && pos+len(month) <= len(labels) {
			copy(labels[pos:], month)
			next = pos
		}
	}
	out := []string{margin + strings.TrimRight(string(labels), " ")}
	for d, day := range words.Days {
		var b strings.Builder
		b.WriteString("  " + day + strings.Repeat(" ", max(0, 3-len([]rune(day)))))
		for c := range weeks {
			if from.AddDate(0, 0, 7*c+d).After(today) {
				break
			}
			b.WriteString(" " + cell(s.Heatmap.Days[skip+c][d]))
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	legend := fmt.Sprintf("%s%s %s  %s 1  %s 2  %s 3  %s 4+", margin, cell(0), words.None, cell(1), cell(2), cell(3), cell(4))
	return append(out, legend)
}

// sparks are the sparkline's eight heights, lowest first.
const sparks = "▁▂▃▄▅▆▇█"

// Sparkline draws values as one block character each, scaled from the smallest (▁) to the
// largest (█); when all are equal, each is a middle block. It returns "" for no values.
func Sparkline(values []float64) string {
	if len(values) == 0 {
		return ""
	}
	lo, hi := values[0], values[0]
	for _, v := range values {
		lo, hi = min(lo, v), max(hi, v)
	}
	heights := []rune(sparks)
	var b strings.Builder
	for _, v := range values {
		i := 4
		if hi > lo {
			i = int((v-lo)/(hi-lo)*float64(len(heights)-1) + 0.5)
		}
		b.WriteRune(heights[i])
	}
	return b.String()
}

// Clock formats seconds as M:SS ("1:05"), rounded to the second.
func Clock(s float64) string {
	secs := int(max(s, 0) + 0.5)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// ClockTenths formats seconds as M:SS.s ("0:42.3"), cut down to the tenth, as a max test's
// result is logged and compared (so a best of 4.45 s reads 0:04.4 everywhere).
func ClockTenths(s float64) string {
	t := int64(max(s, 0)*10 + 1e-6)
	return fmt.Sprintf("%d:%02d.%d", t/600, t/10%60, t%10)
}
