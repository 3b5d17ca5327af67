package plain

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/session"
)

// Summary writes the end-of-session lines: how it ended, how long, what was done, and any pain
// report with the advice to mention it to a professional.
func Summary(w io.Writer, rec session.Record) {
	var done, partial, skipped, pain int
	for _, s := range rec.Steps {
		switch s.Outcome {
		case session.OutcomeDone:
			done++
		case session.OutcomePartial:
			partial++
		case session.OutcomeSkipped, session.OutcomePending:
			skipped++
		case session.OutcomePain:
			pain++
		}
	}
	how := map[session.Status]string{
		session.StatusCompleted: "Session complete",
		session.StatusStopped:   "Session stopped",
		session.StatusPain:      "Session ended after pain",
	}[rec.Status]
	fmt.Fprintf(w, "%s: %s, %s.\n", how, rec.RoutineName, text.Dur(rec.Ended.Sub(rec.Started).Round(1e9)))
	parts := []string{fmt.Sprintf("%d of %d steps done", done, len(rec.Steps))}
	if partial > 0 {
		parts = append(parts, fmt.Sprintf("%d partly", partial))
	}
	if pain > 0 {
		parts = append(parts, fmt.Sprintf("%d stopped for pain", pain))
	}
	if skipped > 0 {
		parts = append(parts, fmt.Sprintf("%d skipped or not reached", skipped))
	}
	fmt.Fprintf(w, "%s.\n", strings.Join(parts, ", "))
	for _, p := range rec.Pain {
		fmt.Fprintf(w, "Pain reported: %s%s at %s. If it lasts or comes back, mention it to a physiotherapist or doctor.\n",
			cmp.Or(p.Name, "the hold"), sideSuffix(p.Side), p.At.Format("15:04"))
	}
}
