package content

import (
	"strings"
	"testing"
	"time"
)

// fixture is a small built-in library the user files in these tests build on.
const fixture = `
[[exercise]]
id = "knee-to-chest"
name = "Knee-to-chest stretch"
position = "lying"
cues = ["Lie on your back.", "Pull one knee in."]
sides = "each"
hold = "15s"
repeat = 3
gentler = "pelvic-tilt"

[[exercise]]
id = "pelvic-tilt"
name = "Pelvic tilt"
position = "lying"
cues = ["Flatten your back."]
reps = 10
tempo = "3s"

[[exercise]]
id = "box-breathing"
name = "Box breathing"
position = "seated"
cues = ["Breathe."]
breath = ["in 4s", "hold 4s", "out 4s", "hold 4s"]

[[routine]]
id = "desk-break"
name = "Desk break"
[[routine.step]]
exercise = "knee-to-chest"
`

func fixtureSources(user string) []Source {
	return []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(fixture), Builtin: true},
		{Name: "user.toml", Data: []byte(user)},
	}
}

func TestValidationRules(t *testing.T) {
	ex := func(body string) string {
		return "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"Sit.\"]\n" + body
	}
	rt := func(step string) string {
		return "[[routine]]\nid = \"r\"\nname = \"R\"\n[[routine.step]]\nexercise = \"knee-to-chest\"\n" + step
	}
	cases := []struct {
		name, src string
		want      string // substring of the first problem
		line      int    // expected line of the first problem; 0 = don't care
	}{
		{"bare number duration", ex("hold = 30\n"), "must be a quoted string", 6},
		{"bad duration", ex("hold = \"30 seconds\"\n"), "not a duration", 6},
		{"zero hold", ex("hold = \"0s\"\n"), "hold 0s is too short", 6},
		{"negative hold", ex("hold = \"-5s\"\n"), "too short", 6},
		{"hold over 10 minutes", ex("hold = \"11m\"\n"), "too long; use at most 10m", 6},
		{"reps over 200", ex("reps = 201\n"), "reps 201 is out of range", 6},
		{"reps as string", ex("reps = \"10\"\n"), "reps: expected a whole number, found a quoted string", 6},
		{"no dose", ex(""), "the dose is missing", 1},
		{"two doses", ex("hold = \"10s\"\nreps = 5\n"), "exactly one of hold, reps or breath", 7},
		{"tempo with hold", ex("hold = \"10s\"\ntempo = \"2s\"\n"), "tempo only applies to reps", 7},
		{"repeat with reps", ex("reps = 5\nrepeat = 2\n"), "for reps use sets", 7},
		{"tempo too fast", ex("reps = 5\ntempo = \"100ms\"\n"), "tempo 100ms is too short", 7},
		{"bad breath phase", ex("breath = [\"inhale 4s\"]\n"), "must start with in, hold or out", 6},
		{"breath phase no duration", ex("breath = [\"in\"]\n"), "needs a duration", 6},
		{"breath without in", ex("breath = [\"out 4s\"]\n"), "at least one \"in\"", 6},
		{"breath with sides", ex("breath = [\"in 4s\"]\nsides = \"each\"\n"), "has no sides", 7},
		{"unknown key", ex("hodl = \"10s\"\n"), `unknown key "hodl" in [[exercise]] (did you mean "hold"?)`, 6},
		{"unknown position", ex("hold = \"1s\"\n")[0:0] + "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"sitting\"\ncues = [\"Sit.\"]\nhold = \"1s\"\n", `unknown position "sitting"`, 4},
		{"missing position", "[[exercise]]\nid = \"x\"\nname = \"X\"\ncues = [\"a\"]\nhold = \"1s\"\n", "position is missing", 1},
		{"unknown sides", ex("hold = \"1s\"\nsides = \"both\"\n"), `unknown sides "both"`, 7},
		{"missing name", "[[exercise]]\nid = \"x\"\nposition = \"seated\"\ncues = [\"a\"]\nhold = \"1s\"\n", "name is missing", 1},
		{"missing cues", "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\nhold = \"1s\"\n", "cues are missing", 1},
		{"empty cue", "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"\"]\nhold = \"1s\"\n", "cues item 1 is empty", 5},
		{"long cue", "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"" + strings.Repeat("a", 121) + "\"]\nhold = \"1s\"\n", "keep it to 120", 5},
		{"bad id", "[[exercise]]\nid = \"Knee To Chest\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"a\"]\nhold = \"1s\"\n", "lower-case letters", 2},
		{"unknown tag", ex("hold = \"1s\"\ntags = [\"gentel\"]\n"), `unknown tag "gentel" (did you mean "gentle"?)`, 7},
		{"contradictory tags", ex("hold = \"1s\"\ntags = [\"pregnancy-ok\", \"avoid-in-pregnancy\"]\n"), "contradict", 7},
		{"progress not a table", ex("hold = \"1s\"\nprogress = \"fast\"\n"), `progress: expected a table, found a quoted string, e.g. progress = {`, 7},
		{"escape sequence in an enum shown, not acted on", "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"st\\u001b]0;t\\u0007anding\"\ncues = [\"Sit.\"]\nhold = \"1s\"\n", `unknown position "st\x1b]0;t\aanding"`, 4},
		{"gentler names nothing", ex("hold = \"1s\"\ngentler = \"pelvic-tlt\"\n"), `gentler "pelvic-tlt" names no exercise (did you mean "pelvic-tilt"?)`, 7},
		{"gentler names itself", ex("hold = \"1s\"\ngentler = \"x\"\n"), "names the exercise itself", 7},
		{"duplicate id in file", ex("hold = \"1s\"\n") + ex("hold = \"1s\"\n"), "already used by another exercise", 8},
		{"routine no steps", "[[routine]]\nid = \"r\"\nname = \"R\"\n", "at least one step", 1},
		{"routine unknown exercise", rt("") + "[[routine.step]]\nexercise = \"knee-to-chset\"\n", `routine "r" step 2: unknown exercise "knee-to-chset" (did you mean "knee-to-chest"?)`, 7},
		{"step unknown key", rt("hodl = \"5s\"\n"), `unknown key "hodl" in [[routine.step]]`, 6},
		{"step tempo on hold", rt("tempo = \"2s\"\n"), "tempo only applies to reps", 6},
		{"step rest too long", rt("rest = \"20m\"\n"), "rest 20m is too long", 6},
		{"routine get_ready bare number", "[[routine]]\nid = \"r\"\nname = \"R\"\nget_ready = 5\n[[routine.step]]\nexercise = \"knee-to-chest\"\n", "must be a quoted string", 4},
		{"safety in user file", "[safety]\ndisclaimer = \"x\"\n", "only be changed in the built-in", 2},
		{"syntax error", "[[exercise]\nid = 1\n", "delimiter", 0},
		{"non UTF-8", "[[exercise]]\nid = \"x\xff\"\n", "UTF-8", 2},
		{"binary garbage", "\x00\x01\x02\xfe\xff", "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lib, probs := Build(fixtureSources(c.src))
			if len(probs) == 0 {
				t.Fatalf("no problem reported for:\n%s", c.src)
			}
			p := probs[0]
			if p.File != "user.toml" {
				t.Errorf("problem names file %q, want user.toml", p.File)
			}
			if !strings.Contains(p.Error(), c.want) {
				t.Errorf("problem %q does not contain %q", p.Error(), c.want)
			}
			if c.line != 0 && p.Line != c.line {
				t.Errorf("problem %q at line %d, want %d", p.Error(), p.Line, c.line)
			}
			// The built-ins always survive a bad user file.
			if _, ok := lib.Routine("desk-break"); !ok {
				t.Errorf("built-in routine lost after a bad user file")
			}
			if _, ok := lib.Exercise("knee-to-chest"); !ok {
				t.Errorf("built-in exercise lost after a bad user file")
			}
		})
	}
}

func TestBadUserFileIsLeftOutWhole(t *testing.T) {
	src := `
[[exercise]]
id = "good-one"
name = "Good"
position = "seated"
cues = ["Sit."]
hold = "10s"

[[exercise]]
id = "bad-one"
name = "Bad"
position = "seated"
cues = ["Sit."]
hold = 10
`
	lib, probs := Build(append(fixtureSources(src), Source{Name: "other.toml", Data: []byte(
		"[[exercise]]\nid = \"other\"\nname = \"Other\"\nposition = \"standing\"\ncues = [\"Stand.\"]\nreps = 5\n")}))
	if len(probs) != 1 {
		t.Fatalf("want 1 problem, got %v", probs)
	}
	if _, ok := lib.Exercise("good-one"); ok {
		t.Errorf("an exercise from a file with errors was loaded; the file should be left out whole")
	}
	if _, ok := lib.Exercise("other"); !ok {
		t.Errorf("the user's other, valid file was not loaded")
	}
	if got := probs.LeftOut(); len(got) != 1 || got[0] != "user.toml" {
		t.Errorf("LeftOut() = %v, want [user.toml]", got)
	}
}

// Problems found after parsing leave out or repair only the item they name, and say so; the
// file is not reported as left out.
func TestItemProblemsKeepTheRestOfTheFile(t *testing.T) {
	src := `
[[exercise]]
id = "my-gentle"
name = "Mine"
position = "seated"
cues = ["Sit."]
hold = "10s"
gentler = "nothing-here"

[[routine]]
id = "broken"
name = "Broken"
summary = "x"
[[routine.step]]
exercise = "knee-to-chset"

[[routine]]
id = "fine"
name = "Fine"
summary = "x"
[[routine.step]]
exercise = "my-gentle"
`
	lib, probs := Build(fixtureSources(src))
	if len(probs) != 2 {
		t.Fatalf("want 2 problems, got %v", probs)
	}
	if left := probs.LeftOut(); len(left) != 0 {
		t.Errorf("LeftOut() = %v, want none: only items were affected", left)
	}
	if e, ok := lib.Exercise("my-gentle"); !ok || e.Gentler != "" {
		t.Errorf("my-gentle should load without its gentler: %+v, %v", e, ok)
	}
	if !strings.Contains(probs[0].Msg, "loads without a gentler variant") {
		t.Errorf("gentler problem %q does not say what happens", probs[0].Msg)
	}
	if _, ok := lib.Routine("broken"); ok {
		t.Errorf("a routine with an unknown exercise was loaded")
	}
	if !strings.Contains(probs[1].Msg, "routine is left out") {
		t.Errorf("step problem %q does not say the routine is left out", probs[1].Msg)
	}
	if _, ok := lib.Routine("fine"); !ok {
		t.Errorf("the file's valid routine was not loaded")
	}
}

func TestUserOverridesBuiltin(t *testing.T) {
	src := "[[exercise]]\nid = \"knee-to-chest\"\nname = \"My knee hug\"\nposition = \"lying\"\ncues = [\"Hug.\"]\nsides = \"each\"\nhold = \"30s\"\n"
	lib, probs := Build(fixtureSources(src))
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	e, _ := lib.Exercise("knee-to-chest")
	if e.Name != "My knee hug" || e.Overrides != BuiltinPrefix+"fixture.toml" {
		t.Errorf("override not applied: %+v", e)
	}
	if got := Origin(e.Source, e.Overrides); !strings.Contains(got, "overrides the built-in fixture.toml") {
		t.Errorf("origin %q does not say it overrides", got)
	}
	// The built-in routine now uses the user's dose.
	r, _ := lib.Routine("desk-break")
	if r.Steps[0].Dose.Hold != 30*time.Second {
		t.Errorf("routine step dose %v, want the override's 30s", r.Steps[0].Dose.Hold)
	}
}

func TestDuplicateAcrossUserFiles(t *testing.T) {
	a := "[[exercise]]\nid = \"mine\"\nname = \"A\"\nposition = \"seated\"\ncues = [\"a\"]\nhold = \"5s\"\n"
	lib, probs := Build(append(fixtureSources(a), Source{Name: "b.toml", Data: []byte(strings.Replace(a, "\"A\"", "\"B\"", 1))}))
	if len(probs) != 1 || !strings.Contains(probs[0].Error(), "already defined in user.toml") || probs[0].Line != 2 {
		t.Fatalf("want one duplicate problem at b.toml:2, got %v", probs)
	}
	if e, _ := lib.Exercise("mine"); e.Name != "A" {
		t.Errorf("the first definition should win, got %q", e.Name)
	}
}

func TestStepOverrides(t *testing.T) {
	cases := []struct {
		name, step string
		want       Dose
	}{
		{"inherit", "", Dose{Kind: DoseHold, Hold: 15 * time.Second, Repeat: 3, Release: DefaultRelease, Sets: 1, SetRest: DefaultSetRest}},
		{"same kind keeps repeat", "hold = \"20s\"\n", Dose{Kind: DoseHold, Hold: 20 * time.Second, Repeat: 3, Release: DefaultRelease, Sets: 1, SetRest: DefaultSetRest}},
		{"kind change resets repeat", "reps = 8\ntempo = \"2s\"\nsets = 2\n", Dose{Kind: DoseReps, Reps: 8, Tempo: 2 * time.Second, Repeat: 1, Release: DefaultRelease, Sets: 2, SetRest: DefaultSetRest}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "[[routine]]\nid = \"r\"\nname = \"R\"\nrest = \"0s\"\n[[routine.step]]\nexercise = \"knee-to-chest\"\n" + c.step
			lib, probs := Build(fixtureSources(src))
			if len(probs) != 0 {
				t.Fatal(probs)
			}
			r, _ := lib.Routine("r")
			got := r.Steps[0].Dose
			if got.String() != c.want.String() || got.Repeat != c.want.Repeat || got.Tempo != c.want.Tempo || got.Sets != c.want.Sets {
				t.Errorf("dose %+v, want %+v", got, c.want)
			}
			if r.Steps[0].Sides != SidesEach || r.Steps[0].Rest != 0 {
				t.Errorf("step sides/rest %v/%v, want each/0s", r.Steps[0].Sides, r.Steps[0].Rest)
			}
		})
	}
}

func TestSanitizeAtLoad(t *testing.T) {
	src := "[[exercise]]\nid = \"x\"\nname = \"Evil\\u001b[2J\\u001b]0;title\\u0007 name\\u202e\"\nposition = \"seated\"\ncues = [\"Sit\\tdown\\u009b31m.\"]\nhold = \"5s\"\n"
	lib, probs := Build(fixtureSources(src))
	if len(probs) != 0 {
		t.Fatal(probs)
	}
	e, _ := lib.Exercise("x")
	if e.Name != "Evil name" || e.Cues[0] != "Sit down." {
		t.Errorf("not sanitized: name %q cue %q", e.Name, e.Cues[0])
	}
}

func TestSanitize(t *testing.T) {
	cases := map[string]string{
		"plain":                      "plain",
		"a\x1b[31mred\x1b[0m":        "ared",
		"osc\x1b]8;;http://x\x1b\\!": "osc!",
		"bell\a":                     "bell",
		"tab\there":                  "tab here",
		"new\nline":                  "new line",
		"del\x7f":                    "del",
		"c1\u0085next":               "c1next",
		"bidi\u202egnp.exe":          "bidignp.exe",
		"isolate\u2066x\u2069":       "isolatex",
		"bad\xffutf":                 "badutf",
		"dcs\x1bPq#0;1\x1b\\end":     "dcsend",
		"  spaced   out  ":           "spaced out",
		"ünïcode ✓":                  "ünïcode ✓",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProblemFormat(t *testing.T) {
	p := Problem{File: "content/x.toml", Line: 4, Col: 8, Msg: "bad"}
	if p.Error() != "content/x.toml:4:8: bad" {
		t.Errorf("got %q", p.Error())
	}
	p = Problem{File: "x.toml", Where: `routine "desk-break" step 3`, Msg: "bad"}
	if p.Error() != `x.toml: routine "desk-break" step 3: bad` {
		t.Errorf("got %q", p.Error())
	}
}

func TestClosest(t *testing.T) {
	got := Closest("desk-brake", []string{"desk-break", "plank", "desk-shoulder-stretch", "cat-cow"}, 3)
	if len(got) == 0 || got[0] != "desk-break" {
		t.Errorf("Closest = %v, want desk-break first", got)
	}
	if got := Closest("zzzzzz", []string{"plank"}, 3); len(got) != 0 {
		t.Errorf("Closest of an unrelated id = %v, want none", got)
	}
}

// TestEveryProblemOnceInLineOrder: a file with a mistake on every other line is reported in one
// run, in line order, one message per mistake — a field of the wrong type stops neither the
// fields after it nor the next item, and a misspelt key is not also reported as missing.
func TestEveryProblemOnceInLineOrder(t *testing.T) {
	src := `[[exercise]]
id = "wall-sit"
name = "Wall sit"
position = "sitting"
cues = ["Lean on the wall."]
sides = "both"
hodl = "30s"

[[exercise]]
id = "wall-sit-2"
name = 7
position = "standing"
cues = "Lean."
hold = 30
tags = ["stretching", "gentel"]

[[routine]]
id = "r"
name = "R"
rest = 10
[[routine.step]]
exercise = "wall-sit"
reps = "ten"
breath = ["inhale 4s", "out 4s"]
`
	_, probs := Build(fixtureSources(src))
	want := []struct {
		line int
		msg  string
	}{
		{4, `unknown position "sitting" (did you mean "seated"?)`},
		{6, `unknown sides "both" (did you mean "each"?)`},
		{7, `unknown key "hodl" in [[exercise]] (did you mean "hold"?)`},
		{11, "name: expected a quoted string, found a whole number"},
		{13, "cues: expected an array, found a quoted string"},
		{14, "hold: a duration must be a quoted string"},
		{15, `unknown tag "stretching" (did you mean "stretch"?)`},
		{15, `unknown tag "gentel" (did you mean "gentle"?)`},
		{20, "rest: a duration must be a quoted string"},
		{23, "reps: expected a whole number, found a quoted string"},
		{24, `breath phase 1 "inhale 4s" must start with in, hold or out, e.g. "in 4s"`},
	}
	if len(probs) != len(want) {
		t.Errorf("%d problems, want %d:\n%s", len(probs), len(want), probs)
	}
	for i, w := range want {
		if i >= len(probs) {
			break
		}
		if p := probs[i]; p.Line != w.line || !strings.Contains(p.Msg, w.msg) {
			t.Errorf("problem %d: %s, want line %d: %s", i+1, p.Error(), w.line, w.msg)
		}
	}
}

// TestSuggestionsMeanWhatWasWritten: an enumeration's suggestion is the value of the same
// meaning (the synonyms), never only the nearest spelling of another meaning.
func TestSuggestionsMeanWhatWasWritten(t *testing.T) {
	for _, tc := range []struct{ field, value, want string }{
		{"sides", "both", "each"}, {"sides", "Both Sides", "each"}, {"sides", "alternating", "alternate"},
		{"sides", "eahc", "each"}, {"sides", "sideways", ""},
		{"position", "sitting", "seated"}, {"position", "on-your-back", "lying"}, {"position", "standng", "standing"},
		{"position", "quadruped", "all-fours"},
		{"tags", "pregnancy-safe", "pregnancy-ok"}, {"tags", "gentel", "gentle"},
		{"breath", "exhale", "out"},
	} {
		var values []string
		switch tc.field {
		case "sides":
			values = sidesNames[:]
		case "position":
			values = positionNames[:]
		case "tags":
			values = Tags()
		case "breath":
			values = phaseNames[:]
		}
		if got := meant(tc.field, tc.value, values); got != tc.want {
			t.Errorf("%s = %q: suggests %q, want %q", tc.field, tc.value, got, tc.want)
		}
	}
}
