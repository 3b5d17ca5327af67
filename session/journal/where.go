package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ReadWhere streams the log at path and keeps what keep returns for each entry it accepts, in
// file order — e.g. one routine's sessions, or entries stripped of their steps — so a caller
// never holds the whole history. A missing file is an empty history.
func ReadWhere(path string, keep func(Entry) (Entry, bool)) ([]Entry, []Damage, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	var out []Entry
	damaged, err := Scan(f, func(e Entry) error {
		if k, ok := keep(e); ok {
			out = append(out, k)
		}
		return nil
	})
	if err != nil {
		return out, damaged, fmt.Errorf("journal: reading %s: %w", path, err)
	}
	return out, damaged, nil
}

// CompletedOnly keeps the completed sessions without their steps and pain reports: enough to know
// what was done when.
func CompletedOnly(e Entry) (Entry, bool) {
	e.Steps, e.Pain = nil, nil
	return e, e.Completed()
}
