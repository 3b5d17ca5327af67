package main

import (
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/policy"
)

func runShow(a *app, in *cmdline.Parsed) error {
	asJSON := in.Bool("json")
	lib := loadLibrary(a)
	if asJSON { // machine output stays English, whatever the language
		lib = lib.English()
	}
	id := in.Args[0]
	if r, ok := lib.Routine(id); ok {
		res := todayOf(a, lib, r)
		if asJSON {
			return cli.WriteJSON(a.stdout, cli.WithToday(cli.ToRoutineJSON(lib, a.settings(), r), res))
		}
		cli.Routine(a.out(), lib, a.settings(), r, res)
		return nil
	}
	if e, ok := lib.Exercise(id); ok {
		if asJSON {
			return cli.WriteJSON(a.stdout, cli.ToExerciseJSON(e))
		}
		cli.Exercise(a.out(), lib, e, cli.ShowOptions{Figures: a.figures()})
		return nil
	}
	return cli.UnknownID(a.tr(), lib, id)
}

// todayOf is r as it runs today, from the history (the history unreadable: as written, said).
func todayOf(a *app, lib *content.Library, r *content.Routine) adapt.Result {
	in := policy.Inputs{Lib: lib, Settings: a.settings(), History: a.data().ReadWhere, Now: a.now()}
	res, err := policy.Today(in, r, false)
	if err != nil {
		a.warnf("%s", a.tr().T("cmd.as_written", "Err", err.Error()))
	}
	return res
}
