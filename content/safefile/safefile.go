// Package safefile opens the files limber reads from folders that other people and programs can
// write to (the user's content folder, config.toml, the data folder): only regular files, never
// blocking on a named pipe or a device, and never reading more than the caller allows. A FIFO
// named x.toml or a link to /dev/zero is refused with an error that says what it is, instead of
// hanging or exhausting memory.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is the error (wrapped in an *fs.PathError) for a path that is not a regular file.
var ErrNotRegular = errors.New("not a regular file")

// TooBigError is ReadFile's error for a file larger than its limit.
type TooBigError struct {
	Path  string
	Size  int64
	Limit int64
}

func (e *TooBigError) Error() string {
	return fmt.Sprintf("%s: too large (%s; the limit is %s)", e.Path, Size(e.Size), Size(e.Limit))
}

// Open opens path for reading if it is a regular file (following links). It never blocks:
// anything that is not a regular file is refused with an *fs.PathError wrapping ErrNotRegular
// that names what it is ("a named pipe", "a device"), and is not even opened when a stat says
// so first (opening some devices does something); the open itself does not wait for a writer
// on a FIFO, and the opened file is checked again, in case the path changed in between.
func Open(path string) (*os.File, error) {
	if fi, err := os.Stat(path); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: notRegular(fi.Mode())}
	}
	f, err := openNonblock(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: notRegular(fi.Mode())}
	}
	return f, nil
}

// ReadFile reads the regular file at path whole, refusing (with a *TooBigError) one larger than
// limit bytes. Like os.ReadFile, a missing file is an error that wraps fs.ErrNotExist.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.Size() > limit {
		return nil, &TooBigError{Path: path, Size: fi.Size(), Limit: limit}
	}
	// The size can change under us: read at most one byte more than the limit to notice.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooBigError{Path: path, Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}

// notRegularError says what a path that is not a regular file is.
type notRegularError struct{ what string }

func (e notRegularError) Error() string { return "not a regular file (it is " + e.what + ")" }

func (e notRegularError) Is(target error) bool { return target == ErrNotRegular }

func notRegular(m fs.FileMode) error {
	what := "something else"
	switch {
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		what = "a device"
	}
	return notRegularError{what}
}

// Size is a byte count as people read it: "512 B", "40 KiB", "1.3 MiB" (one decimal unless
// whole).
func Size(n int64) string {
	unit := func(u int64, name string) string {
		if n%u == 0 || n >= 100*u {
			return fmt.Sprintf("%d %s", n/u, name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(u), name)
	}
	switch {
	case n >= 1<<20:
		return unit(1<<20, "MiB")
	case n >= 1<<10:
		return unit(1<<10, "KiB")
	}
	return fmt.Sprintf("%d B", n)
}
