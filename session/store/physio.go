package store

import (
	"cmp"
	"fmt"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/trend"
)

// The data folder's files for what the person reports (check-ins, goals, flare-ups). Both are
// about the person, not a machine: shared by every device like the safety answers, and read
// the same way (readShared: the newest save wins over a sync tool's conflict copy).
const (
	// GoalsFile holds the function goals (limber goals).
	GoalsFile = "goals.json"
	// FlareFile holds the latest flare-up (limber flare); its start and end are also entries
	// of the history log, for the report.
	FlareFile = "flare.json"
)

// SaveEvent appends a check-in, function scores or a flare-up's start or end to the history
// log, with the session log's guarantees (journal.AppendEvent); a wrong entry saves nothing.
func (d Dir) SaveEvent(e journal.Entry) error { return journal.AppendEvent(d.HistoryPath(), e) }

// Events reads the check-ins, function scores and flare entries made since since, oldest
// first, from the end of the log (a week's cost the same with a long history); damaged lines
// are skipped.
func (d Dir) Events(since time.Time) ([]journal.Entry, error) {
	evs, _, err := journal.ReadRecentEvents(d.LogPath(), since)
	return evs, err
}

// SessionID finds the id the history gave the session rec once saved (it is found by its start
// and name among the newest few), "" when it is not there.
func (d Dir) SessionID(started time.Time, name string) string {
	es, _, err := journal.ReadNewest(d.LogPath(), 8, started.Add(-time.Second))
	if err != nil {
		return ""
	}
	at := started.Round(0).Truncate(time.Second)
	for _, e := range es {
		if e.Started.Equal(at) && e.RoutineName == name {
			return e.ID
		}
	}
	return ""
}

// Goals reads the function goals; none saved is no goals. They are shared between machines:
// of goals.json and the conflict copies a sync tool left beside it, the newest save wins.
func (d Dir) Goals() (checkin.Goals, error) {
	var g checkin.Goals
	if err := readShared(d, GoalsFile, &g, goalsSaved); err != nil {
		return checkin.Goals{}, err
	}
	if len(g.List) > checkin.MaxGoals { // a hand edit: keep the first ones
		g.List = g.List[:checkin.MaxGoals]
	}
	return g, nil
}

// SaveGoals writes the function goals whole, as saved at now.
func (d Dir) SaveGoals(g checkin.Goals, now time.Time) error {
	g.Saved = now.Round(0)
	return writeJSON(d.Path(GoalsFile), g)
}

// goalsSaved is when g was saved, for readShared: its saved time, or, in a file from before
// saved times, when its newest goal was added (it was saved then or later).
func goalsSaved(g checkin.Goals) time.Time {
	if !g.Saved.IsZero() {
		return g.Saved
	}
	var last time.Time
	for _, x := range g.List {
		if x.Added.After(last) {
			last = x.Added
		}
	}
	return last
}

// SavedFlare reads the latest flare-up, in force or not (the zero Flare when none). It is
// shared between machines: of flare.json and the conflict copies a sync tool left beside it,
// the newest save wins.
func (d Dir) SavedFlare() (policy.Flare, error) {
	var f policy.Flare
	err := readShared(d, FlareFile, &f, flareSaved)
	return f, err
}

// SaveFlare writes the latest flare-up, as saved at now.
func (d Dir) SaveFlare(f policy.Flare, now time.Time) error {
	f.Saved = now.Round(0)
	return writeJSON(d.Path(FlareFile), f)
}

// flareSaved is when f was saved, for readShared: its saved time, or, in a file from before
// saved times, when it started (it was saved then or later).
func flareSaved(f policy.Flare) time.Time {
	if !f.Saved.IsZero() {
		return f.Saved
	}
	return f.Started
}

// Flare is the flare-up in force at now, with Easing set from the pain ratings given since it
// started; the zero Flare when none is.
func (d Dir) Flare(now time.Time) (policy.Flare, error) {
	f, err := d.SavedFlare()
	if err != nil || !f.On(now) {
		return policy.Flare{}, err
	}
	evs, err := d.Events(f.Started)
	var pains []int
	for _, e := range evs {
		if e.Kind == journal.KindCheckin && e.Checkin.Pain != nil {
			pains = append(pains, *e.Checkin.Pain)
		}
	}
	f.Easing = policy.Easing(pains)
	return f, err
}

// StartFlare starts a flare-up at now for days days, or makes the one in force last that long
// from now (its first day stays), and logs it. It returns the flare-up in force.
func (d Dir) StartFlare(now time.Time, days int, reason string) (policy.Flare, error) {
	cur, err := d.SavedFlare()
	if err != nil {
		return policy.Flare{}, err
	}
	f := policy.StartFlare(now, days, reason)
	if cur.On(now) {
		f = cur.Extend(now, days)
	}
	e := journal.NewEvent(journal.KindFlare, now)
	e.Flare = &journal.FlareEvent{Event: journal.FlareStart, Until: f.Until, Reason: f.Reason}
	if err := d.SaveEvent(e); err != nil {
		return policy.Flare{}, err
	}
	return f, d.SaveFlare(f, now)
}

// EndFlare ends the flare-up in force at now and logs it; ok is false when none was.
func (d Dir) EndFlare(now time.Time) (ended policy.Flare, ok bool, err error) {
	f, err := d.SavedFlare()
	if err != nil || !f.On(now) {
		return f, false, err
	}
	e := journal.NewEvent(journal.KindFlare, now)
	e.Flare = &journal.FlareEvent{Event: journal.FlareEnd}
	if err := d.SaveEvent(e); err != nil {
		return f, false, err
	}
	f.Until = now
	if err := d.SaveFlare(f, now); err != nil {
		return f, false, fmt.Errorf("the flare-up's end is logged, but %w", err)
	}
	return f, true, nil
}

// AnswersNow are the safety answers with the flare-up in force at now (Answers.Flare), as
// every door decides under; an error reading either is returned with what could be read.
func (d Dir) AnswersNow(now time.Time) (policy.Answers, error) {
	a, err := d.Answers()
	f, ferr := d.Flare(now)
	a.Flare = f
	if err == nil {
		err = ferr
	}
	return a, err
}

// Trends are the last weeks' pain, stiffness and function scores beside the sessions
// (trend.Compute), as of now: the sessions are read from the end of the log, without steps.
func (d Dir) Trends(now time.Time, weeks int) (trend.Trends, error) {
	if weeks <= 0 {
		weeks = trend.Weeks
	}
	since := now.AddDate(0, 0, -7*weeks-7)
	n, err := journal.OpenNewest(d.LogPath(), since)
	if err != nil {
		return trend.Trends{}, err
	}
	defer n.Close()
	n.SkipSteps()
	var es []journal.Entry
	for e, ok := n.Next(); ok; e, ok = n.Next() {
		es = append(es, e)
	}
	evs, err := d.Events(since)
	return trend.Compute(append(es, evs...), now, now.Location(), weeks), cmp.Or(n.Err(), err)
}

// Report assembles limber report's report of the log from from to now (trend.BuildReport):
// the sessions with their steps, and the check-ins, goals and flare-ups, read in one pass from
// the end of the log back to from (BuildReport leaves out what started after now).
func (d Dir) Report(from, now time.Time) (trend.Report, error) {
	es, _, err := journal.ReadRecent(d.LogPath(), from)
	if err != nil {
		return trend.Report{}, err
	}
	return trend.BuildReport(es, from, now, now.Location()), nil
}
