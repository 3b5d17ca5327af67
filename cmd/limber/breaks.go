package main

import (
	"time"

	"github.com/limber-coach/limber/tui/cli"
)

// breaksToday reads limber remind's counts for today from its state file; nil when it has
// none for today (it has not run today, or the file cannot be read).
func breaksToday(a *app, now time.Time) *cli.Breaks {
	st, err := a.data().RemindState()
	if err != nil || st.Day != now.Format(time.DateOnly) {
		return nil
	}
	return &cli.Breaks{Taken: st.Taken, Skipped: st.Skipped}
}
