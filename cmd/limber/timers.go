package main

import (
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
			return cli.UnknownExercise(a.tr(), lib, pos[1], false)
		}
		q.Exercise = ex
	}
	return runQuick(a, lib, q, in.Bool("plain"))
}

func runMax(a *app, in *cmdline.Parsed) error {
	lib := loadLibrary(a)
	ex, ok := lib.Exercise(in.Args[0])
	switch {
	case !ok:
		return cli.UnknownExercise(a.tr(), lib, in.Args[0], true)
	case !cli.Testable(ex):
		return cli.NotTestable(a.tr(), lib, ex)
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
		path := a.logPath()
		before, damaged, err := journal.ReadBests(path, a.now().Truncate(time.Second))
		cli.Damaged(a.errs(), path, damaged)
		if err != nil {
			a.warnf("%s", a.tr().T("cmd.no_compare", "Err", err.Error()))
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
