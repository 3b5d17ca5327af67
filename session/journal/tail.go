package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"
)

// tailChunk is how much of the end of the log LastEnded reads at first; a line longer than
// this (a session with hundreds of steps) makes it read up to maxTail.
const (
	tailChunk = 16 << 10
	maxTail   = 1 << 20
)

// LastEnded returns when the most recent session ended, reading only the end of the log at
// path — never the whole history — so a status line can ask it many times a minute. It looks
// at the complete lines in the last 16 KiB (more when one line is longer) and returns the
// latest end among them, which also covers a few sessions merged out of order. ok is false for
// a missing or empty log, or one whose last lines are all damaged.
func LastEnded(path string) (ended time.Time, ok bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return time.Time{}, false, fmt.Errorf("journal: %w", err)
	}
	size := fi.Size()
	for n := int64(tailChunk); ; n *= 2 {
		n = min(n, size, maxTail)
		buf := make([]byte, n)
		if _, err := f.ReadAt(buf, size-n); err != nil && !errors.Is(err, io.EOF) {
			return time.Time{}, false, fmt.Errorf("journal: reading %s: %w", path, err)
		}
		lines := bytes.Split(bytes.TrimRight(buf, "\n"), []byte("\n"))
		if n < size {
			lines = lines[1:] // the first may be the end of a longer line
		}
		for _, l := range lines {
			if t, good := lineEnded(l); good && t.After(ended) {
				ended, ok = t, true
			}
		}
		if ok || n == size || n == maxTail {
			return ended, ok, nil
		}
	}
}

// lineEnded decodes the times of one log line: ended, or started plus the active time when a
// line has no end.
func lineEnded(line []byte) (time.Time, bool) {
	var e struct {
		Started time.Time `json:"started"`
		Ended   time.Time `json:"ended"`
		Seconds float64   `json:"seconds"`
	}
	if len(bytes.TrimSpace(line)) == 0 || json.Unmarshal(line, &e) != nil || e.Started.IsZero() {
		return time.Time{}, false
	}
	if e.Ended.IsZero() {
		return e.Started.Add(time.Duration(e.Seconds * float64(time.Second))), true
	}
	return e.Ended, true
}
