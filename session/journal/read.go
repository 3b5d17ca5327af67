package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
)

// Damage is a line of the log that could not be read and was skipped.
type Damage struct {
	Line   int    // 1-based line number
	Reason string // what was wrong, e.g. "invalid JSON: unexpected end of JSON input"
}

// String returns "line N: reason".
func (d Damage) String() string { return fmt.Sprintf("line %d: %s", d.Line, d.Reason) }

// Read returns every readable entry of the log at path, in file order, and the damaged lines it
// skipped. A missing file is an empty history, not an error; err is only for a file that cannot
// be opened or read.
func Read(path string) (entries []Entry, damaged []Damage, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	// Gather in blocks and join once at the end: cheaper than growing one slice by doubling.
	var blocks [][]Entry
	block := make([]Entry, 0, 1024)
	damaged, err = Scan(f, func(e Entry) error {
		if len(block) == cap(block) {
			blocks = append(blocks, block)
			block = make([]Entry, 0, 2*cap(block))
		}
		block = append(block, e)
		return nil
	})
	if blocks == nil {
		entries = block
	} else {
		entries = slices.Concat(append(blocks, block)...)
	}
	if err != nil {
		err = fmt.Errorf("journal: reading %s: %w", path, err)
	}
	return entries, damaged, err
}

// decode parses one line with encoding/json; a non-empty reason means the line is damaged.
func decode(line []byte) (Entry, string) {
	var e Entry
	if err := json.Unmarshal(line, &e); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return e, fmt.Sprintf("field %q has the wrong type", te.Field)
		}
		return e, "invalid JSON: " + err.Error()
	}
	return e, check(e)
}

// check returns why a decoded entry is unusable, or "".
func check(e Entry) string {
	switch {
	case e.ID == "":
		return "no id"
	case e.Started.IsZero():
		return "no started time"
	}
	return ""
}
