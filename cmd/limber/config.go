package main

import (
	"os"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

// configPaths are the files and folders limber uses, in the order limber config lists them,
// each with where it comes from and whether it exists: the data folder's (shared between
// machines when it is synced), then this machine's state folder's.
func configPaths(a *app) []cli.Path {
	d := a.data()
	paths := [][2]string{
		{"config folder", a.configDir()},
		{"settings", a.configPath()},
		{"your content", a.contentDir()},
		{"data folder", d.Data},
		{"history", d.HistoryPath()},
	}
	if _, err := os.Stat(d.LogPath()); err == nil {
		paths = append(paths, [2]string{"older history", d.LogPath()})
	}
	paths = append(paths, [][2]string{
		{"safety answers", d.Path(store.AnswersFile)},
		{"state folder", d.State},
		{"reminder state", d.StatePath(store.RemindStateFile)},
		{"reminder lock", d.StatePath(store.RemindLockFile)},
	}...)
	return cli.Paths(a.tr(), paths, a.getenv)
}

// devices is this machine's device id (made if need be: limber config is where a person looks
// it up) and what the history's files say of the others.
func devices(a *app) cli.Devices {
	d := a.data()
	var dev cli.Devices
	this, err := d.Device()
	if err != nil {
		a.warnf("%s", a.tr().T("cmd.device", "Err", err.Error()))
	}
	dev.This = this
	files, err := journal.Files(d.LogPath())
	if err != nil {
		a.warnf("%v", err)
	}
	for _, f := range files {
		switch {
		case f.Main:
		case f.Device == "":
			dev.Copies = append(dev.Copies, f.Path)
		case f.Device != this:
			dev.Others = append(dev.Others, f.Device)
		}
	}
	return dev
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
	dev := devices(a)
	var err error
	if in.Bool("json") {
		err = cli.ConfigJSON(a.stdout, s, configPaths(a), dev)
	} else {
		_, statErr := os.Stat(a.configPath())
		cli.Config(a.stdout, a.tr(), s, lib, a.configPath(), statErr == nil, configPaths(a), dev)
	}
	if err == nil && bad {
		return errSilent
	}
	return err
}
