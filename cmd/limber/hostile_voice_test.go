//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExerciseNameNeverBecomesAVoiceOption runs a routine whose exercise is named like an
// option of espeak-ng ("-f/…" made it read that file aloud) with the voice set to espeak-ng,
// a fake first on PATH that logs each argument in brackets: the name reaches it as text only,
// after "--" and never starting with a dash.
func TestExerciseNameNeverBecomesAVoiceOption(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "argv.log")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]' \"$a\" >> '" + log + "'; done\necho >> '" + log + "'\n"
	must(t, os.WriteFile(filepath.Join(dir, "espeak-ng"), []byte(script), 0o755))
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"espeak-ng -s 150\"\n")
	ta.writeUserFile(t, "evil.toml", `
[[exercise]]
id = "evil"
name = "-f/etc/passwd"
position = "seated"
cues = ["Sit."]
hold = "3s"

[[routine]]
id = "evil-routine"
name = "--help"
get_ready = "0s"
[[routine.step]]
exercise = "evil"
`)
	if code := ta.run("run", "evil-routine", "--plain"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	data, _ := os.ReadFile(log)
	calls := strings.Split(strings.TrimSpace(string(data)), "\n")
	named := false
	for _, call := range calls {
		args := strings.Split(strings.TrimSuffix(strings.TrimPrefix(call, "["), "]"), "][")
		if len(args) < 4 || args[0] != "-s" || args[1] != "150" || args[2] != "--" {
			t.Errorf("call %s: want -s 150 -- TEXT", call)
			continue
		}
		for _, a := range args[3:] {
			if strings.HasPrefix(a, "-") {
				t.Errorf("call %s: %q would be an option", call, a)
			}
		}
		named = named || strings.Contains(call, "f/etc/passwd")
	}
	if !named {
		t.Errorf("the exercise was never named: %q", calls)
	}
}
