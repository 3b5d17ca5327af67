package main

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/tui/cli"

	"github.com/limber-coach/limber/session/journal"
)

func runStats(a *app, args []string) error {
	fs := newFlags(a, "stats")
	asJSON := fs.Bool("json", false, "")
	pos, help, err := parseFlags(a, fs, usage("stats"), args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("stats: unexpected %q (see limber stats -h)", strings.Join(pos, " "))
	}
	now := a.now()
	path := a.historyPath()
	s, damaged, err := journal.ReadStats(path, now, now.Location())
	warnDamaged(a, path, damaged)
	breaks := breaksToday(a, now)
	switch {
	case err != nil:
		return err
	case *asJSON:
		return cli.WriteJSON(a.stdout, cli.StatsJSON{Stats: s, BreaksToday: breaks})
	case s.Total.Sessions == 0:
		fmt.Fprintln(a.stdout, emptyHistory)
		cli.TodaysBreaks(a.stdout, breaks)
		return nil
	}
	cli.Stats(a.stdout, s, now.Location())
	cli.TodaysBreaks(a.stdout, breaks)
	return nil
}
