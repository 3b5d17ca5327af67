package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

func runValidate(a *app, in *cmdline.Parsed) error {
	paths := in.Args
	var sources []content.Source
	var probs content.Problems
	var settings []string // config.toml files to check as settings
	what := "built-in library, " + content.DisplayPath(a.contentDir()) + " and " + content.DisplayPath(a.configPath())
	if len(paths) == 0 {
		sources, probs = content.FolderSources(a.contentDir())
		settings = []string{a.configPath()}
	} else {
		var contentPaths []string
		for _, p := range paths {
			if filepath.Base(p) == "config.toml" {
				settings = append(settings, p)
			} else {
				contentPaths = append(contentPaths, p)
			}
		}
		sources, probs = content.PathSources(contentPaths)
		if len(sources) == 0 && len(settings) == 0 && len(probs) == 0 {
			shown := make([]string, len(paths))
			for i, p := range paths {
				shown[i] = content.DisplayPath(p)
			}
			return fmt.Errorf("validate: no .toml files in %s", strings.Join(shown, ", "))
		}
		what = text.Plural(len(sources)+len(settings), "file")
	}
	lib, more := content.Build(append(content.BuiltinSources(), sources...))
	probs = append(probs, more...)
	for _, path := range settings {
		s, sp := readSettings(path)
		probs = append(probs, sp...)
		if _, ok := lib.Routine(s.DefaultRoutine); !ok {
			probs = append(probs, content.Problem{File: path, Line: s.Lines["default_routine"],
				Msg: fmt.Sprintf("default_routine: no routine has the id %q", content.Sanitize(s.DefaultRoutine))})
		}
	}
	for _, p := range probs {
		fmt.Fprintln(a.stderr, p.Error())
	}
	if len(probs) > 0 {
		fmt.Fprintf(a.stderr, "%s in %s\n", text.Plural(probs.Count(), "problem"), text.Plural(len(probs.Files()), "file"))
		return errSilent
	}
	fmt.Fprintf(a.stdout, "ok: %s — %s, %s\n", what, text.Plural(len(lib.Exercises()), "exercise"), text.Plural(len(lib.Routines()), "routine"))
	return nil
}
