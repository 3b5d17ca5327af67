package journal

import (
	"cmp"
	"slices"
	"time"
)

// HeatmapWeeks is how many weeks the heatmap covers, the current one last.
const HeatmapWeeks = 12

// Stats summarises a history. Days are calendar days in the zone given to Compute; weeks
// start on Monday.
type Stats struct {
	// Today is the day the stats were computed for, YYYY-MM-DD.
	Today string `json:"today"`
	// CurrentStreak counts consecutive days with at least one completed session, ending today,
	// or yesterday when there is none yet today. LongestStreak is the longest such run ever.
	CurrentStreak int `json:"current_streak"`
	LongestStreak int `json:"longest_streak"`
	// Week is this week (Monday to Sunday), Total the whole history.
	Week  Totals `json:"this_week"`
	Total Totals `json:"total"`
	// Routines counts sessions per routine, most used first.
	Routines []RoutineCount `json:"routines"`
	// PainStops counts sharp-pain reports per exercise, most first: the ones to mention to a
	// physiotherapist or doctor.
	PainStops []PainCount `json:"pain_stops"`
	// Heatmap counts completed sessions per day over the last HeatmapWeeks weeks.
	Heatmap Heatmap `json:"heatmap"`
	// Last is the most recently started session, nil when there is none.
	Last *LastSession `json:"last,omitempty"`
	// Bests are the personal bests per exercise and side from quick holds and max tests (see
	// Bests); [] when there are none.
	Bests []Best `json:"bests"`
}

// LastSession is the most recent session, for a "last: Desk break, today 09:10" line.
type LastSession struct {
	Routine     string    `json:"routine"`
	RoutineName string    `json:"routine_name"`
	Status      string    `json:"status"`
	Started     time.Time `json:"started"`
}

// Totals counts sessions (of any status), the completed ones among them, and their minutes.
type Totals struct {
	Sessions  int `json:"sessions"`
	Completed int `json:"completed"`
	Minutes   int `json:"minutes"`
}

// RoutineCount is how often one routine was run.
type RoutineCount struct {
	Routine   string `json:"routine"`
	Name      string `json:"name"` // the name in its most recent session
	Sessions  int    `json:"sessions"`
	Completed int    `json:"completed"`
}

// PainCount is how often sharp pain stopped one exercise.
type PainCount struct {
	Exercise string    `json:"exercise"`
	Name     string    `json:"name"`
	Count    int       `json:"count"`
	Sides    []string  `json:"sides"` // the sides it happened on, "left" before "right"; [] when none
	Last     time.Time `json:"last"`
}

// Heatmap is a weeks-by-weekdays grid of completed sessions. Days[w][d] is week w (0 the
// oldest, the last one this week) and weekday d (0 Monday … 6 Sunday); days after Stats.Today
// are 0.
type Heatmap struct {
	From string   `json:"from"` // the Monday of week 0, YYYY-MM-DD
	Days [][7]int `json:"days"`
}

// Compute summarises entries (in any order) as of now, counting days in loc.
func Compute(entries []Entry, now time.Time, loc *time.Location) Stats {
	t := newTally(now, loc)
	for _, e := range entries {
		t.add(e)
	}
	return t.stats()
}

// ReadStats computes the stats of the log at path (every file of it, each entry once) as of now
// in loc, streaming the files instead of keeping their entries in memory; the steps of guided routines are not decoded (their syntax is
// still checked). Damaged lines are skipped and returned; a missing file is an empty history.
func ReadStats(path string, now time.Time, loc *time.Location) (Stats, []Damage, error) {
	t := newTally(now, loc)
	r, err := forEach(path, timerSteps, func(e Entry) error { t.add(e); return nil })
	damaged := r.damaged
	if err != nil {
		return Stats{}, damaged, err
	}
	return t.stats(), damaged, nil
}

// tally accumulates stats one entry at a time.
type tally struct {
	loc       *time.Location
	today     int         // day number (days since 1970-01-01) of now in loc
	days      map[int]int // completed sessions per day number
	week      Totals
	total     Totals
	weekSecs  int
	totalSecs int
	routines  map[string]*routineTally
	pain      map[string]*PainCount
	painSides map[string]*[4]bool // per exercise: none, left, right, alternating
	last      *LastSession
	bests     *bestTally
}

type routineTally struct {
	RoutineCount
	latest time.Time
}

func newTally(now time.Time, loc *time.Location) *tally {
	t := &tally{
		loc:       loc,
		days:      make(map[int]int),
		routines:  make(map[string]*routineTally),
		pain:      make(map[string]*PainCount),
		painSides: make(map[string]*[4]bool),
		bests:     newBestTally(time.Time{}),
	}
	t.today = t.dayNumber(now)
	return t
}

// dayNumber is the calendar date of ts in the tally's zone as days since 1970-01-01, so that
// consecutive days differ by one whatever the daylight-saving rules.
func (t *tally) dayNumber(ts time.Time) int {
	y, m, d := ts.In(t.loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// weekday is 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
func weekday(n int) int { return ((n+3)%7 + 7) % 7 }

// date formats a day number as YYYY-MM-DD.
func date(n int) string { return time.Unix(int64(n)*86400, 0).UTC().Format(time.DateOnly) }

func (t *tally) add(e Entry) {
	t.bests.add(e)
	if t.last == nil || e.Started.After(t.last.Started) {
		t.last = &LastSession{Routine: e.Routine, RoutineName: e.RoutineName, Status: e.Status, Started: e.Started}
	}
	n := t.dayNumber(e.Started)
	weekStart := t.today - weekday(t.today)
	inWeek := n >= weekStart && n < weekStart+7
	done := e.Completed()
	t.total.Sessions++
	t.totalSecs += e.Seconds
	if inWeek {
		t.week.Sessions++
		t.weekSecs += e.Seconds
	}
	if done {
		t.days[n]++
		t.total.Completed++
		if inWeek {
			t.week.Completed++
		}
	}
	if e.Routine != "" {
		r := t.routines[e.Routine]
		if r == nil {
			r = &routineTally{RoutineCount: RoutineCount{Routine: e.Routine}}
			t.routines[e.Routine] = r
		}
		r.Sessions++
		if done {
			r.Completed++
		}
		if r.Name == "" || !e.Started.Before(r.latest) {
			r.Name, r.latest = e.RoutineName, e.Started
		}
	}
	for _, p := range e.Pain {
		key := cmp.Or(p.Exercise, p.Name)
		c := t.pain[key]
		if c == nil {
			c = &PainCount{Exercise: p.Exercise}
			t.pain[key] = c
			t.painSides[key] = new([4]bool)
		}
		c.Count++
		if !p.At.Before(c.Last) {
			c.Last, c.Name = p.At, p.Name
		}
		switch p.Side {
		case "left":
			t.painSides[key][1] = true
		case "right":
			t.painSides[key][2] = true
		case "alternating":
			t.painSides[key][3] = true
		}
	}
}

func (t *tally) stats() Stats {
	s := Stats{
		Today:     date(t.today),
		Week:      t.week,
		Total:     t.total,
		Routines:  []RoutineCount{},
		PainStops: []PainCount{},
		Last:      t.last,
		Bests:     t.bests.list(),
	}
	s.Week.Minutes = (t.weekSecs + 30) / 60
	s.Total.Minutes = (t.totalSecs + 30) / 60

	start := t.today
	if t.days[start] == 0 {
		start--
	}
	for n := start; t.days[n] > 0; n-- {
		s.CurrentStreak++
	}
	days := make([]int, 0, len(t.days))
	for n := range t.days {
		days = append(days, n)
	}
	slices.Sort(days)
	for i, run := 0, 0; i < len(days); i++ {
		if i > 0 && days[i] == days[i-1]+1 {
			run++
		} else {
			run = 1
		}
		s.LongestStreak = max(s.LongestStreak, run)
	}

	from := t.today - weekday(t.today) - 7*(HeatmapWeeks-1)
	s.Heatmap = Heatmap{From: date(from), Days: make([][7]int, HeatmapWeeks)}
	for w := range s.Heatmap.Days {
		for d := range 7 {
			if n := from + 7*w + d; n <= t.today {
				s.Heatmap.Days[w][d] = t.days[n]
			}
		}
	}

	for _, r := range t.routines {
		s.Routines = append(s.Routines, r.RoutineCount)
	}
	slices.SortFunc(s.Routines, func(a, b RoutineCount) int {
		return cmp.Or(cmp.Compare(b.Sessions, a.Sessions), cmp.Compare(a.Routine, b.Routine))
	})
	sideNames := [4]string{"", "left", "right", "alternating"}
	for key, c := range t.pain {
		p := *c
		p.Sides = []string{}
		for i, on := range t.painSides[key] {
			if on && i > 0 {
				p.Sides = append(p.Sides, sideNames[i])
			}
		}
		s.PainStops = append(s.PainStops, p)
	}
	slices.SortFunc(s.PainStops, func(a, b PainCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Exercise, b.Exercise))
	})
	return s
}
