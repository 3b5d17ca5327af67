package tui

import (
	"math"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/session/trend"
)

// suggestionIn says why a routine is suggested today, in tr's language, from the suggestion's
// facts (adapt words its Reason in English for the command line).
func suggestionIn(tr *msg.Tr, sg adapt.Suggestion) string {
	at := sg.At.Format("15:04")
	switch sg.Why {
	case adapt.WhyAtDesk:
		return tr.T("reason.at_desk", "Time", at)
	case adapt.WhyBreakDue:
		return tr.T("reason.break_due")
	case adapt.WhyBreakDueSince:
		return tr.T("reason.break_due_since", "Time", at)
	case adapt.WhyRestDay:
		if sg.Days == 0 {
			return tr.T("reason.rest_day_today", "Name", sg.Name)
		}
		return tr.T("reason.rest_day_yesterday", "Name", sg.Name)
	case adapt.WhyLastDone:
		return tr.T("reason.last_done", "When", daysAgoIn(tr, sg.Days))
	case adapt.WhyStrength:
		return tr.T("reason.strength")
	case adapt.WhyNothingToday:
		return tr.T("reason.nothing_today")
	case adapt.WhyDaily:
		return tr.T("reason.daily")
	}
	return sg.Reason
}

// daysAgoIn is "today", "yesterday" or "3 days ago".
func daysAgoIn(tr *msg.Tr, n int) string {
	switch n {
	case 0:
		return tr.T("reason.today")
	case 1:
		return tr.T("reason.yesterday")
	}
	return tr.N("reason.days_ago", n)
}

// trendSaysIn says in sentences what the check-ins show, in tr's language (session/trend
// says it in English for `limber report`): the pain and the stiffness over the weeks, pain in
// busy weeks against the others, and each goal from its first score to its latest.
func trendSaysIn(tr *msg.Tr, t trend.Trends) []string {
	var out []string
	day := func(d string) string {
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			return tr.Date(t)
		}
		return d
	}
	for _, m := range []struct {
		what string
		of   func(trend.Week) trend.Range
	}{{tr.T("reason.trend_pain"), func(w trend.Week) trend.Range { return w.Pain }},
		{tr.T("reason.trend_stiffness"), func(w trend.Week) trend.Range { return w.Stiffness }}} {
		var rated []trend.Week
		n := 0
		for _, w := range t.Weeks {
			if m.of(w).N > 0 {
				rated = append(rated, w)
				n += m.of(w).N
			}
		}
		switch {
		case len(rated) == 1:
			out = append(out, tr.N("reason.trend_one_week", n, "What", m.what, "Mean", trimDec(tr, m.of(rated[0]).Mean), "Week", day(rated[0].Start)))
		case len(rated) > 1:
			a, b := rated[0], rated[len(rated)-1]
			ta, _ := time.Parse(time.DateOnly, a.Start)
			tb, _ := time.Parse(time.DateOnly, b.Start)
			weeks := int(tb.Sub(ta).Hours()/24/7) + 1
			out = append(out, tr.N("reason.trend_weeks", n, "What", m.what, "From", trimDec(tr, m.of(a).Mean), "To", trimDec(tr, m.of(b).Mean),
				"Weeks", tr.N("reason.weeks", weeks)))
		}
	}
	var busy, other []float64
	for _, w := range t.Weeks {
		switch {
		case w.Pain.N == 0:
		case w.Sessions >= trend.BusyWeek:
			busy = append(busy, w.Pain.Mean)
		default:
			other = append(other, w.Pain.Mean)
		}
	}
	if len(busy) > 0 && len(other) > 0 {
		out = append(out, tr.T("reason.trend_busy", "Busy", trimDec(tr, roundMean(busy)), "N", trend.BusyWeek,
			"BusyWeeks", tr.N("reason.weeks", len(busy)), "Other", trimDec(tr, roundMean(other)), "OtherWeeks", tr.N("reason.weeks", len(other))))
	}
	for _, g := range t.Goals {
		if s := g.Scores; len(s) > 1 {
			out = append(out, tr.T("reason.trend_goal", "What", g.Activity, "From", s[0].Score, "To", s[len(s)-1].Score,
				"Since", day(s[0].Date), "Until", day(s[len(s)-1].Date)))
		}
	}
	return out
}

// roundMean is the mean of the weekly means, each taken to one decimal, as trend averages them.
func roundMean(v []float64) float64 {
	sum := 0.0
	for _, x := range v {
		sum += math.Round(x * 10)
	}
	return sum / float64(len(v)) / 10
}

// refusalIn says why a routine (or a quick timer's exercise) may not start, in tr's
// language: the command line's wording (text.RefusalIn), one for every door.
func refusalIn(tr *msg.Tr, ref *policy.Refusal) string {
	return content.Sanitize(text.RefusalIn(tr, ref))
}
