package plain

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// afterSession asks, once a session is saved that was completed or ended in pain (not one
// quit), and when a person can answer, the check-in
// (the checkins setting), offers a flare-up plan after a high rating or a second sharp-pain stop
// within days, and asks the weekly goals when due. The end of input, or a signal, ends the
// questions quietly: the session is saved already.
func (d Door) afterSession(ctx context.Context, rec session.Record) {
	if !d.Ask || rec.Kind != session.PlanRoutine || rec.Status == session.StatusStopped {
		return
	}
	var pain *int
	if d.Settings.Checkins != checkin.Off {
		var ok bool
		if pain, ok = d.ratings(ctx, &rec, checkin.EndOf); !ok {
			return
		}
	}
	if _, ok := d.offerFlare(ctx, pain, rec); !ok {
		return
	}
	d.goals(ctx)
}

// ratings asks pain and stiffness, 0–10 (Enter skips one), and saves them as a check-in; rec is
// the session it follows (nil before one). ok is false when the input ended.
func (d Door) ratings(ctx context.Context, rec *session.Record, when string) (pain *int, ok bool) {
	tr := d.tr()
	ask := tr.T("plain.checkin.ask_after") // the line fits 80 columns
	if when == checkin.Start {
		ask = tr.T("plain.checkin.ask_before") // on two lines: too long for one with the scale
	}
	fmt.Fprintf(d.Out, "\n%s\n", ask)
	pain, skip, ok := d.rating(ctx, tr.T("plain.checkin.pain"))
	if !ok || skip {
		return nil, ok
	}
	stiff, _, ok := d.rating(ctx, tr.T("plain.checkin.stiffness"))
	if !ok || pain == nil && stiff == nil {
		return pain, ok
	}
	id := ""
	if rec != nil {
		id = d.Store.SessionID(rec.Started, rec.RoutineName)
	}
	e, err := checkin.New(d.Now(), pain, stiff, "", id, when)
	if err == nil {
		err = d.Store.SaveEvent(e)
	}
	if err != nil {
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.checkin.not_saved", "Err", err))
	} else {
		fmt.Fprintf(d.Out, "%s\n", tr.T("plain.checkin.saved"))
	}
	return pain, true
}

// rating asks one 0–10 rating until it gets one, Enter (none) or s (skip the rest).
func (d Door) rating(ctx context.Context, question string) (r *int, skip, ok bool) {
	for {
		fmt.Fprintf(d.Out, "%s ", question)
		line, ok := d.answer(ctx)
		switch s := strings.TrimSpace(line); {
		case !ok:
			return nil, false, false
		case s == "":
			return nil, false, true
		case strings.EqualFold(s, "s"):
			return nil, true, true
		}
		n, err := checkin.ParseRating(line)
		if err == nil {
			return &n, false, true
		}
		fmt.Fprintf(d.Out, "%s\n", d.tr().T("plain.checkin.not_rating", "Text", content.Sanitize(strings.TrimSpace(line)), "Max", journal.MaxRating))
	}
}

// answer is the next input line; ok is false once the input ended or a signal came.
func (d Door) answer(ctx context.Context) (string, bool) {
	select {
	case <-ctx.Done():
		fmt.Fprintln(d.Out)
		return "", false
	case line, ok := <-d.Lines:
		if !ok {
			fmt.Fprintln(d.Out)
		}
		return line, ok
	}
}

// offerFlare offers a flare-up plan after a pain rating of 7 or more, or a second sharp-pain
// stop within three days (rec is the session just saved, if any); started reports that one was
// started, ok is false when the input ended.
func (d Door) offerFlare(ctx context.Context, pain *int, rec session.Record) (started, ok bool) {
	now := d.Now()
	a, _ := d.Store.AnswersNow(now)
	var stops []time.Time
	if len(rec.Pain) > 0 {
		since := now.Add(-policy.FlarePainWindow)
		past, _ := d.Store.ReadWhere(func(e journal.Entry) (journal.Entry, bool) {
			return e, len(e.Pain) > 0 && !e.Started.Before(since.Add(-24*time.Hour))
		})
		for _, e := range past {
			for _, p := range e.Pain {
				stops = append(stops, p.At)
			}
		}
	}
	offer, why := policy.OfferFlare(now, a.Flare, pain, stops)
	if !offer {
		return false, true
	}
	tr := d.tr()
	fmt.Fprintf(d.Out, "\n%s %s\n", tr.T("plain.flare.a_lot", "Why", text.FlareWhyIn(tr, now, pain, stops)), tr.T("flare.plan"))
	yes, ok := d.yesNoQuiet(ctx, tr.N("plain.flare.ask", policy.FlareDays))
	if !ok || !yes {
		return false, ok
	}
	f, err := d.Store.StartFlare(now, 0, why)
	if err != nil {
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.flare.not_saved", "Err", err))
		return false, true
	}
	fmt.Fprintf(d.Out, "%s %s\n", tr.T("plain.flare.on_until", "Day", tr.Weekday(f.Until.Weekday()), "Date", tr.Date(f.Until)), tr.T("flare.red_flags"))
	return true, true
}

// yesNoQuiet is yesNo that ends quietly at the end of input.
func (d Door) yesNoQuiet(ctx context.Context, question string) (yes, ok bool) {
	tr := d.tr()
	for {
		fmt.Fprintf(d.Out, "%s %s ", question, tr.T("safety.yes_no"))
		line, ok := d.answer(ctx)
		if !ok {
			return false, false
		}
		if yes, ok := policy.AnswerWith(line, tr.T("safety.yes_words"), tr.T("safety.no_words")); ok {
			return yes, true
		}
		fmt.Fprintf(d.Out, "%s\n", tr.T("safety.answer_yes_no"))
	}
}

// goals asks each function goal's rating when they are due (weekly); Enter or s skips them.
func (d Door) goals(ctx context.Context) {
	g, err := d.Store.Goals()
	if err != nil || len(g.List) == 0 {
		return
	}
	now := d.Now()
	evs, err := d.Store.Events(now.Add(-checkin.GoalsEvery))
	if err != nil || !g.Due(checkin.LastScored(evs), now) {
		return
	}
	tr := d.tr()
	fmt.Fprintf(d.Out, "\n%s\n", tr.T("plain.goals.ask"))
	var scores []int
	for _, x := range g.List {
		r, skip, ok := d.rating(ctx, x.Activity+":")
		if !ok || skip || r == nil {
			return
		}
		scores = append(scores, *r)
	}
	e, err := g.Rate(scores, now)
	if err == nil {
		err = d.Store.SaveEvent(e)
	}
	if err != nil {
		fmt.Fprintf(d.Err, "%s\n", tr.T("plain.goals.not_saved", "Err", err))
		return
	}
	fmt.Fprintf(d.Out, "%s\n", tr.T("plain.goals.rated"))
}
