package journal

import (
	"fmt"
	"slices"
)

// Damage is a line of the log that could not be read and was skipped.
type Damage struct {
	File   string // the file of the log it is in
	Line   int    // 1-based line number
	Reason string // what was wrong, e.g. "invalid JSON: unexpected end of JSON input"
}

// String returns "line N: reason".
func (d Damage) String() string { return fmt.Sprintf("line %d: %s", d.Line, d.Reason) }

// Read returns every readable entry of the log at path (every file of it, see log.go, each
// entry once), in file order — or, when they come from several files, in started order — and
// the damaged lines it skipped. A missing file is an empty history, not an error; err is only
// for a file that cannot be opened (one that is not a regular file, such as a named pipe, is
// refused at once) or read. Read holds the whole history: prefer ReadStats, ReadWhere,
// ReadNewest or Scan.
func Read(path string) (entries []Entry, damaged []Damage, err error) {
	r, err := forEach(path, allFields, func(e Entry) error {
		entries = append(entries, e)
		return nil
	})
	if r.files > 1 {
		byStart(entries)
	}
	return entries, r.damaged, err
}

// byStart sorts entries gathered from several files by started time (stably: a file's own order
// is kept between entries that started at the same second).
func byStart(entries []Entry) {
	slices.SortStableFunc(entries, func(a, b Entry) int { return a.Started.Compare(b.Started) })
}
