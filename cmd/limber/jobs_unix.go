//go:build unix

package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// jobControl makes the coach a well-behaved job of the shell. A stop asked from outside
// (SIGTSTP: kill -TSTP, or a shell's suspend) is caught and handed to suspend, which holds the
// clock and has the program suspend itself; the program restores the terminal and sends SIGTSTP
// to its process group. selfStop, called just before, marks that stop as the program's own: the
// process then stops itself with SIGSTOP. (Once a signal has been caught through os/signal, the
// Go runtime never gives SIGTSTP its default action back, so the program's own SIGTSTP would
// otherwise be caught and ignored.) After fg, SIGCONT wakes it and the program takes the terminal
// back and redraws. done ends the watch.
func jobControl(a *app, suspend func()) (selfStop, done func()) {
	if a.signals == nil { // tests: no process-wide signal handling
		return func() {}, func() {}
	}
	var own atomic.Bool
	tstp := make(chan os.Signal, 1)
	signal.Notify(tstp, syscall.SIGTSTP)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case <-tstp:
				if own.Swap(false) {
					syscall.Kill(os.Getpid(), syscall.SIGSTOP)
				} else {
					suspend()
				}
			case <-quit:
				return
			}
		}
	}()
	selfStop = func() { own.Store(true) }
	done = func() {
		close(quit)
		signal.Stop(tstp)
	}
	return selfStop, done
}
