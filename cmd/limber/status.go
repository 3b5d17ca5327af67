package main

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

func runStatus(a *app, in *cmdline.Parsed) error {
	format := in.String("format")
	if key, near, ok := remind.Misspelt(format); ok {
		return in.Usage("cmd.placeholder", "Key", content.Sanitize(key), "Near", near)
	}
	g := glance(a)
	tr := msg.NewIn(a.lang(), remind.StatusArea) // run at every prompt: read only its strings
	line := g.LineIn(tr)
	if format != "" {
		line = g.Format(format) // a format is for a prompt or a script: as typed, neutral
	} else if f, _ := a.data().SavedFlare(); f.On(g.Now) { // the flare-up plan comes first
		line = strings.TrimSuffix(tr.T("status.flare_day", "Day", f.Day(g.Now))+" · "+line, " · ")
	}
	if line != "" {
		fmt.Fprintln(a.stdout, line)
	}
	return nil
}

// glance reads the running reminder's state (trusted only while its lock is held), limber
// quiet's end while it runs, and the end of the history, making nothing (not even the device
// id). Errors mean nothing to say: a status line never complains.
func glance(a *app) remind.Glance {
	g := remind.Glance{Now: a.now()}
	g.State, g.Running = a.data().LiveRemindState()
	if g.Running {
		g.QuietUntil, _ = a.data().Quiet()
	}
	if t, ok, err := journal.LastEnded(a.logPath()); err == nil && ok {
		g.Last = t
	}
	return g
}
