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
// The rule, for each file: sessions are appended when they end, so a file is in end-time order:
// every line ended no later than the lines after it. Reading backwards, once a line ended at E,
// no line before it can have started after E (a session starts before it ends), so every entry
// read that started after E can be handed out. A file is allowed to be slightly out of end-time
// order — two writers whose clocks differ, a clock set in the wrong zone, a session merged in
// late — by up to orderSlack (a day): an entry is handed out only when it started more than a
// day after the end of the line last read. An entry with no end counts as ending when it started
// plus its active time. From a file more out of order than that (two logs simply concatenated,
// say) every entry is still handed out once, but some may come late: after entries that started
// later than they did, so that a caller who stops at a limit misses them.
//
// A log of several files (one per device, see log.go) is read one backwards reader per file,
// always taking the next entry of the file whose next entry is newest. Copies of one entry in
// two files (a sync tool's conflict copy, an import) start at the same time and so come out
// together: an id handed out in the last day of started times is not handed out again.
//
// The reader holds only the entries read but not yet handed out, about a day's worth per file,
// and the ids of about a day of entries handed out.
type Newest struct {
	files  []*fileNewest
	heads  headHeap // the next entry of each file that has one
	primed bool
	recent recentIDs
	err    error // from opening the files
}

// fileNewest reads one file of a log newest first.
type fileNewest struct {
	path    string
	src     io.ReaderAt
	file    *os.File // nil for a missing file
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

// OpenNewest opens the log at path (every file of it, see log.go) for reading newest first,
// keeping only the entries that started at or after since (the zero time keeps all). Like every
// reader here it opens only regular files and never blocks; a missing log is empty. Close it
// when done.
func OpenNewest(path string, since time.Time) (*Newest, error) {
	n := &Newest{}
	srcs, err := sources(path)
	if err != nil {
		n.err = fmt.Errorf("journal: %w", err)
		return n, n.err
	}
	for _, s := range srcs {
		f, err := openNewestFile(s.path, since)
		if err != nil {
			n.Close()
			return &Newest{err: err}, err
		}
		if f != nil {
			n.files = append(n.files, f)
		}
	}
	return n, nil
}

// openNewestFile opens one file of a log newest first; a missing file is nil.
func openNewestFile(path string, since time.Time) (*fileNewest, error) {
	f, err := open(path)
	if f == nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("journal: %w", err)
	}
	n := newNewest(path, f, fi.Size(), since)
	n.file = f
	return n, nil
}

// newNewest reads the size bytes of src (the file at path) newest first.
func newNewest(path string, src io.ReaderAt, size int64, since time.Time) *fileNewest {
	return &fileNewest{path: path, src: src, back: newBackReader(src, size), dec: allFields, since: since}
}

// SkipSteps makes Next hand out entries without their steps (nil) — their syntax is still
// checked — which reads a log about twice as fast when the steps are not shown. Call it before
// the first Next.
func (n *Newest) SkipSteps() {
	for _, f := range n.files {
		f.dec = noSteps
	}
}

// decode makes Next decode the fields f (and hand out the kinds f keeps); before the first Next.
func (n *Newest) decode(f fields) {
	for _, x := range n.files {
		x.dec = f
	}
}

// Next returns the next entry, newest first; ok is false at the end of the log (or of the
// entries since the time asked for), or after a read error (see Err).
func (n *Newest) Next() (e Entry, ok bool) {
	h, ok := n.next()
	return h.e, ok
}

// next is Next with where the entry's line is.
func (n *Newest) next() (head, bool) {
	if !n.primed {
		n.primed = true
		for i, f := range n.files {
			if it, ok := f.next(); ok {
				heap.Push(&n.heads, head{item: it, file: i})
			}
		}
	}
	for len(n.heads) > 0 {
		h := heap.Pop(&n.heads).(head)
		if it, ok := n.files[h.file].next(); ok {
			heap.Push(&n.heads, head{item: it, file: h.file})
		}
		if len(n.files) > 1 && n.recent.seen(h.e) {
			continue
		}
		return h, true
	}
	return head{}, false
}

// Seen counts the readable entries read so far, including those before since that were not
// handed out: 0 at the end means the log has no session at all.
func (n *Newest) Seen() int {
	total := 0
	for _, f := range n.files {
		total += f.read
	}
	return total
}

// Err returns the error that stopped the reading, if any.
func (n *Newest) Err() error {
	errs := []error{n.err}
	for _, f := range n.files {
		errs = append(errs, f.err)
	}
	return cmp.Or(errs...)
}

// Damaged returns the damaged lines met so far, file by file, in file order, each naming its
// file. Their line numbers are found by counting the newlines before them, which reads a file
// up to the last of them (only when there is one).
func (n *Newest) Damaged() ([]Damage, error) {
	var out []Damage
	for _, f := range n.files {
		d, err := f.damages()
		out = append(out, d...)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// Close closes the log.
func (n *Newest) Close() error {
	var err error
	for _, f := range n.files {
		if f.file != nil {
			err = cmp.Or(err, f.file.Close())
		}
	}
	return err
}

// next returns the file's next entry, newest first.
func (n *fileNewest) next() (item, bool) {
	for !n.eof && (len(n.pending) == 0 || !n.pending[0].e.Started.After(n.bound)) {
		n.readLine()
	}
	if len(n.pending) == 0 {
		return item{}, false
	}
	return heap.Pop(&n.pending).(item), true
}

// Next returns the file's next entry, newest first.
func (n *fileNewest) Next() (Entry, bool) {
	it, ok := n.next()
	return it.e, ok
}

// readLine reads one more line back and moves the bound.
func (n *fileNewest) readLine() {
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
	n.bound = endOf(e).Add(orderSlack)
	if !n.since.IsZero() && n.bound.Before(n.since) {
		n.eof = true // no line before this one started since
	}
	if !n.dec.keeps(e.Kind) { // a kind not handed out: it only moves the bound
		return
	}
	n.read++
	if !e.Started.Before(n.since) {
		heap.Push(&n.pending, item{e: e, at: at, n: len(line)})
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

// damages numbers the file's damaged lines.
func (n *fileNewest) damages() ([]Damage, error) {
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
		out = append(out, Damage{File: n.path, Line: lines, Reason: d.reason})
	}
	return out, nil
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

// item is an entry read backwards, with where its line is: at bytes into its file, n long.
type item struct {
	e  Entry
	at int64
	n  int
}

// newer orders two entries as Newest hands them out: the later started first, then the
// greater id.
func newer(a, b Entry) bool {
	return cmp.Or(b.Started.Compare(a.Started), strings.Compare(b.ID, a.ID)) < 0
}

// entryHeap is a max-heap of entries, newest started first, then greatest id.
type entryHeap []item

func (h entryHeap) Len() int           { return len(h) }
func (h entryHeap) Less(i, j int) bool { return newer(h[i].e, h[j].e) }
func (h entryHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *entryHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *entryHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	old[len(old)-1] = item{}
	*h = old[:len(old)-1]
	return it
}

// head is the next entry of one file of a log (files[file]).
type head struct {
	item
	file int
}

// headHeap is a max-heap of the files' next entries, newest first; of two copies of one entry,
// the one in the earlier file.
type headHeap []head

func (h headHeap) Len() int { return len(h) }
func (h headHeap) Less(i, j int) bool {
	if newer(h[i].e, h[j].e) || newer(h[j].e, h[i].e) {
		return newer(h[i].e, h[j].e)
	}
	return h[i].file < h[j].file
}
func (h headHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *headHeap) Push(x any)   { *h = append(*h, x.(head)) }
func (h *headHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	old[len(old)-1] = head{}
	*h = old[:len(old)-1]
	return it
}
