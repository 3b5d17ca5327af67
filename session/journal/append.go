package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/gofrs/flock"
)

// Marshal returns the entry as one log line, newline included. Nil steps and pain are written
// as [] so every line has both arrays.
func Marshal(e Entry) ([]byte, error) {
	if e.ID == "" {
		return nil, errors.New("journal: entry has no id")
	}
	if e.Started.IsZero() {
		return nil, errors.New("journal: entry has no start time")
	}
	if e.Steps == nil {
		e.Steps = []Step{}
	}
	if e.Pain == nil {
		e.Pain = []Pain{}
	}
	line, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("journal: encoding entry: %w", err)
	}
	return append(line, '\n'), nil
}

// Append adds e to the file at path as one line — to that file only: a device appends to its own
// file of the log (NAME.d/DEVICE.jsonl, see log.go) and never to another's, so that no file is
// ever written by two machines. An entry appended to a device's file names that device (its
// Device is set to the file's name when empty), which is how readers tell it from a copy.
//
// Append creates the folders (0700) and the file (0600) when missing, holds an exclusive lock on
// path+".lock" for the whole append, writes the line with a single write (preceded by a newline
// when an earlier write was torn and the file does not end in one, so that fragment stays a line
// of its own), and syncs the file to disk. Any failure — a full disk, a short write, a failed
// sync or close — is returned: only a nil error means the session is saved.
func Append(path string, e Entry) (err error) {
	if e.Device == "" {
		e.Device = deviceOf(path)
	}
	line, err := Marshal(e)
	if err != nil {
		return err
	}
	return appendBytes(path, line)
}

// appendBytes is Append of a line already encoded (AppendEvent's too).
func appendBytes(path string, line []byte) (err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	lock := flock.New(path+".lock", flock.SetPermissions(0o600))
	if err := lock.Lock(); err != nil {
		return fmt.Errorf("journal: locking %s: %w", lock.Path(), err)
	}
	defer func() {
		if uerr := lock.Unlock(); uerr != nil && err == nil {
			err = fmt.Errorf("journal: unlocking %s: %w", lock.Path(), uerr)
		}
	}()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	created, err := appendLine(f, line)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("journal: writing %s: %w", path, err)
	}
	if created {
		// Make the new file's name durable too, and its folder's (a device's first append makes
		// the log's device folder).
		if err := syncDirs(filepath.Dir(path)); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
	}
	return nil
}

// appendFile is what appendLine needs of an open log file; tests substitute a failing one.
type appendFile interface {
	io.Writer
	io.ReaderAt
	Stat() (os.FileInfo, error)
	Sync() error
	Truncate(size int64) error
}

// appendLine writes line to the end of f (opened with O_APPEND) in one Write, first making sure
// the file ends in a newline, then syncs. It reports whether the file was empty before. When the
// write or the sync fails (a full disk, a file-size limit), the file is cut back to its old size,
// so a session reported as not saved leaves no torn line behind.
func appendLine(f appendFile, line []byte) (empty bool, err error) {
	fi, err := f.Stat()
	if err != nil {
		return false, err
	}
	if size := fi.Size(); size > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], size-1); err != nil {
			return false, err
		}
		if last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	n, err := f.Write(line)
	if err == nil && n != len(line) {
		err = io.ErrShortWrite
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		if n > 0 {
			if terr := f.Truncate(fi.Size()); terr != nil {
				err = fmt.Errorf("%w (and cutting the partial line off failed: %v)", err, terr)
			}
		}
		return false, err
	}
	return fi.Size() == 0, nil
}

// syncDirs syncs dir and the folder it is in.
func syncDirs(dir string) error {
	if err := syncDir(dir); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dir))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
