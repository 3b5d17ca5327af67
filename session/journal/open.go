package journal

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"

	"github.com/limber-coach/limber/content/safefile"
)

// open opens a file of a log for reading with safefile.Open: only a regular file, and never
// blocking (a named pipe or a device in its place is refused with an error that says what it
// is). A missing file is empty: f is nil and err is nil.
func open(path string) (f *os.File, err error) {
	f, err = safefile.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return f, nil
}

// forEach streams every file of the log that path belongs to (see log.go), each from its start,
// calling fn once with each readable entry (only the fields f decoded), and says what it read.
// A missing log is empty.
//
// An entry can be in two files: a sync tool's conflict copy repeats the entries of the file it
// copies, and an import may repeat entries that another device wrote at the same time. Keeping
// every id ever read would cost tens of bytes per session, so only the entries that may be
// copies are kept track of. An entry is an original when it is in the file of the device it
// names (DEVICE.jsonl in the device folder, or the main file for an entry that names none, from
// before devices) and that file's first entry names that device too: such a file is written only
// by its device, through Append, with a new id each time. Every other file — a conflict copy,
// whatever its name, an import, an export dropped into the folder — is read first and the id of
// each of its entries remembered (and an entry read twice counted once); then the devices' files,
// skipping the originals whose id was seen in a copy. A million sessions in the devices' files
// cost no memory at all.
func forEach(path string, f fields, fn func(Entry) error) (r logRead, err error) {
	srcs, err := sources(path)
	if err != nil {
		return r, fmt.Errorf("journal: %w", err)
	}
	type opened struct {
		source
		file *os.File
	}
	var files []opened
	defer func() {
		for _, o := range files {
			o.file.Close()
		}
	}()
	for _, s := range srcs {
		file, err := open(s.path)
		if err != nil {
			return r, err
		}
		if file == nil {
			continue
		}
		if !s.copies {
			dev, ok := peekDevice(file)
			s.copies = !ok || dev != s.own
		}
		files = append(files, opened{s, file})
	}
	slices.SortStableFunc(files, func(a, b opened) int {
		return cmp.Compare(btoi(!a.copies), btoi(!b.copies))
	})
	seen, sc := newIDSet(), newScanner()
	for _, o := range files {
		got := false
		d, err := sc.scan(o.file, f, func(e Entry) error {
			if o.copies || e.Device != o.own {
				if !seen.add(e.ID) {
					return nil
				}
			} else if seen.has(e.ID) {
				return nil
			}
			got = true
			return fn(e)
		})
		for i := range d {
			d[i].File = o.path
		}
		r.damaged = append(r.damaged, d...)
		r.remembered = len(seen.keys)
		if err != nil {
			return r, fmt.Errorf("journal: reading %s: %w", o.path, err)
		}
		if got {
			r.files++
		}
	}
	return r, nil
}

// logRead is what forEach read.
type logRead struct {
	damaged    []Damage // each naming its file
	files      int      // how many files had entries
	remembered int      // how many ids were kept to tell copies (see forEach)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
