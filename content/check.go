package content

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
)

// ErrNoFiles is Check's error for paths with no .toml file among them.
var ErrNoFiles = errors.New("no .toml files")

// Check checks content as limber validate does: with no paths, the person's content folder and
// settings file; with paths, those files (and every *.toml of those folders), a file named
// config.toml as settings. Content is checked against the built-in library, so a routine may use
// a built-in exercise, and a default_routine must name a routine. files is how many files were
// checked when paths were named (0 otherwise).
func Check(paths []string, contentDir, configPath string) (lib *Library, files int, probs Problems, err error) {
	var sources []Source
	settings := []string{configPath} // config.toml files to check as settings
	if len(paths) == 0 {
		sources, probs = FolderSources(contentDir)
	} else {
		var contentPaths []string
		settings = nil
		for _, p := range paths {
			if filepath.Base(p) == "config.toml" {
				settings = append(settings, p)
			} else {
				contentPaths = append(contentPaths, p)
			}
		}
		sources, probs = PathSources(contentPaths)
		if len(sources) == 0 && len(settings) == 0 && len(probs) == 0 {
			shown := make([]string, len(paths))
			for i, p := range paths {
				shown[i] = DisplayPath(p)
			}
			return nil, 0, nil, fmt.Errorf("%w in %s", ErrNoFiles, strings.Join(shown, ", "))
		}
		files = len(sources) + len(settings)
	}
	lib, more := Build(append(BuiltinSources(), sources...))
	probs = append(probs, more...)
	for _, path := range settings {
		s, sp := ReadSettings(path)
		probs = append(probs, sp...)
		if _, ok := lib.Routine(s.DefaultRoutine); !ok {
			probs = append(probs, Problem{File: path, Line: s.Lines["default_routine"],
				Msg: fmt.Sprintf("default_routine: no routine has the id %q", Sanitize(s.DefaultRoutine))})
		}
	}
	return lib, files, probs, nil
}
