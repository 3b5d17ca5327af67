package content

import (
	"testing"
	"time"
)

func TestParseHours(t *testing.T) {
	cases := []struct {
		in, want string
		bad      bool
	}{
		{in: "09:00-18:00", want: "09:00-18:00"},
		{in: "9:00 - 17:30", want: "09:00-17:30"},
		{in: "22:00–06:00", want: "22:00-06:00"},
		{in: "18:00-24:00", want: "18:00-24:00"},
		{in: "00:00-24:00", want: "always"},
		{in: "Always", want: "always"},
		{in: "09:00", bad: true},
		{in: "9-17", bad: true},
		{in: "09:60-10:00", bad: true},
		{in: "24:00-10:00", bad: true},
		{in: "10:00-10:00", bad: true},
		{in: "10:0-11:00", bad: true},
	}
	for _, c := range cases {
		h, err := ParseHours(c.in)
		if c.bad != (err != nil) || !c.bad && h.String() != c.want {
			t.Errorf("ParseHours(%q) = %v, %v; want %q (bad %v)", c.in, h, err, c.want, c.bad)
		}
	}
}

func TestHoursWindow(t *testing.T) {
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, time.UTC) }
	day, _ := ParseHours("09:00-18:00")
	night, _ := ParseHours("22:00-06:00")
	late, _ := ParseHours("18:00-24:00")
	cases := []struct {
		h        Hours
		t        time.Time
		in       bool
		open, cl time.Time
	}{
		{day, at(21, 8, 59), false, at(21, 9, 0), at(21, 18, 0)},
		{day, at(21, 9, 0), true, at(22, 9, 0), at(21, 18, 0)},
		{day, at(21, 18, 0), false, at(22, 9, 0), at(22, 18, 0)},
		{night, at(21, 23, 0), true, at(22, 22, 0), at(22, 6, 0)},
		{night, at(21, 5, 59), true, at(21, 22, 0), at(21, 6, 0)},
		{night, at(21, 12, 0), false, at(21, 22, 0), at(22, 6, 0)},
		{late, at(21, 23, 59), true, at(22, 18, 0), at(22, 0, 0)},
		{late, at(21, 0, 0), false, at(21, 18, 0), at(22, 0, 0)},
	}
	for _, c := range cases {
		if got := c.h.In(c.t); got != c.in {
			t.Errorf("%v.In(%v) = %v", c.h, c.t, got)
		}
		if got := c.h.NextOpen(c.t); !got.Equal(c.open) {
			t.Errorf("%v.NextOpen(%v) = %v, want %v", c.h, c.t, got, c.open)
		}
		if got := c.h.NextClose(c.t); !got.Equal(c.cl) {
			t.Errorf("%v.NextClose(%v) = %v, want %v", c.h, c.t, got, c.cl)
		}
	}
	if !AllDay.In(at(21, 3, 0)) || !AllDay.NextClose(at(21, 3, 0)).IsZero() {
		t.Error("the whole day is always open")
	}
}
