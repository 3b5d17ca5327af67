package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// The per-device files of limber remind's desk: what says someone is at the keys, and what
// keeps it quiet.
const (
	// HeartbeatFile is touched by the shell's prompt hook (limber hook) at every prompt: its
	// modification time is the last prompt. Nothing is written in it.
	HeartbeatFile = "heartbeat"
	// QuietFile says until when limber quiet keeps reminders quiet.
	QuietFile = "quiet.json"
)

// devicePath is where a file of this device's reminder lives: in the state folder, beside
// remind.json, never shared by folder sync (a shell's prompt on the laptop says nothing of the
// desktop, and a meeting keeps quiet the reminder of the computer it is held at).
func (d Dir) devicePath(name string) string { return d.StatePath(name) }

// HeartbeatPath is the file the shell hook touches at each prompt.
func (d Dir) HeartbeatPath() string { return d.devicePath(HeartbeatFile) }

// PrepareHeartbeat makes the state folder the heartbeat lives in (limber hook, as a shell
// starts): the hook itself only sets a file's time and never makes a folder.
func (d Dir) PrepareHeartbeat() error {
	if err := os.MkdirAll(d.State, 0o700); err != nil {
		return fmt.Errorf("hook: %w", err)
	}
	return nil
}

// Heartbeat is the time of the last prompt of a shell with limber's hook; ok is false when no
// hook has touched the file (or it is not a regular file: then it is never trusted).
func (d Dir) Heartbeat() (last time.Time, ok bool, err error) {
	fi, err := os.Lstat(d.HeartbeatPath())
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return time.Time{}, false, nil
	case err != nil:
		return time.Time{}, false, err
	case !fi.Mode().IsRegular():
		return time.Time{}, false, fmt.Errorf("%s is not a regular file", d.HeartbeatPath())
	}
	return fi.ModTime(), true, nil
}

// quietState is the quiet file's content.
type quietState struct {
	V     int       `json:"v"`
	Until time.Time `json:"until"`
	Set   time.Time `json:"set"`
}

// Quiet is when limber quiet's quiet time ends: the zero time when it is not quiet (no file,
// or a time already past is no quiet either).
func (d Dir) Quiet() (until time.Time, err error) {
	var q quietState
	if err := readJSON(d.devicePath(QuietFile), &q); err != nil {
		return time.Time{}, fmt.Errorf("quiet: %w", err)
	}
	return q.Until, nil
}

// SetQuiet keeps reminders quiet from now until until.
func (d Dir) SetQuiet(now, until time.Time) error {
	return writeJSON(d.devicePath(QuietFile), quietState{V: 1, Until: until.Round(0), Set: now.Round(0)})
}

// ClearQuiet ends limber quiet's quiet time (no quiet file is no quiet).
func (d Dir) ClearQuiet() error {
	if err := os.Remove(d.devicePath(QuietFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("quiet: %w", err)
	}
	return nil
}
