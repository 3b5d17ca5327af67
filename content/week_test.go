package content

import (
	"strings"
	"testing"
	"time"
)

// on is 2026-11-23 (a Monday) plus days, at hh:mm, UTC.
func on(days, hh, mm int) time.Time { return time.Date(2026, 11, 23+days, hh, mm, 0, 0, time.UTC) }

func TestParseDays(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"mon-fri", "mon-fri"}, {"weekdays", "mon-fri"}, {"Monday, Wednesday,fri", "mon,wed,fri"},
		{"every day", "every day"}, {"fri-mon", "mon,fri-sun"}, {"sat,sun", "sat,sun"}, {"mon–thu, sat", "mon-thu,sat"},
		{"tue", "tue"}, {"mon,tue", "mon,tue"},
	} {
		d, err := ParseDays(c.in)
		if err != nil || d.String() != c.want {
			t.Errorf("ParseDays(%q) = %v, %v; want %s", c.in, d, err, c.want)
			continue
		}
		if back, err := ParseDays(d.String()); err != nil || back != d {
			t.Errorf("%q does not round-trip", d)
		}
	}
	for _, bad := range []string{"", "mon-funday", "someday", ","} {
		if _, err := ParseDays(bad); err == nil {
			t.Errorf("ParseDays(%q) took it", bad)
		}
	}
}

func TestWeekInOpenClose(t *testing.T) {
	work := EveryDay(Weekdays, Hours{From: 9 * 60, To: 18 * 60})
	work.Hours[time.Friday] = Hours{From: 9 * 60, To: 13 * 60}
	if s := work.String(); s != "mon-thu 09:00-18:00, fri 09:00-13:00" {
		t.Errorf("String = %q", s)
	}
	for _, c := range []struct {
		at         time.Time
		in         bool
		open, shut time.Time
	}{
		{on(0, 8, 59), false, on(0, 9, 0), time.Time{}},
		{on(0, 9, 0), true, on(0, 9, 0), on(0, 18, 0)},
		{on(0, 18, 0), false, on(1, 9, 0), time.Time{}},
		{on(4, 12, 59), true, on(4, 12, 59), on(4, 13, 0)}, // Friday closes at 13:00
		{on(4, 13, 0), false, on(7, 9, 0), time.Time{}},    // then nothing until Monday
		{on(5, 10, 0), false, on(7, 9, 0), time.Time{}},    // Saturday
	} {
		if got := work.In(c.at); got != c.in {
			t.Errorf("In(%s) = %v", c.at.Format("Mon 15:04"), got)
		}
		if got := work.NextOpen(c.at); !got.Equal(c.open) {
			t.Errorf("NextOpen(%s) = %s, want %s", c.at.Format("Mon 15:04"), got.Format("Mon 15:04"), c.open.Format("Mon 15:04"))
		}
		if got := work.NextClose(c.at); !got.Equal(c.shut) {
			t.Errorf("NextClose(%s) = %v, want %v", c.at.Format("Mon 15:04"), got, c.shut)
		}
	}

	// A night window belongs to the day it starts on: Friday night rings into Saturday.
	nights := EveryDay(Weekdays, Hours{From: 22 * 60, To: 6 * 60})
	if !nights.In(on(5, 3, 0)) || nights.In(on(6, 3, 0)) || !nights.In(on(0, 23, 0)) || nights.In(on(0, 3, 0)) {
		t.Error("a night window's early hours belong to the evening before")
	}
	if got := nights.NextClose(on(4, 23, 0)); !got.Equal(on(5, 6, 0)) {
		t.Errorf("NextClose Friday night = %v", got)
	}
	// Windows that meet end to end close once: weekdays all day close Saturday at midnight.
	days := EveryDay(Weekdays, AllDay)
	if got := days.NextClose(on(1, 10, 0)); !got.Equal(on(5, 0, 0)) {
		t.Errorf("NextClose = %v, want Saturday 00:00", got)
	}
	if days.String() != "mon-fri all day" || !EveryDay(AllDays, AllDay).Always() || EveryDay(AllDays, AllDay).String() != "always" {
		t.Errorf("%q", days.String())
	}
	if !EveryDay(AllDays, AllDay).NextClose(on(0, 1, 0)).IsZero() || !(Week{}).NextOpen(on(0, 1, 0)).IsZero() {
		t.Error("an open week never closes; an empty one never opens")
	}
}

func TestWeekAcrossDaylightSaving(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data")
	}
	w := EveryDay(AllDays, Hours{From: 9 * 60, To: 18 * 60})
	sat := time.Date(2026, 3, 28, 19, 0, 0, 0, berlin) // the clocks go forward that night
	if got := w.NextOpen(sat); got.Hour() != 9 || got.Day() != 29 {
		t.Errorf("NextOpen across the change = %v", got)
	}
}

func TestSettingsWeekAndHooks(t *testing.T) {
	src := `remind_days = ["mon", "tue", "wed", "thu", "fri"]
remind_hours = { mon = "08:00-16:00", fri = "09:00-13:00" }
idle_reset = "10m"
calendar = "~/work.ics"
on_break_due = ["playerctl", "pause"]
on_break_done = []
`
	s, probs := ParseSettings("config.toml", []byte(src))
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	w := s.Week()
	if w.String() != "mon 08:00-16:00, tue-thu 09:00-18:00, fri 09:00-13:00" || s.IdleReset != 10*time.Minute ||
		s.Calendar != "~/work.ics" || strings.Join(s.Hooks["on_break_due"], " ") != "playerctl pause" || len(s.Hooks["on_break_done"]) != 0 {
		t.Errorf("settings %v %+v", w, s)
	}
	if v := s.Value("remind_hours"); v != `{ mon = "08:00-16:00", fri = "09:00-13:00" }` {
		t.Errorf("Value = %s", v)
	}

	bad := `remind_days = "sat-sun"
remind_hours = { mon = "9-5", sat = "10:00-12:00" }
idle_reset = "20s"
on_break_start = "playerctl pause"
on_break_skipped = ["", "x"]
calendar = 3
`
	_, probs = ParseSettings("config.toml", []byte(bad))
	got := probs.Error()
	for _, want := range []string{
		`config.toml:2: remind_hours: mon: "9" is not a clock time`,
		"config.toml:3: idle_reset: 20s is too short; use 1m to 4h",
		`config.toml:4: on_break_start: expected a command as a list of words, such as ["playerctl", "pause"]`,
		"config.toml:5: on_break_skipped: the program (the first word) is empty",
		"config.toml:6: calendar: expected the quoted path of an .ics file",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	_, probs = ParseSettings("config.toml", []byte("remind_days = \"mon-thu\"\nremind_hours = { fri = \"09:00-13:00\" }\n"))
	if got := probs.Error(); !strings.Contains(got, "config.toml:2: remind_hours: fri has hours but remind_days (mon-thu) leaves it out") {
		t.Errorf("a day with hours but no reminders: %s", got)
	}
}
