package content

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/limber-coach/limber/content/lang"
)

// trFixture is a small built-in library with safety text, for the translation tests.
const trFixture = `
[[exercise]]
id = "knee-to-chest"
name = "Knee-to-chest stretch"
position = "lying"
equipment = ["chair"]
targets = ["lower back"]
cues = ["Lie on your back.", "Hug the working knee in."]
caution = "Pull gently."
sides = "each"
hold = "15s"
repeat = 3
gentler = "pelvic-tilt"
tags = ["gentle"]

[[exercise]]
id = "pelvic-tilt"
name = "Pelvic tilt"
position = "lying"
equipment = ["chair", "wall"]
cues = ["Flatten your back."]
reps = 10
tempo = "3s"

[[routine]]
id = "desk-break"
name = "Desk break"
summary = "Five minutes."
for = ["desk work", "stiffness"]
[[routine.step]]
exercise = "knee-to-chest"
note = "Lie down."
[[routine.step]]
exercise = "pelvic-tilt"
[[routine.step]]
exercise = "knee-to-chest"
note = "Once more."
hold = "20s"

[safety]
disclaimer = "Not a medical device."
emergency = "Get emergency care now."
pain_rule = "Never sharp pain."
after_pain = "Stop."
pregnancy = "Ask your midwife."
red_flags = ["Fever", "Numbness", "Night pain"]
pregnancy_stop = ["Bleeding", "Dizziness"]
self_care = ["Mild soreness"]
`

// trDE is a complete German translation of trFixture.
const trDE = `
[terms]
chair = "Stuhl"
wall = "Wand"
"lower back" = "unterer Rücken"

[exercise.knee-to-chest]
name = "Knie zur Brust"
cues = ["Leg dich auf den Rücken.", "Zieh das Übungsknie heran."]
caution = "Zieh sanft."

[exercise.pelvic-tilt]
name = "Beckenkippen"
cues = ["Drück den Rücken flach."]

[routine.desk-break]
name = "Schreibtischpause"
summary = "Fünf Minuten."
for = ["Büroarbeit", "Steifheit"]

[routine.desk-break.notes]
knee-to-chest = "Leg dich hin."
"knee-to-chest#2" = "Noch einmal."

[safety]
disclaimer = "Kein Medizinprodukt."
emergency = "Hol sofort Hilfe: Notruf 112."
pain_rule = "Nie stechender Schmerz."
after_pain = "Hör auf."
pregnancy = "Frag deine Hebamme."
red_flags = ["Fieber", "Taubheit", "Schmerz in der Nacht"]
pregnancy_stop = ["Blutung", "Schwindel"]
self_care = ["Leichter Muskelkater"]
`

func trSources(extra ...Source) []Source {
	return append([]Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(trDE), Builtin: true},
	}, extra...)
}

func mustBuild(t *testing.T, srcs []Source) (*Library, Problems) {
	t.Helper()
	lib, probs := Build(srcs)
	if lib == nil {
		t.Fatal("no library")
	}
	return lib, probs
}

func TestLocalizeTranslatesEveryText(t *testing.T) {
	lib, probs := mustBuild(t, trSources())
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	de := lib.Localize(lang.German)
	if de.Lang() != lang.German || lib.Lang() != lang.English || de.English() != lib {
		t.Fatalf("Lang/English wrong: %v %v", de.Lang(), lib.Lang())
	}
	e, _ := de.Exercise("knee-to-chest")
	if e.Name != "Knie zur Brust" || e.Cues[1] != "Zieh das Übungsknie heran." || e.Caution != "Zieh sanft." {
		t.Errorf("exercise not translated: %+v", e)
	}
	if !reflect.DeepEqual(e.Equipment, []string{"Stuhl"}) || !reflect.DeepEqual(e.Targets, []string{"unterer Rücken"}) {
		t.Errorf("terms not translated: %v %v", e.Equipment, e.Targets)
	}
	r, _ := de.Routine("desk-break")
	if r.Name != "Schreibtischpause" || r.Summary != "Fünf Minuten." || r.For[0] != "Büroarbeit" {
		t.Errorf("routine not translated: %+v", r)
	}
	if r.Steps[0].Note != "Leg dich hin." || r.Steps[1].Note != "" || r.Steps[2].Note != "Noch einmal." {
		t.Errorf("notes: %q %q %q", r.Steps[0].Note, r.Steps[1].Note, r.Steps[2].Note)
	}
	s := de.Safety()
	if s.Emergency != "Hol sofort Hilfe: Notruf 112." || s.RedFlags[1] != "Taubheit" || s.PregnancyStop[0] != "Blutung" || s.SelfCare[0] != "Leichter Muskelkater" {
		t.Errorf("safety not translated: %+v", s)
	}
	if gaps := lib.TranslationGaps(lang.German); len(gaps) != 0 {
		t.Errorf("a complete translation has gaps:\n%v", gaps)
	}
	// The English library is untouched.
	en, _ := lib.Exercise("knee-to-chest")
	if en.Name != "Knee-to-chest stretch" || en.Equipment[0] != "chair" || lib.Safety().RedFlags[1] != "Numbness" {
		t.Errorf("Localize changed the English library: %+v", en)
	}
	rt, _ := lib.Routine("desk-break")
	if rt.Steps[0].Note != "Lie down." {
		t.Errorf("Localize changed the English notes: %q", rt.Steps[0].Note)
	}
}

// TestLocalizeKeepsEverythingButWords: ids, doses, sides, tags, gentler variants and the steps
// (their exercises, doses and order) are the English library's in every language.
func TestLocalizeKeepsEverythingButWords(t *testing.T) {
	lib := builtinOrFixture(t)
	for _, tag := range lang.Supported() {
		loc := lib.Localize(tag)
		if len(loc.Exercises()) != len(lib.Exercises()) || len(loc.Routines()) != len(lib.Routines()) {
			t.Fatalf("%v: item counts differ", tag)
		}
		for i, e := range lib.Exercises() {
			x := loc.Exercises()[i]
			if x.ID != e.ID || !reflect.DeepEqual(x.Dose, e.Dose) || x.Sides != e.Sides || x.Position != e.Position ||
				x.Gentler != e.Gentler || !slices.Equal(x.Tags, e.Tags) || x.Source != e.Source || len(x.Equipment) != len(e.Equipment) {
				t.Errorf("%v: exercise %q changed more than words", tag, e.ID)
			}
		}
		for i, r := range lib.Routines() {
			x := loc.Routines()[i]
			if x.ID != r.ID || !slices.Equal(x.Tags, r.Tags) || x.Rest != r.Rest || !reflect.DeepEqual(x.GetReady, r.GetReady) || len(x.Steps) != len(r.Steps) {
				t.Errorf("%v: routine %q changed more than words", tag, r.ID)
				continue
			}
			for j := range r.Steps {
				a, b := r.Steps[j], x.Steps[j]
				if a.Exercise != b.Exercise || !reflect.DeepEqual(a.Dose, b.Dose) || a.Sides != b.Sides || a.Rest != b.Rest || (a.Note == "") != (b.Note == "") {
					t.Errorf("%v: routine %q step %d changed more than words", tag, r.ID, j+1)
				}
			}
		}
		if len(loc.Safety().RedFlags) != len(lib.Safety().RedFlags) || len(loc.Safety().PregnancyStop) != len(lib.Safety().PregnancyStop) {
			t.Errorf("%v: the safety lists changed length", tag)
		}
	}
}

func builtinOrFixture(t *testing.T) *Library {
	t.Helper()
	lib, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestLocalizeFallsBackPerString(t *testing.T) {
	partial := `
[exercise.knee-to-chest]
name = "Knie zur Brust"

[routine.desk-break]
summary = "Fünf Minuten."
[routine.desk-break.notes]
"knee-to-chest#2" = "Noch einmal."

[safety]
emergency = "Notruf 112, sofort."
`
	lib, probs := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(partial), Builtin: true},
	})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	de := lib.Localize(lang.German)
	e, _ := de.Exercise("knee-to-chest")
	if e.Name != "Knie zur Brust" || e.Cues[0] != "Lie on your back." || e.Caution != "Pull gently." || e.Equipment[0] != "chair" {
		t.Errorf("per-string fallback: %+v", e)
	}
	p, _ := de.Exercise("pelvic-tilt")
	if p.Name != "Pelvic tilt" {
		t.Errorf("untranslated exercise: %q", p.Name)
	}
	r, _ := de.Routine("desk-break")
	if r.Name != "Desk break" || r.Summary != "Fünf Minuten." || r.Steps[0].Note != "Lie down." || r.Steps[2].Note != "Noch einmal." {
		t.Errorf("routine fallback: %q %q %q %q", r.Name, r.Summary, r.Steps[0].Note, r.Steps[2].Note)
	}
	s := de.Safety()
	if s.Emergency != "Notruf 112, sofort." || s.PainRule != "Never sharp pain." || s.RedFlags[0] != "Fever" {
		t.Errorf("safety fallback: %+v", s)
	}
	// Every gap is listed, exactly.
	got := lib.TranslationGaps(lang.German).Error()
	want := strings.Join([]string{
		`content/library/locale/de.toml:2: exercise "knee-to-chest": not translated: cues, caution; the English is shown`,
		`content/library/locale/de.toml: exercise "pelvic-tilt": not translated; the English is shown`,
		`content/library/locale/de.toml:5: routine "desk-break": not translated: name, for, note of step 1 (knee-to-chest); the English is shown`,
		`content/library/locale/de.toml:10: [safety]: not translated: disclaimer, pain_rule, after_pain, pregnancy, red_flags, pregnancy_stop, self_care; the English is shown`,
		`content/library/locale/de.toml: [terms]: not translated: "chair", "lower back", "wall"; the English is shown`,
	}, "\n")
	if got != want {
		t.Errorf("gaps:\n%s\nwant:\n%s", got, want)
	}
	// Spanish has no translation at all: everything is English, and every item is a gap.
	es := lib.Localize(lang.Spanish)
	if e, _ := es.Exercise("knee-to-chest"); e.Name != "Knee-to-chest stretch" {
		t.Errorf("untranslated language: %q", e.Name)
	}
	if n := len(lib.TranslationGaps(lang.Spanish)); n != 5 {
		t.Errorf("Spanish gaps: %d, want 5 (2 exercises, 1 routine, safety, terms)", n)
	}
	if lib.TranslationGaps(lang.English) != nil {
		t.Error("English has no gaps")
	}
}

func TestListsMustMatchTheEnglish(t *testing.T) {
	tr := `
[exercise.knee-to-chest]
name = "Knie zur Brust"
cues = ["Leg dich hin, zieh das Übungsknie heran."]
caution = "Sanft."

[routine.desk-break]
name = "Pause"
summary = "Fünf."
for = ["Büro", "Steifheit", "Extra"]
[routine.desk-break.notes]
knee-to-chest = "Hinlegen."
"knee-to-chest#2" = "Nochmal."

[safety]
red_flags = ["Fieber", "Taubheit"]
pregnancy_stop = ["Blutung", "Schwindel", "Extra"]
self_care = ["Muskelkater"]
`
	lib, probs := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(tr), Builtin: true},
	})
	// A safety list of another length is a problem of the file, and never used: a red flag
	// must not be dropped by a translation.
	if len(probs) != 2 || !strings.Contains(probs[0].Error(), "red_flags has 2 items; the English has 3") ||
		!strings.Contains(probs[1].Error(), "pregnancy_stop has 3 items; the English has 2") || probs[0].Line != 16 {
		t.Errorf("problems:\n%v", probs)
	}
	de := lib.Localize(lang.German)
	if s := de.Safety(); !slices.Equal(s.RedFlags, lib.Safety().RedFlags) || !slices.Equal(s.PregnancyStop, lib.Safety().PregnancyStop) || s.SelfCare[0] != "Muskelkater" {
		t.Errorf("mismatched safety lists were used: %+v", s)
	}
	// Cues and for of another length: the English shows, and the gap says why.
	e, _ := de.Exercise("knee-to-chest")
	r, _ := de.Routine("desk-break")
	if e.Name != "Knie zur Brust" || !slices.Equal(e.Cues, []string{"Lie on your back.", "Hug the working knee in."}) || r.For[0] != "desk work" {
		t.Errorf("mismatched lists were used: %q %q", e.Cues, r.For)
	}
	gaps := lib.TranslationGaps(lang.German).Error()
	for _, want := range []string{
		`exercise "knee-to-chest": cues has 1 item, the English 2; translate them one for one (the English are shown until they match)`,
		`routine "desk-break": for has 3 items, the English 2; translate them one for one (the English is shown until they match)`,
		`[safety]: not translated: disclaimer, emergency, pain_rule, after_pain, pregnancy, red_flags, pregnancy_stop`,
	} {
		if !strings.Contains(gaps, want) {
			t.Errorf("gaps lack %q:\n%s", want, gaps)
		}
	}
}

func TestOrphansAreReported(t *testing.T) {
	tr := trDE + `
[exercise.knee-to-chset]
name = "Tippfehler"

[exercise.pelvic-tilt-x]
name = "Fehlt"

[routine.lunch-break]
name = "Mittag"

[routine.desk-break.notes.x]
` // the notes table above is already defined: a syntax error, so build the orphans another way
	_ = tr
	orphans := strings.Replace(trDE, `[exercise.pelvic-tilt]
name = "Beckenkippen"
cues = ["Drück den Rücken flach."]`, `[exercise.pelvic-tilt]
name = "Beckenkippen"
cues = ["Drück den Rücken flach."]
caution = "Die englische Übung hat keinen Hinweis."

[exercise.knee-to-chset]
name = "Tippfehler"`, 1)
	orphans = strings.Replace(orphans, `"knee-to-chest#2" = "Noch einmal."`, `"knee-to-chest#2" = "Noch einmal."
pelvic-tilt = "Die englische Übung hat hier keine Notiz."
plank = "Keine solche Übung in der Routine."`, 1)
	orphans = strings.Replace(orphans, `wall = "Wand"`, `wall = "Wand"
doorway = "Türrahmen"`, 1)
	orphans += "\n[routine.lunch-break]\nname = \"Mittagspause\"\n"
	lib, probs := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(orphans), Builtin: true},
	})
	if len(probs) != 0 {
		t.Fatalf("orphans are no load problem: %v", probs)
	}
	got := lib.TranslationGaps(lang.German).Error()
	for _, want := range []string{
		`exercise "pelvic-tilt": caution: the English has none; this one is not shown`,
		`exercise "knee-to-chset": no exercise has this id (did you mean "knee-to-chest"?); this translation is not used`,
		`routine "desk-break": note "pelvic-tilt": step 2 has no note in English; this one is not shown`,
		`routine "desk-break": note "plank": no step of this routine is that exercise; this note is not used`,
		`routine "lunch-break": no routine has this id (did you mean "desk-break"?); this translation is not used`,
		`[terms]: no exercise names "doorway" as equipment or a target; this word is not used`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("gaps lack %q:\n%s", want, got)
		}
	}
	for _, p := range lib.TranslationGaps(lang.German) {
		if p.Line == 0 {
			t.Errorf("an orphan should have its line: %v", p)
		}
	}
	de := lib.Localize(lang.German)
	if p, _ := de.Exercise("pelvic-tilt"); p.Caution != "" {
		t.Errorf("an orphan caution was shown: %q", p.Caution)
	}
	if r, _ := de.Routine("desk-break"); r.Steps[1].Note != "" {
		t.Errorf("an orphan note was shown: %q", r.Steps[1].Note)
	}
}

func TestStepKeys(t *testing.T) {
	r := &Routine{Steps: []RoutineStep{{Exercise: "a"}, {Exercise: "b"}, {Exercise: "a"}, {Exercise: "a"}}}
	if got := StepKeys(r); !slices.Equal(got, []string{"a", "b", "a#2", "a#3"}) {
		t.Errorf("StepKeys = %q", got)
	}
}

func TestTranslatedChairIsImplied(t *testing.T) {
	lib, _ := mustBuild(t, trSources())
	for _, l := range []*Library{lib, lib.Localize(lang.German)} {
		r, _ := l.Routine("desk-break")
		n := l.Needs(r)
		if len(n.Equipment) != 2 || len(n.Extra()) != 1 {
			t.Errorf("%v: needs %q, extra %q; want the chair left out of extra", l.Lang(), n.Equipment, n.Extra())
		}
	}
	de := lib.Localize(lang.German)
	r, _ := de.Routine("desk-break")
	if got := de.Needs(r).Extra(); got[0] != "Wand" {
		t.Errorf("extra in German: %q", got)
	}
}

// TestUserTranslations: a person's translation file translates their own items and may reword
// built-in ones; the built-in translation does not translate a person's replacement of a
// built-in item; a bad file of theirs is left out whole and the built-in translation stays.
func TestUserTranslations(t *testing.T) {
	user := `
[[exercise]]
id = "my-stretch"
name = "My stretch"
position = "seated"
equipment = ["towel"]
cues = ["Sit.", "Stretch."]
hold = "10s"

[[exercise]]
id = "pelvic-tilt"
name = "My pelvic tilt"
position = "lying"
cues = ["Tilt.", "Again."]
reps = 5

[[routine]]
id = "mine"
name = "Mine"
[[routine.step]]
exercise = "my-stretch"
note = "Sit down."
`
	userDE := `
[terms]
towel = "Handtuch"

[exercise.my-stretch]
name = "Meine Dehnung"
cues = ["Setz dich.", "Dehn dich."]

[exercise.knee-to-chest]
name = "Knie an die Brust"
`
	dir := filepath.FromSlash("/home/x/.config/limber/content")
	lib, probs := mustBuild(t, trSources(
		Source{Name: filepath.Join(dir, "mine.toml"), Data: []byte(user)},
		Source{Name: filepath.Join(dir, "locale", "de.toml"), Data: []byte(userDE)},
	))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	de := lib.Localize(lang.German)
	if e, _ := de.Exercise("my-stretch"); e.Name != "Meine Dehnung" || e.Cues[1] != "Dehn dich." || e.Equipment[0] != "Handtuch" {
		t.Errorf("user translation not applied: %+v", e)
	}
	if e, _ := de.Exercise("knee-to-chest"); e.Name != "Knie an die Brust" || e.Cues[0] != "Leg dich auf den Rücken." {
		t.Errorf("a user translation rewords a built-in one field by field: %+v", e)
	}
	if e, _ := de.Exercise("pelvic-tilt"); e.Name != "My pelvic tilt" || e.Cues[0] != "Tilt." {
		t.Errorf("the built-in translation was applied to the person's replacement: %+v", e)
	}
	// validate's warnings: the person's items only, in the file their translation belongs in.
	got := lib.UserTranslationGaps(lang.English).Error()
	userFile := filepath.Join(dir, "locale", "de.toml")
	want := strings.Join([]string{
		userFile + `: exercise "pelvic-tilt": not translated; the English is shown`,
		userFile + `: routine "mine": not translated; the English is shown`,
	}, "\n")
	if got != want {
		t.Errorf("user gaps:\n%s\nwant:\n%s", got, want)
	}
	// The active language counts too, with no file of the person's for it.
	es := lib.UserTranslationGaps(lang.Spanish).Error()
	if !strings.Contains(es, filepath.Join(dir, "locale", "es.toml")+`: exercise "my-stretch": not translated`) {
		t.Errorf("Spanish user gaps:\n%s", es)
	}
	if strings.Contains(es, BuiltinPrefix) {
		t.Errorf("user gaps name a built-in file:\n%s", es)
	}
	// A bad user file is left out whole: the built-in translation is untouched.
	bad := userDE + "\n[exercise.my-stretch.extra]\nhold = \"30s\"\n"
	lib, probs = mustBuild(t, trSources(
		Source{Name: filepath.Join(dir, "mine.toml"), Data: []byte(user)},
		Source{Name: filepath.Join(dir, "locale", "de.toml"), Data: []byte(bad)},
	))
	if len(probs) == 0 || !probs[0].FileLeftOut || probs[0].File != userFile {
		t.Fatalf("bad user translation: %v", probs)
	}
	de = lib.Localize(lang.German)
	if e, _ := de.Exercise("knee-to-chest"); e.Name != "Knie zur Brust" {
		t.Errorf("the built-in translation was lost: %q", e.Name)
	}
	if e, _ := de.Exercise("my-stretch"); e.Name != "My stretch" {
		t.Errorf("a file left out was used: %q", e.Name)
	}
}

func TestTranslationProblems(t *testing.T) {
	for _, tc := range []struct {
		name, file, body string
		want             []string // each problem, in order
	}{
		{"a dose", "de.toml", "[exercise.knee-to-chest]\nname = \"Knie\"\nhold = \"30s\"\n",
			[]string{`:3: exercise "knee-to-chest": hold cannot be set in a translation: it changes only the words (name, cues, caution, poses); doses, sides, tags and steps come from the exercise itself`}},
		{"tags of a routine", "de.toml", "[routine.desk-break]\ntags = [\"gentle\"]\n",
			[]string{`:2: routine "desk-break": tags cannot be set in a translation`}},
		{"steps", "de.toml", "[routine.desk-break]\nname = \"P\"\n[[routine.desk-break.step]]\nexercise = \"plank\"\n",
			[]string{`:3: routine "desk-break": a translation cannot change a routine's steps`}},
		{"equipment", "de.toml", "[exercise.knee-to-chest]\nequipment = [\"Stuhl\"]\n",
			[]string{`:2: exercise "knee-to-chest": equipment is translated once for every exercise, in [terms]`}},
		{"typo key", "de.toml", "[exercise.knee-to-chest]\nnmae = \"Knie\"\n",
			[]string{`:2: exercise "knee-to-chest": unknown key "nmae" (did you mean "name"?); a translation of an exercise sets name, cues, caution`}},
		{"typo table", "de.toml", "[exercises.knee-to-chest]\nname = \"Knie\"\n",
			[]string{`:1: unknown key "exercises" in a translation file (did you mean "exercise"?)`}},
		{"content style", "de.toml", "[[exercise]]\nid = \"knee-to-chest\"\nname = \"Knie\"\n",
			[]string{`:1: exercise: expected a table of exercises keyed by id, e.g. [exercise.plank], found an array of tables`}},
		{"wrong types", "de.toml", "[exercise.knee-to-chest]\nname = 3\ncues = \"Leg dich hin.\"\ncaution = [\"a\"]\n",
			[]string{`:2: exercise "knee-to-chest": name: expected a quoted string, found a whole number`,
				`:3: exercise "knee-to-chest": cues: expected an array of quoted strings, found a quoted string`,
				`:4: exercise "knee-to-chest": caution: expected a quoted string, found an array`}},
		{"empty", "de.toml", "[exercise.knee-to-chest]\nname = \"\"\ncues = []\n",
			[]string{`:2: exercise "knee-to-chest": name is empty; leave the key out to show the English`,
				`:3: exercise "knee-to-chest": cues is empty; leave the key out to show the English`}},
		{"too long", "de.toml", "[exercise.knee-to-chest]\nname = \"" + strings.Repeat("x", 61) + "\"\ncues = [\"ok\", \"" + strings.Repeat("y", 121) + "\"]\n",
			[]string{`:2: exercise "knee-to-chest": name is 61 characters; keep it to 60`,
				`:3: exercise "knee-to-chest": cues item 2 is 121 characters; keep it to 120`}},
		{"bad note key", "de.toml", "[routine.desk-break.notes]\n\"Knee To Chest\" = \"x\"\n",
			[]string{`:2: routine "desk-break" notes: "Knee To Chest" is not a step key`}},
		{"safety of a shipped language", "de.toml", "[safety]\nemergency = \"x\"\n",
			[]string{`:1: [safety]: limber ships a checked Deutsch translation of the safety text; a file of yours cannot change it`}},
		{"safety of another language, short", "fr.toml", "[safety]\nred_flags = [\"Fièvre\"]\n",
			[]string{`:2: [safety]: red_flags has 1 items; the English has 3. Translate them one for one — a sign to stop must never be dropped (the English list is shown until they match)`}},
		{"unknown safety key", "fr.toml", "[safety]\nred_flag = [\"Fièvre\"]\n",
			[]string{`:2: [safety]: unknown key "red_flag" in [safety] (did you mean "red_flags"?)`}},
		{"terms of another type", "de.toml", "terms = [\"Stuhl\"]\n",
			[]string{`:1: [terms]: expected a table of words, e.g. "chair" = "…", found an array`}},
		{"syntax", "de.toml", "[exercise.knee-to-chest]\nname = \"Knie\n",
			[]string{`:2:`}},
		{"a language limber does not speak", "it.toml", "[exercise.knee-to-chest]\nname = \"Ginocchio\"\n",
			[]string{`: a translation file is named for its language (de.toml …), and limber speaks en, de, es, fr; "it" is not one of them`}},
		{"English", "en.toml", "[exercise.knee-to-chest]\nname = \"Knee\"\n",
			[]string{`: English is the library's own language: change the content files themselves, not a translation`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join("u", "locale", tc.file)
			lib, probs := mustBuild(t, trSources(Source{Name: file, Data: []byte(tc.body)}))
			if len(probs) != len(tc.want) {
				t.Fatalf("%d problems, want %d:\n%v", len(probs), len(tc.want), probs)
			}
			for i, p := range probs {
				if !strings.Contains(p.Error(), file+tc.want[i]) {
					t.Errorf("problem %d:\n%s\nwant it to hold:\n%s", i+1, p.Error(), file+tc.want[i])
				}
				if !p.FileLeftOut {
					t.Errorf("a user translation with a problem is left out whole: %v", p)
				}
			}
			if e, _ := lib.Localize(lang.German).Exercise("knee-to-chest"); e.Name != "Knie zur Brust" {
				t.Errorf("the built-in translation was lost: %q", e.Name)
			}
		})
	}
}

// TestHostileTranslations: text that could drive the terminal is sanitized, and the bounds of
// content files hold for translations.
func TestHostileTranslations(t *testing.T) {
	evil := "[exercise.knee-to-chest]\nname = \"Knie\\u001b]0;pwned\\u0007\\u202e\"\ncues = [\"a\\u001b[2J\\u200bb\", \"c\\nd\"]\n" +
		"[terms]\nchair = \"St\\u009b2Juhl\"\n"
	lib, probs := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: filepath.Join("u", "locale", "de.toml"), Data: []byte(evil)},
	})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	e, _ := lib.Localize(lang.German).Exercise("knee-to-chest")
	if e.Name != "Knie" || e.Cues[0] != "ab" || e.Cues[1] != "c d" || e.Equipment[0] != "Stuhl" {
		t.Errorf("not sanitized: %q %q %q", e.Name, e.Cues, e.Equipment)
	}
	rep := strings.Repeat
	for name, body := range map[string]string{
		"nesting":    "x = " + rep("[", 20) + rep("]", 20) + "\n",
		"dotted":     "[" + rep("a.", 12) + "a]\n",
		"big string": "[exercise.knee-to-chest]\nname = \"" + rep("x", MaxString+10) + "\"\n",
		"too big":    rep("# padding\n", MaxFileSize/10+1),
		"binary":     "\x00\xff[[[",
	} {
		lib, probs := mustBuild(t, []Source{
			{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
			{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(trDE), Builtin: true},
			{Name: filepath.Join("u", "locale", "de.toml"), Data: []byte(body)},
		})
		if len(probs) != 1 || !probs[0].FileLeftOut {
			t.Errorf("%s: want one problem leaving the file out, got %v", name, probs)
		}
		if e, _ := lib.Localize(lang.German).Exercise("knee-to-chest"); e.Name != "Knie zur Brust" {
			t.Errorf("%s: the built-in translation was lost", name)
		}
	}
}

// TestLoadReadsTheLocaleFolder: Load reads locale/*.toml of the content folder as translations,
// and only there; PathSources does the same for a folder named on the command line.
func TestLoadReadsTheLocaleFolder(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, LocaleDir), 0o700))
	must(writeFile(filepath.Join(dir, "mine.toml"), "[[exercise]]\nid = \"my-stretch\"\nname = \"My stretch\"\nposition = \"seated\"\ncues = [\"Sit.\"]\nhold = \"10s\"\n"))
	must(writeFile(filepath.Join(dir, LocaleDir, "de.toml"), "[exercise.my-stretch]\nname = \"Meine Dehnung\"\n"))
	must(writeFile(filepath.Join(dir, LocaleDir, "notes.txt"), "not a translation"))
	lib, probs := Load(dir)
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	if e, _ := lib.Localize(lang.German).Exercise("my-stretch"); e.Name != "Meine Dehnung" {
		t.Errorf("user translation not loaded: %q", e.Name)
	}
	if !slices.Contains(lib.Languages(), lang.German) {
		t.Errorf("Languages() = %v", lib.Languages())
	}
	srcs, probs := PathSources([]string{dir})
	if len(probs) != 0 || len(srcs) != 2 || !strings.HasSuffix(srcs[1].Name, filepath.Join(LocaleDir, "de.toml")) {
		t.Errorf("PathSources: %v %v", srcs, probs)
	}
	// A file named locale, not a folder, is a problem; the content still loads.
	dir2 := t.TempDir()
	must(writeFile(filepath.Join(dir2, LocaleDir), "x"))
	if _, probs := Load(dir2); len(probs) != 1 || !strings.Contains(probs[0].Msg, "not a folder: translations go in a folder of this name") {
		t.Errorf("locale as a file: %v", probs)
	}
}

// TestLocalizeTwice: localizing a localized library starts again from the English.
func TestLocalizeTwice(t *testing.T) {
	lib, _ := mustBuild(t, trSources())
	de := lib.Localize(lang.German)
	if de.Localize(lang.English) != lib {
		t.Error("Localize(English) of a localized library is the English one")
	}
	es := de.Localize(lang.Spanish)
	if e, _ := es.Exercise("knee-to-chest"); e.Name != "Knee-to-chest stretch" || es.Lang() != lang.Spanish {
		t.Errorf("German then Spanish (untranslated): %q", e.Name)
	}
	if e, _ := es.Localize(lang.German).Exercise("knee-to-chest"); e.Name != "Knie zur Brust" {
		t.Errorf("back to German: %q", e.Name)
	}
}

// TestHostileTranslationsAreFast: a translation file of tens of thousands of tables or keys is
// read, and its gaps found, in bounded time, with at most MaxProblemsPerFile problems or gaps
// listed per file and the rest counted.
func TestHostileTranslationsAreFast(t *testing.T) {
	var orphans, unknown, notes strings.Builder
	for i := range 19000 {
		fmt.Fprintf(&orphans, "[exercise.orphan-%d]\nname = \"x\"\n", i)
	}
	unknown.WriteString("[exercise.knee-to-chest]\n")
	for i := range 49000 {
		fmt.Fprintf(&unknown, "key-%d = 1\n", i)
	}
	notes.WriteString("[routine.desk-break.notes]\n")
	for i := range 49000 {
		fmt.Fprintf(&notes, "step-%d = \"x\"\n", i)
	}
	for name, body := range map[string]string{"orphans": orphans.String(), "unknown keys": unknown.String(), "notes": notes.String()} {
		start := time.Now()
		file := filepath.Join("u", "locale", "de.toml")
		lib, probs := Build(append(trSources(), Source{Name: file, Data: []byte(body)}))
		gaps := lib.UserTranslationGaps(lang.German)
		took := time.Since(start)
		if took > timeBudget() {
			t.Errorf("%s: took %v", name, took)
		}
		for _, ps := range []Problems{probs, gaps} {
			if len(ps) > MaxProblemsPerFile+1 {
				t.Errorf("%s: %d listed", name, len(ps))
			}
		}
		if name == "unknown keys" && probs.Count() != 49000 {
			t.Errorf("%s: %d problems counted, want 49,000", name, probs.Count())
		}
		if name != "unknown keys" && (len(probs) != 0 || gaps.Count() < 19000) {
			t.Errorf("%s: %d problems, %d gaps counted", name, len(probs), gaps.Count())
		}
	}
}

// FuzzTranslation checks that no translation file, whatever its bytes, makes the loader panic,
// puts unsanitized text in a localized library, changes anything but words, or lists more than
// MaxProblemsPerFile problems or gaps for it.
func FuzzTranslation(f *testing.F) {
	f.Add([]byte(trDE))
	f.Add([]byte("[exercise.knee-to-chest]\nname = \"\\u001b]0;x\\u0007\"\nhold = \"1s\"\n"))
	f.Add([]byte("[safety]\nred_flags = [\"a\"]\n[terms]\nchair = 1\n"))
	f.Add([]byte("\x00\xff[[["))
	for _, s := range BuiltinSources() {
		if _, ok := localeOf(s.Name); ok {
			f.Add(s.Data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"u/locale/de.toml", "u/locale/fr.toml"} {
			lib, probs := Build([]Source{
				{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
				{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(trDE), Builtin: true},
				{Name: name, Data: data},
			})
			for _, tag := range lang.Supported() {
				loc := lib.Localize(tag)
				for i, e := range loc.Exercises() {
					en := lib.Exercises()[i]
					if !reflect.DeepEqual(e.Dose, en.Dose) || len(e.Cues) != len(en.Cues) || e.ID != en.ID {
						t.Fatalf("%s: exercise %q changed more than words", tag, e.ID)
					}
					for _, s := range slices.Concat([]string{e.Name, e.Caution}, e.Cues, e.Equipment, e.Targets) {
						if !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\n\t\r\x7f\u200b\u2028\u202e\u009b") {
							t.Fatalf("unsanitized text %q", s)
						}
					}
				}
				s := loc.Safety()
				if len(s.RedFlags) != 3 || len(s.PregnancyStop) != 2 {
					t.Fatalf("%s: safety lists changed length: %q", tag, s.RedFlags)
				}
				if gaps := lib.TranslationGaps(tag); len(gaps) > 3*(MaxProblemsPerFile+1) {
					t.Fatalf("%d gaps listed", len(gaps))
				}
			}
			perFile := map[string]int{}
			for _, p := range probs {
				perFile[p.File]++
			}
			for file, n := range perFile {
				if n > MaxProblemsPerFile+1 {
					t.Fatalf("%s: %d problems listed", file, n)
				}
			}
		}
	})
}
