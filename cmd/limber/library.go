package main

import (
	"fmt"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/tui/cli"
)

// loadLibrary loads the built-ins and the user's content, in the run's language (English where
// a translation lacks a text; lib.English() for machine output). A bad user file is reported on
// stderr and left out; the rest always loads. The problems are kept for the coach too
// (a.problems).
func loadLibrary(a *app) *content.Library {
	t := a.lang()
	lib, probs := content.LoadIn(a.contentDir(), t)
	cli.Problems(a.errs(), probs)
	a.problems = append(a.problems, probs...)
	return lib.Localize(t)
}

// quote is a value typed by the person, quoted for a message, escape sequences removed.
func quote(s string) string { return fmt.Sprintf("%q", content.Sanitize(s)) }
