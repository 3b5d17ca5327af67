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

// The stats' words and rows in a language, built once for `limber stats` and the coach's history
// screen: the ...In forms of stats.go's.

// Namer names a logged exercise by its id in the reader's language, else as logged (logged is
// the name the history kept, "" for none). A nil Namer shows the name as logged, else the id.
type Namer func(id, logged string) string

// name is id's name by n, sanitized.
func (n Namer) name(id, logged string) string {
	if n == nil {
		return content.Sanitize(cmp.Or(logged, id))
	}
	return content.Sanitize(n(id, logged))
}

// LoggedSideIn is a side as the history logs it ("left", "right", "alternating") in tr's
// language; any other word is shown as it is, sanitized.
func LoggedSideIn(tr *msg.Tr, side string) string {
	switch side {
	case "left":
		return tr.T("side.word_left")
	case "right":
		return tr.T("side.word_right")
	case "alternating":
		return tr.T("stats.alternating")
	}
	return content.Sanitize(side)
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
func painName(tr *msg.Tr, names Namer, name, exercise string, sides ...string) string {
	s := names.name(exercise, name)
	var words []string
	for _, side := range sides {
		if side != "" {
			words = append(words, LoggedSideIn(tr, side))
		}
	}
	if len(words) > 0 {
		s += " (" + strings.Join(words, ", ") + ")"
	}
	return s
}

// PainNoteIn is PainNote in tr's language, exercises named by names: "pain: Plank (left),
// Cat-cow", or "".
func PainNoteIn(tr *msg.Tr, names Namer, e journal.Entry) string {
	if len(e.Pain) == 0 {
		return ""
	}
	words := make([]string, 0, len(e.Pain))
	for _, p := range e.Pain {
		words = append(words, painName(tr, names, p.Name, p.Exercise, p.Side))
	}
	return tr.T("stats.pain_note", "Names", strings.Join(words, ", "))
}

// PainStopsIn are the rows of the exercises sharp pain stopped, in w cells, in tr's language:
// the name (and sides) by names, cut to fit, how often, and when last ("last 20 Nov"), dates in
// loc.
func PainStopsIn(tr *msg.Tr, names Namer, stops []journal.PainCount, loc *time.Location, w int) []string {
	counts := make([]string, len(stops))
	countW := 0
	for i, p := range stops {
		counts[i] = tr.N("stats.times", p.Count)
		countW = max(countW, Width(counts[i]))
	}
	out := make([]string, 0, len(stops))
	for i, p := range stops {
		last := tr.T("stats.last", "Date", tr.Date(p.Last.In(loc)))
		nameW := max(min(40, w-(2+countW+2+Width(last)+1)), 8)
		name := painName(tr, names, p.Name, p.Exercise, p.Sides...)
		out = append(out, fmt.Sprintf("  %s %s  %s", Pad(Clip(name, nameW), nameW), Pad(counts[i], countW), last))
	}
	return out
}

// BestsIn is Bests in tr's language, exercises named by names.
func BestsIn(tr *msg.Tr, names Namer, bests []journal.Best, w int) (head string, rows []string) {
	words := bestWords{best: tr.T("stats.best_max"), hold: tr.T("stats.hold"), latest: tr.T("stats.latest_tests"),
		tests: func(n int) string { return tr.N("stats.tests", n) }, side: func(s string) string { return LoggedSideIn(tr, s) },
		names: names}
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

// HeatmapIn is the heatmap of completed sessions per day in tr's language: its heading ("Last
// 12 weeks, …") and rows, the latest weeks of s (at most weeks, as many as fit in w cells), each
// day drawn by cell (journal.HeatCell, or a styled version of it).
func HeatmapIn(tr *msg.Tr, s journal.Stats, weeks, w int, cell func(n int) string) (head string, rows []string) {
	if len(s.Heatmap.Days) > 0 {
		weeks = min(weeks, len(s.Heatmap.Days))
	}
	for weeks > 1 && journal.HeatmapWidth(weeks) > w {
		weeks--
	}
	return tr.N("stats.heatmap", weeks), journal.HeatmapRowsIn(s, weeks, cell, HeatWordsIn(tr))
}
