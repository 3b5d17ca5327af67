package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateReportsTranslationGaps: the gaps of the person's translation files, and of the
// language LANG picks, are warnings — listed, counted per language, and exit 0.
func TestValidateReportsTranslationGaps(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "mine.toml", `[[exercise]]
id = "my-stretch"
name = "My stretch"
position = "standing"
cues = ["Stand tall.", "Reach up."]
caution = "Go gently."
hold = "20s"
`)
	if err := os.MkdirAll(filepath.Join(ta.contentDir(), "locale"), 0o700); err != nil {
		t.Fatal(err)
	}
	ta.writeUserFile(t, filepath.Join("locale", "de.toml"), `[exercise.my-stretch]
name = "Meine Dehnung"
cues = ["Steh aufrecht.", "Streck dich."]

[exercise.my-strech]
name = "Tippfehler"
`)
	if code := ta.run("validate"); code != 0 {
		t.Fatalf("gaps are warnings, not errors: exit %d\n%s", code, ta.errOut)
	}
	de := filepath.Join(ta.contentDir(), "locale", "de.toml")
	for _, want := range []string{
		de + `:1: exercise "my-stretch": not translated: caution; the English is shown`,
		de + `:5: exercise "my-strech": no exercise has this id (did you mean "my-stretch"?); this translation is not used`,
		"limber: warning: 2 translation gaps in Deutsch (de)",
	} {
		if !strings.Contains(ta.errOut.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, ta.errOut)
		}
	}
	if !strings.HasPrefix(ta.out.String(), "ok: ") {
		t.Errorf("stdout: %q", ta.out)
	}
	// The language in use counts too, with no file of the person's for it yet; the built-in
	// library's gaps are a test's business, not the person's.
	ta.env["LANG"] = "es_ES.UTF-8"
	ta.run("validate")
	es := filepath.Join(ta.contentDir(), "locale", "es.toml")
	if !strings.Contains(ta.errOut.String(), es+`: exercise "my-stretch": not translated; the English is shown`) ||
		!strings.Contains(ta.errOut.String(), "1 hueco de traducción en Español (es)") { // the summary speaks LANG's language; the problems stay English
		t.Errorf("the active language's gaps are missing:\n%s", ta.errOut)
	}
	if strings.Contains(ta.errOut.String(), "content/library") {
		t.Errorf("a built-in gap was reported:\n%s", ta.errOut)
	}
	// English, and no translation file: nothing to say.
	ta = newTestApp(t)
	ta.writeUserFile(t, "mine.toml", "[[routine]]\nid = \"mine\"\nname = \"Mine\"\n[[routine.step]]\nexercise = \"plank\"\n")
	if code := ta.run("validate"); code != 0 || ta.errOut.Len() != 0 {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
}
