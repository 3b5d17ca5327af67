package text

// The one count of a session's record both summaries show (the coach's end-of-session screen
// and plain mode's last lines): a routine's exercise may be several steps of the record (sides,
// sets, holds); each exercise counts once, with one verdict.

import (
	"cmp"

	"github.com/limber-coach/limber/session"
)

// Tally is one exercise of a record: the run of consecutive steps that worked it (its
// sides, sets and holds), and its verdict.
type Tally struct {
	// Name is the exercise's name, "(gentler)" added for the gentler variant; "Hold" for a
	// bare quick hold.
	Name string
	// Verdict is done (every step in full), partial (some of it), skipped (none of it, or
	// skipped by a key), pending (not reached) or pain (stopped for sharp pain).
	Verdict session.Outcome
	// Steps are the record's steps of this exercise.
	Steps []session.StepRecord
}

// Tallies folds a record's steps into one Tally per run of steps of the same exercise
// (the gentler variant being another exercise).
func Tallies(steps []session.StepRecord) []Tally {
	var out []Tally
	for i := 0; i < len(steps); {
		j := i + 1
		for j < len(steps) && steps[j].Exercise == steps[i].Exercise && steps[j].Gentler == steps[i].Gentler {
			j++
		}
		out = append(out, verdict(steps[i:j]))
		i = j
	}
	return out
}

// verdict sums up one exercise's steps.
func verdict(g []session.StepRecord) Tally {
	n := map[session.Outcome]int{}
	for _, s := range g {
		n[s.Outcome]++
	}
	ex := Tally{Name: cmp.Or(g[0].Name, ExerciseName(nil)), Steps: g}
	if g[0].Gentler {
		ex.Name += " (gentler)"
	}
	switch {
	case n[session.OutcomePain] > 0:
		ex.Verdict = session.OutcomePain
	case n[session.OutcomeDone] == len(g):
		ex.Verdict = session.OutcomeDone
	case n[session.OutcomePending] == len(g):
		ex.Verdict = session.OutcomePending
	case n[session.OutcomeSkipped]+n[session.OutcomePending] == len(g):
		ex.Verdict = session.OutcomeSkipped
	default:
		ex.Verdict = session.OutcomePartial
	}
	return ex
}
