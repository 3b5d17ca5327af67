package journal

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"io"
	"runtime"
	"sync"
)

// Scan reads a log line by line from r (any line length) and calls fn with each readable entry,
// in order, from the calling goroutine. Blank lines are ignored; damaged lines are skipped and
// returned in order. Scan stops at the first error from r or from fn and returns it. Lines are
// decoded on several goroutines, in batches; r is only read until Scan returns.
func Scan(r io.Reader, fn func(Entry) error) ([]Damage, error) { return scan(r, false, fn) }

// Batch limits: lines are handed to the decoding goroutines this many at a time.
const (
	batchLines = 512
	batchBytes = 512 << 10
)

// batch is a run of consecutive lines and, once done is closed, what they decoded to.
type batch struct {
	first   int    // line number of the first line
	buf     []byte // the lines, each with its newline (if any)
	ends    []int  // where each line ends in buf
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
			b = &batch{
				buf:     make([]byte, 0, batchBytes+64<<10),
				ends:    make([]int, 0, batchLines),
				entries: make([]Entry, 0, batchLines),
			}
			break
		}
		select {
		case b = <-p.free:
		case <-quit:
			return nil
		}
	}
	b.first, b.done = first, make(chan struct{})
	b.buf, b.ends, b.entries, b.damaged = b.buf[:0], b.ends[:0], b.entries[:0], nil
	return b
}

func (b *batch) full() bool { return len(b.ends) >= batchLines || len(b.buf) >= batchBytes }

// decode fills in entries and damaged.
func (b *batch) decode(d *decoder) {
	start := 0
	for i, end := range b.ends {
		line := b.buf[start:end]
		start = end
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if e, reason := d.decode(line); reason != "" {
			b.damaged = append(b.damaged, Damage{Line: b.first + i, Reason: reason})
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

// readBatches reads r into batches of whole lines and hands each to send, stopping when send
// returns false. It returns the first read error other than io.EOF.
func readBatches(r io.Reader, batches *pool, quit <-chan struct{}, send func(*batch) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	b := batches.get(1, quit)
	for n := 1; ; n++ {
		start := len(b.buf)
		line, err := br.ReadSlice('\n')
		b.buf = append(b.buf, line...)
		for errors.Is(err, bufio.ErrBufferFull) {
			line, err = br.ReadSlice('\n')
			b.buf = append(b.buf, line...)
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		eof := err != nil
		if !eof || len(b.buf) > start {
			b.ends = append(b.ends, len(b.buf))
		}
		if eof || b.full() {
			if len(b.ends) > 0 && !send(b) {
				return nil
			}
			if eof {
				return nil
			}
			if b = batches.get(n+1, quit); b == nil {
				return nil
			}
		}
	}
}
