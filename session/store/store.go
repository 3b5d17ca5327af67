// Package store keeps limber's files: the data folder — the history log (through package
// journal) and the safety-check answers — and this machine's state folder — its device id, and
// limber remind's state file and lock. Every read goes through content/safefile (regular files
// only, never blocking, bounded), every small file is written whole (a temporary file, synced,
// renamed over the old one), folders are 0700 and files 0600. It is the one place that knows
// the folders' layout; the pure packages (policy, remind, the engine) never touch a file.
//
// # One person, several machines
//
// The data folder may be shared between a person's machines by a folder-sync tool (Syncthing,
// Dropbox, iCloud Drive, OneDrive, Nextcloud, a git repository): LIMBER_DATA_DIR pointed at the
// synced folder. The history, the one file that grows, is never written by two machines, so no
// tool ever sees a conflict in it; the small state files are either this machine's (kept in the
// state folder, never synced) or shared and written whole, the newest save winning over a
// conflict copy (readShared, the one rule for them). File by file (docs/sync.md says why):
//
//   - history.jsonl, history.d/: shared, a log (see package journal). Each machine appends only
//     to its own file, history.d/DEVICE.jsonl; every reader merges all the files by id. An
//     existing history.jsonl is read as one more file and never written again, so upgrading
//     rewrites nothing, and two machines upgrading at once on one shared folder are safe: each
//     appends to its own new file. history import adds a file of its own,
//     history.d/import-ID.jsonl. Each device's file has its lock beside it
//     (DEVICE.jsonl.lock): empty, made once by that device, harmless to sync.
//   - safety.json: shared. The answers are the person's, not the machine's: answered on one
//     machine, they hold on all. Each save writes the file whole; when two machines saved at
//     once and the sync tool kept both (a conflict copy beside it), the newest answers — by
//     when they were given — win (readShared).
//   - goals.json, flare.json: shared, like the safety answers: the function goals and the
//     latest flare-up are the person's. Each save writes the file whole with its saved time;
//     the newest save of the file and its conflict copies wins (readShared). A file from
//     before saved times counts as saved at its newest goal's addition, its flare-up's start.
//   - device (state folder): per machine, never in the data folder, since a file there would be
//     copied to the other machines and make them one device. Made once, when first needed: the
//     host name's first word and six random characters (laptop-4f9k2m), kept from then on.
//   - remind.json, remind.lock (state folder): per machine. A reminder counting down on the
//     laptop is not one on the desktop, and a lock taken on one machine means nothing on
//     another; limber status reads them from the local disk, as fast as before. (Older versions
//     kept them in the data folder; those files are no longer read.)
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/limber-coach/limber/content"

	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// The files in the data folder (shared between machines when it is synced).
const (
	// HistoryFile is the session log from before devices: read, never written. Each device
	// writes its own file in HistoryDevices.
	HistoryFile = "history.jsonl"
	// HistoryDevices is the folder of the devices' logs, DEVICE.jsonl each.
	HistoryDevices = "history.d"
	// AnswersFile holds the safety-check answers.
	AnswersFile = "safety.json"
)

// The files in the state folder (this machine's own).
const (
	// DeviceFile holds this machine's device id.
	DeviceFile = "device"
	// RemindStateFile is the state a running limber remind writes for limber status and limber
	// stats.
	RemindStateFile = "remind.json"
	// RemindLockFile is held by the running limber remind for its whole life, so a second one
	// refuses to start and limber status can tell a live state file from one left by a crash.
	RemindLockFile = "remind.lock"
)

// maxSmallFile bounds what is read of the small state files: far more than they ever hold.
const maxSmallFile = 64 << 10

// Dir is where limber keeps a person's files.
type Dir struct {
	// Data is the data folder: the history and the safety answers. It may be shared between
	// machines.
	Data string
	// State is this machine's state folder: its device id, limber remind's state and lock. It
	// is never shared.
	State string
}

// Path is the path of file name in the data folder.
func (d Dir) Path(name string) string { return filepath.Join(d.Data, name) }

// StatePath is the path of file name in the state folder.
func (d Dir) StatePath(name string) string { return filepath.Join(d.State, name) }

// HistoryPath is this device's file of the session log, history.d/DEVICE.jsonl: where Save
// appends, and a path every reader of package journal takes for the whole log (every device's
// file and history.jsonl). When the device id cannot be had (the state folder cannot be
// written), it is history.jsonl: the log still reads the same, and a session saved there is
// still read, never lost.
func (d Dir) HistoryPath() string {
	dev, err := d.Device()
	if err != nil {
		return d.Path(HistoryFile)
	}
	return journal.DeviceFile(d.Path(HistoryFile), dev)
}

// LogPath is the path of the session log for a reader, which needs no device id (so reading
// makes nothing): history.jsonl, which package journal's readers take for the whole log as
// they take HistoryPath.
func (d Dir) LogPath() string { return d.Path(HistoryFile) }

// Save appends a finished session's record to this device's file of the history, with a new
// unique id.
func (d Dir) Save(rec session.Record) error {
	return journal.Append(d.HistoryPath(), journal.FromRecord(rec, journal.NewID(rec.Started)))
}

// ReadWhere streams the history through keep (see journal.ReadWhere); damaged lines are
// skipped.
func (d Dir) ReadWhere(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
	entries, _, err := journal.ReadWhere(d.LogPath(), keep)
	return entries, err
}

// Import adds the sessions of the log file from that the history does not have yet, in a file
// of their own in history.d (see journal.Import); it needs no device id.
func (d Dir) Import(from string, now time.Time) (journal.Imported, error) {
	return journal.Import(d.LogPath(), from, now)
}

// readJSON decodes the small file at path into v; a missing file leaves v as it is and is no
// error.
func readJSON(path string, v any) error {
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

// writeJSON writes v to the file at path whole (see writeWhole), indented.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return writeWhole(path, append(data, '\n'))
}

// writeWhole writes data to the file at path whole: to a temporary file in the same folder
// (hidden, so neither a reader nor a sync tool takes it for the file), synced, then renamed
// over it, so a reader sees the old content or the new, never half of one.
func writeWhole(path string, data []byte) error {
	dir, name := filepath.Split(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+name+"-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
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
		return fmt.Errorf("writing %s: %w", content.DisplayPath(path), err)
	}
	return nil
}
