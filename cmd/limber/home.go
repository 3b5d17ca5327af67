package main

import "fmt"

// runHome is `limber` with no command. Without a terminal it lists the routines and how to
// start one. (The full-screen coach is issue "The coach in the terminal"; until it lands the
// terminal gets the same list.)
func runHome(a *app) error {
	lib := loadLibrary(a)
	fmt.Fprintf(a.stdout, "limber — a coach for back care and desk breaks. Not medical advice: stop on sharp pain.\n\n")
	writeRoutineTable(a.stdout, lib)
	fmt.Fprintf(a.stdout, "Quick desk break:  limber run\n")
	return nil
}
