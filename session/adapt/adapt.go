// Package adapt makes limber a coach rather than a timer: from a routine and the history it
// works out today's doses (progressed after clean sessions, held back or swapped for the gentler
// variant after pain, skipped after pain twice in a row) and suggests what to do today. Every
// function is pure — content and history in, decisions with their reasons out — so each rule is
// a table test and every change can be explained on screen.
package adapt

import (
	"fmt"
	"sort"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// Change is what happened to a routine step today.
type Change int

// The changes.
const (
	// Progressed: the dose grew after clean sessions.
	Progressed Change = iota
	// HeldBack: the last session hurt; the dose steps back (or stays, without a rule).
	HeldBack
	// Gentler: the last session hurt; the gentler variant replaces the exercise today.
	Gentler
	// Skipped: two pain stops in a row; the exercise is left out and a professional advised.
	Skipped
)

var changeNames = [...]string{"progressed", "held back", "gentler", "skipped"}

// String returns the change's name.
func (c Change) String() string {
	if int(c) < len(changeNames) {
		return changeNames[c]
	}
	return "unknown"
}

// Adjustment is one step whose dose or exercise differs from the routine's base today.
type Adjustment struct {
	// Step is the index in the routine's steps; Exercise the step's exercise id.
	Step     int
	Exercise string
	Change   Change
	// Level is the number of progression steps applied.
	Level int
	// Base and Dose are the routine's dose and today's.
	Base, Dose content.Dose
	// Instead is the gentler exercise's id when Change is Gentler.
	Instead string
	// Reason explains the change in a short phrase for the preview and `limber show`.
	Reason string
}

// Result is today's version of a routine.
type Result struct {
	// Routine is the adjusted copy (the original when nothing changed). It has no steps when
	// every step was skipped.
	Routine *content.Routine
	// Adjustments lists the changed steps in routine order.
	Adjustments []Adjustment
}

// Adjust works out today's doses for r from the history (any order; other routines ignored).
// An exercise is followed through the routine's sessions: each completed session without pain
// on it counts as clean, and every Progress.Every clean sessions raise its level by one (up to
// the cap); a pain stop on it (or on its gentler variant) lowers the level by one and restarts
// the count. If the last session with it ended in pain, today holds back — the gentler variant
// when there is one; after two such sessions in a row it is skipped.
func Adjust(lib *content.Library, r *content.Routine, history []journal.Entry) Result {
	sessions := routineSessions(r.ID, history)
	res := Result{Routine: r}
	var steps []content.RoutineStep
	changed := false
	for i, st := range r.Steps {
		h := follow(lib, st, sessions)
		adj, keep, ok := decide(lib, i, st, h)
		if ok {
			res.Adjustments = append(res.Adjustments, adj)
			changed = true
		}
		if keep != nil {
			steps = append(steps, *keep)
		}
	}
	if changed {
		cp := *r // when every step is skipped the copy has none: callers say so and do not start it
		cp.Steps = steps
		res.Routine = &cp
	}
	return res
}

// track is what the history says about one exercise of a routine.
type track struct {
	level, clean int
	// painRun counts the latest sessions in a row that ended in pain on the exercise.
	painRun int
	// pains are the dates of the pain stops in the current run, oldest first.
	pains []string
	// cleanTotal counts clean sessions since the last pain stop.
	cleanTotal int
}

// routineSessions returns the entries of routine id, oldest first.
func routineSessions(id string, history []journal.Entry) []journal.Entry {
	var out []journal.Entry
	for _, e := range history {
		if e.Routine == id && (e.Kind == "" || e.Kind == journal.KindRoutine) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Started.Before(out[j].Started) })
	return out
}

// follow walks the sessions for one routine step's exercise.
func follow(lib *content.Library, st content.RoutineStep, sessions []journal.Entry) track {
	ids := []string{st.Exercise}
	if e, ok := lib.Exercise(st.Exercise); ok && e.Gentler != "" {
		ids = append(ids, e.Gentler)
	}
	maxLevel := st.Dose.MaxLevel()
	var t track
	for _, s := range sessions {
		present, pain, clean := involvement(s, st.Exercise, ids)
		switch {
		case !present:
			continue
		case pain:
			t.level, t.clean, t.cleanTotal = max(t.level-1, 0), 0, 0
			t.painRun++
			t.pains = append(t.pains, s.Started.Format("2 Jan"))
		case s.Completed():
			t.painRun, t.pains = 0, nil
			if clean {
				t.clean++
				t.cleanTotal++
				if every := progressEvery(st.Dose); every > 0 && t.clean >= every {
					t.level, t.clean = min(t.level+1, maxLevel), 0
				}
			}
		}
	}
	return t
}

// involvement reports whether a session worked the exercise (or its gentler variant), whether
// one of them was stopped for pain, and whether the exercise itself was done without pain.
func involvement(s journal.Entry, id string, ids []string) (present, pain, clean bool) {
	for _, p := range s.Pain {
		if contains(ids, p.Exercise) {
			present, pain = true, true
		}
	}
	for _, st := range s.Steps {
		if !contains(ids, st.Exercise) {
			continue
		}
		present = true
		if st.Outcome == "pain" {
			pain = true
		}
		if st.Exercise == id && (st.Outcome == "done" || st.Outcome == "partial") {
			clean = true
		}
	}
	return present, pain, clean && !pain
}

func progressEvery(d content.Dose) int {
	if d.Progress == nil {
		return 0
	}
	return d.Progress.Every
}

// decide turns a track into today's step (nil when skipped) and the adjustment, if any.
func decide(lib *content.Library, i int, st content.RoutineStep, t track) (Adjustment, *content.RoutineStep, bool) {
	adj := Adjustment{Step: i, Exercise: st.Exercise, Level: t.level, Base: st.Dose, Dose: st.Dose.Level(t.level)}
	out := st
	out.Dose = adj.Dose
	switch {
	case t.painRun >= 2:
		adj.Change = Skipped
		adj.Reason = fmt.Sprintf("pain stops in the last %d sessions (%s): skipped today — see a physiotherapist or doctor",
			t.painRun, joinDates(t.pains))
		return adj, nil, true
	case t.painRun == 1:
		when := t.pains[len(t.pains)-1]
		if e, ok := lib.Exercise(st.Exercise); ok && e.Gentler != "" {
			if g, ok := lib.Exercise(e.Gentler); ok {
				adj.Change, adj.Instead = Gentler, g.ID
				adj.Dose = g.Dose
				adj.Reason = fmt.Sprintf("gentler variant after pain on %s", when)
				out.Exercise, out.Dose, out.Sides = g.ID, g.Dose, g.Sides
				return adj, &out, true
			}
		}
		adj.Change = HeldBack
		adj.Reason = fmt.Sprintf("held back after pain on %s", when)
		return adj, &out, true
	case t.level > 0:
		adj.Change = Progressed
		adj.Reason = fmt.Sprintf("progressed after %d clean sessions", t.level*progressEvery(st.Dose))
		return adj, &out, true
	}
	return Adjustment{}, &out, false
}

func joinDates(ds []string) string {
	if len(ds) > 2 {
		ds = ds[len(ds)-2:]
	}
	if len(ds) == 2 {
		return ds[0] + " and " + ds[1]
	}
	if len(ds) == 1 {
		return ds[0]
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
