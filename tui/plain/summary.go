package plain

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/session"
)

// Summary writes the end-of-session lines: how it ended, its active time (pauses left out, as
// the coach counts it), what was done per exercise (the coach's count: tally), and any pain
// report with the advice to mention it to a professional.
func Summary(w io.Writer, rec session.Record) {
	how := map[session.Status]string{
		session.StatusCompleted: "Session complete",
		session.StatusStopped:   "Session stopped",
		session.StatusPain:      "Session ended after pain",
	}[rec.Status]
	fmt.Fprintf(w, "%s: %s, active time %s.\n", how, rec.RoutineName, text.Clock(rec.Active))
	fmt.Fprintf(w, "%s.\n", strings.Join(text.Overview(text.Tallies(rec.Steps)), ", "))
	for _, p := range rec.Pain {
		fmt.Fprintf(w, "Pain reported: %s%s at %s. If it lasts or comes back, mention it to a physiotherapist or doctor.\n",
			cmp.Or(p.Name, "the hold"), sideSuffix(p.Side), p.At.Format("15:04"))
	}
}
