package main

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
)

func runStatus(a *app, args []string) error {
	fs := newFlags(a, "status")
	format := fs.String("format", "", "")
	pos, help, err := parseFlags(a, fs, usage("status"), args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("status: unexpected %q (see limber status -h)", strings.Join(pos, " "))
	}
	if key, near, ok := remind.Misspelt(*format); ok {
		return usagef("status: unknown placeholder %s in --format (did you mean %s?)", content.Sanitize(key), near)
	}
	g := glance(a)
	line := g.Line()
	if *format != "" {
		line = g.Format(*format)
	}
	if line != "" {
		fmt.Fprintln(a.stdout, line)
	}
	return nil
}

// glance reads the running reminder's state (trusted only while its lock is held) and the end
// of the history. Errors mean nothing to say: a status line never complains.
func glance(a *app) remind.Glance {
	g := remind.Glance{Now: a.now()}
	g.State, g.Running = a.data().LiveRemindState()
	if t, ok, err := journal.LastEnded(a.historyPath()); err == nil && ok {
		g.Last = t
	}
	return g
}
