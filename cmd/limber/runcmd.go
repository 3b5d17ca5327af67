package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/tui"
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
		return unknownRoutine(lib, id)
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
		Speak: v.Speak(), Report: report}
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

// unknownRoutine is the error for a routine id that names nothing: for an exercise's id, the
// commands that do take an exercise (a hold at its own length, and show); else the closest
// routine ids.
func unknownRoutine(lib *content.Library, id string) error {
	if ex, ok := lib.Exercise(id); ok {
		msg := fmt.Sprintf("%s is an exercise, not a routine; ", ex.ID)
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
			msg += "time it with: " + cmd + ", or "
		}
		return errors.New(msg + "read it with: limber show " + ex.ID)
	}
	var ids []string
	for _, r := range lib.Routines() {
		ids = append(ids, r.ID)
	}
	msg := "unknown routine " + quote(id)
	if near := content.Closest(id, ids, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	}
	return errors.New(msg + " (limber list shows the routines)")
}
