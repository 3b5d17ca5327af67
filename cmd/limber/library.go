package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// loadLibrary loads the built-ins and the user's content. A bad user file is reported on stderr
// and left out; the rest always loads.
func loadLibrary(a *app) *content.Library {
	lib, probs := content.Load(a.contentDir())
	reportProblems(a, probs)
	return lib
}

// reportProblems prints each content problem, then one line per user file with problems: left
// out whole until fixed (it could not be read, or has a problem that keeps it out), or loaded
// without the items its problems name. File names are printed with content.DisplayPath.
func reportProblems(a *app, probs content.Problems) {
	for _, p := range probs {
		fmt.Fprintf(a.stderr, "limber: %s\n", p.Error())
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
			fmt.Fprintf(a.stderr, "limber: %s: not loaded until fixed (check it with: limber validate %s); everything else is loaded\n", name, name)
		default:
			fmt.Fprintf(a.stderr, "limber: %s: loaded except as said above (check it with: limber validate %s)\n", name, name)
		}
	}
}

// routineTotal is the routine's computed length with the default options.
func routineTotal(lib *content.Library, r *content.Routine) time.Duration {
	p, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		return 0
	}
	return p.Total()
}

// minutes rounds a duration to whole minutes, at least 1.
func minutes(d time.Duration) int {
	m := int((d + 30*time.Second) / time.Minute)
	return max(m, 1)
}

// humanDur prints "5 min 20 s", "45 s", "12 min".
func humanDur(d time.Duration) string {
	d = d.Round(time.Second)
	m, s := int(d/time.Minute), int(d%time.Minute/time.Second)
	switch {
	case m == 0:
		return fmt.Sprintf("%d s", s)
	case s == 0:
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d min %d s", m, s)
}

// truncate shortens s to at most n runes, ending in "…" when cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n <= 1 {
		return string(r[:n])
	}
	return string(r[:n-1]) + "…"
}
