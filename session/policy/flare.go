package policy

import (
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
)

// Flare-up rules. A flare-up is a spell of days when back pain spikes. While one is in force
// every door offers gentle routines only; the safety questions are asked again once, at its
// start (the red flags can appear in a flare); when the check-ins show the pain falling it
// steps back up to everything but strength routines; and when it has lasted longer than
// FlareSeeSomeone, or pain stays high, the person is told plainly to see a professional.
const (
	// FlareDays is how long a flare-up lasts unless ended sooner (limber flare --days).
	FlareDays = 7
	// MaxFlareDays bounds limber flare --days.
	MaxFlareDays = 14
	// FlareSeeSomeone: a flare-up that has gone on longer than this calls for a professional.
	FlareSeeSomeone = 14 * 24 * time.Hour
	// FlarePain: a pain rating this high or higher offers a flare-up.
	FlarePain = 7
	// EasingPain: pain ratings this low or lower since a flare-up started step it back up.
	EasingPain = 3
	// FlarePainStops and FlarePainWindow: this many sharp-pain stops within the window offer a
	// flare-up.
	FlarePainStops  = 2
	FlarePainWindow = 3 * 24 * time.Hour
	// TagStrength marks the routines held back while a flare-up eases.
	TagStrength = "strength"
)

// Flare is a flare-up: when it started, when it ends, and why it was started. It is kept in its
// own state file (store.FlareFile), shared by every device, not with the answers; the doors put
// the one in force into Answers.Flare.
type Flare struct {
	Started time.Time `json:"started"`
	Until   time.Time `json:"until"`
	Reason  string    `json:"reason,omitempty"`
	// Saved is when it was last saved (set by the store), so that when two machines changed
	// it at once the newest save wins. Files from before it have none.
	Saved time.Time `json:"saved,omitzero"`
	// Easing is set (from the check-ins, never saved) when the pain ratings since the start
	// have come down to EasingPain or below: strength routines are still held back, the rest
	// open again.
	Easing bool `json:"-"`
}

// StartFlare is a flare-up starting at now for days days (FlareDays when days ≤ 0).
func StartFlare(now time.Time, days int, reason string) Flare {
	if days <= 0 {
		days = FlareDays
	}
	now = now.Round(0).Truncate(time.Second)
	return Flare{Started: now, Until: now.AddDate(0, 0, days), Reason: reason}
}

// On reports whether f is in force at now.
func (f Flare) On(now time.Time) bool {
	return !f.Started.IsZero() && !now.Before(f.Started) && now.Before(f.Until)
}

// Day is the day of the flare-up now is in, 1 on the day it started (calendar days in now's
// zone).
func (f Flare) Day(now time.Time) int {
	y, m, d := f.Started.In(now.Location()).Date()
	y2, m2, d2 := now.Date()
	a := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours()/24) + 1
}

// SeeSomeone reports whether f has gone on long enough that a professional should see it.
func (f Flare) SeeSomeone(now time.Time) bool {
	return !f.Started.IsZero() && now.Sub(f.Started) > FlareSeeSomeone
}

// Extend keeps f's start and moves its end to days days (FlareDays when ≤ 0) from now: a
// second limber flare during one makes it longer instead of starting it again, so its length
// still counts from the first day.
func (f Flare) Extend(now time.Time, days int) Flare {
	g := StartFlare(now, days, f.Reason)
	g.Started = f.Started
	return g
}

// Easing reports whether pain ratings (oldest first) given since a flare-up started have come
// down: the latest two (or the only one) are EasingPain or lower.
func Easing(pains []int) bool {
	n := len(pains)
	switch {
	case n == 0:
		return false
	case n == 1:
		return pains[0] <= EasingPain
	}
	return pains[n-1] <= EasingPain && pains[n-2] <= EasingPain
}

// OfferFlare says whether to offer a flare-up, and why: a pain rating of FlarePain or more
// (pain is the latest rating, nil when none was given), or FlarePainStops sharp-pain stops
// within FlarePainWindow up to now (stops are their times, any order). Never during one.
func OfferFlare(now time.Time, current Flare, pain *int, stops []time.Time) (bool, string) {
	if current.On(now) {
		return false, ""
	}
	if pain != nil && *pain >= FlarePain {
		return true, fmt.Sprintf("pain rated %d", *pain)
	}
	n := StopsWithin(now, stops)
	if n >= FlarePainStops {
		return true, fmt.Sprintf("%d sharp-pain stops in %d days", n, int(FlarePainWindow.Hours()/24))
	}
	return false, ""
}

// StopsWithin counts the sharp-pain stops (their times) within FlarePainWindow up to now: the
// count OfferFlare gives as a reason.
func StopsWithin(now time.Time, stops []time.Time) int {
	n := 0
	for _, t := range stops {
		if !t.After(now) && now.Sub(t) <= FlarePainWindow {
			n++
		}
	}
	return n
}

// flareRefusal says why r may not start during the flare-up f, or nil.
func flareRefusal(f Flare, r *content.Routine) *Refusal {
	switch {
	case f.Started.IsZero() || r.HasTag(TagGentle):
		return nil
	case f.Easing && !r.HasTag(TagStrength):
		return nil
	case f.Easing:
		ref := refusal(Flaring, r, FlareEasingText)
		ref.Easing = true
		return ref
	}
	what := "routines"
	if r.ID == "" {
		what = "exercises"
	}
	return refusal(Flaring, r, "During a flare-up limber offers gentle "+what+" only, and this one is not. Short, gentle movement, little and often, is the plan for now.")
}

// Words every door shows about a flare-up.
const (
	// FlareEasingText refuses a strength routine while a flare-up eases.
	FlareEasingText = "Your flare-up is easing: strength routines wait until it is over (limber flare --end when you feel ready)."
	// FlarePlan is what a flare-up means for the days it lasts.
	FlarePlan = "For the next days: gentle routines only, a few minutes every hour or two, and stop at any sharp pain. Rate your pain after each session (limber checkin) so limber can step back up as it falls."
	// FlareSeeText is said when a flare-up lasts longer than two weeks.
	FlareSeeText = "This flare-up has lasted more than two weeks: please see a physiotherapist or doctor."
	// FlareRedFlags is said when one starts: the signs that need a professional.
	FlareRedFlags = "See a professional at once if a red flag appears: numbness, tingling or weakness in a leg, numbness around the genitals or bottom, or trouble with the bladder or bowel."
)
