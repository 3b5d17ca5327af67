package cli

import (
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/text"
)

// Mistake is a command's error that is the person's mistake on the command line: the command
// says it as a usage error (exit status 2), and nothing was saved.
type Mistake struct{ Msg string }

func (m *Mistake) Error() string { return m.Msg }

func mistake(err error) error { return &Mistake{err.Error()} }

// Physio is what limber checkin, goals and flare work with: the data folder, the time, where to
// print, and a person to ask (nil when none can answer).
type Physio struct {
	Store store.Dir
	Now   time.Time
	Out   Printer
	Ask   *Asker
}

// CheckinRequest is limber checkin's flags: a rating not given is nil.
type CheckinRequest struct {
	Pain, Stiffness *int
	Note            string
}

// Checkin records a check-in: the ratings given, or asked for when none are and a person can
// answer; a pain of FlarePain or more offers a flare-up plan.
func (x Physio) Checkin(r CheckinRequest) error {
	pain, stiff, note, ask := r.Pain, r.Stiffness, r.Note, x.Ask
	if pain == nil && stiff == nil {
		if ask == nil {
			return &Mistake{x.Out.T("checkin.give_flags")}
		}
		var err error
		if pain, err = ask.Rating(x.Out.T("checkin.ask_pain")); err != nil {
			return err
		}
		if stiff, err = ask.Rating(x.Out.T("checkin.ask_stiffness")); err != nil {
			return err
		}
		if note == "" && (pain != nil || stiff != nil) {
			if note, err = ask.Line(x.Out.T("checkin.ask_note")); err != nil {
				return err
			}
		}
	}
	e, err := checkin.New(x.Now, pain, stiff, note, "", "")
	if err != nil {
		return mistake(err)
	}
	if err := x.Store.SaveEvent(e); err != nil {
		return err
	}
	CheckinSaved(x.Out, *e.Checkin)
	flare, _ := x.Store.Flare(x.Now)
	if offer, why := policy.OfferFlare(x.Now, flare, pain, nil); offer {
		FlareOffer(x.Out, text.FlareWhyIn(x.Out.tr(), x.Now, pain, nil))
		if ask == nil {
			x.Out.Printf("%s\n", x.Out.T("checkin.flare_starts_one"))
			return nil
		}
		if yes, err := ask.YesNo(x.Out.N("plain.flare.ask", policy.FlareDays)); err != nil || !yes {
			return err
		}
		return x.StartFlare(0, why)
	}
	return nil
}

// GoalsRequest is limber goals' flags (nil: not given; an empty --add "" is given, and a
// mistake).
type GoalsRequest struct {
	Add, Remove, Rate *string
	Score             *int
}

// Goals adds, removes or rates the function goals, then lists them with their scores; in a
// terminal it asks the weekly rating when due.
func (x Physio) Goals(r GoalsRequest) error {
	st, now := x.Store, x.Now
	g, err := st.Goals()
	if err != nil {
		return err
	}
	switch {
	case r.Add != nil || r.Score != nil:
		if g, err = g.Add(deref(r.Add), now); err != nil {
			return mistake(err)
		}
		var fn *journal.Entry
		if r.Score != nil {
			added := checkin.Goals{List: g.List[len(g.List)-1:]}
			e, err := added.Rate([]int{*r.Score}, now)
			if err != nil {
				return mistake(err)
			}
			fn = &e
		}
		if err := st.SaveGoals(g, now); err != nil {
			return err
		}
		if fn != nil {
			if err := st.SaveEvent(*fn); err != nil {
				return err
			}
		}
		x.Out.Printf("%s\n", x.Out.T("goals.added", "ID", g.List[len(g.List)-1].ID))
	case r.Remove != nil:
		if g, err = g.Remove(*r.Remove); err != nil {
			return mistake(err)
		}
		if err := st.SaveGoals(g, now); err != nil {
			return err
		}
		x.Out.Printf("%s\n", x.Out.T("goals.removed"))
	case r.Rate != nil:
		var scores []int
		for _, f := range strings.Split(*r.Rate, ",") {
			n, err := checkin.ParseRating(f)
			if err != nil {
				return &Mistake{"--rate: " + err.Error()}
			}
			scores = append(scores, n)
		}
		if err := x.rateGoals(g, scores); err != nil {
			return err
		}
	}
	var evs []journal.Entry
	if len(g.List) > 0 { // the scores of the goals listed: none is older than the oldest goal
		if evs, err = st.Events(g.Since()); err != nil {
			return err
		}
	}
	due := g.Due(checkin.LastScored(evs), now)
	if due && x.Ask != nil && r == (GoalsRequest{}) {
		var scores []int
		for _, goal := range g.List {
			s, err := x.Ask.Rating(x.Out.T("goals.ask", "ID", goal.ID, "Activity", goal.Activity))
			if err != nil || s == nil {
				return err
			}
			scores = append(scores, *s)
		}
		if err := x.rateGoals(g, scores); err != nil {
			return err
		}
		evs, _ = st.Events(g.Since())
		due = false
	}
	Goals(x.Out, g, GoalScores(evs), due)
	return nil
}

// deref is *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// rateGoals saves one score per goal, or says what is wrong and saves nothing.
func (x Physio) rateGoals(g checkin.Goals, scores []int) error {
	if len(g.List) == 0 {
		return &Mistake{x.Out.T("goals.none_to_rate")}
	}
	e, err := g.Rate(scores, x.Now)
	if err != nil {
		return &Mistake{"--rate: " + err.Error() + " " + x.Out.T("goals.rate_hint")}
	}
	if err := x.Store.SaveEvent(e); err != nil {
		return err
	}
	parts := make([]string, len(scores))
	for i, n := range scores {
		parts[i] = strconv.Itoa(n)
	}
	x.Out.Printf("%s\n", x.Out.T("goals.rated_scores", "Scores", strings.Join(parts, ", ")))
	return nil
}

// GoalScores are each goal's scores, oldest first.
func GoalScores(evs []journal.Entry) map[string][]int {
	out := map[string][]int{}
	for _, e := range evs {
		for _, s := range e.Function {
			out[s.Goal] = append(out[s.Goal], s.Score)
		}
	}
	return out
}

// Flare starts a flare-up plan for days (0: the default), or ends the one in force.
func (x Physio) Flare(days int, end bool) error {
	if !end {
		return x.StartFlare(days, "started by hand")
	}
	f, ok, err := x.Store.EndFlare(x.Now)
	switch {
	case err != nil:
		return err
	case !ok:
		x.Out.Printf("%s\n", x.Out.T("flare.none_on"))
		return nil
	}
	x.Out.Printf("%s\n", x.Out.T("flare.ended", "Days", x.Out.N("stats.days", f.Day(x.Now))))
	if f.SeeSomeone(x.Now) {
		x.Out.Printf("%s\n", x.Out.T("flare.see"))
	}
	return nil
}

// StartFlare starts (or lengthens) a flare-up plan and shows it.
func (x Physio) StartFlare(days int, why string) error {
	if _, err := x.Store.StartFlare(x.Now, days, why); err != nil {
		return err
	}
	f, err := x.Store.Flare(x.Now)
	if err != nil {
		return err
	}
	Flare(x.Out, f, x.Now)
	x.Out.Printf("%s\n", wrapped(x.Out, x.Out.T("flare.questions_again")+" "+x.Out.T("flare.end_hint")))
	return nil
}
