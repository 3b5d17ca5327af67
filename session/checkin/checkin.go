// Package checkin is what the person tells limber about their back, apart from the sessions:
// 0–10 ratings of pain and stiffness (the numeric rating scale physiotherapists use), and up to
// three function goals — activities the back makes hard, each rated 0–10 for how well they can
// be done (the idea of the Patient-Specific Functional Scale), asked again once a week. It is
// pure: the goals are kept by package store, the ratings are entries of the history log
// (package journal); this package checks them and says when to ask.
package checkin

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// When asks for check-ins around a session: the checkins setting.
const (
	// Off never asks (limber checkin still records one).
	Off = "off"
	// End asks on the summary, after the session.
	End = "end"
	// Both asks before the session starts too.
	Both = "both"
)

// Goal limits.
const (
	// MaxGoals is how many function goals a person keeps at once.
	MaxGoals = 3
	// MaxActivity bounds a goal's words, in characters.
	MaxActivity = 80
	// GoalsEvery is how often the goals are rated again.
	GoalsEvery = 7 * 24 * time.Hour
)

// Goal is one function goal: an activity the back makes hard.
type Goal struct {
	// ID is short and stable ("1", "2", "3"), so scores follow a goal whose words change.
	ID       string    `json:"id"`
	Activity string    `json:"activity"`
	Added    time.Time `json:"added"`
}

// Goals are a person's function goals, as kept in the data folder (goals.json, shared by every
// device).
type Goals struct {
	V    int    `json:"v"`
	List []Goal `json:"goals"`
	// Saved is when they were last saved (set by the store), so that when two machines
	// changed them at once the newest save wins. Files from before it have none.
	Saved time.Time `json:"saved,omitzero"`
}

// ParseRating reads a 0–10 rating typed by a person ("7", " 3 ").
func ParseRating(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > journal.MaxRating {
		return 0, fmt.Errorf("%q is not a rating: give a whole number from 0 (none) to %d (the worst)", content.Sanitize(s), journal.MaxRating)
	}
	return n, nil
}

// Add returns g with a new goal for activity, or why not: an empty one, one too long, one
// already there, or a fourth.
func (g Goals) Add(activity string, now time.Time) (Goals, error) {
	activity = strings.Join(strings.Fields(content.Sanitize(activity)), " ")
	switch {
	case activity == "":
		return g, errors.New("a goal needs words: the activity your back makes hard, such as \"sit through a 1-hour meeting\"")
	case utf8.RuneCountInString(activity) > MaxActivity:
		return g, fmt.Errorf("keep a goal to %d characters (this one has %d)", MaxActivity, utf8.RuneCountInString(activity))
	case len(g.List) >= MaxGoals:
		return g, fmt.Errorf("you have %d goals already, the most limber keeps; remove one first (limber goals --remove N)", MaxGoals)
	}
	for _, x := range g.List {
		if strings.EqualFold(x.Activity, activity) {
			return g, fmt.Errorf("%q is goal %s already", activity, x.ID)
		}
	}
	id := 1
	for slices.ContainsFunc(g.List, func(x Goal) bool { return x.ID == strconv.Itoa(id) }) {
		id++
	}
	out := Goals{V: 1, List: append(slices.Clone(g.List), Goal{ID: strconv.Itoa(id), Activity: activity, Added: now})}
	return out, nil
}

// Remove returns g without goal id, or why not.
func (g Goals) Remove(id string) (Goals, error) {
	i := slices.IndexFunc(g.List, func(x Goal) bool { return x.ID == id })
	if i < 0 {
		return g, fmt.Errorf("there is no goal %q (limber goals lists them by number)", content.Sanitize(id))
	}
	return Goals{V: 1, List: slices.Delete(slices.Clone(g.List), i, i+1)}, nil
}

// Scores checks one 0–10 score per goal, in the goals' order, and returns them as a function
// entry's payload; nothing is kept when any is wrong.
func (g Goals) Scores(scores []int) ([]journal.FunctionScore, error) {
	if len(scores) != len(g.List) {
		return nil, fmt.Errorf("%d scores for %d goals", len(scores), len(g.List))
	}
	out := make([]journal.FunctionScore, 0, len(scores))
	for i, x := range g.List {
		if scores[i] < 0 || scores[i] > journal.MaxRating {
			return nil, fmt.Errorf("goal %s: %d is not on the scale; rate from 0 (cannot do it) to %d (as well as before)", x.ID, scores[i], journal.MaxRating)
		}
		out = append(out, journal.FunctionScore{Goal: x.ID, Activity: x.Activity, Score: scores[i]})
	}
	return out, nil
}

// Due reports whether the goals should be rated now: there are some, and none was rated in
// the last GoalsEvery (last is when they last were, zero for never).
func (g Goals) Due(last, now time.Time) bool {
	return len(g.List) > 0 && (last.IsZero() || now.Sub(last) >= GoalsEvery)
}

// Since is when the oldest goal was added, to the second: no score of the goals listed is
// older, so reading the log back to it is enough (a goal's scores stay in the log after it is
// removed). It is cut to the second as the log's entries are stamped, or a score given with
// the goal (limber goals --add … --score N) would be read as older than it and left out.
func (g Goals) Since() time.Time {
	var first time.Time
	for _, x := range g.List {
		if first.IsZero() || x.Added.Before(first) {
			first = x.Added
		}
	}
	return first.Truncate(time.Second)
}

// LastScored is when the goals were last rated, from the function entries (any order).
func LastScored(evs []journal.Entry) time.Time {
	var last time.Time
	for _, e := range evs {
		if e.Kind == journal.KindFunction && e.Started.After(last) {
			last = e.Started
		}
	}
	return last
}

// New is a check-in made at now with the ratings given (nil: not rated), a note, and the
// session it follows (its id, "" for none; when: Start, End or "").
func New(now time.Time, pain, stiffness *int, note, session, when string) (journal.Entry, error) {
	e := journal.NewEvent(journal.KindCheckin, now)
	e.Checkin = &journal.Checkin{Pain: pain, Stiffness: stiffness, Note: strings.TrimSpace(content.Sanitize(note)), Session: session, When: when}
	return e, e.Check()
}

// Start and EndOf name when a check-in was asked around a session.
const (
	Start = "start"
	EndOf = "end"
)

// Rate is a function entry rating the goals with scores, made at now.
func (g Goals) Rate(scores []int, now time.Time) (journal.Entry, error) {
	fs, err := g.Scores(scores)
	if err != nil {
		return journal.Entry{}, err
	}
	e := journal.NewEvent(journal.KindFunction, now)
	e.Function = fs
	return e, e.Check()
}

// Prompt is what a screen asks for a rating, one keypress each: "0"–"9", and "t" for ten.
const Prompt = "0–9, t for 10, s to skip"

// Key reads a rating key: "0"…"9", "t" (or "T") for 10.
func Key(k string) (int, bool) {
	if k == "t" || k == "T" {
		return 10, true
	}
	if len(k) == 1 && k[0] >= '0' && k[0] <= '9' {
		return int(k[0] - '0'), true
	}
	return 0, false
}
