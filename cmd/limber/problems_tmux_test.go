//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCoachShowsTheProblemsInYourFiles runs the real coach with a typo in a routine file, a bad
// config.toml and a voice command that is not installed: home says there are problems and
// lists them as limber validate words them, the run screen says the voice is off, and once the
// screen is gone the voice note is printed (after the coach, not behind it).
func TestCoachShowsTheProblemsInYourFiles(t *testing.T) {
	t.Parallel()
	bin := buildLimber(t)
	r := newRig(t)
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "content", "typo.toml"),
		[]byte("[[routine]]\nid = \"mine\"\nname = \"Mine\"\nstep = 3\n"), 0o600))
	must(t, os.WriteFile(filepath.Join(r.dir, "config", "config.toml"),
		[]byte("bell = \"loud\"\nvoice = \"no-such-voice-cmd\"\n"), 0o600))
	r.start(80, 24, "", nil, bin)
	r.waitFor("2 problems in your files — limber validate shows them; v reads them here")
	r.keys("v")
	r.waitFor("Problems in your files")
	for _, want := range []string{"typo.toml:4: step: expected an array", `config.toml:1: bell: "loud" is not on or off`} {
		flat := func(s string) string { return strings.Join(strings.Fields(s), "") } // wrapped anywhere
		r.eventually(want, 10*time.Second, func() bool { return strings.Contains(flat(r.screen()), flat(want)) })
	}
	r.keys("q") // as esc does (a lone Escape from tmux can be taken for the start of a sequence)
	r.waitFor("limber · back care")
	r.keys("/", "f", "a", "u", "l", "t", "Enter", "Enter") // the fault routine's preview
	r.waitFor("Fault check")
	r.keys("Enter")
	r.waitHold()
	r.waitFor(`No voice: voice command "no-such-voice-cmd" was not found`)
	r.keys("q", "q") // a second q ends the session
	r.waitFor("Saved to your history")
	r.keys("q")
	if code := r.exitCode(); code != 0 {
		t.Errorf("exit %d", code)
	}
	r.restored()
	if s := r.screen(); !strings.Contains(strings.ReplaceAll(s, "\n", ""), `voice command "no-such-voice-cmd" was not found on PATH; going on without voice`) {
		t.Errorf("the voice note is not in the terminal once the coach is gone:\n%s", s)
	}
}
