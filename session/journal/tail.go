package journal

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// maxTail bounds how much of the end of each file of the log LastEnded reads.
const maxTail = 1 << 20

// LastEnded returns when the most recent session ended, reading only the end of each file of
// the log at path (see log.go) — never the whole history — so a status line can ask it many
// times a minute. It reads lines back from the end of each file, by the rule of Newest: once a
// line ended more than a day (the log's allowed disorder) before the latest end found in any
// file, no earlier line of that file can have ended later. That is usually a day of sessions,
// and never more than the last 1 MiB of a file. A line with no end counts as ending when it
// started plus its active time. ok is false for a missing or empty log, or one whose last lines
// are all damaged. Like every reader here it opens only regular files and never blocks.
func LastEnded(path string) (ended time.Time, ok bool, err error) {
	srcs, err := sources(path)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("journal: %w", err)
	}
	for _, s := range srcs {
		if ended, ok, err = lastEnded(s.path, ended, ok); err != nil {
			return time.Time{}, false, err
		}
	}
	return ended, ok, nil
}

// lastEnded is LastEnded of one file, given the latest end found so far (if ok).
func lastEnded(path string, ended time.Time, ok bool) (time.Time, bool, error) {
	f, err := open(path)
	if f == nil {
		return ended, ok, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return time.Time{}, false, fmt.Errorf("journal: %w", err)
	}
	back := newBackReader(f, fi.Size())
	for {
		line, at, err := back.prev()
		if errors.Is(err, io.EOF) {
			return ended, ok, nil
		}
		if err != nil {
			return time.Time{}, false, fmt.Errorf("journal: reading %s: %w", path, err)
		}
		if e, reason := decodeLine(line, timerSteps); reason == "" && SessionKind(e.Kind) {
			end := endOf(e)
			if ok && end.Add(orderSlack).Before(ended) {
				return ended, true, nil
			}
			if !ok || end.After(ended) {
				ended, ok = end, true
			}
		}
		if fi.Size()-at >= maxTail {
			return ended, ok, nil
		}
	}
}
