package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// minutesPerDay is the length of a clock day in minutes (DST days are still counted by the clock).
const minutesPerDay = 24 * 60

// Hours is a daily window of local clock time, such as 09:00–18:00, in which reminders may
// ring. From and To are minutes after midnight; To may be 1440 (24:00). A window whose From is
// after its To runs across midnight (22:00–06:00). The zero value, and any window with From ==
// To, is the whole day.
type Hours struct {
	From, To int
}

// AllDay is the window that never closes.
var AllDay = Hours{}

// ParseHours reads "09:00-18:00" (also "9:00-17:30", "22:00-06:00" across midnight, an en dash
// instead of the hyphen) or "always" (also "all day", "any").
func ParseHours(s string) (Hours, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "always", "all day", "any":
		return AllDay, nil
	}
	t = strings.ReplaceAll(t, "–", "-")
	from, to, ok := strings.Cut(t, "-")
	if !ok {
		return Hours{}, fmt.Errorf("%s is not a time window; write it like \"09:00-18:00\", or \"always\"", quoted(s))
	}
	f, err := parseClock(from, false)
	if err != nil {
		return Hours{}, err
	}
	e, err := parseClock(to, true)
	if err != nil {
		return Hours{}, err
	}
	if f == 0 && e == minutesPerDay {
		return AllDay, nil
	}
	if f == e {
		return Hours{}, fmt.Errorf("%s starts where it ends; write \"always\" for the whole day", quoted(s))
	}
	if e == minutesPerDay {
		e = 0 // 24:00 is midnight at the end of the day: "18:00-24:00" runs to midnight
	}
	return Hours{From: f, To: e}, nil
}

// parseClock reads "9:00" or "09:30" as minutes after midnight; end allows "24:00".
func parseClock(s string, end bool) (int, error) {
	s = strings.TrimSpace(s)
	hh, mm, ok := strings.Cut(s, ":")
	h, herr := strconv.Atoi(hh)
	m, merr := strconv.Atoi(mm)
	switch {
	case !ok || herr != nil || merr != nil || len(mm) != 2 || len(hh) == 0 || len(hh) > 2:
		return 0, fmt.Errorf("%s is not a clock time; write it like \"09:00\" or \"17:30\"", quoted(s))
	case h == 24 && m == 0 && end:
		return minutesPerDay, nil
	case h < 0 || h > 23 || m < 0 || m > 59:
		return 0, fmt.Errorf("%s is not a clock time; hours go from 00 to 23, minutes from 00 to 59", quoted(s))
	}
	return h*60 + m, nil
}

// Always reports whether the window is the whole day.
func (h Hours) Always() bool { return h.From == h.To }

// String returns the window as ParseHours reads it: "09:00-18:00" or "always".
func (h Hours) String() string {
	if h.Always() {
		return "always"
	}
	to := fmt.Sprintf("%02d:%02d", h.To/60, h.To%60)
	if h.To == 0 {
		to = "24:00"
	}
	return fmt.Sprintf("%02d:%02d-%s", h.From/60, h.From%60, to)
}

// In reports whether t's local clock time is inside the window (From included, To excluded).
func (h Hours) In(t time.Time) bool {
	if h.Always() {
		return true
	}
	m := t.Hour()*60 + t.Minute()
	if h.From < h.To {
		return m >= h.From && m < h.To
	}
	return m >= h.From || m < h.To // across midnight (To == 0 means 24:00)
}

// NextOpen returns the first instant after t at which the window opens, in t's location. For an
// always-open window it returns t.
func (h Hours) NextOpen(t time.Time) time.Time {
	if h.Always() {
		return t
	}
	open := clockOn(t, 0, h.From)
	if !open.After(t) {
		open = clockOn(t, 1, h.From)
	}
	return open
}

// NextClose returns the first instant after t at which the window closes, in t's location. For
// an always-open window it returns the zero time.
func (h Hours) NextClose(t time.Time) time.Time {
	if h.Always() {
		return time.Time{}
	}
	end := h.To
	if end == 0 {
		end = minutesPerDay
	}
	closeAt := clockOn(t, 0, end)
	if !closeAt.After(t) {
		closeAt = clockOn(t, 1, end)
	}
	return closeAt
}

// clockOn is the instant at minute m of the day days after t's, in t's location.
func clockOn(t time.Time, days, m int) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d+days, m/60, m%60, 0, 0, t.Location())
}
