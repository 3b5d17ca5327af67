package plain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/runner"
	"github.com/limber-coach/limber/session/text"
)

// Store is where a plain session reads and writes the person's data (store.Dir).
type Store interface {
	Answers() (policy.Answers, error)
	// AnswersNow are the answers with the flare-up in force (policy.Answers.Flare).
	AnswersNow(now time.Time) (policy.Answers, error)
	// SaveEvent logs a check-in or function scores; Goals are the function goals; SessionID
	// finds a saved session's id; Events reads what was reported since a time.
	SaveEvent(journal.Entry) error
	Goals() (checkin.Goals, error)
	SessionID(started time.Time, name string) string
	Events(since time.Time) ([]journal.Entry, error)
	// StartFlare starts (or lengthens) a flare-up plan.
	StartFlare(now time.Time, days int, reason string) (policy.Flare, error)
	SaveAnswers(policy.Answers) error
	Save(session.Record) error
	ReadWhere(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error)
}

// Door runs one request in plain mode the way every door into a session does: the policy
// decides; the safety questions are asked when they are due (when a person can answer) and
// saved; a refusal is said; today's changes after pain and the pregnancy warning come first;
// then the session runs, its summary is printed and it is saved.
type Door struct {
	Lib      *content.Library
	Settings content.Settings
	Store    Store
	// Out gets the session; Err what went wrong (a refusal, an unsaved session).
	Out, Err io.Writer
	// Lines are the input's lines, shared with whatever reads them after (limber remind).
	Lines <-chan string
	// Ask is set when a person can answer questions: input and output are a terminal. Without
	// it the safety text is printed when the check is due and nothing is asked or saved.
	Ask bool
	// Now and After are the clock.
	Now   func() time.Time
	After func(time.Duration) <-chan time.Time
	// Bell rings the terminal bell (only set it when Out is a terminal); Speak is the voice.
	Bell  bool
	Speak func(string)
	// Report, when set, prints more about the record after the summary (a max test's results).
	Report func(session.Record)
	// Tr is the language of what is said; nil is the library's (Lib.Lang()).
	Tr *msg.Tr
}

// tr is the door's language.
func (d Door) tr() *msg.Tr {
	if d.Tr == nil {
		return msg.New(d.Lib.Lang())
	}
	return d.Tr
}

// Refused is Run's error when the policy (or the person, at a question) did not let the
// session start; it has been said on Err.
type Refused struct{ Text string }

func (e *Refused) Error() string { return e.Text }

// ErrNotSaved is Run's error when the session could not be saved; it has been said on Err.
var ErrNotSaved = errors.New("the session was not saved")

// Run runs req. ran reports whether a session ran. The error is a *Refused (nothing ran), the
// context's cause when cancelled (a signal: a session in progress is stopped and saved; a
// question waiting for an answer ends at once and nothing is saved), a *WriteError when the
// output failed, or ErrNotSaved. With checkins = "both" the check-in comes once it is decided
// that a routine runs; a flare-up started there decides it again, under the flare-up.
func (d Door) Run(ctx context.Context, req policy.Request) (ran bool, err error) {
	checkedIn, warned := false, false
	for {
		in, err := d.inputs()
		if err != nil {
			fmt.Fprintf(d.Err, "%s\n", d.tr().T("cli.error", "Err", err))
		}
		dec := policy.Decide(in, req)
		if dec.CheckDue {
			if dec, err = d.check(ctx, in, req); err != nil {
				return false, err
			}
		}
		if dec.HistoryErr != nil {
			fmt.Fprintf(d.Err, "%s\n", d.tr().T("plain.history_unread", "Err", dec.HistoryErr))
		}
		if dec.Refusal != nil {
			why := text.RefusalIn(d.tr(), dec.Refusal)
			fmt.Fprintf(d.Err, "%s\n", d.tr().T("cli.error", "Err", why))
			return false, &Refused{why}
		}
		if dec.Explain || len(dec.Today.Adjustments) > 0 {
			Today(d.Out, d.tr(), d.Lib, dec.Today)
		}
		if len(dec.Pregnancy) > 0 && !warned {
			if err := d.warnPregnancy(ctx, dec); err != nil {
				return false, err
			}
			warned = true
		}
		if d.Ask && d.Settings.Checkins == checkin.Both && dec.Plan.Kind == session.PlanRoutine && !checkedIn {
			checkedIn = true
			pain, ok := d.ratings(ctx, nil, checkin.Start)
			if !ok {
				return false, &Refused{"no answer"}
			}
			flared, ok := d.offerFlare(ctx, pain, session.Record{})
			if !ok {
				return false, &Refused{"no answer"}
			}
			if flared {
				continue
			}
		}
		return true, d.run(ctx, dec)
	}
}

// inputs are what the policy decides from; an unreadable answers file is reported and the
// check asked again.
func (d Door) inputs() (policy.Inputs, error) {
	a, err := d.Store.AnswersNow(d.Now()) // with the flare-up in force
	return policy.Inputs{Lib: d.Lib, Settings: d.Settings, Answers: a, History: d.Store.ReadWhere, Now: d.Now()}, err
}

// run runs dec's plan, then prints the summary and saves the record.
func (d Door) run(ctx context.Context, dec policy.Decision) error {
	tr := d.tr()
	plan := dec.Plan
	run := runner.New(plan, runner.Options{Save: d.Store.Save, Speak: d.Speak, Tr: tr})
	s := d.Lib.Safety()
	r := New(run, Options{Lines: d.Lines, Out: d.Out, Safety: s, PregnancyStop: policy.PregnancyStop(s, dec.Answers),
		Now: d.Now, After: d.After, Bell: d.Bell, Tr: tr})
	rec, runErr := r.Run(ctx)
	fmt.Fprintln(d.Out)
	SummaryIn(d.Out, tr, d.Lib, rec, text.PlanTitle(tr, plan))
	if d.Report != nil {
		d.Report(rec)
	}
	var outErr *WriteError
	if errors.As(runErr, &outErr) { // with the output gone, stderr says what happened
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.output_lost", "Err", outErr))
	}
	if err := run.Save(); err != nil {
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.not_saved", "Err", err))
		return ErrNotSaved
	}
	fmt.Fprintf(d.Out, "%s\n", tr.T("plain.saved"))
	if outErr != nil {
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.saved_as", "Status", text.StatusIn(tr, rec.Status)))
	}
	if runErr == nil {
		d.afterSession(ctx, rec)
	}
	return runErr
}

// Today says, before a run, what today's version changes from the routine and why, one
// exercise a line; nothing when it is the routine as written.
func Today(w io.Writer, tr *msg.Tr, lib *content.Library, res adapt.Result) {
	if len(res.Adjustments) == 0 {
		return
	}
	fmt.Fprintf(w, "%s\n", tr.T("plain.today_adjusted", "ID", res.Routine.ID))
	for _, adj := range res.Adjustments {
		line := text.ExerciseNamed(lib, adj.Exercise) + ": " + text.Adjustment(lib, adj)
		fmt.Fprintf(w, "  %s\n", text.Indent(line, 76, "    "))
	}
	fmt.Fprintln(w)
}
