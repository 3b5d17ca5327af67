// Command limber is a terminal coach for back care and desk breaks.
package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/limber-coach/limber/cmd/limber/internal/noprobe"
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
	}
	os.Exit(exitCode(a, run(a, os.Args[1:])))
}

// exitCode maps an error to limber's exit codes, printing it to stderr: 0 ok, 1 failure,
// 2 usage, 128 + the signal's number when a signal ended it (130 Ctrl+C, 143 SIGTERM, 129
// SIGHUP).
func exitCode(a *app, err error) int {
	var ue usageError
	var se signalError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &se):
		return se.code()
	case errors.Is(err, errSilent):
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(a.stderr, "limber: %s\n", ue.msg)
		return 2
	default:
		fmt.Fprintf(a.stderr, "limber: %v\n", err)
		return 1
	}
}

// run dispatches to a subcommand.
func run(a *app, args []string) error {
	if len(args) == 0 {
		return runHome(a)
	}
	switch args[0] {
	case "-h", "--help", "-help":
		mainUsage(a.stdout)
		return nil
	case "--version", "-version", "version":
		fmt.Fprintf(a.stdout, "limber %s\n", version)
		return nil
	}
	c, ok := findCommand(args[0])
	if !ok {
		return usagef("unknown command %q; commands: %s (limber --help)", args[0], commandNames())
	}
	return c.run(a, args[1:])
}
