package journal

import (
	"bytes"
	"errors"
	"io"
)

// backReader reads a log from the end, one line at a time, last line first, a chunk at a time
// with ReadAt: reading the latest sessions costs the same whatever the length of the history.
// Each chunk is split into lines forwards (bytes.IndexByte is vectorised, LastIndexByte is not)
// and its lines handed out last first.
type backReader struct {
	f     io.ReaderAt
	start int64    // file offset of buf[0]
	buf   []byte   // the part of the file read in and not yet split: [start, start+len(buf))
	lines [][]byte // whole lines split off the end of buf, in file order, not yet returned
	at    []int64  // the file offset of each of lines
	spare []byte
	first bool // buf still ends with the end of the file
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
	for len(b.lines) == 0 {
		if b.done {
			return nil, 0, io.EOF
		}
		if err := b.split(); err != nil {
			return nil, 0, err
		}
	}
	k := len(b.lines) - 1
	line, at = b.lines[k], b.at[k]
	b.lines, b.at = b.lines[:k], b.at[:k]
	return line[max(len(line)-maxLine-1, 0):], at, nil
}

// split moves the whole lines at the end of buf to lines, reading more of the file first when
// buf holds none.
func (b *backReader) split() error {
	if b.first && len(b.buf) > 0 {
		b.first = false
		b.buf = bytes.TrimSuffix(b.buf, []byte{'\n'})
	}
	i := bytes.IndexByte(b.buf, '\n')
	switch {
	case b.first:
		return b.more()
	case i >= 0: // the lines after the first newline are whole
		for rest, at := b.buf[i+1:], b.start+int64(i)+1; ; {
			j := bytes.IndexByte(rest, '\n')
			if j < 0 {
				b.lines, b.at = append(b.lines, rest), append(b.at, at)
				break
			}
			b.lines, b.at = append(b.lines, rest[:j]), append(b.at, at)
			rest, at = rest[j+1:], at+int64(j)+1
		}
		b.buf = b.buf[:i]
		return nil
	case b.start == 0: // the first line of the file
		b.lines, b.at = append(b.lines, b.buf), append(b.at, 0)
		b.buf, b.done = nil, true
		return nil
	case len(b.buf) > maxLine:
		return b.skipLong()
	}
	return b.more()
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

// skipLong reads back past the start of a line longer than maxLine (buf holds its end) without
// keeping more of it, and queues its last maxLine+1 bytes as a line.
func (b *backReader) skipLong() error {
	tail := bytes.Clone(b.buf[len(b.buf)-maxLine-1:])
	for b.buf = b.buf[:0]; ; b.buf = b.buf[:0] {
		if b.start == 0 {
			b.lines, b.at, b.done = append(b.lines, tail), append(b.at, 0), true
			return nil
		}
		if err := b.more(); err != nil {
			return err
		}
		if i := bytes.LastIndexByte(b.buf, '\n'); i >= 0 {
			b.lines, b.at = append(b.lines, tail), append(b.at, b.start+int64(i)+1)
			b.buf = b.buf[:i]
			return nil
		}
	}
}
