package journal

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"
)

// Scan reads a log line by line from r (any line length) and calls fn with each readable entry,
// in order, from the calling goroutine. Blank lines are ignored; damaged lines are skipped and
// returned in order. Scan stops at the first error from r or from fn and returns it. Lines are
// decoded on several goroutines, in batches; r is only read until Scan returns.
func Scan(r io.Reader, fn func(Entry) error) ([]Damage, error) { return scan(r, false, fn) }

// batchBytes is about how much of the log is handed to a decoding goroutine at a time.
const batchBytes = 512 << 10

// batch is a run of whole lines and, once done is closed, what they decoded to.
type batch struct {
	first   int    // line number of the first line
	buf     []byte // the lines, each with its newline (the last line of the log may lack one)
	entries []Entry
	damaged []Damage
	done    chan struct{}
}

// pool hands out at most cap(free) batches, made as needed and reused once returned to free;
// get waits for one to come back, or returns nil when quit is closed.
type pool struct {
	free chan *batch
	made int
}

func (p *pool) get(first int, quit <-chan struct{}) *batch {
	var b *batch
	select {
	case b = <-p.free:
	default:
		if p.made < cap(p.free) {
			p.made++
			b = &batch{buf: make([]byte, 0, batchBytes+64<<10), entries: make([]Entry, 0, 512)}
			break
		}
		select {
		case b = <-p.free:
		case <-quit:
			return nil
		}
	}
	b.first, b.done = first, make(chan struct{})
	b.buf, b.entries, b.damaged = b.buf[:0], b.entries[:0], nil
	return b
}

// decode splits the batch into lines and fills in entries and damaged.
func (b *batch) decode(d *decoder) {
	rest := b.buf
	for n := b.first; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if e, reason := d.decode(line); reason != "" {
			b.damaged = append(b.damaged, Damage{Line: n, Reason: reason})
		} else {
			b.entries = append(b.entries, e)
		}
	}
	close(b.done)
}

// scan is Scan, optionally dropping steps. One goroutine reads lines into batches, a few decode
// batches, and the caller's goroutine takes the results in order.
func scan(r io.Reader, noSteps bool, fn func(Entry) error) ([]Damage, error) {
	workers := min(max(runtime.GOMAXPROCS(0), 1), 4)
	var (
		jobs    = make(chan *batch, workers)
		order   = make(chan *batch, 2*workers)
		quit    = make(chan struct{})
		batches = &pool{free: make(chan *batch, 2*workers+2)}
		wg      sync.WaitGroup
		readErr error
	)
	for range workers {
		d := newDecoder()
		d.noSteps = noSteps
		wg.Go(func() {
			for b := range jobs {
				b.decode(d)
			}
		})
	}
	wg.Go(func() {
		defer close(jobs)
		defer close(order)
		readErr = readBatches(r, batches, quit, func(b *batch) bool {
			select {
			case order <- b:
			case <-quit:
				return false
			}
			select {
			case jobs <- b:
				return true
			case <-quit:
				return false
			}
		})
	})

	var (
		damaged []Damage
		fnErr   error
	)
	for b := range order {
		if fnErr != nil {
			continue
		}
		<-b.done
		damaged = append(damaged, b.damaged...)
		for _, e := range b.entries {
			if fnErr = fn(e); fnErr != nil {
				close(quit)
				break
			}
		}
		batches.free <- b // fn has its copies; decoded entries share no memory with buf
	}
	wg.Wait()
	return damaged, cmp.Or(fnErr, readErr)
}

// readBatches reads r into batches of whole lines — reading straight into each batch's buffer
// and carrying a partial last line over to the next — and hands each to send, stopping when send
// returns false. It returns the first read error other than io.EOF.
func readBatches(r io.Reader, batches *pool, quit <-chan struct{}, send func(*batch) bool) error {
	var carry []byte // the start of a line the previous batch could not hold
	for line := 1; ; {
		b := batches.get(line, quit)
		if b == nil {
			return nil
		}
		b.buf = append(b.buf, carry...)
		var err error
		cut := -1 // end of the last whole line in buf
		for err == nil && (len(b.buf) < batchBytes || cut < 0) {
			if len(b.buf) == cap(b.buf) {
				b.buf = slices.Grow(b.buf, cap(b.buf)) // a line longer than a batch
			}
			var n int
			n, err = r.Read(b.buf[len(b.buf):cap(b.buf)])
			if i := bytes.LastIndexByte(b.buf[len(b.buf):len(b.buf)+n], '\n'); i >= 0 {
				cut = len(b.buf) + i + 1
			}
			b.buf = b.buf[:len(b.buf)+n]
		}
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return err
		}
		if eof || cut < 0 {
			cut = len(b.buf)
		}
		carry = append(carry[:0], b.buf[cut:]...)
		b.buf = b.buf[:cut]
		line += bytes.Count(b.buf, []byte{'\n'})
		if len(b.buf) > 0 && !send(b) {
			return nil
		}
		if eof {
			return nil
		}
	}
}
