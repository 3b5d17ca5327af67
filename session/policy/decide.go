// Package policy decides, once for every door into a session (the coach, plain mode, limber
// hold, limber max, a limber remind break, the pickers), what may start, as which plan, with
// which adjustments and warnings, and why not. It is pure: the library, the settings, the safety
// answers, a way to stream the history and the time come in; a Decision comes out. No front end
// re-decides any of it.
package policy

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
)

// History streams the log through a filter that keeps (and may trim) entries: journal.ReadWhere
// on the history path, or a fake in tests.
type History func(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error)

// Inputs are what every decision is made from.
type Inputs struct {
	Lib      *content.Library
	Settings content.Settings
	Answers  Answers
	// History is nil for none.
	History History
	Now     time.Time
}

// Request is what a door asks to start: a routine, or a quick timer (Quick set).
type Request struct {
	Routine *content.Routine
	Quick   *session.Quick
	// Base runs the routine as written, without today's adjustments from the history.
	Base bool
}

// Decision is the answer to a Request.
type Decision struct {
	// CheckDue: the safety questions must be asked (and saved) first; decide again after. The
	// other fields are not set.
	CheckDue bool
	// Refusal says why nothing may start; nil when it may.
	Refusal *Refusal
	// Today is a routine as it runs today (for a quick timer, its stand-in unchanged).
	Today adapt.Result
	// Plan is what to run; nil when refused.
	Plan *session.Plan
	// Pregnancy lists the exercises to avoid in pregnancy: when not empty, a pregnant person is
	// warned and must confirm before it starts.
	Pregnancy []string
	// Explain: pain changed today's version (held back, gentler, skipped), so the changes are
	// shown, with their reasons, before it starts.
	Explain bool
	// HistoryErr is set when the history could not be read; the routine as written is used.
	HistoryErr error
	// Answers are the safety answers it was decided under (a pain stop shows a pregnant person
	// the pregnancy stop signs too: PregnancyStop).
	Answers Answers
}

// Decide answers req under in.
func Decide(in Inputs, req Request) Decision {
	d := Decision{Answers: in.Answers}
	if in.Answers.Due(in.Now, in.Settings.SafetyCheckDays) {
		d.CheckDue = true
		return d
	}
	opts := PlanOptions(in.Settings)
	if req.Quick != nil {
		r := req.Quick.Routine()
		d.Today = adapt.Result{Routine: r}
		if d.Refusal = Allowed(in.Answers, r); d.Refusal != nil {
			return d
		}
		plan, err := session.NewQuickPlan(*req.Quick, in.Lib, opts)
		if err != nil {
			d.Refusal = refusal(CannotPlan, r, err.Error())
			return d
		}
		d.Plan, d.Pregnancy = plan, pregnancy(in, r)
		return d
	}
	r := req.Routine
	if d.Refusal = Allowed(in.Answers, r); d.Refusal != nil {
		d.Today = adapt.Result{Routine: r}
		return d
	}
	d.Today, d.HistoryErr = Today(in, r, req.Base)
	if len(d.Today.Routine.Steps) == 0 {
		d.Refusal = refusal(AllSkipped, r, AllSkippedText(r))
		return d
	}
	plan, err := session.NewPlan(d.Today.Routine, in.Lib, opts)
	if err != nil {
		d.Refusal = refusal(CannotPlan, r, err.Error())
		return d
	}
	d.Plan, d.Pregnancy, d.Explain = plan, pregnancy(in, d.Today.Routine), AfterPain(d.Today)
	return d
}

func pregnancy(in Inputs, r *content.Routine) []string {
	if !in.Answers.Pregnant {
		return nil
	}
	return AvoidInPregnancy(in.Lib, r)
}

// Today is r as it runs today: doses progressed or held back from the history (package adapt),
// or r unchanged with base, with no history, or when the history cannot be read (err).
func Today(in Inputs, r *content.Routine, base bool) (adapt.Result, error) {
	if base || in.History == nil {
		return adapt.Result{Routine: r}, nil
	}
	h, err := in.History(adapt.Relevant(in.Lib, r))
	if err != nil {
		return adapt.Result{Routine: r}, err
	}
	return adapt.Adjust(in.Lib, r, h), nil
}

// AfterPain reports whether today's version differs from the routine because of pain: an
// exercise held back, swapped for its gentler variant, or skipped.
func AfterPain(res adapt.Result) bool {
	for _, adj := range res.Adjustments {
		if adj.Change != adapt.Progressed {
			return true
		}
	}
	return false
}

// AllSkippedText says that every exercise of r is skipped today, and how to run it anyway.
func AllSkippedText(r *content.Routine) string {
	return fmt.Sprintf("Every exercise of %s is skipped today after repeated pain; please see a physiotherapist or doctor (limber run %s --base runs it as written).",
		strings.ToLower(r.Name), r.ID)
}

// PlanOptions are the session options of the settings: the get_ready setting is the get-ready
// time of a routine (or quick timer) that sets none of its own. This is the one place the
// setting is applied.
func PlanOptions(s content.Settings) session.Options {
	var o session.Options
	if s.GetReady != nil {
		o.GetReady = *s.GetReady
		if o.GetReady == 0 {
			o.GetReady = session.NoGetReady
		}
	}
	return o
}

// Length is r's planned length under the settings (0 when it cannot be planned).
func Length(lib *content.Library, s content.Settings, r *content.Routine) time.Duration {
	p, err := session.NewPlan(r, lib, PlanOptions(s))
	if err != nil {
		return 0
	}
	return p.Total()
}
