package cli

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// MaxResults prints one line per count-up: "Plank (left): 0:42.3, new personal best (was
// 0:40.0)." — after a line of celebration when one beats an earlier best.
func MaxResults(p Printer, results []journal.MaxResult) {
	for _, r := range results {
		if r.NewBest && r.Prev.MaxS > 0 {
			p.Heading("New personal best!")
			break
		}
	}
	for _, r := range results {
		name := content.Sanitize(r.Name)
		if r.Side != "" {
			name += " (" + r.Side + ")"
		}
		p.Printf("%s: %s, %s.\n", name, text.Tenths(r.Seconds), r.Verdict())
	}
}
