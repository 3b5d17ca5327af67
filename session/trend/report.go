package trend

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
)

// Report is what limber report hands a physiotherapist: a period of the person's own log —
// what was done and how the doses moved, how often, the ratings and goals, every sharp-pain
// stop, the gentler swaps, the flare-ups and the notes. It is assembled purely; text in it is
// as the log has it (the renderers escape it).
type Report struct {
	From, To time.Time
	// Routines are the routines (and quick timers) run, most sessions first.
	Routines []RoutineDone
	// Exercises are the exercises done, with their doses at first and at last.
	Exercises []ExerciseDone
	// Calendar counts completed sessions per day, a row per week from the Monday on or before
	// From (CalendarFrom) to the week of To.
	CalendarFrom string
	Calendar     [][7]int
	Trends       Trends
	PainStops    []PainStop
	Swaps        []Swap
	Flares       []Spell
	Notes        []Note
	// Sessions, Completed and Minutes total the period.
	Sessions, Completed, Minutes int
}

// RoutineDone is one routine's sessions in the period.
type RoutineDone struct {
	// ID is the routine's id in the library ("" for a quick timer), Name as the log has it.
	ID, Name            string
	Sessions, Completed int
	Last                time.Time
}

// ExerciseDone is one exercise's work in the period: how many sessions it was done in full,
// and its dose the first and the last time ("10 reps", "hold 20 s").
type ExerciseDone struct {
	ID, Name string
	Sessions int
	// First and Latest are the steps of the first and the last time: their doses are said in
	// a language with DoseIn.
	First, Latest journal.Step
}

// PainStop is one sharp-pain report.
type PainStop struct {
	At                   time.Time
	Exercise, Name, Side string
	Routine              string
}

// Swap is a gentler variant run after a pain stop.
type Swap struct {
	At time.Time
	// Exercise is the variant's id, Name its name as the log has it.
	Exercise, Name string
	Routine        string
}

// Spell is a flare-up: its start, its end (zero when still on at the end of the period), and
// why it was started.
type Spell struct {
	Start, End time.Time
	Reason     string
}

// Note is a check-in's note, with its ratings.
type Note struct {
	At              time.Time
	Text            string
	Pain, Stiffness *int
}

// BuildReport assembles the report of entries (sessions with their steps, and the other kinds,
// in any order) from from to now, days in loc.
func BuildReport(entries []journal.Entry, from, now time.Time, loc *time.Location) Report {
	r := Report{From: from, To: now}
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b journal.Entry) int { return a.Started.Compare(b.Started) })
	first := dayNumber(from, loc)
	first -= weekday(first)
	last := dayNumber(now, loc)
	r.CalendarFrom = date(first)
	r.Calendar = make([][7]int, (last-first)/7+1)
	weeks := len(r.Calendar)
	r.Trends = Compute(sorted, now, loc, weeks)
	routines := map[string]*RoutineDone{}
	exercises := map[string]*ExerciseDone{}
	var open *Spell
	for _, e := range sorted {
		if e.Started.Before(from) || e.Started.After(now) {
			continue
		}
		switch e.Kind {
		case journal.KindCheckin:
			if c := e.Checkin; c != nil && c.Note != "" {
				r.Notes = append(r.Notes, Note{At: e.Started, Text: c.Note, Pain: c.Pain, Stiffness: c.Stiffness})
			}
			continue
		case journal.KindFlare:
			switch {
			case e.Flare == nil:
			case e.Flare.Event == journal.FlareStart && open == nil:
				r.Flares = append(r.Flares, Spell{Start: e.Started, Reason: e.Flare.Reason, End: e.Flare.Until})
				open = &r.Flares[len(r.Flares)-1]
			case e.Flare.Event == journal.FlareStart:
				open.End = e.Flare.Until // made longer
			case e.Flare.Event == journal.FlareEnd && open != nil:
				open.End, open = e.Started, nil
			}
			continue
		}
		if !journal.SessionKind(e.Kind) {
			continue
		}
		if open != nil && !open.End.IsZero() && e.Started.After(open.End) {
			open = nil
		}
		r.Sessions++
		r.Minutes += e.Seconds
		name := cmp.Or(e.RoutineName, e.Routine, "Session")
		rd := routines[name]
		if rd == nil {
			rd = &RoutineDone{ID: e.Routine, Name: name}
			routines[name] = rd
		}
		rd.Sessions++
		rd.Last = e.Started
		if e.Completed() {
			r.Completed++
			rd.Completed++
			n := dayNumber(e.Started, loc)
			r.Calendar[(n-first)/7][weekday(n)]++
		}
		for _, p := range e.Pain {
			r.PainStops = append(r.PainStops, PainStop{At: p.At, Exercise: p.Exercise, Name: cmp.Or(p.Name, p.Exercise), Side: p.Side, Routine: name})
		}
		seen := map[string]bool{}
		for _, s := range e.Steps {
			if s.Gentler && !seen["gentler "+s.Exercise] {
				seen["gentler "+s.Exercise] = true
				r.Swaps = append(r.Swaps, Swap{At: e.Started, Exercise: s.Exercise, Name: cmp.Or(s.Name, s.Exercise), Routine: name})
			}
			if s.Outcome != "done" || s.Exercise == "" || seen[s.Exercise] {
				continue
			}
			seen[s.Exercise] = true
			x := exercises[s.Exercise]
			if x == nil {
				x = &ExerciseDone{ID: s.Exercise, Name: s.Name, First: s}
				exercises[s.Exercise] = x
			}
			x.Sessions++
			x.Latest, x.Name = s, cmp.Or(s.Name, x.Name)
		}
	}
	for _, rd := range routines {
		r.Routines = append(r.Routines, *rd)
	}
	slices.SortFunc(r.Routines, func(a, b RoutineDone) int {
		return cmp.Or(cmp.Compare(b.Sessions, a.Sessions), strings.Compare(a.Name, b.Name))
	})
	for _, x := range exercises {
		r.Exercises = append(r.Exercises, *x)
	}
	slices.SortFunc(r.Exercises, func(a, b ExerciseDone) int {
		return cmp.Or(cmp.Compare(b.Sessions, a.Sessions), strings.Compare(a.Name, b.Name))
	})
	r.Minutes = (r.Minutes + 30) / 60
	return r
}

// DoseIn is a step's planned dose in tr's language: "10 reps", "hold 20 s", "held 12 s"; one
// step is one set, so a set count shows as "2 sets of 10 reps", and ", each side" follows a
// sided one.
func DoseIn(s journal.Step, tr *msg.Tr) string {
	secs := func(f float64) string { return strings.TrimSuffix(tr.Dec(f, 1), tr.T("num.decimal")+"0") }
	var d string
	switch {
	case s.PlannedReps > 0:
		d = tr.N("report.dose.reps", s.PlannedReps)
	case s.PlannedS > 0:
		d = tr.T("report.dose.hold", "S", secs(s.PlannedS))
	case s.AchievedS > 0:
		d = tr.T("report.dose.held", "S", secs(s.AchievedS))
	default:
		return "—"
	}
	if s.Sets > 1 {
		d = tr.N("report.dose.sets", s.Sets, "Dose", d)
	}
	if s.Side != "" {
		d = tr.T("report.dose.each_side", "Dose", d)
	}
	return d
}
