package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeConfig puts config.toml in the test's config folder.
func (ta *testApp) writeConfig(t *testing.T, body string) {
	t.Helper()
	if err := os.MkdirAll(ta.configDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ta.configPath(), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestConfigDefaults(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("config"); code != 0 || ta.errOut.Len() > 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{
		"(not found: these are the defaults)",
		"bell = true", `voice = "off"`, `# get_ready = "10s"`, `remind_every = "50m"`, `remind_hours = "09:00-18:00"`,
		`default_routine = "desk-break"     # Desk break`, "safety_check_days = 30",
		"#   config folder   " + ta.configDir() + "  from $LIMBER_CONFIG_DIR",
		"#   history         " + ta.historyPath() + "  (this device's own file)",
		"#   state folder    " + filepath.Join(ta.env["HOME"], ".local", "state", "limber") + "  (default)",
		"#   reminder state  " + filepath.Join(ta.env["HOME"], ".local", "state", "limber", "remind.json"),
		"#   device id       " + strings.TrimSuffix(filepath.Base(ta.historyPath()), ".jsonl"),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// The output is a valid config.toml.
	ta.writeConfig(t, out)
	ta.app.cfg = nil
	if code := ta.run("config"); code != 0 || ta.errOut.Len() > 0 {
		t.Errorf("limber config's own output as config.toml: exit %d, %s", code, ta.errOut)
	}
}

func TestConfigProblems(t *testing.T) {
	ta := newTestApp(t)
	ta.writeConfig(t, "bell = false\nremind_every = 50\ndefault_routine = \"desk-brek\"\ncolour = true\n")
	code := ta.run("config")
	if code != 1 {
		t.Errorf("exit %d, want 1 for a config with problems", code)
	}
	errs := ta.errOut.String()
	for _, want := range []string{
		ta.configPath() + ":2: remind_every: a duration must be a quoted string",
		"using the default, \"50m\"",
		ta.configPath() + `:4: unknown key "colour"`,
		ta.configPath() + `:3: default_routine: no routine has the id "desk-brek" (did you mean desk-break`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if out := ta.out.String(); !strings.Contains(out, "bell = false") || !strings.Contains(out, `remind_every = "50m"`) ||
		!strings.Contains(out, `default_routine = "desk-break"`) {
		t.Errorf("the good keys apply and the bad ones fall back (and show what is in effect):\n%s", out)
	}
}

func TestConfigJSON(t *testing.T) {
	ta := newTestApp(t)
	ta.writeConfig(t, "voice = \"auto\"\nget_ready = \"12s\"\n")
	if code := ta.run("config", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	var v struct {
		Settings map[string]any
		Paths    map[string]string
		Device   string
	}
	if err := json.Unmarshal(ta.out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Settings["voice"] != "auto" || v.Settings["get_ready"] != "12s" || v.Paths["settings"] != ta.configPath() || v.Paths["reminder_lock"] == "" ||
		v.Paths["state_folder"] == "" || v.Device == "" || !strings.HasSuffix(v.Paths["history"], v.Device+".jsonl") {
		t.Errorf("%+v", v)
	}
}

func TestSettingsApplyToRun(t *testing.T) {
	ta := newTestApp(t)
	// posture-upper-back sets no get_ready of its own, so the setting is its default.
	ta.writeConfig(t, "default_routine = \"posture-upper-back\"\nget_ready = \"12s\"\nbell = true\n")
	if code := ta.run("run"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	if !strings.Contains(out, "Starting in 12 s.") || strings.Contains(out, "\a") {
		t.Errorf("want the configured routine with a 12 s get-ready and no bell into a pipe:\n%.600s", out)
	}
	if !strings.Contains(out, "Posture") {
		t.Errorf("the default_routine setting was not used:\n%.300s", out)
	}
	// breathing-relaxation sets its own 10 s, which the setting does not replace.
	ta.out.Reset()
	if code := ta.run("run", "breathing-relaxation"); code != 0 || !strings.Contains(ta.out.String(), "Starting in 10 s.") {
		t.Errorf("exit %d; want the routine's own 10 s get-ready:\n%.300s", code, ta.out)
	}
	// A bad config never stops a run: the defaults are used, with a warning.
	ta.writeConfig(t, "bell = \n")
	ta.app.cfg = nil // a new process reads it again
	if code := ta.run("run", "--plain"); code != 0 || !strings.Contains(ta.errOut.String(), "using the default settings") {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
}
