package journal

import (
	"bytes"
	"errors"
	"io"
	"runtime"
	"sync"
)

// Scan reads a log from r, start to end, and calls fn with each readable entry, in order, from
// the calling goroutine. Blank lines are ignored; damaged lines (invalid JSON, no id, no started
// time, longer than 1 MiB) are skipped and returned in order, with their line numbers. A last
// line without a newline is read like any other (and is damaged when a write was torn). Scan
// stops at the first error from r or from fn and returns it.
func Scan(r io.Reader, fn func(Entry) error) ([]Damage, error) { return scan(r, allFields, fn) }

// scan is Scan, decoding only the fields f of each line. Decoding is most of the work (reading
// a 1.4 GB log takes 0.3 s of the 2.4 s), so with more than one processor the lines are decoded
// on up to maxWorkers goroutines, a batch at a time, while fn still sees them in order.
func scan(r io.Reader, f fields, fn func(Entry) error) ([]Damage, error) {
	return newScanner().scan(r, f, fn)
}

// scanOn is scan with that many decoding goroutines (none of its own below two).
func scanOn(r io.Reader, f fields, workers int, fn func(Entry) error) ([]Damage, error) {
	return (&scanner{workers: workers}).scan(r, f, fn)
}

// scanner scans one file after another with the same batches (see scanBatches).
type scanner struct {
	workers int
	free    chan *batch // nil until the first file of more than one batch's worth
}

func newScanner() *scanner { return &scanner{workers: min(runtime.GOMAXPROCS(0), maxWorkers)} }

// scan reads one file (see scan); fn sees only the kinds of entry the fields f hand out.
func (s *scanner) scan(r io.Reader, f fields, fn func(Entry) error) ([]Damage, error) {
	fn = keepKinds(f, fn)
	if s.workers < 2 {
		return scanLines(newLineReader(r), f, fn)
	}
	if s.free == nil {
		s.free = make(chan *batch, 2*s.workers+2)
		for range cap(s.free) {
			s.free <- &batch{} // its buffer is made when it is first filled
		}
	}
	return scanBatches(r, f, s.workers, s.free, fn)
}

// maxWorkers bounds the decoding goroutines: the machines limber runs on have a few cores, and
// a status bar or an editor should keep one.
const maxWorkers = 4

// scanLines decodes each line in turn.
func scanLines(lr *lineReader, f fields, fn func(Entry) error) ([]Damage, error) {
	var damaged []Damage
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			return damaged, nil
		}
		if err != nil {
			return damaged, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		e, reason := decodeLine(line, f)
		if reason != "" {
			damaged = append(damaged, Damage{Line: lr.num, Reason: reason})
			continue
		}
		if err := fn(e); err != nil {
			return damaged, err
		}
	}
}

// batchBytes is about how much of the log one batch holds.
const batchBytes = 1 << 20

// batch is a run of lines copied out of the log and, once done is closed, what they decoded to.
type batch struct {
	buf     []byte   // the lines, one after the other
	lines   [][]byte // each line, in buf (a line longer than batchBytes has its own array)
	nums    []int    // each line's number
	entries []Entry
	damaged []Damage
	done    chan struct{}
}

// decode fills in entries and damaged, then closes done.
func (b *batch) decode(f fields) {
	for i, line := range b.lines {
		if e, reason := decodeLine(line, f); reason != "" {
			b.damaged = append(b.damaged, Damage{Line: b.nums[i], Reason: reason})
		} else {
			b.entries = append(b.entries, e)
		}
	}
	close(b.done)
}

// scanBatches is scan on several goroutines: one reads lines into batches, workers decode the
// batches, and the caller's goroutine hands their entries to fn in order. The fixed set of
// batches in free goes round, so memory stays at a few MiB however long the log (a batch's
// buffer is made only when it is first used: a short file needs one or two); they are all back
// in free when it returns.
func scanBatches(r io.Reader, f fields, workers int, free chan *batch, fn func(Entry) error) ([]Damage, error) {
	jobs := make(chan *batch, cap(free))
	order := make(chan *batch, cap(free))
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for b := range jobs {
				b.decode(f)
			}
		})
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		readErr = fillBatches(newLineReader(r), free, quit, func(b *batch) {
			order <- b
			jobs <- b
		})
	}()

	var (
		damaged []Damage
		fnErr   error
	)
	for b := range order {
		<-b.done
		if fnErr == nil {
			damaged = append(damaged, b.damaged...)
			for _, e := range b.entries {
				if fnErr = fn(e); fnErr != nil {
					close(quit)
					break
				}
			}
		}
		free <- b
	}
	wg.Wait()
	if fnErr != nil {
		return damaged, fnErr
	}
	return damaged, readErr
}

// fillBatches reads the non-blank lines of lr into batches taken from free and hands each full
// one to send, until the end of the log, a read error, or quit closing.
func fillBatches(lr *lineReader, free chan *batch, quit <-chan struct{}, send func(*batch)) error {
	var b *batch
	flush := func() {
		if b != nil && len(b.lines) > 0 {
			send(b)
			b = nil
		}
	}
	defer flush()
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if b != nil && len(b.buf)+len(line) > cap(b.buf) {
			flush()
		}
		if b == nil {
			select {
			case b = <-free:
			case <-quit:
				return nil
			}
			if b.buf == nil {
				b.buf = make([]byte, 0, batchBytes)
			}
			b.buf, b.lines, b.nums = b.buf[:0], b.lines[:0], b.nums[:0]
			b.entries, b.damaged, b.done = b.entries[:0], nil, make(chan struct{})
		}
		var kept []byte
		if len(b.buf)+len(line) <= cap(b.buf) {
			start := len(b.buf)
			b.buf = append(b.buf, line...)
			kept = b.buf[start:len(b.buf):len(b.buf)]
		} else {
			kept = bytes.Clone(line) // longer than a batch
		}
		b.lines, b.nums = append(b.lines, kept), append(b.nums, lr.num)
	}
}
