// Package trend puts what a person reported (check-ins, function goals) beside what they did
// (sessions, pain stops), week by week, and says in plain words what the numbers show — and
// that they do not show what caused what. It is pure: entries and the time come in.
package trend

import (
	"math"
	"slices"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
)

// Weeks is how many weeks the trends cover by default, the current one last (as the heatmap).
const Weeks = 12

// BusyWeek is how many sessions make a week one "with 4+ sessions" in the summary.
const BusyWeek = 4

// Range is a set of 0–10 ratings: how many, their mean and range. N 0 means none.
type Range struct {
	N    int     `json:"n"`
	Mean float64 `json:"mean"`
	Min  int     `json:"min"`
	Max  int     `json:"max"`
}

func (r *Range) add(v int) {
	if r.N == 0 || v < r.Min {
		r.Min = v
	}
	if r.N == 0 || v > r.Max {
		r.Max = v
	}
	r.Mean = (r.Mean*float64(r.N) + float64(v)) / float64(r.N+1)
	r.N++
}

// Week is one Monday-to-Sunday week.
type Week struct {
	// Start is its Monday, YYYY-MM-DD.
	Start     string `json:"start"`
	Pain      Range  `json:"pain"`
	Stiffness Range  `json:"stiffness"`
	// Sessions counts the completed sessions; Days the days with one; PainStops the sharp-pain
	// reports.
	Sessions  int `json:"sessions"`
	Days      int `json:"days"`
	PainStops int `json:"pain_stops"`
	// Breaks counts every session (routines and quick timers, finished or not) started on a
	// working day, Monday to Friday; Workdays the working days of the week up to now.
	Breaks   int `json:"breaks"`
	Workdays int `json:"workdays"`
}

// BreaksPerWorkday is the breaks taken per working day of the week, to one decimal (0 for a
// week with none yet).
func (w Week) BreaksPerWorkday() float64 {
	if w.Workdays == 0 {
		return 0
	}
	return round1(float64(w.Breaks) / float64(w.Workdays))
}

// Point is one rating of a goal.
type Point struct {
	Date  string `json:"date"`
	Score int    `json:"score"`
}

// Goal is one function goal's ratings, oldest first.
type Goal struct {
	ID       string  `json:"id"`
	Activity string  `json:"activity"`
	Scores   []Point `json:"scores"`
}

// Trends are the weekly numbers and what they say.
type Trends struct {
	// Weeks are the weeks covered, oldest first, the current one last.
	Weeks []Week `json:"weeks"`
	// Goals are the function goals rated in that time, in the order first rated.
	Goals []Goal `json:"goals"`
	// Says is what the numbers show, in plain sentences; Caveat what they do not.
	Says   []string `json:"says"`
	Caveat string   `json:"caveat"`
}

// Compute puts the entries (sessions and the other kinds, in any order) into the weeks of
// loc's calendar ending with now's, weeks of them.
func Compute(entries []journal.Entry, now time.Time, loc *time.Location, weeks int) Trends {
	if weeks <= 0 {
		weeks = Weeks
	}
	today := dayNumber(now, loc)
	first := today - weekday(today) - 7*(weeks-1)
	t := Trends{Weeks: make([]Week, weeks), Goals: []Goal{}, Says: []string{}}
	days := make([]map[int]bool, weeks)
	for w := range t.Weeks {
		t.Weeks[w].Start = date(first + 7*w)
		days[w] = map[int]bool{}
	}
	goals := map[string]int{}
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b journal.Entry) int { return a.Started.Compare(b.Started) })
	for _, e := range sorted {
		n := dayNumber(e.Started, loc)
		w := (n - first) / 7
		if n < first || w >= weeks {
			continue
		}
		wk := &t.Weeks[w]
		switch {
		case e.Kind == journal.KindCheckin && e.Checkin != nil:
			if e.Checkin.Pain != nil {
				wk.Pain.add(*e.Checkin.Pain)
			}
			if e.Checkin.Stiffness != nil {
				wk.Stiffness.add(*e.Checkin.Stiffness)
			}
		case e.Kind == journal.KindFunction:
			for _, s := range e.Function {
				i, ok := goals[s.Goal]
				if !ok {
					i = len(t.Goals)
					goals[s.Goal] = i
					t.Goals = append(t.Goals, Goal{ID: s.Goal})
				}
				t.Goals[i].Activity = s.Activity
				t.Goals[i].Scores = append(t.Goals[i].Scores, Point{Date: date(n), Score: s.Score})
			}
		case journal.SessionKind(e.Kind):
			wk.PainStops += len(e.Pain)
			if weekday(n) < 5 {
				wk.Breaks++
			}
			if e.Completed() {
				wk.Sessions++
				days[w][n] = true
			}
		}
	}
	for w := range t.Weeks {
		t.Weeks[w].Workdays = min(5, today-(first+7*w)+1)
		t.Weeks[w].Days = len(days[w])
		t.Weeks[w].Pain.Mean = round1(t.Weeks[w].Pain.Mean)
		t.Weeks[w].Stiffness.Mean = round1(t.Weeks[w].Stiffness.Mean)
	}
	// What the trends say stays in English here: it is part of limber stats --json. A report
	// or a screen says it in the person's language with SayIn and CaveatIn.
	en := msg.New(lang.English)
	t.Says, t.Caveat = SayIn(t, en), CaveatIn(en)
	return t
}

// Rated reports whether t has any rating at all.
func (t Trends) Rated() bool {
	for _, w := range t.Weeks {
		if w.Pain.N > 0 || w.Stiffness.N > 0 {
			return true
		}
	}
	return len(t.Goals) > 0
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// dayNumber is t's calendar date in loc as days since 1970-01-01.
func dayNumber(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// weekday is 0 for Monday … 6 for Sunday.
func weekday(n int) int { return ((n+3)%7 + 7) % 7 }

func date(n int) string { return time.Unix(int64(n)*86400, 0).UTC().Format(time.DateOnly) }
