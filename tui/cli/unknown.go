package cli

import (
	"cmp"
	"errors"
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
)

// The errors for an id that names nothing: each says what the id is when it names something
// else (an exercise where a routine was wanted, and the commands that take it), else the
// nearest ids, and where to see them all.

// UnknownRoutine is the error for a routine id that names no routine. For an exercise's id it
// gives the commands that do take an exercise: a hold at the exercise's own length (its sides
// and repeats too), and show.
func UnknownRoutine(tr *msg.Tr, lib *content.Library, id string) error {
	if ex, ok := lib.Exercise(id); ok {
		if d := ex.Dose; d.Kind == content.DoseHold {
			cmd := fmt.Sprintf("limber hold %s %s", content.FormatDuration(d.Hold), ex.ID)
			if ex.Sides == content.SidesEach {
				cmd += " --sides"
			}
			if d.Repeat > 1 {
				cmd += fmt.Sprintf(" --repeat %d", d.Repeat)
			}
			if d.Repeat > 1 && d.Release != session.DefaultQuickRest {
				cmd += " --rest " + content.FormatDuration(d.Release)
			}
			return errors.New(tr.T("cli.unknown.exercise_not_routine_hold", "ID", ex.ID, "Cmd", cmd))
		}
		return errors.New(tr.T("cli.unknown.exercise_not_routine", "ID", ex.ID))
	}
	var ids []string
	for _, r := range lib.Routines() {
		ids = append(ids, r.ID)
	}
	return errors.New(tr.T("cli.unknown.routine", "ID", quoted(id)) + nearest(tr, id, ids) + " " + tr.T("cli.unknown.see_routines"))
}

// UnknownExercise is the error for an exercise id that names no exercise (among the testable
// holds only, for limber max).
func UnknownExercise(tr *msg.Tr, lib *content.Library, id string, testable bool) error {
	var among []string
	for _, ex := range lib.Exercises() {
		if !testable || Testable(ex) {
			among = append(among, ex.ID)
		}
	}
	m := tr.T("cli.unknown.exercise", "ID", quoted(id))
	if _, isRoutine := lib.Routine(id); isRoutine {
		m += " " + tr.T("cli.unknown.is_routine", "ID", id)
	}
	return errors.New(m + nearest(tr, id, among) + " " + tr.T("cli.unknown.see_exercises"))
}

// UnknownID is the error for an id that names neither a routine nor an exercise.
func UnknownID(tr *msg.Tr, lib *content.Library, id string) error {
	return errors.New(tr.T("cli.unknown.any", "ID", quoted(id)) + nearest(tr, id, lib.IDs()) + " " + tr.T("cli.unknown.see_all"))
}

// NotTestable is the error for limber max of an exercise it cannot time.
func NotTestable(tr *msg.Tr, lib *content.Library, ex *content.Exercise) error {
	var ids []string
	for _, e := range lib.Exercises() {
		if Testable(e) {
			ids = append(ids, e.ID)
		}
	}
	return errors.New(tr.T("cli.unknown.not_testable", "ID", content.Sanitize(ex.ID), "IDs", strings.Join(ids, ", ")))
}

// Testable reports whether limber max can time ex: a hold tagged testable.
func Testable(ex *content.Exercise) bool {
	return ex.HasTag("testable") && ex.Dose.Kind == content.DoseHold
}

// nearest is "; did you mean a, b?" with the ids nearest id, or "".
func nearest(tr *msg.Tr, id string, ids []string) string {
	if near := content.Closest(id, ids, 3); len(near) > 0 {
		return tr.T("cli.unknown.did_you_mean", "IDs", strings.Join(near, ", "))
	}
	return ""
}

// quoted is a value typed by the person, quoted for a message, escape sequences removed.
func quoted(s string) string { return fmt.Sprintf("%q", content.Sanitize(s)) }

// maxDamageWarnings is how many damaged lines of the history are named one by one before the
// rest are counted.
const maxDamageWarnings = 10

// Damaged names each damaged line of the history at path (the first few, then a count), by
// the file of the history it is in.
func Damaged(errs Printer, path string, damaged []journal.Damage) {
	for i, d := range damaged {
		if i == maxDamageWarnings {
			errs.Errorf("%s: %s", path, errs.N("cli.damaged.more", len(damaged)-i))
			return
		}
		errs.Errorf("%s:%d: %s", cmp.Or(d.File, path), d.Line, errs.T("cli.damaged.line", "Why", d.Reason))
	}
}

// Problems prints each content problem, then one line per file of the person's with problems:
// left out whole until fixed (it could not be read, or has a problem that keeps it out), or
// loaded without the items its problems name.
func Problems(errs Printer, probs content.Problems) {
	for _, p := range probs {
		errs.Errorf("%s", p.Error())
	}
	leftOut := map[string]bool{}
	for _, f := range probs.LeftOut() {
		leftOut[f] = true
	}
	for _, f := range probs.Files() {
		name := content.DisplayPath(f)
		switch {
		case strings.HasPrefix(f, content.BuiltinPrefix):
		case leftOut[f]:
			errs.Errorf("%s: %s", name, errs.T("cli.problems.left_out", "Path", name))
		default:
			errs.Errorf("%s: %s", name, errs.T("cli.problems.partly", "Path", name))
		}
	}
}
