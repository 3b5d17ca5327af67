package main

import (
	"sync"

	"github.com/limber-coach/limber/session/remind"
)

// stateWriter writes limber remind's state file in the background: save hands over the newest
// state and returns at once, and the writer goroutine writes only the latest one it has when
// it gets to it. So the screen never waits on the disk, and a late write can never put an
// older state over a newer one.
type stateWriter struct {
	path string
	wake chan struct{}
	done chan struct{}

	mu     sync.Mutex
	latest *remind.State
	closed bool
	err    error // the first write error
}

func newStateWriter(path string) *stateWriter {
	w := &stateWriter{path: path, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go w.loop()
	return w
}

// save queues st as the state to write; it never blocks.
func (w *stateWriter) save(st remind.State) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return
	}
	w.latest = &st
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *stateWriter) loop() {
	defer close(w.done)
	for range w.wake {
		w.mu.Lock()
		st := w.latest
		w.latest = nil
		w.mu.Unlock()
		if st != nil {
			w.write(*st)
		}
	}
}

func (w *stateWriter) write(st remind.State) {
	if err := remind.SaveState(w.path, st); err != nil {
		w.mu.Lock()
		if w.err == nil {
			w.err = err
		}
		w.mu.Unlock()
	}
}

// close writes final (after anything queued), stops the writer and returns the first error.
func (w *stateWriter) close(final remind.State) error {
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.wake)
	}
	w.mu.Unlock()
	<-w.done
	w.write(final)
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}
