package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/limber-coach/limber/content/safefile"
)

// Bounds on a content folder, far above a real one (limber's own library is 12 files, 70 KiB).
const (
	// MaxFolderFiles is the most *.toml files read from one folder.
	MaxFolderFiles = 1000
	// MaxFolderSize is the most bytes read from one folder's files together.
	MaxFolderSize = 16 << 20
)

// FolderSources reads the *.toml files of the user's content folder, in name order, and then the
// translations in its locale folder (locale/de.toml …). A folder
// that does not exist is no problem (the user has no content yet); anything else there — a
// regular file named like the folder, a named pipe — is reported, never read as content.
func FolderSources(dir string) ([]Source, Problems) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, Problems{{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}}
	case !info.IsDir():
		return nil, Problems{{File: dir, FileLeftOut: true,
			Msg: "is " + what(info.Mode()) + ", not a folder: limber reads your exercises and routines from the *.toml files in a folder of this name (move this file into one)"}}
	}
	return folderSources(dir)
}

// PathSources reads the given files, and the *.toml files of the given folders, in name order.
// Every file is read with safefile: regular files only, never blocking, at most MaxFileSize.
func PathSources(paths []string) ([]Source, Problems) {
	var out []Source
	var probs Problems
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			probs = append(probs, Problem{File: p, Msg: readMessage(err, contentLimits), FileLeftOut: true})
			continue
		}
		if info.IsDir() {
			srcs, ps := folderSources(p)
			out, probs = append(out, srcs...), append(probs, ps...)
			continue
		}
		if src, prob := readSource(p); prob != nil {
			probs = append(probs, *prob)
		} else {
			out = append(out, src)
		}
	}
	return out, probs
}

// folderSources reads the *.toml files of dir, in name order, and then those of its locale
// folder (translations), within MaxFolderFiles and MaxFolderSize for the two together.
func folderSources(dir string) ([]Source, Problems) {
	names, prob := tomlNames(dir)
	if prob != nil {
		return nil, Problems{*prob}
	}
	if filepath.Base(dir) != LocaleDir {
		ldir := filepath.Join(dir, LocaleDir)
		switch info, err := os.Stat(ldir); {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, Problems{{File: ldir, Msg: readMessage(err, contentLimits), FileLeftOut: true}}
		case !info.IsDir():
			return nil, Problems{{File: ldir, FileLeftOut: true,
				Msg: "is " + what(info.Mode()) + ", not a folder: translations go in a folder of this name, one file per language (de.toml)"}}
		default:
			more, prob := tomlNames(ldir)
			if prob != nil {
				return nil, Problems{*prob}
			}
			for _, n := range more {
				names = append(names, filepath.Join(LocaleDir, n))
			}
			if len(names) > MaxFolderFiles {
				return nil, Problems{tooManyFiles(dir)}
			}
		}
	}
	var out []Source
	var probs Problems
	total := 0
	for _, n := range names {
		file := filepath.Join(dir, n)
		if total >= MaxFolderSize {
			probs = append(probs, Problem{File: file, FileLeftOut: true,
				Msg: fmt.Sprintf("not read: the files before it in %s already add up to %s, the most limber reads from one folder", DisplayPath(dir), safefile.Size(MaxFolderSize))})
			continue
		}
		src, prob := readSource(file)
		if prob != nil {
			probs = append(probs, *prob)
			continue
		}
		total += len(src.Data)
		out = append(out, src)
	}
	return out, probs
}

// tomlNames lists the names of the *.toml files in dir, sorted, at most MaxFolderFiles. Names
// are listed in chunks and only those ending in .toml kept, so a folder flooded with other files
// costs no more memory than its .toml names.
func tomlNames(dir string) ([]string, *Problem) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, &Problem{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}
	}
	defer f.Close()
	var names []string
	for {
		chunk, err := f.Readdirnames(256)
		for _, n := range chunk {
			if strings.HasSuffix(n, ".toml") {
				names = append(names, n)
			}
		}
		if len(names) > MaxFolderFiles {
			p := tooManyFiles(dir)
			return nil, &p
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Problem{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}
		}
	}
	sort.Strings(names)
	return names, nil
}

func tooManyFiles(dir string) Problem {
	return Problem{File: dir, FileLeftOut: true,
		Msg: fmt.Sprintf("holds more than %s .toml files; none of them is loaded (a content folder needs a few dozen at most)", thousands(MaxFolderFiles))}
}

// readSource reads one content file with safefile.
func readSource(file string) (Source, *Problem) {
	data, err := safefile.ReadFile(file, MaxFileSize)
	if err != nil {
		return Source{}, &Problem{File: file, Msg: readMessage(err, contentLimits), FileLeftOut: true}
	}
	return Source{Name: file, Data: data}, nil
}

// readMessage says why a file could not be read, without its path (the problem names the file,
// quoted when need be).
func readMessage(err error, lim scanLimits) string {
	var tb *safefile.TooBigError
	if errors.As(err, &tb) {
		return tooBig(tb.Size, tb.Limit, lim.what)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "cannot be read: " + err.Error()
}

// tooBig says a file is over its size limit; in bytes when it is barely over, so that the two
// figures never read the same ("1.0 MiB; at most 1 MiB").
func tooBig(size, limit int64, what string) string {
	s, l := safefile.Size(size), safefile.Size(limit)
	if size-limit < limit/100 {
		s, l = thousands(int(size))+" bytes", thousands(int(limit))+" bytes"
	}
	return fmt.Sprintf("the file is %s; %s may be at most %s (limber's own files are under 12 KiB)", s, what, l)
}

// what names the kind of file a mode is: "a regular file", "a named pipe", ….
func what(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "a regular file"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "not a folder"
}
