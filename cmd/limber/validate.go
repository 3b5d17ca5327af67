package main

import (
	"fmt"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

func runValidate(a *app, in *cmdline.Parsed) error {
	lib, files, probs, err := content.Check(in.Args, a.contentDir(), a.configPath())
	if err != nil {
		return fmt.Errorf("validate: %w", err)
	}
	for _, p := range probs {
		fmt.Fprintln(a.stderr, p.Error())
	}
	// Translation gaps are warnings: what is missing shows in English, an orphan is not used.
	gaps := lib.UserTranslationGaps(validateLanguage(a))
	for _, p := range gaps {
		fmt.Fprintln(a.stderr, p.Error())
	}
	for _, g := range gapsByLanguage(gaps) {
		cli.TranslationGaps(a.errs(), g.gaps.Count(), g.lang)
	}
	if len(probs) > 0 {
		cli.ValidateFailed(cli.Printer{W: a.stderr, Tr: a.tr()}, probs.Count(), len(probs.Files()))
		return errSilent
	}
	cli.Validated(cli.Printer{W: a.stdout, Tr: a.tr()}, len(in.Args) == 0, files, a.contentDir(), a.configPath(), len(lib.Exercises()), len(lib.Routines()))
	return nil
}

// validateLanguage is the language whose gaps validate reports besides those of the person's
// own translation files: the one LC_ALL, LC_MESSAGES or LANG picks (lang.Choose).
func validateLanguage(a *app) lang.Tag {
	return lang.Detect(func(k string) (string, bool) {
		v := a.getenv(k)
		return v, v != ""
	}, "", "")
}

// languageGaps are the translation gaps of one language.
type languageGaps struct {
	lang lang.Tag
	gaps content.Problems
}

// gapsByLanguage groups gaps by the language of the translation file each names, in
// lang.Supported order.
func gapsByLanguage(gaps content.Problems) []languageGaps {
	by := map[lang.Tag]content.Problems{}
	for _, p := range gaps {
		if t, ok := content.TranslationLanguage(p.File); ok {
			by[t] = append(by[t], p)
		}
	}
	var out []languageGaps
	for _, t := range lang.Supported() {
		if len(by[t]) > 0 {
			out = append(out, languageGaps{t, by[t]})
		}
	}
	return out
}
