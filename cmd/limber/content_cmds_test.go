package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/limber-coach/limber/tui/cli"
)

func TestListAndShowGolden(t *testing.T) {
	cases := []struct {
		golden string
		args   []string
	}{
		{"list-routines.golden", []string{"list"}},
		{"list-exercises.golden", []string{"list", "exercises"}},
		{"show-desk-break.golden", []string{"show", "desk-break"}},
		{"show-knee-to-chest.golden", []string{"show", "knee-to-chest"}},
		{"show-box-breathing.golden", []string{"show", "box-breathing"}},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			ta := newTestApp(t)
			if code := ta.run(c.args...); code != 0 {
				t.Fatalf("exit %d, stderr: %s", code, ta.errOut)
			}
			if ta.errOut.Len() != 0 {
				t.Errorf("unexpected stderr: %s", ta.errOut)
			}
			golden(t, c.golden, ta.out.String())
		})
	}
}

// Every table, every show and every help text reads in an 80-column terminal, and the built-in
// exercise names and routine equipment are never cut to get there.
func TestOutputFitsEightyColumns(t *testing.T) {
	lib := loadLibrary(newTestApp(t).app)
	runs := [][]string{{"list", "routines"}, {"list", "exercises"}, {"help"}}
	for _, c := range commands() {
		runs = append(runs, []string{"help", c.Name})
	}
	for _, id := range lib.IDs() {
		runs = append(runs, []string{"show", id})
	}
	for _, args := range runs {
		ta := newTestApp(t)
		ta.run(args...)
		for _, line := range strings.Split(ta.out.String(), "\n") {
			if n := len([]rune(line)); n > cli.Width {
				t.Errorf("limber %s: line is %d columns: %q", strings.Join(args, " "), n, line)
			}
		}
	}
	ta := newTestApp(t)
	ta.run("list", "exercises")
	if strings.Contains(ta.out.String(), "…") {
		t.Errorf("list exercises cuts a built-in name:\n%s", ta.out)
	}
	ta = newTestApp(t)
	ta.run("list")
	for _, needs := range []string{"needs foam roller", "needs desk", "needs wall, doorway"} {
		if !strings.Contains(ta.out.String(), needs) {
			t.Errorf("list routines lacks %q:\n%s", needs, ta.out)
		}
	}
}

func TestListJSON(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("list", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	var routines []map[string]any
	if err := json.Unmarshal(ta.out.Bytes(), &routines); err != nil {
		t.Fatal(err)
	}
	if len(routines) == 0 || routines[0]["id"] != "desk-break" {
		t.Fatalf("routines JSON should start with desk-break: %v", routines)
	}
	for _, r := range routines {
		if r["name"] == "" || r["seconds"].(float64) <= 0 || len(r["steps"].([]any)) == 0 {
			t.Errorf("routine %v lacks name, computed seconds or steps", r["id"])
		}
	}
	ta.run("list", "exercises", "--json")
	var exercises []map[string]any
	if err := json.Unmarshal(ta.out.Bytes(), &exercises); err != nil {
		t.Fatal(err)
	}
	for _, e := range exercises {
		if e["id"] == "" || e["name"] == "" || e["dose"] == nil || len(e["cues"].([]any)) == 0 {
			t.Errorf("exercise JSON lacks fields: %v", e)
		}
	}
	ta.run("show", "plank", "--json")
	var one map[string]any
	if err := json.Unmarshal(ta.out.Bytes(), &one); err != nil || one["id"] != "plank" {
		t.Errorf("show --json: %v %v", err, one)
	}
}

func TestShowUnknownSuggests(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("show", "desk-brake"); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(ta.errOut.String(), "did you mean desk-break") {
		t.Errorf("stderr %q lacks the suggestion", ta.errOut)
	}
}

func TestValidate(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("validate"); code != 0 {
		t.Fatalf("built-in library invalid (exit %d): %s", code, ta.errOut)
	}
	good := ta.writeUserFile(t, "good.toml", "[[routine]]\nid = \"mine\"\nname = \"Mine\"\n[[routine.step]]\nexercise = \"plank\"\nhold = \"20s\"\n")
	if code := ta.run("validate", good); code != 0 {
		t.Errorf("a user routine of built-in exercises should validate: exit %d %s", code, ta.errOut)
	}
	bad := ta.writeUserFile(t, "bad.toml", "[[routine]]\nid = \"r\"\nname = \"R\"\n[[routine.step]]\nexercise = \"knee-to-chset\"\n")
	if code := ta.run("validate", bad); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := `bad.toml:5: routine "r" step 1: unknown exercise "knee-to-chset" (did you mean "knee-to-chest"?)`
	if !strings.Contains(ta.errOut.String(), want) {
		t.Errorf("stderr %q lacks %q", ta.errOut, want)
	}
	if code := ta.run("validate", "--bogus"); code != 2 {
		t.Errorf("usage error exit %d, want 2", code)
	}
	if code := ta.run("validate", ta.contentDir()+"/missing.toml"); code != 1 {
		t.Errorf("missing file exit %d, want 1", code)
	}
}

// A misspelt key is one problem, not two (the unknown key, then the dose it left missing), and
// the summary counts in words: "1 problem in 1 file", "3 problems in 2 files".
func TestValidateSaysEachMistakeOnce(t *testing.T) {
	ta := newTestApp(t)
	one := ta.writeUserFile(t, "one.toml", "[[exercise]]\nid = \"wall-sit\"\nname = \"Wall sit\"\nposition = \"standing\"\ncues = [\"Lean.\"]\nhodl = \"30s\"\n")
	if code := ta.run("validate", one); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := one + ":6: unknown key \"hodl\" in [[exercise]] (did you mean \"hold\"?)\n1 problem in 1 file\n"
	if ta.errOut.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", ta.errOut, want)
	}
	two := ta.writeUserFile(t, "two.toml", "[[exercise]]\nid = \"x\"\nname = 3\nposition = \"seated\"\ncues = [\"Sit.\"]\nsides = \"both\"\nhold = 30\n")
	ta.run("validate", one, two)
	lines := strings.Split(strings.TrimSpace(ta.errOut.String()), "\n")
	if len(lines) != 5 || lines[4] != "4 problems in 2 files" || !strings.Contains(lines[2], `unknown sides "both" (did you mean "each"?)`) {
		t.Errorf("stderr:\n%s", ta.errOut)
	}
	if code := ta.run("validate", ta.contentDir()); code != 1 {
		t.Errorf("exit %d", code)
	}
}

// validate checks config.toml too: with no path, and when named.
func TestValidateChecksSettings(t *testing.T) {
	ta := newTestApp(t)
	ta.writeConfig(t, "bel = true\ndefault_routine = \"nope\"\n")
	if code := ta.run("validate"); code != 1 {
		t.Errorf("exit %d, want 1 for a bad config.toml", code)
	}
	for _, want := range []string{ta.configPath() + `:1: unknown key "bel"`, ta.configPath() + `:2: default_routine: no routine has the id "nope"`} {
		if !strings.Contains(ta.errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, ta.errOut)
		}
	}
	ta.errOut.Reset()
	if code := ta.run("validate", ta.configPath()); code != 1 || !strings.Contains(ta.errOut.String(), `unknown key "bel"`) || strings.Contains(ta.errOut.String(), "top level") {
		t.Errorf("validate config.toml: exit %d, stderr %s", code, ta.errOut)
	}
	if code := ta.run("validate", t.TempDir()); code != 1 || !strings.Contains(ta.errOut.String(), "no .toml files in") {
		t.Errorf("an empty folder: exit %d, stderr %s", code, ta.errOut)
	}
}

func TestBadUserFileDoesNotHideBuiltins(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "broken.toml", "[[exercise]]\nid = \"x\"\nhold = 30\n")
	if code := ta.run("list"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(ta.out.String(), "desk-break") {
		t.Errorf("built-ins missing from list after a bad user file")
	}
	if !strings.Contains(ta.errOut.String(), "broken.toml:3:8") || !strings.Contains(ta.errOut.String(), "not loaded until fixed") {
		t.Errorf("stderr should name the file, line and column: %q", ta.errOut)
	}
}

func TestPartlyLoadedUserFileIsNotCalledLeftOut(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "mine.toml", "[[exercise]]\nid = \"my-gentle\"\nname = \"Mine\"\nposition = \"seated\"\ncues = [\"Sit.\"]\nhold = \"10s\"\ngentler = \"nothing-here\"\n")
	if code := ta.run("show", "my-gentle"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	errs := ta.errOut.String()
	if strings.Contains(errs, "not loaded") || !strings.Contains(errs, "mine.toml: loaded except as said above") {
		t.Errorf("stderr should say the file loaded without the named item: %q", errs)
	}
}

func TestUserOverrideShownInShow(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "mine.toml", "[[exercise]]\nid = \"plank\"\nname = \"My plank\"\nposition = \"prone\"\ncues = [\"Hold it.\"]\nhold = \"45s\"\n")
	ta.run("show", "plank")
	if !strings.Contains(ta.out.String(), "My plank") || !strings.Contains(ta.out.String(), "overrides the built-in") {
		t.Errorf("show should use and flag the override:\n%s", ta.out)
	}
}

func TestVersionHelpAndUsage(t *testing.T) {
	ta := newTestApp(t)
	if ta.run("--version") != 0 || !strings.HasPrefix(ta.out.String(), "limber ") {
		t.Errorf("--version: %q", ta.out)
	}
	if ta.run("--help") != 0 || !strings.Contains(ta.out.String(), "validate") {
		t.Errorf("--help: %q", ta.out)
	}
	if ta.run("help", "list") != 0 || !strings.Contains(ta.out.String(), "limber list") {
		t.Errorf("help list: %q", ta.out)
	}
	if ta.run("help", "nope") != 2 {
		t.Errorf("help nope should be a usage error")
	}
	if ta.run("frobnicate") != 2 {
		t.Errorf("unknown command should exit 2")
	}
	if ta.run("list", "things") != 2 {
		t.Errorf("list things should exit 2")
	}
	if ta.run("show") != 2 {
		t.Errorf("show without id should exit 2")
	}
}
