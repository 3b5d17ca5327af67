package cli

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// MaxResults prints one line per count-up: "Plank (left): 0:42.3, new personal best (was
// 0:40.0)." — after a line of celebration when one beats an earlier best — in the printer's
// language.
func MaxResults(p Printer, results []journal.MaxResult) {
	tr := p.tr()
	for _, r := range results {
		if r.NewBest && r.Prev.MaxS > 0 {
			p.Heading(p.T("cli.max.new_best"))
			break
		}
	}
	for _, r := range results {
		name := content.Sanitize(r.Name)
		if r.Side != "" {
			name += " (" + text.LoggedSideIn(tr, r.Side) + ")"
		}
		p.Printf("%s\n", p.T("cli.max.line", "Name", name, "Time", text.Tenths(r.Seconds), "Verdict", r.VerdictIn(tr)))
	}
}
