package main

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
)

const statusUsage = `
usage: limber status [--format FORMAT]

One short line for a tmux status bar or a shell prompt, and nothing at all when
there is nothing to say. While limber remind runs: "break in 12m", "break due",
"break in 4m (snoozed)" or "on a break" (nothing outside its hours); otherwise
the time since your last session, "last break 1h20m ago". It reads only two
small files, so it is quick enough to run on every prompt.
  --format FORMAT   your own line, with placeholders:
      {next}     time to the next break ("12m"), while limber remind counts
      {at}       the clock time of the next break ("10:40")
      {state}    counting, due, snoozed, quiet or break (off when limber remind
                 is not running)
      {since}    time since your last session ended ("1h20m")
      {taken}    breaks taken today (through limber remind)
      {skipped}  breaks skipped today
      {routine}  the break routine's name
    When a placeholder has nothing to say, the whole line is left empty.
`

func runStatus(a *app, args []string) error {
	fs := newFlags(a, "status")
	format := fs.String("format", "", "")
	pos, help, err := parseFlags(a, fs, statusUsage, args)
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
