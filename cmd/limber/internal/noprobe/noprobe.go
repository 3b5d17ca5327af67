// Package noprobe keeps Lip Gloss from probing the terminal while limber starts.
//
// charm.land/lipgloss/v2 initialises a package variable, Writer, with
// colorprofile.NewWriter(os.Stdout, os.Environ()). When stdout is a terminal that reads the
// terminfo database, looks the user up (os/user, through the C library) and, inside tmux, runs
// `tmux info` and waits for it: 5 to 50 ms before main starts, on every run of every command,
// for a Writer limber never uses (the coach hands its colour profile to Bubble Tea, and nothing
// prints through lipgloss.Print). colorprofile skips the whole probe when NO_COLOR is set, so
// this package's init sets NO_COLOR for the microseconds in which Lip Gloss initialises, and
// Restore, called from package main's init, puts the environment back exactly as it was.
//
// It works because of the order Go initialises packages in (the spec, since Go 1.21): of the
// packages whose imports are all initialised, the one first by import path goes first. This
// package imports only os, and github.com/xo/terminfo — which colorprofile, and so Lip Gloss,
// imports — imports os too and sorts after it, so this init always runs before Lip Gloss's.
// cmd/limber's TestNoTerminalProbeAtStart proves it on the built binary.
package noprobe

import "os"

// The variable colorprofile.Detect stops at.
const noColor = "NO_COLOR"

// saved is NO_COLOR as it was before init; restored is set once Restore has run.
var (
	saved    string
	hadValue bool
	restored bool
)

func init() { hide() }

// hide notes NO_COLOR and sets it, so colour detection during package initialisation is skipped.
func hide() {
	saved, hadValue = os.LookupEnv(noColor)
	restored = false
	_ = os.Setenv(noColor, "1")
}

// Restore puts NO_COLOR back as it was before this package's init: unset, or its own value.
// Later calls do nothing.
func Restore() {
	if restored {
		return
	}
	restored = true
	if hadValue {
		_ = os.Setenv(noColor, saved)
		return
	}
	_ = os.Unsetenv(noColor)
}
