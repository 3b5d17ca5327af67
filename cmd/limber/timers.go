package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/tui/cli"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

func runHold(a *app, args []string) error {
	fs := newFlags(a, "hold")
	sides := fs.Bool("sides", false, "")
	repeat := fs.Int("repeat", 1, "")
	rest := fs.String("rest", session.DefaultQuickRest.String(), "")
	ready := fs.String("ready", "", "")
	plainFlag := fs.Bool("plain", false, "")
	pos, help, err := parseFlags(a, fs, usage("hold"), args)
	if help || err != nil {
		return err
	}
	if len(pos) == 2 && !isDuration(pos[0]) && isDuration(pos[1]) { // "limber hold plank 45s" too
		pos[0], pos[1] = pos[1], pos[0]
	}
	if len(pos) == 0 || len(pos) > 2 {
		return usagef("hold: want DURATION [EXERCISE], like: limber hold 45s plank (see limber hold -h)")
	}
	q := session.Quick{Kind: session.PlanHold, Sides: *sides, Repeat: *repeat}
	if q.Hold, err = flagDuration("hold", "DURATION", pos[0]); err != nil {
		return err
	}
	if q.Rest, err = flagDuration("hold", "--rest", *rest); err != nil {
		return err
	}
	if q.GetReady, err = readyOption("hold", *ready); err != nil {
		return err
	}
	switch {
	case q.Hold < time.Second || q.Hold > session.QuickHoldMax:
		return usagef("hold: a hold lasts 1s to 10m, not %s", pos[0])
	case q.Repeat < 1 || q.Repeat > session.QuickRepeatMax:
		return usagef("hold: --repeat wants 1 to %d, not %d", session.QuickRepeatMax, q.Repeat)
	case q.Rest > session.QuickHoldMax:
		return usagef("hold: --rest wants 0s to 10m, not %s", *rest)
	}
	lib := loadLibrary(a)
	if len(pos) == 2 {
		ex, ok := lib.Exercise(pos[1])
		if !ok {
			return unknownExercise(lib, pos[1], nil)
		}
		q.Exercise = ex
	}
	return runQuick(a, lib, q, *plainFlag)
}

func runMax(a *app, args []string) error {
	fs := newFlags(a, "max")
	ready := fs.String("ready", "", "")
	plainFlag := fs.Bool("plain", false, "")
	pos, help, err := parseFlags(a, fs, usage("max"), args)
	if help || err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("max: name one exercise, like: limber max plank (see limber max -h)")
	}
	getReady, err := readyOption("max", *ready)
	if err != nil {
		return err
	}
	lib := loadLibrary(a)
	testable := testableIDs(lib)
	ex, ok := lib.Exercise(pos[0])
	switch {
	case !ok:
		return unknownExercise(lib, pos[0], testable)
	case !ex.HasTag("testable") || ex.Dose.Kind != content.DoseHold:
		return fmt.Errorf("%s is not a hold to test; testable: %s (tag a hold of yours testable to add it)",
			content.Sanitize(ex.ID), strings.Join(testable, ", "))
	}
	return runQuick(a, lib, session.Quick{Kind: session.PlanMax, Exercise: ex, GetReady: getReady}, *plainFlag)
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
			fmt.Fprintf(a.stderr, "limber: %v (the result will not be compared with your bests)\n", err)
		}
		report = func(rec session.Record) { cli.MaxResults(a.stdout, journal.MaxResults(rec, before)) }
	}
	_, err := startSession(a, lib, policy.Request{Quick: &q}, plainMode, report)
	return err
}

// flagDuration parses a duration argument, asking for a unit when there is none ("45" could
// be seconds or minutes).
func flagDuration(cmd, what, s string) (time.Duration, error) {
	if n, err := strconv.Atoi(s); err == nil && n != 0 {
		return 0, usagef("%s: %s %q needs a unit: %ds or %dm", cmd, what, s, n, n)
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, usagef("%s: %s wants a duration like 45s, 1m or 1m30s, not %q", cmd, what, s)
	}
	return d, nil
}

// isDuration reports whether s parses as a duration.
func isDuration(s string) bool {
	_, err := time.ParseDuration(s)
	return err == nil
}

// readyOption turns --ready into a Quick.GetReady: 0 when not given (the default), NoGetReady
// for 0s.
func readyOption(cmd, s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := flagDuration(cmd, "--ready", s)
	switch {
	case err != nil:
		return 0, err
	case d > 2*time.Minute:
		return 0, usagef("%s: --ready wants 0s to 2m, not %s", cmd, s)
	case d == 0:
		return session.NoGetReady, nil
	}
	return d, nil
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
