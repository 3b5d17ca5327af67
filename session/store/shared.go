package store

import (
	"os"
	"path/filepath"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// readShared reads a small file of the data folder that every machine may write whole (a
// shared state file: see the package doc) into v, and then each of its sync tools' conflict
// copies beside it (two machines saved at once, and the tool kept both), keeping whichever
// says it was saved last by when. A missing file leaves v as it is; a damaged file is an
// error (v as it was), a damaged or unreadable copy is passed over. It is the one rule for
// every shared state file: the newest save wins, whichever machine made it.
func readShared[T any](d Dir, name string, v *T, when func(T) time.Time) error {
	if err := readJSON(d.Path(name), v); err != nil {
		return err
	}
	entries, _ := os.ReadDir(d.Data) // no copies when the folder cannot be listed
	for _, e := range entries {
		if !journal.SyncCopy(e.Name(), name) {
			continue
		}
		var c T
		if err := readJSON(filepath.Join(d.Data, e.Name()), &c); err == nil && when(c).After(when(*v)) {
			*v = c
		}
	}
	return nil
}
