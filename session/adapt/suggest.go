package adapt

import (
	"cmp"
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// Suggestion is a routine to do today and why.
type Suggestion struct {
	Routine *content.Routine
	// Reason says why in English; Why, At, Name and Days are its facts, for saying it in
	// another language.
	Reason string
	Why    Why
	// At is when the sitting began (WhyAtDesk, WhyBreakDueSince); Name the strength routine
	// done (WhyRestDay); Days how long ago (WhyRestDay: 0 today, 1 yesterday; WhyLastDone).
	At   time.Time
	Name string
	Days int
}

// Why is the kind of reason a routine is suggested.
type Why int

// The reasons for a suggestion.
const (
	WhyAtDesk        Why = iota // at the desk since At
	WhyBreakDue                 // remind has a break due
	WhyBreakDueSince            // a break is due, sitting since At
	WhyRestDay                  // a rest day for strength after Name, Days ago
	WhyLastDone                 // strength, last done Days ago
	WhyStrength                 // strength 2–3× a week, never done
	WhyNothingToday             // stretch daily: nothing done yet today
	WhyDaily                    // stretch daily
)

// statusPain is how the history names a session ended from the pain prompt.
const statusPain = "pain"

// MaxSuggestions is how many lines the home screen's "Today" shows at most.
const MaxSuggestions = 2

// Options refine the suggestions.
type Options struct {
	// Allowed rejects routines the safety answers exclude; nil allows all.
	Allowed func(*content.Routine) bool
	// AtDeskSince is when the current stretch at the desk began (from limber remind: the last
	// break's end); zero when unknown.
	AtDeskSince time.Time
	// AtDeskBreak is the break routine limber remind runs, suggested after a long stretch at
	// the desk; DailyBreak the routine for "nothing done yet today" (the default_routine
	// setting). Empty means content.DefaultRoutine.
	AtDeskBreak, DailyBreak string
	// BreakDue says limber remind has a break due now (it may run in the background, where
	// the home screen is where the break is offered): the break routine comes first, whatever
	// the length of the stretch.
	BreakDue bool
}

// DeskStretch is how long at the desk makes the desk break the first suggestion.
const DeskStretch = 45 * time.Minute

// Suggest picks up to two routines for today from the history, following the content's
// guidance: stretch daily, strengthen 2–3 times a week with a rest day between; after a long
// stretch at the desk, the desk break first. It never suggests a strength routine the day after
// one (or twice in a day) — a session that ended in pain counts as one — nor a routine whose
// latest session ended in pain, nor a routine opts.Allowed rejects (the safety answers'
// exclusions). Days are counted in now's location.
func Suggest(lib *content.Library, history []journal.Entry, now time.Time, opts Options) []Suggestion {
	allowed := opts.Allowed
	loc := now.Location()
	today := dayNumber(now, loc)
	last := map[string]int{}             // routine id → day number of its last session done (or ended in pain)
	latest := map[string]journal.Entry{} // routine id → its latest session, however it ended
	lastStrength, strengthName := -1<<30, ""
	doneToday := false
	for _, e := range history {
		d := dayNumber(e.Started, loc)
		if d > today {
			continue // from a clock that ran ahead; not "today"
		}
		if l, seen := latest[e.Routine]; !seen || !e.Started.Before(l.Started) {
			latest[e.Routine] = e
		}
		if !e.Completed() && e.Status != statusPain {
			continue // stopped: not a day's work
		}
		if prev, ok := last[e.Routine]; !ok || d > prev {
			last[e.Routine] = d
		}
		if d == today && e.Completed() {
			doneToday = true
		}
		if r, ok := lib.Routine(e.Routine); ok && r.HasTag("strength") && d > lastStrength {
			lastStrength, strengthName = d, r.Name
		}
	}
	var out []Suggestion
	add := func(r *content.Routine, reason string, facts Suggestion) {
		if r != nil && len(out) < MaxSuggestions {
			facts.Routine, facts.Reason = r, reason
			out = append(out, facts)
		}
	}
	ok := func(r *content.Routine) bool {
		for _, s := range out {
			if s.Routine.ID == r.ID {
				return false // already suggested
			}
		}
		if l, seen := latest[r.ID]; seen && l.Status == statusPain {
			return false // it hurt last time: the person picks it, and its preview says what changes
		}
		return allowed == nil || allowed(r)
	}
	if since := opts.AtDeskSince; opts.BreakDue || !since.IsZero() && now.Sub(since) >= DeskStretch {
		if r, found := lib.Routine(cmp.Or(opts.AtDeskBreak, content.DefaultRoutine)); found && ok(r) {
			why, facts := "you have been at it since "+since.In(loc).Format("15:04"), Suggestion{Why: WhyAtDesk, At: since}
			switch {
			case opts.BreakDue && since.IsZero():
				why, facts.Why = "a break is due", WhyBreakDue
			case opts.BreakDue:
				why, facts.Why = "a break is due: sitting since "+since.In(loc).Format("15:04"), WhyBreakDueSince
			}
			add(r, why, facts)
		}
	}
	stretch := func() *content.Routine {
		return leastRecent(lib, last, func(r *content.Routine) bool { return ok(r) && !r.HasTag("strength") && r.HasTag("stretch") })
	}
	switch gap := today - lastStrength; {
	case gap <= 1:
		when := "yesterday"
		if gap == 0 {
			when = "today"
		}
		if r := stretch(); r != nil {
			add(r, fmt.Sprintf("rest day for strength: you did %s %s", strengthName, when),
				Suggestion{Why: WhyRestDay, Name: strengthName, Days: today - lastStrength})
		}
	default:
		if r := leastRecent(lib, last, func(r *content.Routine) bool { return ok(r) && r.HasTag("strength") }); r != nil {
			if d, seen := last[r.ID]; seen {
				add(r, fmt.Sprintf("last done %s (strength 2–3× a week)", daysAgo(today-d)), Suggestion{Why: WhyLastDone, Days: today - d})
			} else {
				add(r, "strength 2–3× a week, with a rest day between", Suggestion{Why: WhyStrength})
			}
		}
	}
	if !doneToday {
		if r, found := lib.Routine(cmp.Or(opts.DailyBreak, content.DefaultRoutine)); found && ok(r) {
			add(r, "stretch daily: nothing done yet today", Suggestion{Why: WhyNothingToday})
		} else {
			add(stretch(), "stretch daily: nothing done yet today", Suggestion{Why: WhyNothingToday})
		}
	}
	add(stretch(), "stretch daily", Suggestion{Why: WhyDaily})
	return out
}

// leastRecent returns the routine passing keep that was done longest ago (never done first),
// in library order on ties; nil when none passes.
func leastRecent(lib *content.Library, last map[string]int, keep func(*content.Routine) bool) *content.Routine {
	var best *content.Routine
	bestDay := 0
	for _, r := range lib.Routines() {
		if !keep(r) {
			continue
		}
		d, seen := last[r.ID]
		if !seen {
			d = -1 << 30
		}
		if best == nil || d < bestDay {
			best, bestDay = r, d
		}
	}
	return best
}

// dayNumber counts calendar days in loc since 1970-01-01.
func dayNumber(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func daysAgo(n int) string {
	switch n {
	case 0:
		return "today"
	case 1:
		return "yesterday"
	}
	return fmt.Sprintf("%d days ago", n)
}
