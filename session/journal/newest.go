package journal

import (
	"bytes"
	"cmp"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// orderSlack is how far out of end-time order the log may be (see Newest).
const orderSlack = 24 * time.Hour

// Newest reads a log from its end and hands out its entries newest first — by started time, and
// of two started at the same second the greater id first — reading only as far back as it must:
// the latest sessions of a history of a million cost the same few reads as those of a short one.
//
// The rule: sessions are appended when they end, so the file is in end-time order: every line
// ended no later than the lines after it. Reading backwards, once a line ended at E, no line
// before it can have started after E (a session starts before it ends), so every entry read that
// started after E can be handed out. The log is allowed to be slightly out of end-time order —
// two writers whose clocks differ, a clock set in the wrong zone, a session merged in late — by
// up to orderSlack (a day): an entry is handed out only when it started more than a day after
// the end of the line last read. An entry with no end counts as ending when it started plus its
// active time. From a log more out of order than that (two logs simply concatenated, say) every
// entry is still handed out once, but some may come late: after entries that started later
// than they did, so that a caller who stops at a limit misses them.
//
// The reader holds only the entries read but not yet handed out: about a day's worth.
//
// Several logs (one per device) can later be merged newest first by holding one Newest per file
// and always taking the next entry from the one whose next entry is newest, skipping ids
// already seen; Newest needs no change for that.
type Newest struct {
	path    string
	src     io.ReaderAt
	file    *os.File // nil for a missing log
	back    *backReader
	dec     fields
	since   time.Time // entries that started before are dropped
	pending entryHeap // read, not yet handed out
	bound   time.Time // no unread line started after this
	read    int       // readable entries read, handed out or not
	damaged []damageAt
	err     error
	eof     bool
}

// damageAt is a damaged line found reading backwards: its number is known once its offset is.
type damageAt struct {
	at     int64
	reason string
}

// OpenNewest opens the log at path for reading newest first, keeping only the entries that
// started at or after since (the zero time keeps all). Like every reader here it opens only a
// regular file and never blocks; a missing log is empty. Close it when done.
func OpenNewest(path string, since time.Time) (*Newest, error) {
	f, err := open(path)
	if f == nil {
		return newNewest(path, nil, 0, since), err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return newNewest(path, nil, 0, since), fmt.Errorf("journal: %w", err)
	}
	n := newNewest(path, f, fi.Size(), since)
	n.file = f
	return n, nil
}

// newNewest reads the size bytes of src (the log at path) newest first.
func newNewest(path string, src io.ReaderAt, size int64, since time.Time) *Newest {
	return &Newest{path: path, src: src, back: newBackReader(src, size), dec: allFields, since: since}
}

// SkipSteps makes Next hand out entries without their steps (nil) — their syntax is still
// checked — which reads a log about twice as fast when the steps are not shown. Call it before
// the first Next.
func (n *Newest) SkipSteps() { n.dec = noSteps }

// Next returns the next entry, newest first; ok is false at the end of the log (or of the
// entries since the time asked for), or after a read error (see Err).
func (n *Newest) Next() (e Entry, ok bool) {
	for !n.eof && (len(n.pending) == 0 || !n.pending[0].Started.After(n.bound)) {
		n.readLine()
	}
	if len(n.pending) == 0 {
		return Entry{}, false
	}
	return heap.Pop(&n.pending).(Entry), true
}

// readLine reads one more line back and moves the bound.
func (n *Newest) readLine() {
	line, at, err := n.back.prev()
	if err != nil {
		if !errors.Is(err, io.EOF) {
			n.err = fmt.Errorf("journal: reading %s: %w", n.path, err)
		}
		n.eof = true
		return
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return
	}
	e, reason := decodeLine(line, n.dec)
	if reason != "" {
		n.damaged = append(n.damaged, damageAt{at, reason})
		return
	}
	n.read++
	n.bound = endOf(e).Add(orderSlack)
	if !e.Started.Before(n.since) {
		heap.Push(&n.pending, e)
	}
	if !n.since.IsZero() && n.bound.Before(n.since) {
		n.eof = true // no line before this one started since
	}
}

// endOf is when a session ended: its end time, or its start plus its active time when it has
// none (or an end before its start).
func endOf(e Entry) time.Time {
	if e.Ended.Before(e.Started) {
		return e.Started.Add(time.Duration(e.Seconds) * time.Second)
	}
	return e.Ended
}

// Seen counts the readable entries read so far, including those before since that were not
// handed out: 0 at the end means the log has no session at all.
func (n *Newest) Seen() int { return n.read }

// Err returns the error that stopped the reading, if any.
func (n *Newest) Err() error { return n.err }

// Damaged returns the damaged lines met so far, in file order. Their line numbers are found by
// counting the newlines before them, which reads the file up to the last of them (only when
// there is one).
func (n *Newest) Damaged() ([]Damage, error) {
	if len(n.damaged) == 0 {
		return nil, nil
	}
	ds := slices.Clone(n.damaged)
	slices.SortFunc(ds, func(a, b damageAt) int { return cmp.Compare(a.at, b.at) })
	out := make([]Damage, 0, len(ds))
	var (
		buf   = make([]byte, readBuffer)
		pos   int64
		lines = 1
	)
	for _, d := range ds {
		for pos < d.at {
			k, err := n.src.ReadAt(buf[:min(int64(len(buf)), d.at-pos)], pos)
			if k == 0 && err != nil {
				return out, fmt.Errorf("journal: reading %s: %w", n.path, err)
			}
			lines += bytes.Count(buf[:k], []byte{'\n'})
			pos += int64(k)
		}
		out = append(out, Damage{Line: lines, Reason: d.reason})
	}
	return out, nil
}

// Close closes the log.
func (n *Newest) Close() error {
	if n.file == nil {
		return nil
	}
	return n.file.Close()
}

// ReadNewest returns the newest limit entries of the log at path (all when limit ≤ 0) that
// started at or after since, newest first (see Newest), and the damaged lines among those it
// read. A missing log is empty.
func ReadNewest(path string, limit int, since time.Time) ([]Entry, []Damage, error) {
	n, err := OpenNewest(path, since)
	if err != nil {
		return nil, nil, err
	}
	defer n.Close()
	var out []Entry
	for limit <= 0 || len(out) < limit {
		e, ok := n.Next()
		if !ok {
			break
		}
		out = append(out, e)
	}
	damaged, derr := n.Damaged()
	return out, damaged, cmp.Or(n.Err(), derr)
}

// entryHeap is a max-heap of entries, newest started first, then greatest id.
type entryHeap []Entry

func (h entryHeap) Len() int { return len(h) }
func (h entryHeap) Less(i, j int) bool {
	return cmp.Or(h[j].Started.Compare(h[i].Started), strings.Compare(h[j].ID, h[i].ID)) < 0
}
func (h entryHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *entryHeap) Push(x any)   { *h = append(*h, x.(Entry)) }
func (h *entryHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = Entry{}
	*h = old[:len(old)-1]
	return e
}
