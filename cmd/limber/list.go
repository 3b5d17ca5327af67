package main

import (
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

func runList(a *app, in *cmdline.Parsed) error {
	what := "routines"
	if len(in.Args) == 1 {
		what = in.Args[0]
	}
	asJSON := in.Bool("json")
	lib := loadLibrary(a)
	if asJSON { // machine output stays English, whatever the language
		lib = lib.English()
	}
	switch what {
	case "routines", "routine", "r":
		if asJSON {
			out := []cli.RoutineJSON{}
			for _, r := range lib.Routines() {
				out = append(out, cli.ToRoutineJSON(lib, a.settings(), r))
			}
			return cli.WriteJSON(a.stdout, out)
		}
		cli.RoutineTable(a.out(), lib, a.settings())
	case "exercises", "exercise", "e":
		if asJSON {
			out := []cli.ExerciseJSON{}
			for _, e := range lib.Exercises() {
				out = append(out, cli.ToExerciseJSON(e))
			}
			return cli.WriteJSON(a.stdout, out)
		}
		cli.ExerciseTable(a.out(), lib)
	default:
		return in.Usage("cmd.list_unknown", "What", quote(what))
	}
	if a.stdoutTTY { // a hint for a person; a pipe gets the table alone
		cli.ListHint(a.errs(), what[0] == 'e')
	}
	return nil
}
