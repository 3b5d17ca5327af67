package trend

import (
	"math"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/msg"
)

// SayIn puts the trends into sentences in tr's language: how pain, stiffness and each goal
// moved from the first week (or rating) to the last, and pain in the weeks with BusyWeek or
// more sessions against the others.
func SayIn(t Trends, tr *msg.Tr) []string {
	out := []string{}
	for _, m := range []struct {
		id string
		of func(Week) Range
	}{{"pain", func(w Week) Range { return w.Pain }}, {"stiffness", func(w Week) Range { return w.Stiffness }}} {
		var rated []Week
		n := 0
		for _, w := range t.Weeks {
			if m.of(w).N > 0 {
				rated = append(rated, w)
				n += m.of(w).N
			}
		}
		switch {
		case len(rated) == 1:
			out = append(out, tr.T("report.says."+m.id+"_one_week", "Mean", num(tr, m.of(rated[0]).Mean),
				"Week", short(tr, rated[0].Start), "Ratings", tr.N("report.ratings", n)))
		case len(rated) > 1:
			a, b := rated[0], rated[len(rated)-1]
			out = append(out, tr.T("report.says."+m.id+"_trend", "From", num(tr, m.of(a).Mean), "To", num(tr, m.of(b).Mean),
				"Weeks", tr.N("report.weeks", weeksBetween(a.Start, b.Start)), "Ratings", tr.N("report.ratings", n)))
		}
	}
	var busy, other Range
	nb, no := 0, 0
	for _, w := range t.Weeks {
		if w.Pain.N == 0 {
			continue
		}
		if w.Sessions >= BusyWeek {
			busy.add(int(math.Round(w.Pain.Mean * 10)))
			nb++
		} else {
			other.add(int(math.Round(w.Pain.Mean * 10)))
			no++
		}
	}
	if nb > 0 && no > 0 {
		out = append(out, tr.T("report.says.busy", "Busy", num(tr, busy.Mean/10), "Min", BusyWeek, "BusyWeeks", tr.N("report.weeks", nb),
			"Other", num(tr, other.Mean/10), "OtherWeeks", tr.N("report.weeks", no)))
	}
	for _, g := range t.Goals {
		s := g.Scores
		if len(s) > 1 {
			out = append(out, tr.T("report.says.goal", "Activity", g.Activity, "From", s[0].Score, "To", s[len(s)-1].Score,
				"FromDate", short(tr, s[0].Date), "ToDate", short(tr, s[len(s)-1].Date)))
		}
	}
	return out
}

// CaveatIn is what the trends do not show, said under every trend, in tr's language.
func CaveatIn(tr *msg.Tr) string { return tr.T("report.caveat") }

// AdherenceIn sums up the weeks' sessions in tr's language: sessions per week on average, and
// the pain stops.
func AdherenceIn(t Trends, tr *msg.Tr) string {
	total, stops, active := 0, 0, 0
	for _, w := range t.Weeks {
		total += w.Sessions
		stops += w.PainStops
		if w.Sessions > 0 {
			active++
		}
	}
	return tr.T("report.adherence", "Sessions", tr.N("report.sessions_completed", total), "Weeks", tr.N("report.weeks", len(t.Weeks)),
		"PerWeek", num(tr, float64(total)/float64(max(1, len(t.Weeks)))), "Active", active, "Stops", tr.N("report.pain_stops", stops))
}

// num is a mean with one decimal, none when whole: "2.5", "7", German "2,5".
func num(tr *msg.Tr, f float64) string {
	return strings.TrimSuffix(tr.Dec(f, 1), tr.T("num.decimal")+"0")
}

// weeksBetween is how many weeks from the Monday a to the Monday b, counting both.
func weeksBetween(a, b string) int {
	ta, _ := time.Parse(time.DateOnly, a)
	tb, _ := time.Parse(time.DateOnly, b)
	return int(tb.Sub(ta).Hours()/24/7) + 1
}

// short is "12 Oct" (German "12. Okt.") for a YYYY-MM-DD date.
func short(tr *msg.Tr, d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return tr.Date(t)
}
