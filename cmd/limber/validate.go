package main

import (
	"fmt"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/text"
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
	if len(probs) > 0 {
		fmt.Fprintf(a.stderr, "%s in %s\n", text.Plural(probs.Count(), "problem"), text.Plural(len(probs.Files()), "file"))
		return errSilent
	}
	what := text.Plural(files, "file")
	if len(in.Args) == 0 {
		what = "built-in library, " + content.DisplayPath(a.contentDir()) + " and " + content.DisplayPath(a.configPath())
	}
	fmt.Fprintf(a.stdout, "ok: %s — %s, %s\n", what, text.Plural(len(lib.Exercises()), "exercise"), text.Plural(len(lib.Routines()), "routine"))
	return nil
}
