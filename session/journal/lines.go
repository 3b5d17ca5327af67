package journal

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// lineReader reads a log from the start, one line at a time, however long the line: lines up
// to the buffer's size are returned in place; longer ones are gathered up to maxLine, and past
// that only counted.
type lineReader struct {
	r    *bufio.Reader
	num  int    // the number of the line last returned, from 1
	long []byte // a line longer than the buffer, gathered
}

// readBuffer is the forward reader's buffer: most lines are returned from it without a copy.
const readBuffer = 256 << 10

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, readBuffer)}
}

// next returns the next line without its newline; it stays valid until the following call. A
// line longer than maxLine comes back as maxLine+1 of its bytes, to be reported as damaged. err
// is io.EOF after the last line (which may lack a newline), or the read error.
func (l *lineReader) next() (line []byte, err error) {
	frag, err := l.r.ReadSlice('\n')
	if err == nil {
		l.num++
		return frag[:len(frag)-1], nil
	}
	if !errors.Is(err, bufio.ErrBufferFull) {
		if len(frag) > 0 && errors.Is(err, io.EOF) {
			l.num++ // a last line without a newline: a torn write, or one being written
			return frag, nil
		}
		return nil, err
	}
	l.num++
	l.long = append(l.long[:0], frag...)
	for errors.Is(err, bufio.ErrBufferFull) {
		frag, err = l.r.ReadSlice('\n')
		if room := maxLine + 1 - len(l.long); room > 0 {
			l.long = append(l.long, frag[:min(len(frag), room)]...)
		}
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return bytes.TrimSuffix(l.long, []byte{'\n'}), nil
}
