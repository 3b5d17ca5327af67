package main

import (
	"cmp"

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
	tr, terr := a.data().Trends(now, 0)
	switch {
	case err != nil || terr != nil:
		return cmp.Or(err, terr)
	case in.Bool("json"):
		return cli.WriteJSON(a.stdout, cli.StatsJSON{Stats: s, BreaksToday: breaks, Trends: &tr})
	case s.Total.Sessions == 0:
		a.out().Printf("%s\n", a.tr().T("history.empty"))
	default:
		cli.Stats(a.out(), s, now.Location())
	}
	cli.Trends(a.out(), tr)
	cli.TodaysBreaks(a.out(), breaks)
	return nil
}
