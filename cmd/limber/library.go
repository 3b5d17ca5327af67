package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// loadLibrary loads the built-ins and the user's content. A bad user file is reported on stderr
// and left out; the rest always loads. The problems are kept for the coach too (a.problems).
func loadLibrary(a *app) *content.Library {
	lib, probs := content.Load(a.contentDir())
	reportProblems(a, probs)
	a.problems = append(a.problems, probs...)
	return lib
}

// reportProblems prints each content problem, then one line per user file with problems: left
// out whole until fixed (it could not be read, or has a problem that keeps it out), or loaded
// without the items its problems name. File names are printed with content.DisplayPath.
func reportProblems(a *app, probs content.Problems) {
	for _, p := range probs {
		a.warnf("%s", p.Error())
	}
	leftOut := map[string]bool{}
	for _, f := range probs.LeftOut() {
		leftOut[f] = true
	}
	for _, f := range probs.Files() {
		name := content.DisplayPath(f)
		switch {
		case strings.HasPrefix(f, content.BuiltinPrefix):
		case leftOut[f]:
			a.warnf("%s: not loaded until fixed (check it with: limber validate %s); everything else is loaded", name, name)
		default:
			a.warnf("%s: loaded except as said above (check it with: limber validate %s)", name, name)
		}
	}
}

// quote is a value typed by the person, quoted for a message, escape sequences removed.
func quote(s string) string { return fmt.Sprintf("%q", content.Sanitize(s)) }

// routineTotal is the routine's computed length with the default options.
func routineTotal(lib *content.Library, r *content.Routine) time.Duration {
	p, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		return 0
	}
	return p.Total()
}
