package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

func runHold(a *app, in *cmdline.Parsed) error {
	pos := in.Args
	if len(pos) == 2 && !isDuration(pos[0]) && isDuration(pos[1]) { // "limber hold plank 45s" too
		pos[0], pos[1] = pos[1], pos[0]
	}
	q := session.Quick{Kind: session.PlanHold, Sides: in.Bool("sides"), Repeat: in.Int("repeat", 1), Rest: session.DefaultQuickRest}
	var err error
	if q.Hold, err = in.CheckDuration("DURATION", pos[0], time.Second, session.QuickHoldMax); err != nil {
		return err
	}
	if rest, ok := in.Duration("rest"); ok {
		q.Rest = rest
	}
	q.GetReady = readyOption(in)
	lib := loadLibrary(a)
	if len(pos) == 2 {
		ex, ok := lib.Exercise(pos[1])
		if !ok {
			return unknownExercise(lib, pos[1], nil)
		}
		q.Exercise = ex
	}
	return runQuick(a, lib, q, in.Bool("plain"))
}

func runMax(a *app, in *cmdline.Parsed) error {
	lib := loadLibrary(a)
	testable := testableIDs(lib)
	ex, ok := lib.Exercise(in.Args[0])
	switch {
	case !ok:
		return unknownExercise(lib, in.Args[0], testable)
	case !ex.HasTag("testable") || ex.Dose.Kind != content.DoseHold:
		return fmt.Errorf("%s is not a hold to test; testable: %s (tag a hold of yours testable to add it)",
			content.Sanitize(ex.ID), strings.Join(testable, ", "))
	}
	return runQuick(a, lib, session.Quick{Kind: session.PlanMax, Exercise: ex, GetReady: readyOption(in)}, in.Bool("plain"))
}

// runQuick runs quick timer q in the coach, or in plain mode when asked or without a terminal;
// the get_ready setting applies when --ready was not given. In plain mode a max test's results
// are compared with the bests from before it.
func runQuick(a *app, lib *content.Library, q session.Quick, plainMode bool) error {
	var report func(session.Record)
	if q.Kind == session.PlanMax && (plainMode || !useCoach(a)) {
		// The log keeps whole seconds: this test's entry will start at the cut-off.
		path := a.historyPath()
		before, damaged, err := journal.ReadBests(path, a.now().Truncate(time.Second))
		warnDamaged(a, path, damaged)
		if err != nil {
			a.warnf("%v (the result will not be compared with your bests)", err)
		}
		report = func(rec session.Record) { cli.MaxResults(a.out(), journal.MaxResults(rec, before)) }
	}
	_, err := startSession(a, lib, policy.Request{Quick: &q}, plainMode, report)
	return err
}

// isDuration reports whether s parses as a duration.
func isDuration(s string) bool {
	_, err := time.ParseDuration(s)
	return err == nil
}

// readyOption turns --ready into a Quick.GetReady: 0 when not given (the default), NoGetReady
// for 0s.
func readyOption(in *cmdline.Parsed) time.Duration {
	d, ok := in.Duration("ready")
	switch {
	case !ok:
		return 0
	case d == 0:
		return session.NoGetReady
	}
	return d
}

// testableIDs lists the ids of the exercises a max test can time.
func testableIDs(lib *content.Library) []string {
	var ids []string
	for _, ex := range lib.Exercises() {
		if ex.HasTag("testable") && ex.Dose.Kind == content.DoseHold {
			ids = append(ids, ex.ID)
		}
	}
	return ids
}

// unknownExercise is the error for an exercise id that names nothing, with the closest ids
// (of among, or of every exercise when among is nil).
func unknownExercise(lib *content.Library, id string, among []string) error {
	if among == nil {
		for _, ex := range lib.Exercises() {
			among = append(among, ex.ID)
		}
	}
	msg := fmt.Sprintf("unknown exercise %q", content.Sanitize(id))
	if _, isRoutine := lib.Routine(id); isRoutine {
		msg += " (that is a routine; limber run " + id + " starts it)"
	}
	if near := content.Closest(id, among, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	}
	return fmt.Errorf("%s (limber list exercises shows them)", msg)
}
