//go:build unix

package sound

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeVoice is a speech command in a temporary folder put first on PATH. It appends its
// arguments, one call per line, to a log; when gated, call n then waits on the named pipe
// gate.n until the test lets it finish (a slow voice); with fail it exits 3 with an error.
type fakeVoice struct {
	dir, log string
	released int
}

func newFakeVoice(t *testing.T, name string, gated, fail bool) *fakeVoice {
	t.Helper()
	dir := t.TempDir()
	f := &fakeVoice{dir: dir, log: filepath.Join(dir, "spoken.log")}
	script := "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + f.log + "'\n"
	if gated {
		for n := 1; n <= 10; n++ {
			if err := syscall.Mkfifo(filepath.Join(dir, fmt.Sprintf("gate.%d", n)), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		script += "n=$(wc -l < '" + f.log + "' | tr -d ' ')\nread -r _ < \"" + dir + "/gate.$n\"\n"
	}
	if fail {
		script += "echo 'no audio device here' >&2\nexit 3\n"
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return f
}

// spoken returns the logged calls.
func (f *fakeVoice) spoken() []string {
	data, _ := os.ReadFile(f.log)
	s := strings.TrimSuffix(string(data), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// release lets the next call finish (it blocks until that call waits at its gate).
func (f *fakeVoice) release(t *testing.T) {
	t.Helper()
	f.released++
	if err := os.WriteFile(filepath.Join(f.dir, fmt.Sprintf("gate.%d", f.released)), []byte("go\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// waitSpoken waits until n calls have been logged (the speaker's goroutine runs on its own).
func (f *fakeVoice) waitSpoken(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for len(f.spoken()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("waited for %d calls; log has %q", n, f.spoken())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestResolve(t *testing.T) {
	newFakeVoice(t, "espeak-ng", false, false)
	t.Setenv("PATH", filepath.Dir(must(exec.LookPath("espeak-ng")))) // only the fake
	argv, err := Resolve("auto", exec.LookPath)
	if err != nil || len(argv) != 1 || filepath.Base(argv[0]) != "espeak-ng" {
		t.Errorf("auto: %q, %v", argv, err)
	}
	argv, err = Resolve("espeak-ng -s 150 -v en", exec.LookPath)
	if err != nil || strings.Join(argv[1:], " ") != "-s 150 -v en" {
		t.Errorf("a command with flags: %q, %v", argv, err)
	}
	if argv, err := Resolve("off", exec.LookPath); argv != nil || err != nil {
		t.Errorf("off: %q, %v", argv, err)
	}
	if _, err := Resolve("no-such-voice", exec.LookPath); err == nil || !strings.Contains(err.Error(), `"no-such-voice" was not found`) {
		t.Errorf("missing command: %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	if _, err := Resolve("auto", exec.LookPath); err == nil || !strings.Contains(err.Error(), "say, spd-say, espeak-ng") {
		t.Errorf("auto with none: %v", err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestSpeakerSpeaksInOrderWithTheTextLast(t *testing.T) {
	f := newFakeVoice(t, "my-voice", false, false)
	argv, err := Resolve("my-voice --rate 2", exec.LookPath)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 1)
	s := NewSpeaker(argv, func(err error) { errs <- err })
	for i, p := range []string{"Seated twist, left side", "3", "2", "1"} {
		s.Say(p)
		f.waitSpoken(t, i+1) // one at a time, so the small queue drops nothing
	}
	s.Close(10 * time.Second)
	got := strings.Join(f.spoken(), "|")
	if got != "--rate 2 Seated twist, left side|--rate 2 3|--rate 2 2|--rate 2 1" || len(errs) > 0 {
		t.Errorf("spoken %q, %d errors", got, len(errs))
	}
}

func TestSlowVoiceNeverBlocksAndKeepsTheLatest(t *testing.T) {
	f := newFakeVoice(t, "slow-voice", true, false)
	argv, _ := Resolve("slow-voice", exec.LookPath)
	s := NewSpeaker(argv, func(err error) { t.Errorf("slow voice failed: %v", err) })
	s.Say("Seated twist, left side")
	f.waitSpoken(t, 1) // now speaking, and held at the gate
	start := time.Now()
	for _, p := range []string{"3", "2", "1", "Switch sides", "3", "2", "1"} {
		s.Say(p)
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("Say blocked for %v behind a slow voice", d)
	}
	for range 4 { // the first call, then the three phrases left in the queue
		f.release(t)
	}
	s.Close(10 * time.Second)
	if got := strings.Join(f.spoken(), "|"); got != "Seated twist, left side|3|2|1" {
		t.Errorf("spoken %q; want the first, then the latest three", got)
	}
}

func TestFailingVoiceIsReportedOnce(t *testing.T) {
	f := newFakeVoice(t, "broken-voice", false, true)
	argv, _ := Resolve("broken-voice", exec.LookPath)
	errs := make(chan error, 10)
	s := NewSpeaker(argv, func(err error) { errs <- err })
	s.Say("Get ready")
	err := <-errs
	if !strings.Contains(err.Error(), "no audio device here") || !strings.Contains(err.Error(), "broken-voice") {
		t.Errorf("error %v", err)
	}
	for range 5 {
		s.Say("3")
	}
	s.Close(time.Second)
	if len(errs) > 0 || len(f.spoken()) != 1 {
		t.Errorf("after a failure: %d more errors, %d calls", len(errs), len(f.spoken()))
	}
}

func TestCloseStopsALongUtterance(t *testing.T) {
	f := newFakeVoice(t, "stuck-voice", true, false)
	argv, _ := Resolve("stuck-voice", exec.LookPath)
	errs := make(chan error, 1)
	s := NewSpeaker(argv, func(err error) { errs <- err })
	s.Say("Done")
	f.waitSpoken(t, 1)
	s.Close(0) // never released: Close must stop it rather than wait
	s.Close(0)
	s.Say("ignored")
	if len(errs) > 0 {
		t.Errorf("stopping on Close is not a failure: %v", <-errs)
	}
	var nilSpeaker *Speaker
	nilSpeaker.Say("nothing")
	nilSpeaker.Close(0)
}

// argvRecorder is a program called name, first on PATH, that appends each call's arguments to
// a log, every argument in brackets ("[--][ -f/etc/passwd]"), so a test sees exactly where
// each one starts and ends.
func argvRecorder(t *testing.T, name string) (log string) {
	t.Helper()
	dir := t.TempDir()
	log = filepath.Join(dir, "argv.log")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]' \"$a\" >> '" + log + "'; done\necho >> '" + log + "'\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	return log
}

// TestTextNeverBecomesAnOption speaks content text that starts with a dash — an exercise named
// "-f/etc/passwd" once made espeak-ng read that file aloud — through each program voice =
// "auto" finds and through commands of the user's own, and checks the arguments each got: the
// text is the last, never starts with "-", and espeak-ng and spd-say get "--" before it.
func TestTextNeverBecomesAnOption(t *testing.T) {
	cases := []struct {
		program, setting string
		want             string // the arguments of one call, as the recorder logs them
	}{
		{"espeak-ng", "auto", "[--][ -f/etc/passwd]"},
		{"spd-say", "auto", "[--][ -f/etc/passwd]"},
		{"say", "auto", "[ -f/etc/passwd]"},
		{"espeak-ng", "espeak-ng -s 150 -v en", "[-s][150][-v][en][--][ -f/etc/passwd]"},
		{"my-voice", "my-voice --rate 2", "[--rate][2][ -f/etc/passwd]"},
		{"my-voice", "my-voice", "[ -f/etc/passwd]"},
	}
	for _, c := range cases {
		log := argvRecorder(t, c.program)
		argv, err := Resolve(c.setting, exec.LookPath)
		if err != nil {
			t.Fatalf("%s: %v", c.setting, err)
		}
		s := NewSpeaker(argv, func(err error) { t.Errorf("%s: %v", c.setting, err) })
		s.Say("-f/etc/passwd")
		s.Close(10 * time.Second)
		data, _ := os.ReadFile(log)
		if got := strings.TrimSpace(string(data)); got != c.want {
			t.Errorf("%s (%s): arguments %s, want %s", c.setting, c.program, got, c.want)
		}
	}
}

// TestOrdinaryTextIsUnchanged: text that does not start with a dash is passed as it is, and a
// dash inside it stays.
func TestOrdinaryTextIsUnchanged(t *testing.T) {
	for text, want := range map[string][]string{
		"Seated twist, left side": {"--", "Seated twist, left side"},
		"Cat-cow -- slowly":       {"--", "Cat-cow -- slowly"},
		"--help":                  {"--", " --help"},
		"-":                       {"--", " -"},
	} {
		if got := speechArgs([]string{"/usr/bin/espeak-ng"}, text); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("speechArgs(%q) = %q, want %q", text, got, want)
		}
	}
}
