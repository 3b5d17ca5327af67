package text

import (
	"fmt"

	"github.com/limber-coach/limber/session/msg"
)

// FlareWhyIn says why a flare-up plan is offered, in tr's language, from policy.OfferFlare's
// reason (which the log keeps in English): "pain rated 8", "2 sharp-pain stops in 3 days".
// A reason of another form is said as it is.
func FlareWhyIn(tr *msg.Tr, why string) string {
	var n, days int
	if _, err := fmt.Sscanf(why, "pain rated %d", &n); err == nil {
		return tr.T("ask.why_rated", "N", n)
	}
	if _, err := fmt.Sscanf(why, "%d sharp-pain stops in %d days", &n, &days); err == nil {
		return tr.N("ask.why_stops", n, "Days", days)
	}
	return why
}
