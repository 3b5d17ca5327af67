package journal

import "fmt"

// Damage is a line of the log that could not be read and was skipped.
type Damage struct {
	Line   int    // 1-based line number
	Reason string // what was wrong, e.g. "invalid JSON: unexpected end of JSON input"
}

// String returns "line N: reason".
func (d Damage) String() string { return fmt.Sprintf("line %d: %s", d.Line, d.Reason) }

// Read returns every readable entry of the log at path, in file order, and the damaged lines it
// skipped. A missing file is an empty history, not an error; err is only for a file that cannot
// be opened (one that is not a regular file, such as a named pipe, is refused at once) or read.
// Read holds the whole history: prefer ReadStats, ReadWhere, ReadNewest or Scan.
func Read(path string) (entries []Entry, damaged []Damage, err error) {
	damaged, err = forEach(path, allFields, func(e Entry) error {
		entries = append(entries, e)
		return nil
	})
	return entries, damaged, err
}
