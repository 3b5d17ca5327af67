package main

import (
	"os"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/store"
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
	return cli.Paths(paths, a.getenv)
}

func runConfig(a *app, in *cmdline.Parsed) error {
	s, probs := content.ReadSettings(a.configPath())
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
