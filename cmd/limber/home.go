package main

import (
	"fmt"

	"github.com/limber-coach/limber/tui/cli"

	"github.com/limber-coach/limber/tui"
)

// runHome is `limber` with no command: the full-screen coach in a terminal; otherwise the
// routines and how to start one.
func runHome(a *app) error {
	lib := loadLibrary(a)
	if useCoach(a) {
		_, err := runCoach(a, lib, tui.Options{}, false)
		return err
	}
	fmt.Fprintf(a.stdout, "limber — a coach for back care and desk breaks. Not medical advice: stop on sharp pain.\n\n")
	cli.RoutineTable(a.stdout, lib, a.settings())
	fmt.Fprintf(a.stdout, "Quick desk break:  limber run\n")
	return nil
}
