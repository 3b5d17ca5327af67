//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHistoryFIFODoesNotHang puts a named pipe with no writer where the history log should be:
// history, stats and status must answer at once (history and stats with an error naming it,
// status with its usual line), never wait for a writer.
func TestHistoryFIFODoesNotHang(t *testing.T) {
	ta := newTestApp(t)
	if err := os.MkdirAll(filepath.Dir(ta.historyPath()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(ta.historyPath(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args string
		code int
	}{{"history", 1}, {"history --limit 3", 1}, {"history --json", 1}, {"stats", 1}, {"status", 0}} {
		done := make(chan int, 1)
		go func() { done <- ta.run(strings.Fields(tc.args)...) }()
		select {
		case code := <-done:
			if code != tc.code || (tc.code == 1 && !strings.Contains(ta.errOut.String(), "named pipe")) {
				t.Errorf("%s: exit %d, stderr %q; want exit %d naming the pipe", tc.args, code, ta.errOut, tc.code)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s is blocked on a FIFO", tc.args)
		}
	}
}
