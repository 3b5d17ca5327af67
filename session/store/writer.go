package store

import (
	"sync"

	"github.com/limber-coach/limber/session/remind"
)

// StateWriter writes limber remind's state file in the background: Save hands over the newest
// state and returns at once, and the writer goroutine writes only the latest one it has when it
// gets to it. So a screen never waits on the disk, and a late write can never put an older
// state over a newer one.
type StateWriter struct {
	dir  Dir
	wake chan struct{}
	done chan struct{}

	mu     sync.Mutex
	latest *remind.State
	closed bool
	err    error // the first write error
}

// NewStateWriter starts a writer for the state file in d.
func NewStateWriter(d Dir) *StateWriter {
	w := &StateWriter{dir: d, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go w.loop()
	return w
}

// Save queues st as the state to write; it never blocks.
func (w *StateWriter) Save(st remind.State) {
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

func (w *StateWriter) loop() {
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

func (w *StateWriter) write(st remind.State) {
	if err := w.dir.SaveRemindState(st); err != nil {
		w.mu.Lock()
		if w.err == nil {
			w.err = err
		}
		w.mu.Unlock()
	}
}

// Close writes final (after anything queued), stops the writer and returns the first error.
func (w *StateWriter) Close(final remind.State) error {
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
