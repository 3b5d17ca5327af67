package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testApp is an app with buffers for output, a private config and data folder, and a fixed clock.
type testApp struct {
	*app
	out, errOut *bytes.Buffer
	env         map[string]string
	clock       *fakeClock
}

// fakeClock advances only when the coach waits on it, so a whole routine runs instantly and
// exactly on schedule.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func (c *fakeClock) after(d time.Duration) <-chan time.Time {
	c.t = c.t.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.t
	return ch
}

func newTestApp(t testing.TB) *testApp {
	t.Helper()
	dir := t.TempDir()
	ta := &testApp{out: &bytes.Buffer{}, errOut: &bytes.Buffer{}, clock: &fakeClock{time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)}, env: map[string]string{
		"HOME":              dir,
		"LIMBER_CONFIG_DIR": filepath.Join(dir, "config"),
		"LIMBER_DATA_DIR":   filepath.Join(dir, "data"),
	}}
	ta.app = &app{
		stdin:  strings.NewReader(""),
		stdout: ta.out,
		stderr: ta.errOut,
		getenv: func(k string) string { return ta.env[k] },
		now:    func() time.Time { return ta.clock.now() },
		after:  func(d time.Duration) <-chan time.Time { return ta.clock.after(d) },
	}
	return ta
}

// run runs limber with args and returns the exit code.
func (ta *testApp) run(args ...string) int {
	return ta.runWithInput("", args...)
}

// runWithInput runs limber with the given standard input.
func (ta *testApp) runWithInput(in string, args ...string) int {
	ta.app.stdin = strings.NewReader(in)
	ta.app.lines = func() <-chan string {
		lines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
		if in == "" {
			lines = nil
		}
		ch := make(chan string, len(lines))
		for _, l := range lines {
			ch <- l
		}
		close(ch)
		return ch
	}
	ta.out.Reset()
	ta.errOut.Reset()
	return exitCode(ta.app, run(ta.app, args))
}

// writeUserFile puts a content file in the user's content folder.
func (ta *testApp) writeUserFile(t *testing.T, name, body string) string {
	t.Helper()
	dir := ta.contentDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// readGolden is testdata/name.
func readGolden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/limber -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if the change is intended)\n--- got ---\n%s", path, got)
	}
}
