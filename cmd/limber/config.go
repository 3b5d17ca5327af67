package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

// configPaths are the files and folders limber uses, in the order limber config lists them,
// each with where it comes from and whether it exists.
func configPaths(a *app) []cli.Path {
	paths := [][2]string{
		{"config folder", a.configDir()},
		{"settings", a.configPath()},
		{"your content", a.contentDir()},
		{"data folder", a.dataDir()},
		{"history", a.historyPath()},
		{"safety answers", a.data().Path(store.AnswersFile)},
		{"reminder state", a.data().Path(store.RemindStateFile)},
		{"reminder lock", a.data().Path(store.RemindLockFile)},
	}
	out := make([]cli.Path, len(paths))
	for i, p := range paths {
		out[i] = cli.Path{Name: p[0], Path: p[1], Note: pathNote(a, p[0], p[1])}
	}
	return out
}

func runConfig(a *app, in *cmdline.Parsed) error {
	s, probs := readSettings(a.configPath())
	a.cfg = &s
	for _, p := range probs {
		a.warnf("%s", p.Error())
	}
	lib := loadLibrary(a)
	routine := defaultRoutine(a, lib)
	bad := len(probs) > 0 || routine != s.DefaultRoutine
	s.DefaultRoutine = routine // what is in effect (the bad value was reported)
	var err error
	if in.Bool("json") {
		err = cli.ConfigJSON(a.stdout, s, configPaths(a))
	} else {
		_, statErr := os.Stat(a.configPath())
		cli.Config(a.stdout, s, lib, a.configPath(), statErr == nil, configPaths(a))
	}
	if err == nil && bad {
		return errSilent
	}
	return err
}

// pathNote is the comment after a path: where it comes from, and whether it exists.
func pathNote(a *app, name, path string) string {
	var from string
	switch name {
	case "config folder":
		from = envSource(a, "LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME")
	case "data folder":
		from = envSource(a, "LIMBER_DATA_DIR", "XDG_DATA_HOME")
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return from + " (not there yet)"
	case name == "your content" && fi.IsDir():
		files, _ := filepath.Glob(filepath.Join(path, "*.toml"))
		return fmt.Sprintf("%s (%s)", from, text.Plural(len(files), ".toml file"))
	}
	return from
}

// envSource names the variable that set a folder, or says it is the default.
func envSource(a *app, vars ...string) string {
	for _, v := range vars {
		if a.getenv(v) != "" {
			return "  from $" + v
		}
	}
	return "  (default)"
}
