package main

import (
	"strings"

	"github.com/limber-coach/limber/tui/cli"
)

func runList(a *app, args []string) error {
	fs := newFlags(a, "list")
	asJSON := fs.Bool("json", false, "")
	pos, help, err := parseFlags(a, fs, usage("list"), args)
	if help || err != nil {
		return err
	}
	what := "routines"
	switch {
	case len(pos) > 1:
		return usagef("list: one of routines or exercises, not %q", strings.Join(pos, " "))
	case len(pos) == 1:
		what = pos[0]
	}
	lib := loadLibrary(a)
	switch what {
	case "routines", "routine", "r":
		if *asJSON {
			out := []cli.RoutineJSON{}
			for _, r := range lib.Routines() {
				out = append(out, cli.ToRoutineJSON(lib, a.settings(), r))
			}
			return cli.WriteJSON(a.stdout, out)
		}
		cli.RoutineTable(a.stdout, lib, a.settings())
	case "exercises", "exercise", "e":
		if *asJSON {
			out := []cli.ExerciseJSON{}
			for _, e := range lib.Exercises() {
				out = append(out, cli.ToExerciseJSON(e))
			}
			return cli.WriteJSON(a.stdout, out)
		}
		cli.ExerciseTable(a.stdout, lib)
	default:
		return usagef("list: %q is not a list; use routines or exercises", what)
	}
	return nil
}
