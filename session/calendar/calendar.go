// Package calendar finds the busy times in an iCalendar (.ics) file, for limber remind's quiet
// times. It is pure — bytes in, spans out — and a file it cannot read is an error, never a
// panic. The format is read by github.com/emersion/go-ical (content lines, folding, parameters,
// time zones by TZID) and recurrence rules are expanded by github.com/teambition/rrule-go.
//
// Busy means a timed event that is not cancelled and not marked free (TRANSP:TRANSPARENT).
// All-day events are not busy: a holiday or someone's birthday is not a meeting (remind_days
// covers days off). A moved occurrence of a recurring event (RECURRENCE-ID) replaces the one it
// moves; EXDATE removes one; RDATE adds one.
package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"

	"github.com/limber-coach/limber/content"
)

// MaxOccurrences bounds how many occurrences of one recurring event are walked through to reach
// the window (a daily meeting since 1990 is 13,000): a rule past it is left out and reported.
const MaxOccurrences = 100_000

// Busy is one busy stretch of time.
type Busy struct {
	Start, End time.Time
	// Summary is the event's title, sanitized.
	Summary string
}

// Result is what a file said about a window of time.
type Result struct {
	// Busy are the busy times that overlap the window, by start.
	Busy []Busy
	// Events counts the events read; Skipped those left out because they could not be read,
	// and Note says why the first was.
	Events, Skipped int
	Note            string
}

// Read finds the busy times of the iCalendar data that overlap [from, to). Times without a time
// zone (floating) are in loc; a TZID the system does not know is read as loc too, and noted.
// An event that cannot be read is left out and counted; data that is no calendar is an error.
func Read(data []byte, from, to time.Time, loc *time.Location) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("not a calendar this program can read (%v)", r)
		}
	}()
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		return Result{}, fmt.Errorf("not an iCalendar file: %s", content.Sanitize(strings.TrimPrefix(err.Error(), "ical: ")))
	}
	events := cal.Events()
	moved := map[string][]time.Time{} // UID → the occurrences that RECURRENCE-ID events replace
	for _, e := range events {
		if rid := e.Props.Get(ical.PropRecurrenceID); rid != nil {
			if t, _, err := dateTime(rid, loc); err == nil {
				uid, _ := e.Props.Text(ical.PropUID)
				moved[uid] = append(moved[uid], t)
			}
		}
	}
	r := reader{from: from, to: to, loc: loc, moved: moved}
	for _, e := range events {
		res.Events++
		busy, err := r.event(e)
		if err != nil {
			res.Skipped++
			if res.Note == "" {
				res.Note = content.Sanitize(err.Error())
			}
			continue
		}
		res.Busy = append(res.Busy, busy...)
	}
	slices.SortFunc(res.Busy, func(a, b Busy) int { return a.Start.Compare(b.Start) })
	if r.note != "" && res.Note == "" {
		res.Note = r.note
	}
	return res, nil
}

// reader reads events for one window.
type reader struct {
	from, to time.Time
	loc      *time.Location
	moved    map[string][]time.Time
	note     string // the first unknown time zone
}

// event is one event's busy times in the window.
func (r *reader) event(e ical.Event) ([]Busy, error) {
	summary, _ := e.Props.Text(ical.PropSummary)
	summary = content.Sanitize(summary)
	name := summary
	if name == "" {
		name = "an event"
	}
	if status, err := e.Status(); err == nil && status == ical.EventCancelled {
		return nil, nil
	}
	if tr := e.Props.Get(ical.PropTransparency); tr != nil && strings.EqualFold(strings.TrimSpace(tr.Value), "TRANSPARENT") {
		return nil, nil
	}
	startProp := e.Props.Get(ical.PropDateTimeStart)
	if startProp == nil {
		return nil, fmt.Errorf("%s has no start (DTSTART)", quote(name))
	}
	start, allDay, err := r.when(startProp)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quote(name), err)
	}
	if allDay {
		return nil, nil
	}
	var end time.Time
	switch {
	case e.Props.Get(ical.PropDateTimeEnd) != nil:
		end, _, err = r.when(e.Props.Get(ical.PropDateTimeEnd))
	case e.Props.Get(ical.PropDuration) != nil:
		var d time.Duration
		d, err = e.Props.Get(ical.PropDuration).Duration()
		end = start.Add(d)
	default:
		end = start // RFC 5545: a timed event with neither lasts no time
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quote(name), err)
	}
	length := end.Sub(start)
	if length <= 0 {
		return nil, nil
	}
	if e.Props.Get(ical.PropRecurrenceRule) == nil {
		if start.Before(r.to) && end.After(r.from) {
			return []Busy{{start, end, summary}}, nil
		}
		return nil, nil
	}
	starts, err := r.occurrences(e, start, length)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quote(name), err)
	}
	uid, _ := e.Props.Text(ical.PropUID)
	var out []Busy
	for _, s := range starts {
		if !slices.ContainsFunc(r.moved[uid], s.Equal) {
			out = append(out, Busy{s, s.Add(length), summary})
		}
	}
	return out, nil
}

// occurrences are the starts of a recurring event's occurrences that overlap the window.
func (r *reader) occurrences(e ical.Event, start time.Time, length time.Duration) ([]time.Time, error) {
	opt, err := e.Props.RecurrenceRule()
	if err != nil || opt == nil {
		return nil, errors.New("its recurrence rule (RRULE) cannot be read")
	}
	if opt.Freq == rrule.SECONDLY || opt.Freq == rrule.MINUTELY {
		return nil, errors.New("it repeats every few seconds or minutes, which no meeting does")
	}
	opt.Dtstart = start
	rule, err := rrule.NewRRule(*opt)
	if err != nil {
		return nil, errors.New("its recurrence rule (RRULE) cannot be read")
	}
	set := &rrule.Set{}
	set.RRule(rule)
	for _, name := range []string{ical.PropExceptionDates, ical.PropRecurrenceDates} {
		for _, p := range e.Props.Values(name) {
			for _, v := range strings.Split(p.Value, ",") {
				one := p
				one.Value = strings.TrimSpace(v)
				t, _, err := r.when(&one)
				if err != nil {
					continue // a PERIOD or a mistake: leave that one date out
				}
				if name == ical.PropExceptionDates {
					set.ExDate(t)
				} else {
					set.RDate(t)
				}
			}
		}
	}
	var out []time.Time
	next := set.Iterator()
	for n := 0; ; n++ {
		s, ok := next()
		switch {
		case !ok || !s.Before(r.to):
			return out, nil
		case n >= MaxOccurrences:
			return nil, fmt.Errorf("it repeats more than %d times before this week", MaxOccurrences)
		case s.Add(length).After(r.from):
			out = append(out, s)
		}
	}
}

// when reads a DTSTART-like property: the instant, and whether it is a date (all day).
func (r *reader) when(p *ical.Prop) (time.Time, bool, error) {
	t, allDay, err := dateTime(p, r.loc)
	if err == nil || p.Params.Get(ical.PropTimezoneID) == "" {
		return t, allDay, err
	}
	// A time zone this system does not know (Outlook writes Windows names): read the wall
	// clock time as local time, which is right for most people's own calendar.
	floating := *p
	floating.Params = ical.Params{}
	for k, v := range p.Params {
		if k != ical.PropTimezoneID {
			floating.Params[k] = v
		}
	}
	t, allDay, err2 := dateTime(&floating, r.loc)
	if err2 != nil {
		return t, allDay, err
	}
	if r.note == "" {
		r.note = fmt.Sprintf("time zone %s is unknown here; its events are read as local time", quote(p.Params.Get(ical.PropTimezoneID)))
	}
	return t, allDay, nil
}

// dateTime reads p as a date-time, or a date (allDay).
func dateTime(p *ical.Prop, loc *time.Location) (time.Time, bool, error) {
	allDay := p.ValueType() == ical.ValueDate
	if !allDay && p.Params.Get(ical.ParamValue) == "" && len(p.Value) == len("20060102") {
		date := *p // a bare date without VALUE=DATE, as some programs write it
		date.Params = ical.Params{ical.ParamValue: {string(ical.ValueDate)}}
		p, allDay = &date, true
	}
	t, err := p.DateTime(loc)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("%s is not a date and time", quote(p.Value))
	}
	return t, allDay, nil
}

// quote is s sanitized, in quotes.
func quote(s string) string { return fmt.Sprintf("%q", content.Sanitize(s)) }
