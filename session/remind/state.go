package remind

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gofrs/flock"
)

// File names in the data folder.
const (
	// StateFile is the state a running limber remind writes for limber status and limber stats.
	StateFile = "remind.json"
	// LockFile is held by the running limber remind for its whole life, so a second one refuses
	// to start and limber status can tell a live state file from one left by a crash.
	LockFile = "remind.lock"
)

// stateVersion is the state file's format version.
const stateVersion = 1

// State is the reminder as a running limber remind last wrote it. The file is small and
// rewritten whole (through a temporary file and a rename) whenever something changes, never on
// a timer: the times in it are absolute, so a reader computes "break in 12 min" itself.
type State struct {
	V int `json:"v"`
	// Running is true while limber remind runs; it writes false when it exits.
	Running bool `json:"running"`
	// Phase is a Phase name.
	Phase string `json:"phase"`
	// Next is when the break or snooze is due (counting, snoozed).
	Next time.Time `json:"next,omitzero"`
	// DueSince is when the pending break became due (due).
	DueSince time.Time `json:"due_since,omitzero"`
	// Opens is when the hours open (quiet).
	Opens time.Time `json:"opens,omitzero"`
	// Every and Hours are the reminder's settings, as written on the command line.
	Every string `json:"every"`
	Hours string `json:"hours"`
	// Routine and RoutineName are the break routine.
	Routine     string `json:"routine"`
	RoutineName string `json:"routine_name"`
	// Day, Taken and Skipped are today's breaks.
	Day     string `json:"day"`
	Taken   int    `json:"taken"`
	Skipped int    `json:"skipped"`
	// Updated is when the file was written.
	Updated time.Time `json:"updated"`
}

// Counts returns the state's day counts.
func (st State) Counts() Counts { return Counts{Day: st.Day, Taken: st.Taken, Skipped: st.Skipped} }

// StateOf is the state file's content for the schedule s at now.
func StateOf(s *Schedule, now time.Time, every, hours, routine, routineName string) State {
	x := s.Status(now)
	return State{V: stateVersion, Running: true, Phase: x.Phase.String(), Next: x.Next, DueSince: x.DueSince,
		Opens: x.Opens, Every: every, Hours: hours, Routine: routine, RoutineName: routineName,
		Day: x.Today.Day, Taken: x.Today.Taken, Skipped: x.Today.Skipped, Updated: now.Round(0)}
}

// LoadState reads the state file at path. A missing file is the zero State and no error.
func LoadState(path string) (State, error) {
	var st State
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("remind: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return State{}, fmt.Errorf("remind: %s is damaged: %w", path, err)
	}
	return st, nil
}

// SaveState writes st to path whole: to a temporary file in the same folder, synced, then
// renamed over path, so a reader sees the old state or the new one, never half of one. The
// folder is created 0700 and the file is 0600.
func SaveState(path string, st State) error {
	data, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("remind: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("remind: %w", err)
	}
	f, err := os.CreateTemp(dir, ".remind-*.tmp")
	if err != nil {
		return fmt.Errorf("remind: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(append(data, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("remind: writing %s: %w", path, err)
	}
	return nil
}

// ErrRunning is returned by Lock when another limber remind holds the lock.
var ErrRunning = errors.New("another limber remind is already running")

// Lock takes the reminder's lock in dir for the life of this process (the system releases it
// if the process dies). It retries for a moment, in case limber status is peeking at it.
func Lock(dir string) (unlock func() error, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("remind: %w", err)
	}
	l := flock.New(filepath.Join(dir, LockFile), flock.SetPermissions(0o600))
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
	return nil, ErrRunning
}

// Running reports whether a limber remind holds the lock in dir. It never creates anything:
// with no lock file there is no reminder.
func Running(dir string) bool {
	path := filepath.Join(dir, LockFile)
	if _, err := os.Stat(path); err != nil {
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
