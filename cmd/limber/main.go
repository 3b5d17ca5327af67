// Command limber is a terminal coach for back care and desk breaks.
package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
)

func main() {
	a := &app{
		stdin:     os.Stdin,
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		getenv:    os.Getenv,
		now:       time.Now,
		stdinTTY:  term.IsTerminal(os.Stdin.Fd()),
		stdoutTTY: term.IsTerminal(os.Stdout.Fd()),
	}
	os.Exit(exitCode(a, run(a, os.Args[1:])))
}

// exitCode maps an error to limber's exit codes, printing it to stderr: 0 ok, 1 failure,
// 2 usage, 130 interrupted.
func exitCode(a *app, err error) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errInterrupted):
		return 130
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

func run(a *app, args []string) error {
	_ = args
	return nil
}
