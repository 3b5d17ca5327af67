// Package adapt makes limber a coach rather than a timer: from a routine and the history it
// works out today's doses (progressed after clean sessions, held back or swapped for the gentler
// variant after pain, skipped after pain twice in a row) and suggests what to do today. Every
// function is pure — content and history in, decisions with their reasons out — so each rule is
// a table test and every change can be explained on screen.
package adapt

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/limber-coach/limber/content/enum"

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

var changeNames = enum.Names[Change]{"progressed", "held back", "gentler", "skipped"}

// String returns the change's name.
func (c Change) String() string { return changeNames.Of(c) }

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
	// Reason explains the change in a short phrase for the preview and `limber show`, in
	// English; PainDays and Clean are its facts, for saying it in another language.
	Reason string
	// PainDays are the days of the pain stops behind a Skipped change (all of the run, oldest
	// first) or a Gentler or HeldBack one (the last); Clean the clean sessions behind a
	// Progressed one.
	PainDays []time.Time
	Clean    int
}

// Result is today's version of a routine.
type Result struct {
	// Routine is the adjusted copy (the original when nothing changed). It has no steps when
	// every step was skipped.
	Routine *content.Routine
	// Adjustments lists the changed steps in routine order.
	Adjustments []Adjustment
}

// Adjust works out today's doses for r from the history (any order). An exercise is followed
// through every session that worked it, in any routine or quick timer:
//   - a pain stop on it (or on its gentler variant) lowers its level by one and restarts the
//     count of clean sessions;
//   - a clean session of r — the exercise done in full, every side and set, no pain — counts
//     toward progression: every Progress.Every of them raise the level by one, up to the cap;
//   - a clean session of the exercise anywhere, or two clean sessions of its gentler variant,
//     ends a run of pain stops.
//
// If the latest sessions with it ended in pain once, today holds back — the gentler variant when
// there is one; after two pain stops in a row it is skipped and a professional advised.
func Adjust(lib *content.Library, r *content.Routine, history []journal.Entry) Result {
	sessions := slices.Clone(history)
	sort.SliceStable(sessions, func(i, j int) bool { return sessions[i].Started.Before(sessions[j].Started) })
	res := Result{Routine: r}
	var steps []content.RoutineStep
	changed := false
	for i, st := range r.Steps {
		h := follow(lib, r.ID, st, sessions)
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

// Relevant is a journal.ReadWhere filter keeping what Adjust needs for r: r's own sessions, and
// other sessions (routines, quick holds, max tests) that worked one of r's exercises or their
// gentler variants, with only those steps and pain reports.
func Relevant(lib *content.Library, r *content.Routine) func(journal.Entry) (journal.Entry, bool) {
	ids := map[string]bool{}
	for _, st := range r.Steps {
		ids[st.Exercise] = true
		if e, ok := lib.Exercise(st.Exercise); ok && e.Gentler != "" {
			ids[e.Gentler] = true
		}
	}
	return func(e journal.Entry) (journal.Entry, bool) {
		if ownSession(e, r.ID) {
			return e, true
		}
		var steps []journal.Step
		for _, st := range e.Steps {
			if ids[st.Exercise] {
				steps = append(steps, st)
			}
		}
		var pains []journal.Pain
		for _, p := range e.Pain {
			if ids[p.Exercise] {
				pains = append(pains, p)
			}
		}
		e.Steps, e.Pain = steps, pains
		return e, len(steps) > 0 || len(pains) > 0
	}
}

// ownSession reports whether e is a guided session of routine id.
func ownSession(e journal.Entry, id string) bool {
	return e.Routine == id && (e.Kind == "" || e.Kind == journal.KindRoutine)
}

// track is what the history says about one exercise of a routine.
type track struct {
	level, clean int
	// painRun counts the pain stops on the exercise since it was last done cleanly.
	painRun int
	// pains are the days of the pain stops in the current run, oldest first.
	pains []time.Time
	// gentleRun counts clean sessions of the gentler variant alone since the last pain stop.
	gentleRun int
}

// gentleEnough is how many clean sessions of the gentler variant end a run of pain stops, so the
// exercise itself is tried again (at its held-back level).
const gentleEnough = 2

// follow walks the sessions (oldest first) for one step of routine id.
func follow(lib *content.Library, id string, st content.RoutineStep, sessions []journal.Entry) track {
	gentler := ""
	if e, ok := lib.Exercise(st.Exercise); ok {
		gentler = e.Gentler
	}
	maxLevel := st.Dose.MaxLevel()
	var t track
	for _, s := range sessions {
		worked := involvement(s, st.Exercise, gentler)
		switch {
		case worked.pain:
			t.level, t.clean, t.gentleRun = max(t.level-1, 0), 0, 0
			t.painRun++
			t.pains = append(t.pains, s.Started)
		case worked.clean && s.Completed():
			t.painRun, t.pains, t.gentleRun = 0, nil, 0
			if ownSession(s, id) {
				t.clean++
				if every := progressEvery(st.Dose); every > 0 && t.clean >= every {
					t.level, t.clean = min(t.level+1, maxLevel), 0
				}
			}
		case worked.gentleClean && s.Completed() && t.painRun > 0:
			if t.gentleRun++; t.gentleRun >= gentleEnough {
				t.painRun, t.pains, t.gentleRun = 0, nil, 0
			}
		}
	}
	return t
}

// worked is what one session did with an exercise and its gentler variant.
type worked struct {
	// pain: one of them was stopped for sharp pain.
	pain bool
	// clean: the exercise itself was done in full (every step done) without pain.
	clean bool
	// gentleClean: the gentler variant was done in full without pain, the exercise not at all.
	gentleClean bool
}

// involvement reports what session s did with exercise id and its gentler variant.
func involvement(s journal.Entry, id, gentler string) worked {
	var w worked
	is := func(ex string) bool { return ex == id || (gentler != "" && ex == gentler) }
	for _, p := range s.Pain {
		if is(p.Exercise) {
			w.pain = true
		}
	}
	own, ownDone, gent, gentDone := 0, 0, 0, 0
	for _, st := range s.Steps {
		if !is(st.Exercise) {
			continue
		}
		if st.Outcome == "pain" {
			w.pain = true
		}
		done := 0
		if st.Outcome == "done" {
			done = 1
		}
		if st.Exercise == id {
			own, ownDone = own+1, ownDone+done
		} else {
			gent, gentDone = gent+1, gentDone+done
		}
	}
	w.clean = !w.pain && own > 0 && ownDone == own
	w.gentleClean = !w.pain && own == 0 && gent > 0 && gentDone == gent
	return w
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
		adj.Change, adj.PainDays = Skipped, t.pains
		adj.Reason = fmt.Sprintf("sharp pain each of the last %d times (%s): see a physiotherapist or doctor",
			t.painRun, joinDates(t.pains))
		return adj, nil, true
	case t.painRun == 1:
		adj.PainDays = t.pains[len(t.pains)-1:]
		when := t.pains[len(t.pains)-1].Format("2 Jan")
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
		adj.Change, adj.Clean = Progressed, t.level*progressEvery(st.Dose)
		adj.Reason = fmt.Sprintf("progressed after %d clean sessions", adj.Clean)
		return adj, &out, true
	}
	return Adjustment{}, &out, false
}

func joinDates(days []time.Time) string {
	ds := make([]string, len(days))
	for i, d := range days {
		ds[i] = d.Format("2 Jan")
	}
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
