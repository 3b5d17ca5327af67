package journal

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/content/safefile"
)

// Lines move between logs as they are in their files, never decoded and written again: a kind
// of entry, or a field, that this version does not know is carried through untouched.

// lineRef is where one line is: n bytes at offset at of file.
type lineRef struct {
	at   int64
	n    int32
	file int32
}

// readLine reads the line ref points to from src into buf (grown as needed), trimmed of white
// space.
func readLine(src io.ReaderAt, ref lineRef, buf []byte) ([]byte, error) {
	buf = slices.Grow(buf[:0], int(ref.n))[:ref.n]
	if k, err := src.ReadAt(buf, ref.at); k < len(buf) {
		return nil, cmp.Or(err, io.ErrUnexpectedEOF)
	}
	return bytes.TrimSpace(buf), nil
}

// Export writes every entry of the log at path (every file of it, see log.go) to w once, one
// line each as it is in its file, oldest first: by started time, then id — the order of Newest,
// reversed. So the result is a log of its own, which Import (or any reader) takes back. It
// returns how many entries it wrote and the damaged lines it skipped. The log is read newest
// first, keeping only where each line is (16 bytes an entry), then the lines are copied.
func Export(w io.Writer, path string) (n int, damaged []Damage, err error) {
	nw, err := OpenNewest(path, time.Time{})
	if err != nil {
		return 0, nil, err
	}
	defer nw.Close()
	nw.decode(anyKind) // every kind of entry; the steps are still checked, and copied as they are
	var refs []lineRef
	for {
		h, ok := nw.next()
		if !ok {
			break
		}
		refs = append(refs, lineRef{at: h.at, n: int32(h.n), file: int32(h.file)})
	}
	damaged, derr := nw.Damaged()
	if err := cmp.Or(nw.Err(), derr); err != nil {
		return 0, damaged, err
	}
	bw := bufio.NewWriterSize(w, readBuffer)
	var buf []byte
	for i := len(refs) - 1; i >= 0; i-- {
		f := nw.files[refs[i].file]
		line, err := readLine(f.src, refs[i], buf)
		if err != nil {
			return n, damaged, fmt.Errorf("journal: reading %s: %w", f.path, err)
		}
		buf = line[:0]
		bw.Write(line)
		if err := bw.WriteByte('\n'); err != nil {
			return n, damaged, err
		}
		n++
	}
	return n, damaged, bw.Flush()
}

// Imported is what Import did.
type Imported struct {
	// File is the file the new entries were written to; "" when none was new.
	File string
	// Added counts the entries added; Known those the log already had (or that were in the
	// file twice).
	Added, Known int
	// Damaged are the lines of the file imported that could not be read and were skipped.
	Damaged []Damage
}

// Import adds to the log at path the entries of the log file from (an export, a backup,
// another machine's file) that it does not have yet, comparing ids. They go into a file of
// their own in the log's device folder, NAME.d/import-ID.jsonl, written whole under a
// temporary name, synced, then renamed, so an import is all or nothing: never half of one, and
// never a change to any existing file. The file is in end-time order, as Newest needs; it is
// never written again, so a sync tool copies it once and it cannot conflict; and the device's
// own file stays in the order it was written in. Readers treat its entries as possible copies
// (see forEach), so two machines importing the same backup at once still count each session
// once. Only regular files are read (see safefile); a missing from is an error.
func Import(path, from string, now time.Time) (Imported, error) {
	var res Imported
	f, err := safefile.Open(from)
	if err != nil {
		return res, fmt.Errorf("journal: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return res, fmt.Errorf("journal: %w", err)
	}
	src := newNewest(from, f, fi.Size(), time.Time{})
	src.file = f
	defer f.Close()
	src.dec = anyKind // every kind of entry, known to this version or not

	type incoming struct {
		lineRef
		end   time.Time
		id    string
		known bool
	}
	hash := newIDHasher()
	byID := map[idKey]int{}
	var in []incoming
	for {
		it, ok := src.next()
		if !ok {
			break
		}
		k := hash.key(it.e.ID)
		if _, dup := byID[k]; dup {
			res.Known++
			continue
		}
		byID[k] = len(in)
		in = append(in, incoming{lineRef: lineRef{at: it.at, n: int32(it.n)}, end: endOf(it.e), id: it.e.ID})
	}
	res.Damaged, err = src.damages()
	if err = cmp.Or(src.err, err); err != nil {
		return res, err
	}
	if _, err := forEach(path, anyKind, func(e Entry) error {
		if i, ok := byID[hash.key(e.ID)]; ok && !in[i].known {
			in[i].known = true
			res.Known++
		}
		return nil
	}); err != nil {
		return res, err
	}
	in = slices.DeleteFunc(in, func(x incoming) bool { return x.known })
	if len(in) == 0 {
		return res, nil
	}
	slices.SortFunc(in, func(a, b incoming) int { return cmp.Or(a.end.Compare(b.end), strings.Compare(a.id, b.id)) })

	_, devices := logFiles(path)
	if err := os.MkdirAll(devices, 0o700); err != nil {
		return res, fmt.Errorf("journal: %w", err)
	}
	tmp, err := os.CreateTemp(devices, ".import-*.tmp") // hidden: no reader takes it for a log
	if err != nil {
		return res, fmt.Errorf("journal: %w", err)
	}
	defer os.Remove(tmp.Name()) // once renamed, this removes nothing
	bw := bufio.NewWriterSize(tmp, readBuffer)
	var buf []byte
	for _, x := range in {
		line, err := readLine(f, x.lineRef, buf)
		if err != nil {
			tmp.Close()
			return res, fmt.Errorf("journal: reading %s: %w", from, err)
		}
		buf = line[:0]
		bw.Write(line)
		bw.WriteByte('\n')
	}
	err = bw.Flush()
	if err == nil {
		err = tmp.Sync()
	}
	err = cmp.Or(err, tmp.Close())
	name := filepath.Join(devices, "import-"+NewID(now)+".jsonl")
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err == nil {
		err = syncDirs(devices)
	}
	if err != nil {
		return res, fmt.Errorf("journal: importing into %s: %w", devices, err)
	}
	res.File, res.Added = name, len(in)
	return res, nil
}
