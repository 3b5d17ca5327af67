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

// runWithin runs limber in the test app and fails the test if it has not finished within
// timeout (a FIFO used to block open() forever). The run goes on in the background then.
func (ta *testApp) runWithin(t *testing.T, timeout time.Duration, args ...string) int {
	t.Helper()
	done := make(chan int, 1)
	go func() { done <- ta.run(args...) }()
	select {
	case code := <-done:
		return code
	case <-time.After(timeout):
		t.Fatalf("limber %s still running after %v", strings.Join(args, " "), timeout)
		return -1
	}
}

// TestFIFOsAndDevicesAreRefused puts a named pipe called x.toml in the content folder and one
// called config.toml in its place, and links y.toml to /dev/zero: every command that reads
// them reports each (as a named pipe, a device) and goes on, instead of blocking in open() or
// reading until memory runs out.
func TestFIFOsAndDevicesAreRefused(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "good.toml", "[[routine]]\nid = \"mine\"\nname = \"Mine\"\n[[routine.step]]\nexercise = \"plank\"\n")
	dir := ta.contentDir()
	must(t, syscall.Mkfifo(filepath.Join(dir, "x.toml"), 0o600))
	must(t, os.Symlink("/dev/zero", filepath.Join(dir, "y.toml")))
	must(t, syscall.Mkfifo(ta.configPath(), 0o600))
	for _, args := range [][]string{{"validate"}, {"list"}, {"show", "mine"}, {"config"}, {"validate", filepath.Join(dir, "x.toml")}} {
		ta.out.Reset()
		ta.errOut.Reset()
		ta.runWithin(t, 20*time.Second, args...)
		errs := ta.errOut.String()
		if args[0] != "config" && args[0] != "show" || len(args) == 1 {
			if !strings.Contains(errs, "x.toml: cannot be read: not a regular file (it is a named pipe)") {
				t.Errorf("limber %s: the FIFO is not reported:\n%s", strings.Join(args, " "), errs)
			}
		}
		if args[0] == "validate" && len(args) == 1 {
			if !strings.Contains(errs, "y.toml: cannot be read: not a regular file (it is a device)") ||
				!strings.Contains(errs, "config.toml: cannot be read: not a regular file (it is a named pipe); using the default settings") {
				t.Errorf("limber validate: the device or the config FIFO is not reported:\n%s", errs)
			}
		}
		if args[0] == "list" && !strings.Contains(ta.out.String(), "Mine") {
			t.Errorf("limber list lost the good file:\n%s", ta.out)
		}
		if args[0] == "list" && !strings.Contains(errs, "x.toml: not loaded until fixed") {
			t.Errorf("limber list: the unreadable file is not said to be left out:\n%s", errs)
		}
	}
}

// TestContentThatIsAFile: a regular file named content where the folder should be is reported,
// not read as content (it used to load silently), and the rest of limber works.
func TestContentThatIsAFile(t *testing.T) {
	ta := newTestApp(t)
	must(t, os.MkdirAll(ta.configDir(), 0o700))
	must(t, os.WriteFile(ta.contentDir(), []byte("[[routine]]\nid = \"sneaky\"\nname = \"Sneaky\"\n[[routine.step]]\nexercise = \"plank\"\n"), 0o600))
	code := ta.run("list")
	if code != 0 || strings.Contains(ta.out.String(), "Sneaky") {
		t.Errorf("exit %d; a file named content was loaded:\n%s", code, ta.out)
	}
	if want := ta.contentDir() + ": is a regular file, not a folder"; !strings.Contains(ta.errOut.String(), want) {
		t.Errorf("stderr does not say %q:\n%s", want, ta.errOut)
	}
	ta.errOut.Reset()
	if code := ta.run("validate"); code != 1 || !strings.Contains(ta.errOut.String(), "not a folder") {
		t.Errorf("validate: exit %d\n%s", code, ta.errOut)
	}
}

// TestUnreadableFileIsNotSaidToBeLoaded: a file that could not be read at all is "not loaded",
// never "loaded except as said above".
func TestUnreadableFileIsNotSaidToBeLoaded(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "good.toml", "[[routine]]\nid = \"mine\"\nname = \"Mine\"\n[[routine.step]]\nexercise = \"plank\"\n")
	must(t, os.Mkdir(filepath.Join(ta.contentDir(), "folder.toml"), 0o700))
	ta.run("list")
	errs := ta.errOut.String()
	if strings.Contains(errs, "loaded except as said above") || !strings.Contains(errs, "folder.toml: not loaded until fixed") {
		t.Errorf("stderr:\n%s", errs)
	}
}

// hostileNames are file names made to act on the terminal or to forge output: retitle the
// window (OSC 0), write the clipboard (OSC 52), forge a line with a newline, reverse text.
var hostileNames = []string{
	"evil\x1b]0;pwned\x07.toml",
	"clip\x1b]52;c;cm0gLXJmIH4K\x07.toml",
	"forge\nlimber: ok: all fine.toml",
	"rev\u202elmot.toml",
	"zero\u200bwidth.toml",
}

// TestHostileFileNamesAreQuoted gives content files hostile names, each with a problem and each
// overriding a built-in, and checks validate, list, show and the coach's stderr (limber with no
// terminal) print every name quoted, with no control character left to act on the terminal.
func TestHostileFileNamesAreQuoted(t *testing.T) {
	ta := newTestApp(t)
	for i, name := range hostileNames {
		ta.writeUserFile(t, name, "[[exercise]]\nid = \"plank\"\nname = \"Plank "+string(rune('A'+i))+"\"\nposition = \"prone\"\ncues = [\"Hold.\"]\nhold = \"5s\"\nhodl = 1\n")
	}
	ta.writeUserFile(t, hostileNames[0]+".ok.toml", "[[exercise]]\nid = \"chin-tuck\"\nname = \"Chin tuck\"\nposition = \"seated\"\ncues = [\"Tuck.\"]\nhold = \"5s\"\n")
	for _, args := range [][]string{{"validate"}, {"list"}, {"show", "chin-tuck"}, {}} {
		ta.out.Reset()
		ta.errOut.Reset()
		ta.run(args...)
		for stream, out := range map[string]string{"stdout": ta.out.String(), "stderr": ta.errOut.String()} {
			if c := unsafeOutput(out); c >= 0 {
				t.Errorf("limber %q: %s holds %U:\n%q", args, stream, c, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "limber: ok") || strings.HasPrefix(line, "all fine") {
					t.Errorf("limber %q: a file name forged the line %q", args, line)
				}
			}
		}
		if len(args) == 0 || args[0] != "show" {
			if !strings.Contains(ta.errOut.String(), `evil\x1b]0;pwned\a.toml`) {
				t.Errorf("limber %q: the name is not shown escaped:\n%s", args, ta.errOut)
			}
		}
	}
	ta.out.Reset()
	ta.run("show", "chin-tuck")
	if !strings.Contains(ta.out.String(), `Source:    "`) || !strings.Contains(ta.out.String(), `evil\x1b]0;pwned\a.toml.ok.toml" (overrides the built-in`) {
		t.Errorf("show's Source line:\n%s", ta.out)
	}
}
