package text

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
)

// RefusalIn words why something may not start in tr's language, from the refusal's reason (the
// one sentence every door shows). A routine that cannot be planned keeps its error as is.
func RefusalIn(tr *msg.Tr, r *policy.Refusal) string {
	// pick is the routine's id, or the exercise's for a quick timer's stand-in.
	pick := func(routine, exercise string) string {
		if r.Quick {
			return exercise
		}
		return routine
	}
	switch r.Reason {
	case policy.NotGentle:
		return pick(tr.T("refusal.not_gentle_routine"), tr.T("refusal.not_gentle_exercise"))
	case policy.LegPainNotChecked:
		return pick(tr.T("refusal.leg_pain_routine"), tr.T("refusal.leg_pain_exercise"))
	case policy.AllSkipped:
		return tr.T("refusal.all_skipped", "Name", strings.ToLower(r.Name), "ID", r.ID)
	case policy.Flaring:
		if r.Easing {
			return tr.T("refusal.flare_easing")
		}
		return pick(tr.T("refusal.flare_routine"), tr.T("refusal.flare_exercise"))
	}
	return r.Text
}

// FlareWhyIn says why a flare-up plan is offered, in tr's language: the pain rating (pain, when
// it reached policy.FlarePain) or the sharp-pain stops within the window up to now.
func FlareWhyIn(tr *msg.Tr, now time.Time, pain *int, stops []time.Time) string {
	if pain != nil && *pain >= policy.FlarePain {
		return tr.T("flare.why_pain", "N", *pain)
	}
	return tr.N("flare.why_stops", policy.StopsWithin(now, stops), "Days", int(policy.FlarePainWindow.Hours()/24))
}

// StatusIn names a session's status in tr's language ("completed", German "abgeschlossen");
// the history file and machine output keep Status.String.
func StatusIn(tr *msg.Tr, s session.Status) string {
	switch s {
	case session.StatusStopped:
		return tr.T("status.stopped")
	case session.StatusPain:
		return tr.T("status.pain")
	}
	return tr.T("status.completed")
}

// FlareReasonIn is a flare-up's stored reason in tr's language: the reasons limber writes
// ("pain rated 8", "2 sharp-pain stops in 3 days", "started by hand") are worded anew, any
// other is shown as it is (sanitized by the caller).
func FlareReasonIn(tr *msg.Tr, reason string) string {
	var n, days int
	switch {
	case reason == "started by hand":
		return tr.T("flare.by_hand")
	case scan(reason, "pain rated %d", &n):
		return tr.T("flare.why_pain", "N", n)
	case scan(reason, "%d sharp-pain stops in %d days", &n, &days):
		return tr.N("flare.why_stops", n, "Days", days)
	}
	return reason
}

// scan reports whether s is exactly format filled with args.
func scan(s, format string, args ...any) bool {
	n, err := fmt.Sscanf(s, format, args...)
	return err == nil && n == len(args) && fmt.Sprintf(format, deref(args)...) == s
}

// deref is the values args point to (ints).
func deref(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = *a.(*int)
	}
	return out
}
