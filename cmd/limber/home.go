package main

import (
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
	p := a.out()
	p.Printf("limber — a coach for back care and desk breaks. Not medical advice: stop on sharp pain.\n\n")
	cli.RoutineTable(p, lib, a.settings())
	cli.ListHint(p, false)
	p.Printf("Quick desk break:  limber run\n")
	return nil
}
