package cli

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
)

// The summary lines of limber validate, in the printer's language. The problems themselves
// (content's loader messages) stay English: they name a TOML file's keys for its author.

// Validated says what was checked and found good: files of the person's when files were
// named (builtin false), else the built-in library with the content folder and the settings
// file; then how many exercises and routines that makes.
func Validated(p Printer, builtin bool, files int, contentDir, settings string, exercises, routines int) {
	what := p.N("validate.files", files)
	if builtin {
		what = p.T("validate.builtin", "Content", content.DisplayPath(contentDir), "Settings", content.DisplayPath(settings))
	}
	p.Printf("%s\n", p.T("validate.ok", "What", what, "Exercises", p.N("validate.exercises", exercises), "Routines", p.N("validate.routines", routines)))
}

// ValidateFailed is the last line when there were problems: "3 problems in 2 files".
func ValidateFailed(p Printer, problems, files int) {
	p.Printf("%s\n", p.T("validate.failed", "Problems", p.N("validate.problems", problems), "Files", p.N("validate.files", files)))
}

// TranslationGaps warns of n gaps in the person's translation files for language t: untranslated
// text shows in English, an orphan is not used.
func TranslationGaps(p Printer, n int, t lang.Tag) {
	p.Errorf("%s", p.N("validate.gaps", n, "Lang", t.Name(), "Code", t.String()))
}
