package text

import (
	"fmt"
	"time"
)

// Dur says a duration as people say it: "45 s", "2.5 s" (tenths only under a minute, and only
// when not whole), "1 min 30 s", "12 min", "1 h 5 min" (from an hour up, to the minute).
// Negative durations read as 0 s.
func Dur(d time.Duration) string {
	d = max(d, 0).Round(time.Second / 10)
	switch {
	case d < time.Minute && d%time.Second != 0:
		return fmt.Sprintf("%.1f s", d.Seconds())
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d/time.Second))
	case d < time.Hour:
		d = d.Round(time.Second)
		m, s := int(d/time.Minute), int(d%time.Minute/time.Second)
		if s == 0 {
			return fmt.Sprintf("%d min", m)
		}
		return fmt.Sprintf("%d min %d s", m, s)
	}
	return hoursMinutes(int(d.Round(time.Minute) / time.Minute))
}

// DurUp says a time still to come, rounded up to the unit it is shown in, so "1 min" shows
// until the last minute has fully gone: "40 s", "12 min", "1 h 30 min", "2 h".
func DurUp(d time.Duration) string {
	d = max(d, 0)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int((d+time.Second-1)/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%d min", int((d+time.Minute-1)/time.Minute))
	}
	return hoursMinutes(int((d + time.Minute - 1) / time.Minute))
}

func hoursMinutes(m int) string {
	if m%60 == 0 {
		return fmt.Sprintf("%d h", m/60)
	}
	return fmt.Sprintf("%d h %d min", m/60, m%60)
}

// Minutes is d rounded to whole minutes, at least 1: a routine's length in a list.
func Minutes(d time.Duration) int { return max(int((d+30*time.Second)/time.Minute), 1) }

// MinutesText is Minutes as "5 min".
func MinutesText(d time.Duration) string { return fmt.Sprintf("%d min", Minutes(d)) }

// Compact is a short duration for a status bar or a narrow column: "45s", "12m", "1h05m",
// "3d". up rounds seconds and minutes up (time left: "1m" until the last minute has gone);
// otherwise it rounds down (time since).
func Compact(d time.Duration, up bool) string {
	d = max(d, 0)
	switch {
	case d < time.Minute && up:
		return fmt.Sprintf("%ds", int((d+time.Second-1)/time.Second))
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d/time.Second))
	case d < time.Hour && up:
		return fmt.Sprintf("%dm", int((d+time.Minute-1)/time.Minute))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 48*time.Hour:
		m := int(d / time.Minute)
		return fmt.Sprintf("%dh%02dm", m/60, m%60)
	}
	return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
}

// SessionMinutes is a logged session's length in a table: whole minutes ("6"), or "<1" for a
// session under half a minute that still had some time.
func SessionMinutes(seconds int) string {
	if seconds > 0 && seconds < 30 {
		return "<1"
	}
	return fmt.Sprint((seconds + 30) / 60)
}
