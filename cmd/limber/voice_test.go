//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fakeSpeech puts a speech command called name first on PATH. It appends its arguments, one
// call per line, to a log; mode "slow" then blocks on a named pipe nobody writes (a voice that
// never finishes), "fail" exits 1 with an error message.
func fakeSpeech(t *testing.T, name, mode string) (log string) {
	t.Helper()
	dir := t.TempDir()
	log = filepath.Join(dir, "spoken.log")
	script := "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log + "'\n"
	switch mode {
	case "slow":
		gate := filepath.Join(dir, "gate")
		if err := syscall.Mkfifo(gate, 0o600); err != nil {
			t.Fatal(err)
		}
		script += "read -r _ < '" + gate + "'\n"
	case "fail":
		script += "echo 'cannot open audio device' >&2\nexit 1\n"
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return log
}

func spokenLines(log string) []string {
	data, _ := os.ReadFile(log)
	if len(data) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func TestVoiceSpeaksThePlainRun(t *testing.T) {
	log := fakeSpeech(t, "my-voice", "")
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"my-voice -s 150\"\n")
	if code := ta.run("run", "--plain"); code != 0 || ta.errOut.Len() > 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	said := spokenLines(log)
	if len(said) == 0 || said[len(said)-1] != "-s 150 Done" {
		t.Errorf("spoken %q; want the text as the last argument, ending with Done", said)
	}
}

func TestVoiceAutoFindsASpeechCommand(t *testing.T) {
	log := fakeSpeech(t, "espeak-ng", "")
	t.Setenv("PATH", filepath.Dir(log)) // only the fake: no say or spd-say before it
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"auto\"\n")
	if code := ta.run("run", "--plain"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if said := spokenLines(log); len(said) == 0 || said[len(said)-1] != "-- Done" { // espeak-ng gets "--" before the text
		t.Errorf("spoken %q", said)
	}
	if ta.run("config"); !strings.Contains(ta.out.String(), "runs "+filepath.Join(filepath.Dir(log), "espeak-ng")+" TEXT") {
		t.Errorf("limber config does not say which command speaks:\n%s", ta.out)
	}
}

// TestSlowVoiceNeverDelaysTheRun: a voice that never finishes speaking its first phrase. The
// fake clock only moves when the runner waits on it, so if speaking held the runner up the
// session could never end; it ends, and the stuck command is stopped afterwards.
func TestSlowVoiceNeverDelaysTheRun(t *testing.T) {
	log := fakeSpeech(t, "slow-voice", "slow")
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"slow-voice\"\n")
	if code := ta.run("run", "--plain"); code != 0 || ta.errOut.Len() > 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if !strings.Contains(ta.out.String(), "Saved to your history") {
		t.Errorf("the session did not finish:\n%s", ta.out)
	}
	if said := spokenLines(log); len(said) != 1 {
		t.Errorf("spoken %q; want one phrase, still being said when the run ended", said)
	}
}

func TestFailingVoiceIsReportedOnce(t *testing.T) {
	log := fakeSpeech(t, "broken-voice", "fail")
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"broken-voice\"\n")
	if code := ta.run("run", "--plain"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	errs := ta.errOut.String()
	if strings.Count(errs, "voice command") != 1 || !strings.Contains(errs, "cannot open audio device") {
		t.Errorf("stderr %q; want the failure once, with the command's message", errs)
	}
	if said := spokenLines(log); len(said) != 1 {
		t.Errorf("after failing, the voice was tried %d times", len(said))
	}
}

func TestMissingVoiceCommand(t *testing.T) {
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"no-such-voice-here\"\n")
	if code := ta.run("run", "--plain"); code != 0 || !strings.Contains(ta.errOut.String(), `voice command "no-such-voice-here" was not found on PATH; going on without voice`) {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
}
