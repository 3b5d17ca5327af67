package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/limber-coach/limber/content"
)

func runValidate(a *app, args []string) error {
	fs := newFlags(a, "validate")
	paths, help, err := parseFlags(a, fs, usage("validate"), args)
	if help || err != nil {
		return err
	}
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
		what = fmt.Sprintf("%d file(s)", len(sources)+len(settings))
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
		fmt.Fprintf(a.stderr, "%d problem(s) in %d file(s)\n", probs.Count(), len(probs.Files()))
		return errSilent
	}
	fmt.Fprintf(a.stdout, "ok: %s — %d exercises, %d routines\n", what, len(lib.Exercises()), len(lib.Routines()))
	return nil
}
