package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes data to path whole: into a temporary file in the same folder, synced, given
// perm, then renamed over path, so a reader sees the old file or the new one, never half of
// one. With noClobber, an existing path is left alone and the error is fs.ErrExist.
func WriteFile(path string, data []byte, perm fs.FileMode, noClobber bool) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+"-*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && noClobber {
		// A hard link fails when path exists, atomically: no check-then-write race.
		if err = os.Link(tmp, path); err == nil || !errors.Is(err, fs.ErrExist) && !errors.Is(err, os.ErrExist) {
			os.Remove(tmp)
			return err
		}
		os.Remove(tmp)
		return fs.ErrExist
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
