package main

import (
	"fmt"

	"github.com/limber-coach/limber/content"
)

const validateUsage = `
usage: limber validate [PATH...]

Checks content files. With no path: the built-in library and your files in the
content folder. With paths: those files (or every *.toml in those folders),
checked against the built-in library so your routines may use built-in
exercises. Exit 0 when valid, 1 when anything is invalid, 2 on a usage error.
`

func runValidate(a *app, args []string) error {
	fs := newFlags(a, "validate")
	paths, help, err := parseFlags(a, fs, validateUsage, args)
	if help || err != nil {
		return err
	}
	var sources []content.Source
	var probs content.Problems
	what := "built-in library and " + a.contentDir()
	if len(paths) == 0 {
		sources, probs = content.PathSources([]string{a.contentDir()}, true)
	} else {
		sources, probs = content.PathSources(paths, false)
		what = fmt.Sprintf("%d file(s)", len(sources))
	}
	lib, more := content.Build(append(content.BuiltinSources(), sources...))
	probs = append(probs, more...)
	for _, p := range probs {
		fmt.Fprintln(a.stderr, p.Error())
	}
	if len(probs) > 0 {
		fmt.Fprintf(a.stderr, "%d problem(s) in %d file(s)\n", len(probs), len(probs.Files()))
		return errSilent
	}
	fmt.Fprintf(a.stdout, "ok: %s — %d exercises, %d routines\n", what, len(lib.Exercises()), len(lib.Routines()))
	return nil
}
