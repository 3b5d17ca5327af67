package text

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/trend"
)

// The stats' words and rows in a language (limber stats, limber history): the ...In forms of
// stats.go's, which the coach's history screen still uses in English.

// LoggedSideIn is a side as the history logs it ("left", "right") in tr's language; any other
// word is shown as it is.
func LoggedSideIn(tr *msg.Tr, side string) string {
	switch side {
	case "left":
		return tr.T("side.word_left")
	case "right":
		return tr.T("side.word_right")
	}
	return side
}

// TotalsIn is Totals in tr's language: "4 sessions, 23 min (3 completed)".
func TotalsIn(tr *msg.Tr, t journal.Totals) string {
	mins := tr.T("stats.minutes", "N", t.Minutes)
	if t.Minutes == 0 && t.Sessions > 0 {
		mins = tr.T("stats.under_a_minute")
	}
	s := tr.N("stats.sessions", t.Sessions) + ", " + mins
	if t.Completed != t.Sessions {
		s += " " + tr.N("stats.completed", t.Completed)
	}
	return s
}

// StreakIn is Streak in tr's language: "3 days (longest 5 days)".
func StreakIn(tr *msg.Tr, current, longest int) string {
	s := tr.N("stats.days", current)
	switch {
	case longest > current:
		s += " " + tr.T("stats.longest", "Days", tr.N("stats.days", longest))
	case current > 0:
		s += " " + tr.T("stats.longest_yet")
	}
	return s
}

// SummaryIn is Summary in tr's language.
func SummaryIn(tr *msg.Tr, s journal.Stats) [][2]string {
	return [][2]string{{tr.T("stats.streak"), StreakIn(tr, s.CurrentStreak, s.LongestStreak)},
		{tr.T("stats.this_week"), TotalsIn(tr, s.Week)}, {tr.T("stats.in_total"), TotalsIn(tr, s.Total)}}
}

// painName is a pain stop's exercise and side: "Plank (left)".
func painName(tr *msg.Tr, name, exercise string, sides ...string) string {
	s := content.Sanitize(cmp.Or(name, exercise))
	var words []string
	for _, side := range sides {
		if side != "" {
			words = append(words, content.Sanitize(LoggedSideIn(tr, side)))
		}
	}
	if len(words) > 0 {
		s += " (" + strings.Join(words, ", ") + ")"
	}
	return s
}

// PainNoteIn is PainNote in tr's language: "pain: Plank (left), Cat-cow", or "".
func PainNoteIn(tr *msg.Tr, e journal.Entry) string {
	if len(e.Pain) == 0 {
		return ""
	}
	names := make([]string, 0, len(e.Pain))
	for _, p := range e.Pain {
		names = append(names, painName(tr, p.Name, p.Exercise, p.Side))
	}
	return tr.T("stats.pain_note", "Names", strings.Join(names, ", "))
}

// PainStopsIn is PainStops in tr's language, dates as the language writes them.
func PainStopsIn(tr *msg.Tr, stops []journal.PainCount, loc *time.Location, w int) []string {
	date := func(t time.Time) string { return t.Format("2006-01-02") }
	dateW := 10
	if w < 60 {
		date, dateW = tr.Date, 6
	}
	timesW, lastW := 8, 5+dateW
	for _, p := range stops {
		timesW = max(timesW, Width(tr.N("stats.times", p.Count)))
		lastW = max(lastW, Width(tr.T("stats.last", "Date", date(p.Last.In(loc)))))
	}
	nameW := max(min(40, w-(2+timesW+2+lastW)), 8)
	out := make([]string, 0, len(stops))
	for _, p := range stops {
		name := painName(tr, p.Name, p.Exercise, p.Sides...)
		times := tr.N("stats.times", p.Count)
		out = append(out, fmt.Sprintf("  %s %s%s  %s", Pad(name, nameW), strings.Repeat(" ", timesW-Width(times)), times,
			tr.T("stats.last", "Date", date(p.Last.In(loc)))))
	}
	return out
}

// BestsIn is Bests in tr's language.
func BestsIn(tr *msg.Tr, bests []journal.Best, w int) (head string, rows []string) {
	words := bestWords{best: tr.T("stats.best_max"), hold: tr.T("stats.hold"), latest: tr.T("stats.latest_tests"),
		tests: func(n int) string { return tr.N("stats.tests", n) }, side: func(s string) string { return LoggedSideIn(tr, s) }}
	return bestsWith(words, bests, w)
}

// HeatWordsIn are the heatmap's words in tr's language.
func HeatWordsIn(tr *msg.Tr) journal.HeatWords {
	return journal.HeatWords{
		Days: [7]string{tr.T("stats.day.mon"), tr.T("stats.day.tue"), tr.T("stats.day.wed"), tr.T("stats.day.thu"),
			tr.T("stats.day.fri"), tr.T("stats.day.sat"), tr.T("stats.day.sun")},
		Month: func(t time.Time) string { return tr.Month(t.Month()) },
		None:  tr.T("stats.none"),
	}
}

// TrendRowsIn is TrendRows in tr's language, what the numbers show worded by trend.SayIn.
func TrendRowsIn(tr *msg.Tr, t trend.Trends, spark bool, w int) []string {
	dayMonth := func(d string) string {
		day, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return d
		}
		return tr.Date(day)
	}
	num := func(f float64) string { return strings.TrimSuffix(tr.Dec(f, 1), tr.T("num.decimal")+"0") }
	words := trendWords{week: tr.T("trend.week"), pain: tr.T("trend.pain"), stiffness: tr.T("trend.stiffness"),
		sessions: tr.T("trend.sessions"), breaks: tr.T("trend.breaks"), stops: tr.T("trend.stops"),
		painLine: tr.T("trend.pain_line"), stiffLine: tr.T("trend.stiffness_line"), sessLine: tr.T("trend.sessions_line"),
		oldestFirst: func(n int) string { return tr.N("trend.oldest_first", n) },
		goalsHead:   tr.T("trend.goals"),
		now:         func(n int) string { return tr.T("trend.now", "N", n) },
		dayMonth:    dayMonth, num: num}
	words.says, words.caveat = trend.SayIn(t, tr), trend.CaveatIn(tr)
	return trendRowsWith(words, t, spark, w)
}

// TrendHeadingIn is TrendHeading in tr's language.
func TrendHeadingIn(tr *msg.Tr) string { return tr.T("trend.heading") }
