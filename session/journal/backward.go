package journal

import (
	"bytes"
	"errors"
	"io"
)

// backReader reads a log from the end, one line at a time, last line first, a chunk at a time
// with ReadAt: reading the latest sessions costs the same whatever the length of the history.
type backReader struct {
	f     io.ReaderAt
	start int64  // file offset of buf[0]
	buf   []byte // the unread part of the file that has been read in: [start, start+len(buf))
	spare []byte
	first bool // the next line is the last one of the file
	done  bool
}

// backChunk is how much a backReader reads at a time.
const backChunk = 64 << 10

// newBackReader reads the size bytes of f from the end. A newline at the very end ends the last
// line; it does not start an empty one.
func newBackReader(f io.ReaderAt, size int64) *backReader {
	return &backReader{f: f, start: size, first: true, done: size == 0}
}

// prev returns the line before the one returned last (at first, the last line of the file),
// without its newline, and the file offset it starts at; it stays valid until the following
// call. A line longer than maxLine comes back as maxLine+1 of its last bytes, to be reported as
// damaged. err is io.EOF once the first line has been returned, or the read error.
func (b *backReader) prev() (line []byte, at int64, err error) {
	if b.done {
		return nil, 0, io.EOF
	}
	for {
		if b.first && len(b.buf) > 0 {
			b.first = false
			b.buf = bytes.TrimSuffix(b.buf, []byte{'\n'})
		}
		if i := bytes.LastIndexByte(b.buf, '\n'); i >= 0 && !b.first {
			line, b.buf = b.buf[i+1:], b.buf[:i]
			return line[max(len(line)-maxLine-1, 0):], b.start + int64(i) + 1, nil
		}
		if b.start == 0 && !b.first {
			b.done = true
			return b.buf[max(len(b.buf)-maxLine-1, 0):], 0, nil
		}
		if len(b.buf) > maxLine {
			return b.skipLong()
		}
		if err := b.more(); err != nil {
			return nil, 0, err
		}
	}
}

// more reads the chunk before buf in front of it.
func (b *backReader) more() error {
	n := min(int64(backChunk), b.start)
	need := int(n) + len(b.buf)
	if cap(b.spare) < need {
		b.spare = make([]byte, max(need, 2*backChunk))
	}
	next := b.spare[:need]
	copy(next[n:], b.buf)
	if _, err := b.f.ReadAt(next[:n], b.start-n); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	b.spare, b.buf, b.start = b.buf[:0], next, b.start-n
	return nil
}

// skipLong reads back past a line longer than maxLine without keeping it, and returns its
// last maxLine+1 bytes.
func (b *backReader) skipLong() ([]byte, int64, error) {
	tail := bytes.Clone(b.buf[len(b.buf)-maxLine-1:])
	b.buf = b.buf[:0]
	for {
		if i := bytes.LastIndexByte(b.buf, '\n'); i >= 0 {
			at := b.start + int64(i) + 1
			b.buf = b.buf[:i]
			return tail, at, nil
		}
		if b.start == 0 {
			b.done = true
			return tail, 0, nil
		}
		b.buf = b.buf[:0]
		if err := b.more(); err != nil {
			return nil, 0, err
		}
	}
}
