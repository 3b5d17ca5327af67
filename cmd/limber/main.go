// Command limber is a terminal coach for back care and desk breaks.
package main

import (
	"errors"
	"os"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/limber-coach/limber/cmd/limber/internal/noprobe"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

// init puts NO_COLOR back as the user set it: package noprobe set it while Lip Gloss
// initialised, so that Lip Gloss did not probe the terminal (up to 50 ms inside tmux). Every
// package is initialised by now, and nothing has read it.
func init() { noprobe.Restore() }

func main() {
	a := &app{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		getenv:    os.Getenv,
		now:       time.Now,
		after:     time.After,
		signals:   osSignals,
		stdinTTY:  term.IsTerminal(os.Stdin.Fd()),
		stdoutTTY: term.IsTerminal(os.Stdout.Fd()),
		stderrTTY: term.IsTerminal(os.Stderr.Fd()),
	}
	if a.stdoutTTY {
		a.width, _, _ = term.GetSize(os.Stdout.Fd()) // once: a command's output is laid out for one width
	}
	os.Exit(exitCode(a, run(a, os.Args[1:])))
}

// exitCode maps an error to limber's exit codes, printing it to stderr: 0 ok, 1 failure,
// 2 usage, 128 + the signal's number when a signal ended it (130 Ctrl+C, 143 SIGTERM, 129
// SIGHUP).
func exitCode(a *app, err error) int {
	var ue *cmdline.UsageError
	var se signalError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &se):
		return se.code()
	case errors.Is(err, errSilent):
		return 1
	case errors.As(err, &ue):
		a.warnf("%s", ue.In(a.tr()))
		return 2
	default:
		a.warnf("%v", err)
		return 1
	}
}
