package main

import (
	"time"

	"github.com/limber-coach/limber/tui/cli"
)

// breaksToday reads limber remind's counts for today from its state file — the breaks, and the
// sitting spells with the current one while it runs; nil when it has none for today (it has not
// run today, or the file cannot be read).
func breaksToday(a *app, now time.Time) *cli.Breaks {
	st, running := a.data().LiveRemindState()
	if st.Day != now.Format(time.DateOnly) {
		return nil
	}
	c := st.Counts()
	if running {
		c = st.Today(now)
	}
	return &cli.Breaks{Taken: c.Taken, Skipped: c.Skipped, LongestMin: int(c.Longest / time.Minute), Long: c.Long, Every: st.Every}
}
