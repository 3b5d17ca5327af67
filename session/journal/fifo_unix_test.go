//go:build unix

package journal

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/limber-coach/limber/content/safefile"
)

// TestReadersRefuseAFIFO checks that a named pipe in the place of the log (with no writer, so
// that opening it for reading the usual way would wait forever) is refused at once by every
// reader, with an error that says what it is.
func TestReadersRefuseAFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC)
	for name, read := range map[string]func() error{
		"Read":      func() error { _, _, err := Read(path); return err },
		"ReadWhere": func() error { _, _, err := ReadWhere(path, CompletedOnly); return err },
		"ReadStats": func() error { _, _, err := ReadStats(path, now, time.UTC); return err },
		"ReadBests": func() error { _, _, err := ReadBests(path, time.Time{}); return err },
		"ReadNewest": func() error {
			_, _, err := ReadNewest(path, 10, time.Time{})
			return err
		},
		"LastEnded": func() error { _, _, err := LastEnded(path); return err },
	} {
		done := make(chan error, 1)
		go func() { done <- read() }()
		select {
		case err := <-done:
			if !errors.Is(err, safefile.ErrNotRegular) || !strings.Contains(err.Error(), "named pipe") {
				t.Errorf("%s: err = %v, want not a regular file (a named pipe)", name, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s blocked on a FIFO", name)
		}
	}
}
