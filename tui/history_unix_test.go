//go:build unix

package tui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHistoryFIFODoesNotHang puts a named pipe with no writer where the history log should be:
// the screen's load must come back at once and say it could not read the history.
func TestHistoryFIFODoesNotHang(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	if err := os.MkdirAll(filepath.Dir(c.HistoryPath), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(c.HistoryPath, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan historyModel, 1)
	go func() { done <- loadedHistory(t, c) }()
	select {
	case m := <-done:
		if v := plainView(m.View()); !strings.Contains(v, "Could not read the history") || !strings.Contains(v, "named pipe") {
			t.Errorf("want the error named:\n%s", v)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the history screen is blocked on a FIFO")
	}
}
