package main

import (
	"fmt"
	"io"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// breakCounts are today's desk breaks as limber remind counted them.
type breakCounts struct {
	Taken   int `json:"taken"`
	Skipped int `json:"skipped"`
}

// breaksToday reads limber remind's counts for today from its state file; nil when it has
// none for today (it has not run today, or the file cannot be read).
func breaksToday(a *app, now time.Time) *breakCounts {
	st, err := a.data().RemindState()
	if err != nil || st.Day != now.Format(time.DateOnly) {
		return nil
	}
	return &breakCounts{Taken: st.Taken, Skipped: st.Skipped}
}

// writeBreaks prints today's desk breaks, when limber remind counted any.
func writeBreaks(w io.Writer, b *breakCounts) {
	if b == nil {
		return
	}
	fmt.Fprintf(w, "\nDesk breaks today (limber remind): %d taken, %d skipped\n", b.Taken, b.Skipped)
}

// statsJSON is limber stats --json: the history's stats and today's desk breaks.
type statsJSON struct {
	journal.Stats
	BreaksToday *breakCounts `json:"breaks_today,omitempty"`
}
