package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/limber-coach/limber/content/safefile"
)

// open opens the log at path for reading with safefile.Open: only a regular file, and never
// blocking (a named pipe or a device in its place is refused with an error that says what it
// is). A missing log is an empty history: f is nil and err is nil.
func open(path string) (f *os.File, err error) {
	f, err = safefile.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return f, nil
}

// forEach streams the log at path from the start, calling fn with each readable entry (only
// the fields f decoded). A missing log is empty.
func forEach(path string, f fields, fn func(Entry) error) ([]Damage, error) {
	file, err := open(path)
	if file == nil {
		return nil, err
	}
	defer file.Close()
	damaged, err := scan(file, f, fn)
	if err != nil {
		return damaged, fmt.Errorf("journal: reading %s: %w", path, err)
	}
	return damaged, nil
}
