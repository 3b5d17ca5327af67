package store

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/gofrs/flock"

	"github.com/limber-coach/limber/session/remind"
)

// RemindState reads limber remind's state file, this machine's (in the state folder). A missing
// file is the zero State and no error.
func (d Dir) RemindState() (remind.State, error) {
	var st remind.State
	if err := readJSON(d.StatePath(RemindStateFile), &st); err != nil {
		return remind.State{}, fmt.Errorf("remind: %w", err)
	}
	return st, nil
}

// SaveRemindState writes limber remind's state file whole.
func (d Dir) SaveRemindState(st remind.State) error {
	if err := writeJSON(d.StatePath(RemindStateFile), st); err != nil {
		return fmt.Errorf("remind: %w", err)
	}
	return nil
}

// ErrRemindRunning is LockRemind's error when another limber remind holds the lock.
var ErrRemindRunning = errors.New("another limber remind is already running")

// LockRemind takes limber remind's lock, this machine's (in the state folder), for the life of
// this process (the system releases it if the process dies). It retries for a moment, in case
// limber status is peeking at it.
func (d Dir) LockRemind() (unlock func() error, err error) {
	if err := os.MkdirAll(d.State, 0o700); err != nil {
		return nil, fmt.Errorf("remind: %w", err)
	}
	l := flock.New(d.StatePath(RemindLockFile), flock.SetPermissions(0o600))
	for range 20 {
		ok, err := l.TryLock()
		if err != nil {
			return nil, fmt.Errorf("remind: locking %s: %w", l.Path(), err)
		}
		if ok {
			return l.Unlock, nil
		}
		time.Sleep(10 * time.Millisecond) // status holds the lock for microseconds
	}
	return nil, ErrRemindRunning
}

// RemindRunning reports whether a limber remind holds the lock. It never creates anything: with
// no lock file there is no reminder.
func (d Dir) RemindRunning() bool {
	path := d.StatePath(RemindLockFile)
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	l := flock.New(path)
	ok, err := l.TryRLock()
	if err != nil {
		return false
	}
	if ok {
		l.Unlock()
		return false
	}
	return true
}

// LiveRemindState is the state of the limber remind running now: ok is false when none runs (or
// its file cannot be read), so a state left behind by a crash is never taken for a live one.
func (d Dir) LiveRemindState() (st remind.State, ok bool) {
	st, err := d.RemindState()
	if err != nil || !st.Running || !d.RemindRunning() {
		return st, false
	}
	return st, true
}
