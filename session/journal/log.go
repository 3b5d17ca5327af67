package journal

import (
	"bytes"
	"cmp"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// A log is one file or several: the main file, NAME.jsonl, and beside it the folder NAME.d that
// holds one file per device, NAME.d/DEVICE.jsonl (in the data folder: history.jsonl and
// history.d/). Every reader is given the path of one file of the log — the main file or a
// device's — and reads them all, together with the copies that folder-sync tools leave behind;
// Append writes only the file it is given.

// logFiles returns the main file and the device folder of the log that path belongs to: path
// is a device's file when its folder's name ends in ".d", and the main file otherwise.
func logFiles(path string) (main, devices string) {
	dir := filepath.Dir(path)
	if base := filepath.Base(dir); len(base) > len(".d") && strings.HasSuffix(base, ".d") {
		return filepath.Join(filepath.Dir(dir), strings.TrimSuffix(base, ".d")+".jsonl"), dir
	}
	return path, strings.TrimSuffix(path, ".jsonl") + ".d"
}

// DeviceFile is the file of device in the log whose main file is main: NAME.d/DEVICE.jsonl.
func DeviceFile(main, device string) string {
	_, devices := logFiles(main)
	return filepath.Join(devices, device+".jsonl")
}

// deviceOf is the device whose file path is (the file's name without .jsonl), or "" when path
// is not in a log's device folder.
func deviceOf(path string) string {
	if main, _ := logFiles(path); main == path {
		return ""
	}
	return strings.TrimSuffix(filepath.Base(path), ".jsonl")
}

// source is one file of a log.
type source struct {
	path string
	// own is the device whose entries in this file are its originals: "" for the main file (the
	// log from before devices), the file's name for a device's file.
	own string
	// copies is set for a file whose every entry may be a copy of one elsewhere: a sync tool's
	// conflict copy, an import, a file renamed.
	copies bool
}

// sources lists the files of the log that path belongs to: the main file (listed even when it
// is missing), the sync tools' copies of it beside it, and every log file in the device folder.
// Temporary files (a half-synced download, an editor's or an office suite's lock) are left
// out. A missing folder has no files; a folder that cannot be listed is an error.
func sources(path string) ([]source, error) {
	main, devices := logFiles(path)
	out := []source{{path: main}}
	names, err := readNames(filepath.Dir(main))
	if err != nil {
		return out, err
	}
	stem := strings.TrimSuffix(filepath.Base(main), ".jsonl")
	for _, name := range names {
		if name != filepath.Base(main) && isCopyOf(name, stem) {
			out = append(out, source{path: filepath.Join(filepath.Dir(main), name), own: "\x00", copies: true})
		}
	}
	names, err = readNames(devices)
	if err != nil {
		return out, err
	}
	for _, name := range names {
		out = append(out, source{path: filepath.Join(devices, name), own: strings.TrimSuffix(name, ".jsonl")})
	}
	return out, nil
}

// readNames lists the log files in dir, sorted: the files named *.jsonl that are not hidden or
// temporary. Whatever they are is listed, so that a named pipe, a device or a folder of such a
// name is refused by the reader with an error that says what it is, as in the main file's
// place. A missing folder has none.
func readNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if logName(e.Name()) {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return names, nil
}

// logName reports whether a file of this name is read as part of a log: it ends in .jsonl and
// is not a temporary file — Syncthing's .syncthing.NAME.tmp and ~syncthing~NAME.tmp, Microsoft
// Office's ~$NAME, the .~lock files of LibreOffice, iCloud's .NAME.icloud placeholders,
// Nextcloud's and Dropbox's hidden partial downloads, limber's own .import-*.tmp — all of which
// are hidden, start with ~, or do not end in .jsonl.
func logName(name string) bool {
	return strings.HasSuffix(name, ".jsonl") && !strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "~")
}

// isCopyOf reports whether the log file name is a sync tool's copy of the file stem.jsonl (see
// SyncCopy).
func isCopyOf(name, stem string) bool { return SyncCopy(name, stem+".jsonl") }

// SyncCopy reports whether a file named name is a folder-sync tool's copy of the file named of,
// left beside it when two machines changed it at once: of's name followed by what the tool adds,
// before the same extension — Syncthing's ".sync-conflict-DATE-TIME-DEVICE", Dropbox's and
// Nextcloud's " (conflicted copy …)", OneDrive's "-COMPUTER", iCloud's " 2", Google Drive's
// "(1)". Hidden files and those starting with ~ (temporary files) are never copies.
func SyncCopy(name, of string) bool {
	ext := filepath.Ext(of)
	rest, ok := strings.CutPrefix(name, strings.TrimSuffix(of, ext))
	if !ok || !strings.HasSuffix(rest, ext) || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~") {
		return false
	}
	rest = strings.TrimSuffix(rest, ext)
	return rest != "" && strings.ContainsRune(" .-_(~[", rune(rest[0]))
}

// peekDevice returns the device named by the first readable entry in the first 64 KiB of f
// (ok is false when there is none).
func peekDevice(f *os.File) (device string, ok bool) {
	buf := make([]byte, backChunk)
	n, _ := f.ReadAt(buf, 0)
	lines := bytes.Split(buf[:n], []byte{'\n'})
	if n == len(buf) {
		lines = lines[:len(lines)-1] // the last may be cut short
	}
	for _, line := range lines {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if e, reason := decodeLine(line, noSteps); reason == "" {
			return e.Device, true
		}
	}
	return "", false
}

// File is one file of a log, as Files lists it.
type File struct {
	Path string
	// Device is the device whose own file this is (its first entry names the device it is
	// named after), "" for the main file and for every other file: a sync tool's conflict copy,
	// an import, a file renamed — whose entries are each counted once with the rest.
	Device string
	// Main is set for the main file, from before devices.
	Main bool
}

// Files lists the files of the log that path belongs to that are there and read: the main
// file, the devices' own files, and the others (conflict copies, imports), in that order, each
// group sorted by name. It reads only the start of each file.
func Files(path string) ([]File, error) {
	srcs, err := sources(path)
	var out, others []File
	for i, s := range srcs {
		f, oerr := open(s.path)
		if oerr != nil || f == nil {
			err = cmp.Or(err, oerr)
			continue
		}
		lf := File{Path: s.path, Main: i == 0}
		if dev, ok := peekDevice(f); !s.copies && ok && dev == s.own && s.own != "" {
			lf.Device = dev
		}
		f.Close()
		if lf.Main || lf.Device != "" {
			out = append(out, lf)
		} else {
			others = append(others, lf)
		}
	}
	return append(out, others...), err
}
