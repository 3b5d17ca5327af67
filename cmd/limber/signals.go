package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/limber-coach/limber/tui/reminder"
)

// signalError is a run ended by a signal (Ctrl+C is os.Interrupt); its exit code is the one
// shells report: 128 + the signal's number.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string { return "stopped by " + e.sig.String() }

// code is 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
func (e signalError) code() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

// stopSignals are the signals that end a run: interrupt, terminate, hang-up (a closed
// terminal) and quit (Ctrl+\). Whatever ends it, the terminal is restored and a session in
// progress is saved as stopped.
func stopSignals() []os.Signal {
	return []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}
}

// osSignals delivers the signals that end a run, from now until stop is called.
func osSignals() (ch <-chan os.Signal, stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, stopSignals()...)
	return c, func() { signal.Stop(c) }
}

// watchSignals is the one place a command registers for the signals that end it: the real
// process's (a.signals), or none in tests.
func watchSignals(a *app) (ch <-chan os.Signal, stop func()) {
	if a.signals == nil {
		return nil, func() {}
	}
	return a.signals()
}

// signalContext returns a context cancelled, with a signalError cause, by the signals that end
// a run, so plain mode can stop and still save its record.
func signalContext(a *app) (context.Context, context.CancelCauseFunc) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch, stop := watchSignals(a)
	go func() {
		defer stop()
		select {
		case sig := <-ch:
			cancel(signalError{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// asSignal turns a front end's report of a signal into the error that sets the exit code.
func asSignal(err error) error {
	var s *reminder.Signaled
	if errors.As(err, &s) {
		return signalError{s.Sig}
	}
	return err
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
