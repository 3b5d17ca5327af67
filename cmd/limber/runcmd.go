package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/tui/plain"
)

const runUsage = `
usage: limber run [ID] [--base] [--plain]

Runs a routine, the desk break when no id is given, in the full-screen coach,
and logs it to your history. The safety check comes first when it is due.
  --base    the routine as written, without today's adjustments from your
            history
  --plain   one line per event, no screen drawing (automatic when input or
            output is not a terminal: a pipe, a script, a screen reader setup)

Plain mode commands, each followed by Enter: p pause/resume, n next, b back, !
sharp pain, q quit; Enter alone counts a rep, d ends a set. With no input (or
at its end) the session runs on its own to the end. Ctrl+C, SIGTERM and SIGHUP
stop it and still save it as stopped.
`

func runRun(a *app, args []string) error {
	fs := newFlags(a, "run")
	plainFlag := fs.Bool("plain", false, "")
	baseFlag := fs.Bool("base", false, "")
	pos, help, err := parseFlags(a, fs, runUsage, args)
	if help || err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("run: name one routine, not %q", strings.Join(pos, " "))
	}
	lib := loadLibrary(a)
	var id string
	if len(pos) == 1 {
		id = pos[0]
	} else {
		id = defaultRoutine(a, lib) // the default_routine setting
	}
	r, ok := lib.Routine(id)
	if !ok {
		return unknownRoutine(lib, id)
	}
	adjusted := today(a, lib, r, *baseFlag)
	if len(adjusted.Routine.Steps) == 0 {
		return allSkipped(r)
	}
	if _, err := session.NewPlan(adjusted.Routine, lib, session.Options{}); err != nil {
		return err
	}
	if !*plainFlag && useCoach(a) {
		_, err := coachToday(a, lib, r, adjusted)
		return err
	}
	ctx, cancel := signalContext(a)
	defer cancel(nil)
	writeToday(a.stdout, lib, adjusted)
	_, err = runPlain(a, ctx, lib, adjusted.Routine, inputLines(a))
	return err
}

// inputLines is one reader of stdin for the whole run, so the safety answer and the commands
// (and limber remind's) share it.
func inputLines(a *app) <-chan string {
	if a.lines != nil {
		return a.lines()
	}
	return plain.Lines(a.stdin)
}

// runPlain runs routine r in plain mode after the safety text (and, on a terminal, the
// red-flag question), prints the summary and saves the session. ran is false when the safety
// question stopped it. The settings apply: bell (on a terminal), voice, and get_ready for a
// routine that sets no get-ready time of its own.
func runPlain(a *app, ctx context.Context, lib *content.Library, r *content.Routine, lines <-chan string) (ran bool, err error) {
	plan, err := session.NewPlan(r, lib, planOptions(a.settings()))
	if err != nil {
		return false, err
	}
	return runPlainPlan(a, ctx, lib, plan, lines, nil)
}

// runPlainPlan is runPlain for any plan (a routine's or a quick timer's); report, when set,
// prints more about the record after the summary, before the save.
func runPlainPlan(a *app, ctx context.Context, lib *content.Library, plan *session.Plan, lines <-chan string,
	report func(session.Record)) (ran bool, err error) {
	cfg := a.settings()
	defer surviveClosedOutput(a)()
	plain.SafetyCheck(a.stdout, lib.Safety())
	if a.stdinTTY && !confirmSafety(a, lines, lib.Safety()) {
		return false, nil
	}
	v := startVoice(a, cfg)
	runner := plain.New(session.NewEngine(plan), plain.Options{
		Lines: lines, Out: a.stdout, Safety: lib.Safety(), Now: a.now, After: a.after,
		Bell: cfg.Bell && a.stdoutTTY, Speak: v.speak(),
	})
	rec, runErr := runner.Run(ctx)
	v.stop(a, 2*time.Second) // let "Done" be said
	ran = true
	fmt.Fprintln(a.stdout)
	plain.Summary(a.stdout, rec)
	if report != nil {
		report(rec)
	}
	// With the output gone, stderr says what happened to the session.
	var outErr *plain.WriteError
	if errors.As(runErr, &outErr) {
		fmt.Fprintf(a.stderr, "limber: %v: the session was stopped there\n", outErr)
		runErr = errSilent
	}
	if err := journal.Append(a.historyPath(), journal.FromRecord(rec, journal.NewID(rec.Started))); err != nil {
		fmt.Fprintf(a.stderr, "limber: this session was NOT saved to your history: %v\n", err)
		return ran, errSilent
	}
	fmt.Fprintf(a.stdout, "Saved to your history (limber history, limber stats).\n")
	if outErr != nil {
		fmt.Fprintf(a.stderr, "limber: it was saved to your history as %s\n", rec.Status)
	}
	return ran, runErr
}

// unknownRoutine is the error for a routine id that names nothing, with the closest routine ids.
func unknownRoutine(lib *content.Library, id string) error {
	var ids []string
	for _, r := range lib.Routines() {
		ids = append(ids, r.ID)
	}
	msg := fmt.Sprintf("unknown routine %q", content.Sanitize(id))
	if _, isExercise := lib.Exercise(id); isExercise {
		msg += " (that is an exercise; limber show " + id + " describes it)"
	}
	if near := content.Closest(id, ids, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	}
	return fmt.Errorf("%s (limber list shows the routines)", msg)
}

// confirmSafety asks, on a terminal, whether a red flag applies. Yes ends here with advice.
func confirmSafety(a *app, lines <-chan string, s content.Safety) bool {
	fmt.Fprintf(a.stdout, "Does any of this apply to you? [y/N] ")
	line := <-lines
	if ans := strings.ToLower(strings.TrimSpace(line)); ans == "y" || ans == "yes" {
		fmt.Fprintf(a.stdout, "\nPlease see a physiotherapist or doctor before exercising. %s\n", s.Emergency)
		return false
	}
	fmt.Fprintln(a.stdout)
	return true
}

// signalError is a run ended by a signal; it carries the exit code the shell expects.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string { return "stopped by " + e.sig.String() }

// signalContext returns a context cancelled, with a signalError cause, by Ctrl+C, SIGTERM or
// SIGHUP (a closed terminal), so the run can stop and still save its record.
func signalContext(a *app) (context.Context, context.CancelCauseFunc) {
	ctx, cancel := context.WithCancelCause(context.Background())
	if a.signals == nil {
		return ctx, cancel
	}
	ch := a.signals()
	go func() {
		select {
		case sig := <-ch:
			cancel(signalError{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// surviveClosedOutput makes a write to stdout or stderr whose reader has gone (limber run
// --plain | head -1) fail with EPIPE instead of killing limber with SIGPIPE, Go's default for
// those two, so a plain run can stop and still save its record. It returns the function that
// restores the default. It uses signal.Notify, not signal.Ignore: an ignored SIGPIPE would be
// inherited by the voice's command. Only the real process (a.signals set) is changed.
func surviveClosedOutput(a *app) (restore func()) {
	if a.signals == nil {
		return func() {}
	}
	ch := make(chan os.Signal, 1) // never read: the signal only has to be wanted
	signal.Notify(ch, syscall.SIGPIPE)
	return func() { signal.Stop(ch) }
}

// osSignals delivers the signals that end a run: interrupt, terminate and hang-up.
func osSignals() <-chan os.Signal {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	return ch
}
