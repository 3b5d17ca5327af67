package tui

import (
	"math"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
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
