package content

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Days is a set of days of the week, indexed by time.Weekday (Sunday 0).
type Days [7]bool

// Weekdays are Monday to Friday, the default remind_days.
var Weekdays = Days{false, true, true, true, true, true, false}

// AllDays is every day of the week.
var AllDays = Days{true, true, true, true, true, true, true}

// dayNames are the short names config.toml and --days use, indexed by time.Weekday.
var dayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// mondayFirst is the order days are listed in.
var mondayFirst = [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// ParseDay reads a day's name: "mon", "Monday", "MON".
func ParseDay(s string) (time.Weekday, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for d, n := range dayNames {
		full := strings.ToLower(time.Weekday(d).String())
		if t == n || t == full {
			return time.Weekday(d), nil
		}
	}
	return 0, fmt.Errorf("%s is not a day; write mon, tue, wed, thu, fri, sat or sun", quoted(s))
}

// ParseDays reads the days reminders ring on: "mon-fri", "mon,wed,fri", "mon-thu, sat", a range
// that wraps ("fri-mon"), or "every day" (also "daily", "all"), "weekdays", "weekends".
func ParseDays(s string) (Days, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "every day", "everyday", "daily", "all", "always":
		return AllDays, nil
	case "weekdays":
		return Weekdays, nil
	case "weekends", "weekend":
		return Days{0: true, 6: true}, nil
	}
	var days Days
	for part := range strings.SplitSeq(strings.ReplaceAll(s, "–", "-"), ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		from, to, isRange := strings.Cut(part, "-")
		a, err := ParseDay(from)
		if err != nil {
			return Days{}, err
		}
		b := a
		if isRange {
			if b, err = ParseDay(to); err != nil {
				return Days{}, err
			}
		}
		for d := a; ; d = (d + 1) % 7 {
			days[d] = true
			if d == b {
				break
			}
		}
	}
	if days == (Days{}) {
		return Days{}, fmt.Errorf("%s names no day; write it like \"mon-fri\" or \"every day\"", quoted(s))
	}
	return days, nil
}

// WeekWords are the words a week is written with: the days' short names (indexed by
// time.Weekday) and the words for the whole week, the whole day and none. English is what
// config.toml and --days read; a screen may use the person's language (WeekWordsIn).
type WeekWords struct {
	Days                                   [7]string
	EveryDay, NoDay, Always, Never, AllDay string
}

// configWords are the words ParseDays and the settings read.
var configWords = WeekWords{Days: dayNames, EveryDay: "every day", NoDay: "no day", Always: "always", Never: "never", AllDay: "all day"}

// String writes the days as ParseDays reads them: "mon-fri", "mon,wed,fri", "every day".
func (d Days) String() string { return d.StringWith(configWords) }

// StringWith writes the days in words ww: "mon-fri", German "Mo-Fr".
func (d Days) StringWith(ww WeekWords) string {
	dayNames := ww.Days
	switch d {
	case AllDays:
		return ww.EveryDay
	case Days{}:
		return ww.NoDay
	}
	var parts []string
	for i := 0; i < 7; {
		if !d[mondayFirst[i]] {
			i++
			continue
		}
		j := i
		for j+1 < 7 && d[mondayFirst[j+1]] {
			j++
		}
		switch {
		case j == i:
			parts = append(parts, dayNames[mondayFirst[i]])
		case j == i+1:
			parts = append(parts, dayNames[mondayFirst[i]], dayNames[mondayFirst[j]])
		default:
			parts = append(parts, dayNames[mondayFirst[i]]+"-"+dayNames[mondayFirst[j]])
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// Week is when reminders may ring: the days, and each day's window of clock time. A window that
// runs across midnight (fri 22:00-06:00) belongs to the day it starts on, so its hours after
// midnight ring on Saturday morning even when Saturday is not a day of its own.
type Week struct {
	Days  Days
	Hours [7]Hours // indexed by time.Weekday
}

// EveryDay is the week of days with window h on each.
func EveryDay(days Days, h Hours) Week {
	w := Week{Days: days}
	for i := range w.Hours {
		w.Hours[i] = h
	}
	return w
}

// Always reports whether the week never closes: every day, all day.
func (w Week) Always() bool {
	for d := range 7 {
		if !w.Days[d] || !w.Hours[d].Always() {
			return false
		}
	}
	return true
}

// String says when reminders ring: "always", "mon-fri 09:00-18:00", "mon-thu 09:00-17:00,
// fri 09:00-13:00", "every day 09:00-18:00".
func (w Week) String() string { return w.StringWith(configWords) }

// StringWith says when reminders ring in words ww (see String).
func (w Week) StringWith(ww WeekWords) string {
	if w.Always() {
		return ww.Always
	}
	type group struct {
		h    Hours
		days Days
	}
	var groups []group
	for _, d := range mondayFirst {
		if !w.Days[d] {
			continue
		}
		i := slices.IndexFunc(groups, func(g group) bool { return g.h == w.Hours[d] })
		if i < 0 {
			groups = append(groups, group{h: w.Hours[d]})
			i = len(groups) - 1
		}
		groups[i].days[d] = true
	}
	if len(groups) == 0 {
		return ww.Never
	}
	var parts []string
	for _, g := range groups {
		h := g.h.String()
		if g.h.Always() {
			h = ww.AllDay
		}
		parts = append(parts, g.days.StringWith(ww)+" "+h)
	}
	return strings.Join(parts, ", ")
}

// span is one day's window as instants: [start, end).
type span struct{ start, end time.Time }

// spanOn is the window of the day days after t's day, in t's location; ok is false when that day
// has no reminders.
func (w Week) spanOn(t time.Time, days int) (span, bool) {
	day := clockOn(t, days, 0)
	wd := day.Weekday()
	if !w.Days[wd] {
		return span{}, false
	}
	h := w.Hours[wd]
	if h.Always() {
		return span{day, clockOn(t, days+1, 0)}, true
	}
	if h.From < h.To {
		return span{clockOn(t, days, h.From), clockOn(t, days, h.To)}, true
	}
	return span{clockOn(t, days, h.From), clockOn(t, days+1, h.To)}, true // to the next morning
}

// In reports whether reminders may ring at t.
func (w Week) In(t time.Time) bool {
	for days := -1; days <= 0; days++ {
		if s, ok := w.spanOn(t, days); ok && !t.Before(s.start) && t.Before(s.end) {
			return true
		}
	}
	return false
}

// NextOpen is the first instant after t at which reminders may ring again (the next window's
// start), in t's location; t itself when t is inside a window, and the zero time when the
// week has no day.
func (w Week) NextOpen(t time.Time) time.Time {
	if w.In(t) {
		return t
	}
	for days := 0; days <= 7; days++ {
		if s, ok := w.spanOn(t, days); ok && s.start.After(t) {
			return s.start
		}
	}
	return time.Time{}
}

// NextClose is the first instant after t at which the window t is in closes (windows that meet
// end to end are one), in t's location; the zero time when t is outside every window or the
// week never closes.
func (w Week) NextClose(t time.Time) time.Time {
	var end time.Time
	if w.Always() {
		return end
	}
	for days := -1; days <= 0; days++ {
		if s, ok := w.spanOn(t, days); ok && !t.Before(s.start) && t.Before(s.end) && s.end.After(end) {
			end = s.end
		}
	}
	for range 8 { // follow windows that start where this one ends
		if end.IsZero() {
			return end
		}
		moved := false
		for days := -1; days <= 8; days++ {
			if s, ok := w.spanOn(t, days); ok && !s.start.After(end) && s.end.After(end) {
				end, moved = s.end, true
			}
		}
		if !moved {
			return end
		}
	}
	return time.Time{} // every day, all day
}

// Override is w with limber remind's --hours (one window for every day; "always" is any time
// of any day, unless --days names days) and --days, each "" when not given; the error names
// the flag.
func (w Week) Override(hours, days string) (Week, error) {
	if hours != "" {
		h, err := ParseHours(hours)
		if err != nil {
			return w, fmt.Errorf("--hours: %w", err)
		}
		if w = EveryDay(w.Days, h); h.Always() {
			w.Days = AllDays
		}
	}
	if days != "" {
		d, err := ParseDays(days)
		if err != nil {
			return w, fmt.Errorf("--days: %w", err)
		}
		w.Days = d
	}
	return w, nil
}
