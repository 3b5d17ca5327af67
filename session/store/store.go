// Package store keeps limber's files in the data folder: the history log (through package
// journal), the safety-check answers, and limber remind's state file and lock. Every read goes
// through content/safefile (regular files only, never blocking, bounded), every small file is
// written whole (a temporary file, synced, renamed over the old one), folders are 0700 and files
// 0600. It is the one place that knows the folder's layout; the pure packages (policy, remind,
// the engine) never touch a file.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/limber-coach/limber/content"

	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// The files in the data folder.
const (
	// HistoryFile is the session log.
	HistoryFile = "history.jsonl"
	// AnswersFile holds the safety-check answers.
	AnswersFile = "safety.json"
	// RemindStateFile is the state a running limber remind writes for limber status and limber
	// stats.
	RemindStateFile = "remind.json"
	// RemindLockFile is held by the running limber remind for its whole life, so a second one
	// refuses to start and limber status can tell a live state file from one left by a crash.
	RemindLockFile = "remind.lock"
)

// maxSmallFile bounds what is read of the small state files: far more than they ever hold.
const maxSmallFile = 64 << 10

// Dir is the data folder.
type Dir string

// Path is the path of file name in the folder.
func (d Dir) Path(name string) string { return filepath.Join(string(d), name) }

// HistoryPath is the session log's path.
func (d Dir) HistoryPath() string { return d.Path(HistoryFile) }

// Save appends a finished session's record to the history, with a new unique id.
func (d Dir) Save(rec session.Record) error {
	return journal.Append(d.HistoryPath(), journal.FromRecord(rec, journal.NewID(rec.Started)))
}

// ReadWhere streams the history through keep (see journal.ReadWhere); damaged lines are
// skipped.
func (d Dir) ReadWhere(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
	entries, _, err := journal.ReadWhere(d.HistoryPath(), keep)
	return entries, err
}

// readJSON decodes the small file name into v; a missing file leaves v as it is and is no
// error.
func (d Dir) readJSON(name string, v any) error {
	path := d.Path(name)
	data, err := safefile.ReadFile(path, maxSmallFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s is damaged: %w", content.DisplayPath(path), err)
	}
	return nil
}

// writeJSON writes v to the file name whole: to a temporary file in the same folder, synced,
// then renamed over it, so a reader sees the old content or the new, never half of one.
func (d Dir) writeJSON(name string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(string(d), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(string(d), "."+name+"-*.tmp")
	if err != nil {
		return err
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
		err = os.Rename(tmp, d.Path(name))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", content.DisplayPath(d.Path(name)), err)
	}
	return nil
}
