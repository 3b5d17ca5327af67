package text

import (
	"fmt"
	"strconv"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// Clock is a duration as M:SS, rounded to the second: an active time, a hold achieved.
func Clock(d time.Duration) string {
	secs := int(max(d, 0).Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Countdown is time left as a countdown shows it: whole seconds rounded up ("3" until the last
// second is gone), M:SS from a minute up.
func Countdown(d time.Duration) string {
	secs := int(max(d+time.Second-1, 0) / time.Second)
	if secs >= 60 {
		return fmt.Sprintf("%d:%02d", secs/60, secs%60)
	}
	return strconv.Itoa(secs)
}

// Stopwatch is time counted up as a stopwatch shows it: M:SS, whole seconds only.
func Stopwatch(d time.Duration) string {
	secs := int(max(d, 0) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Seconds is a time in seconds as M:SS, rounded to the second: "1:05".
func Seconds(s float64) string { return Clock(time.Duration(s * float64(time.Second))) }

// Tenths is a time in seconds as M:SS.t, cut down to the tenth, as a max test's result is
// logged and compared: "0:42.3" (journal.ClockTenths, the one rule, also words the bests).
func Tenths(s float64) string { return journal.ClockTenths(s) }
