package store

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/limber-coach/limber/content/safefile"
)

// Device returns this machine's device id, which names its file of the history
// (history.d/DEVICE.jsonl). It is kept in the state folder, never in the data folder: a file
// there would be synced to the other machines, which would then write the same file. The first
// call makes it — the host name's first word and six random characters, "laptop-4f9k2m", so a
// person can tell the files apart and two machines of one name still differ — and every later
// call, by any limber on this machine, reads it back. Two limbers making it at once agree on
// one (the file is linked into place only if none is there yet). A file that does not hold a
// valid id (see ValidDevice) is replaced with a new one; that device then starts a new file
// of the history, and nothing is lost.
func (d Dir) Device() (string, error) {
	path := d.StatePath(DeviceFile)
	id, err := readDevice(path)
	switch {
	case err == nil:
		return id, nil
	case !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, errBadDevice):
		return "", fmt.Errorf("this machine's device id: %w", err)
	}
	replace := errors.Is(err, errBadDevice)
	id, err = d.makeDevice(path, replace)
	if err != nil {
		return "", fmt.Errorf("this machine's device id: %w", err)
	}
	return id, nil
}

// errBadDevice is readDevice's error for a file that holds no valid id.
var errBadDevice = errors.New("not a device id")

// readDevice reads the device id at path.
func readDevice(path string) (string, error) {
	data, err := safefile.ReadFile(path, 256)
	if err != nil {
		return "", err
	}
	id := strings.TrimSpace(string(data))
	if !ValidDevice(id) {
		return "", errBadDevice
	}
	return id, nil
}

// makeDevice writes a new id to path (over a bad one when replace is set) and returns the id
// that is there afterwards: its own, or the one another limber put there first.
func (d Dir) makeDevice(path string, replace bool) (string, error) {
	host, _ := os.Hostname()
	id := NewDevice(host)
	if err := os.MkdirAll(d.State, 0o700); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(d.State, ".device-*.tmp")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	_, err = f.WriteString(id + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	if replace {
		err = os.Rename(tmp, path)
	} else if err = os.Link(tmp, path); errors.Is(err, fs.ErrExist) {
		return readDevice(path) // another limber made it a moment ago
	} else if err != nil {
		err = os.Rename(tmp, path) // a file system without hard links
	}
	if err != nil {
		return "", err
	}
	return id, syncDir(d.State)
}

// NewDevice makes a new device id for a machine named host: the first word of its name in
// lower case (letters and digits, at most 16; "device" when none), a dash, and six random
// characters of Crockford's base32 in lower case (30 bits).
func NewDevice(host string) string {
	host, _, _ = strings.Cut(strings.ToLower(host), ".")
	var b strings.Builder
	for _, r := range host {
		switch {
		case b.Len() == 16:
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	prefix := strings.TrimRight(b.String(), "-")
	if prefix == "" {
		prefix = "device"
	}
	const digits = "0123456789abcdefghjkmnpqrstvwxyz"
	var rnd [6]byte
	rand.Read(rnd[:])
	for i, c := range rnd {
		rnd[i] = digits[c&31]
	}
	return prefix + "-" + string(rnd[:])
}

// ValidDevice reports whether id can be a device id: 1 to 40 lower-case letters, digits and
// dashes, starting with a letter or digit — a file name on every system, the same in any case.
func ValidDevice(id string) bool {
	if id == "" || len(id) > 40 || id[0] == '-' {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
