package main

import (
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"

	"github.com/limber-coach/limber/session/journal"
)

func runStats(a *app, in *cmdline.Parsed) error {
	now := a.now()
	path := a.logPath()
	s, damaged, err := journal.ReadStats(path, now, now.Location())
	cli.Damaged(a.errs(), path, damaged)
	breaks := breaksToday(a, now)
	switch {
	case err != nil:
		return err
	case in.Bool("json"):
		return cli.WriteJSON(a.stdout, cli.StatsJSON{Stats: s, BreaksToday: breaks})
	case s.Total.Sessions == 0:
		a.out().Printf("%s\n", emptyHistory)
		cli.TodaysBreaks(a.out(), breaks)
		return nil
	}
	cli.Stats(a.out(), s, now.Location())
	cli.TodaysBreaks(a.out(), breaks)
	return nil
}
