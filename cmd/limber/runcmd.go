package main

import (
	"context"
	"errors"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/tui"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
	"github.com/limber-coach/limber/tui/plain"
)

func runRun(a *app, in *cmdline.Parsed) error {
	lib := loadLibrary(a)
	var id string
	if len(in.Args) == 1 {
		id = in.Args[0]
	} else {
		id = defaultRoutine(a, lib) // the default_routine setting
	}
	r, ok := lib.Routine(id)
	if !ok {
		return cli.UnknownRoutine(a.tr(), lib, id)
	}
	_, err := startSession(a, lib, policy.Request{Routine: r, Base: in.Bool("base")}, in.Bool("plain"), nil)
	return err
}

// startSession is every command's door into a session (limber run, hold, max): the coach on a
// terminal unless plainMode, plain mode otherwise. Either way the policy decides and the runner
// runs and saves. report, when set, prints more about a plain session's record (a max test's
// results). ran reports whether a session ran.
func startSession(a *app, lib *content.Library, req policy.Request, plainMode bool, report func(session.Record)) (ran bool, err error) {
	if !plainMode && useCoach(a) {
		res, err := runCoach(a, lib, tui.Options{Start: &req}, false)
		return res.Run != nil, err
	}
	ctx, cancel := signalContext(a)
	defer cancel(nil)
	return plainSession(a, ctx, lib, req, inputLines(a), report)
}

// plainSession runs req in plain mode with the input's lines (shared with limber remind's plain
// reminder) and maps what ended it to an error the exit code follows: a refusal, an output that
// failed or a session not saved has been said and exits 1; a signal gives its own code.
func plainSession(a *app, ctx context.Context, lib *content.Library, req policy.Request, lines <-chan string, report func(session.Record)) (ran bool, err error) {
	cfg := a.settings()
	defer surviveClosedOutput(a)()
	v := openVoice(a)
	door := plain.Door{Lib: lib, Settings: cfg, Store: a.data(), Out: a.stdout, Err: a.stderr, Lines: lines,
		Ask: a.stdinTTY && a.stdoutTTY, Now: a.now, After: a.after, Bell: cfg.Bell && a.stdoutTTY,
		Speak: v.Speak(), Report: report, Tr: a.tr()}
	ran, err = door.Run(ctx, req)
	closeVoice(a, v, 2*time.Second) // let "Done" be said
	var refused *plain.Refused
	var outErr *plain.WriteError
	var sig signalError
	switch {
	case err == nil, errors.As(err, &sig):
		return ran, err
	case errors.As(err, &refused), errors.As(err, &outErr), errors.Is(err, plain.ErrNotSaved):
		return ran, errSilent
	}
	return ran, err
}

// inputLines is one reader of stdin for the whole run, so the safety answers and the commands
// (and limber remind's) share it.
func inputLines(a *app) <-chan string {
	if a.lines != nil {
		return a.lines()
	}
	return plain.Lines(a.stdin)
}
