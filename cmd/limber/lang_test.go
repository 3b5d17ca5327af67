package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The language of a run: --lang, then language in config.toml, then LC_ALL, LC_MESSAGES and
// LANG; plain mode and the library both speak it, and --json stays English.
func TestLanguageOfARun(t *testing.T) {
	for _, tc := range []struct {
		name   string
		env    map[string]string
		config string
		args   []string
		want   string // a line plain mode prints
	}{
		{"LANG", map[string]string{"LANG": "de_DE.UTF-8"}, "", nil, "Mach dich bereit: Schulterkreisen"},
		{"LC_ALL over LANG", map[string]string{"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "", nil, "Prépare-toi : Roulements d'épaules"},
		{"config over LANG", map[string]string{"LANG": "de_DE.UTF-8"}, `language = "es"`, nil, "Prepárate: Círculos de hombros"},
		{"--lang over config", map[string]string{"LANG": "de_DE.UTF-8"}, `language = "es"`, []string{"--lang", "fr"}, "Prépare-toi : Roulements d'épaules"},
		{"C locale", map[string]string{"LANG": "C.UTF-8"}, "", nil, "Get ready: Shoulder rolls"},
		{"a language limber does not speak", map[string]string{"LANG": "pt_BR.UTF-8"}, "", nil, "Get ready: Shoulder rolls"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ta := newTestApp(t)
			for k, v := range tc.env {
				ta.env[k] = v
			}
			if tc.config != "" {
				dir := ta.configDir()
				if err := os.MkdirAll(dir, 0o700); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(tc.config+"\n"), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if code := ta.run(append(tc.args, "run", "desk-break")...); code != 0 {
				t.Fatalf("exit %d: %s", code, ta.errOut)
			}
			if !strings.Contains(ta.out.String(), tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, ta.out)
			}
		})
	}
}

func TestLangFlagMistake(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("--lang", "klingon", "list"); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(ta.errOut.String(), `"klingon" is not a language limber speaks`) {
		t.Errorf("stderr: %s", ta.errOut)
	}
}

func TestJSONStaysEnglish(t *testing.T) {
	ta := newTestApp(t)
	ta.env["LANG"] = "de_DE.UTF-8"
	if code := ta.run("show", "desk-break", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if !strings.Contains(ta.out.String(), `"Desk break"`) || strings.Contains(ta.out.String(), "Schreibtischpause") {
		t.Errorf("--json is not English:\n%s", ta.out)
	}
}
