package remind

import (
	"time"

	"github.com/limber-coach/limber/content"
)

// stateVersion is the state file's format version. Version 1's readers read version 2 (it
// only adds fields, and the phase "idle", which they show as not counting).
const stateVersion = 2

// State is the reminder as a running limber remind last wrote it. The file is small and
// rewritten whole (through a temporary file and a rename) whenever something changes, never on
// a timer: the times in it are absolute, so a reader computes "break in 12 min" and "sitting
// for 40 min" itself.
type State struct {
	V int `json:"v"`
	// Running is true while limber remind runs; it writes false when it exits.
	Running bool `json:"running"`
	// Background is set when it runs without a screen (limber remind --background): a break
	// is started with limber run, or from the coach's home.
	Background bool `json:"background,omitempty"`
	// Phase is a Phase name.
	Phase string `json:"phase"`
	// Next is when the break or snooze is due (counting, snoozed).
	Next time.Time `json:"next,omitzero"`
	// DueSince is when the pending break became due (due).
	DueSince time.Time `json:"due_since,omitzero"`
	// Why is why it is quiet (a Why name), and Opens when that ends (quiet).
	Why   string    `json:"why,omitempty"`
	Opens time.Time `json:"opens,omitzero"`
	// Moves is set when the meeting moves were offered in this quiet time.
	Moves bool `json:"moves,omitempty"`
	// Every and Hours are the reminder's settings, as written on the command line (Hours is
	// the days and hours, "mon-fri 09:00-18:00"); IdleReset the idle_reset setting.
	Every     string `json:"every"`
	Hours     string `json:"hours"`
	IdleReset string `json:"idle_reset,omitempty"`
	// Routine and RoutineName are the break routine.
	Routine     string `json:"routine"`
	RoutineName string `json:"routine_name"`
	// Since is when the current sitting spell began (zero when not sitting), LastActive its
	// latest activity; CountedLong says Long already counts it.
	Since       time.Time `json:"sitting_since,omitzero"`
	LastActive  time.Time `json:"last_active,omitzero"`
	CountedLong bool      `json:"counted_long,omitempty"`
	// Day, Taken and Skipped are today's breaks; LongestSec today's longest sitting spell in
	// seconds (the current one as of Updated), Long the spells that reached Every.
	Day        string `json:"day"`
	Taken      int    `json:"taken"`
	Skipped    int    `json:"skipped"`
	LongestSec int64  `json:"longest_sec,omitempty"`
	Long       int    `json:"long,omitempty"`
	// Updated is when the file was written.
	Updated time.Time `json:"updated"`
}

// Counts returns the state's day counts.
func (st State) Counts() Counts {
	return Counts{Day: st.Day, Taken: st.Taken, Skipped: st.Skipped, Longest: time.Duration(st.LongestSec) * time.Second, Long: st.Long}
}

// sittingPhase reports whether the phase counts sitting time.
func (st State) sittingPhase() bool {
	switch st.Phase {
	case "counting", "due", "snoozed", "quiet":
		return true
	}
	return false
}

// SittingAt is the current sitting spell's length at now, from its midnight at the earliest: 0
// when the reminder saw no one sitting when it last wrote.
func (st State) SittingAt(now time.Time) time.Duration {
	if st.Since.IsZero() || !st.sittingPhase() {
		return 0
	}
	y, m, d := now.Date()
	from := st.Since
	if midnight := time.Date(y, m, d, 0, 0, 0, 0, now.Location()); midnight.After(from) {
		from = midnight
	}
	return max(now.Sub(from), 0)
}

// Today is the state's counts for now's day, with the current spell in them (the zero Counts
// when the state is of another day). every is the reminder's interval, for the long spells.
func (st State) Today(now time.Time) Counts {
	if st.Day != now.Format(time.DateOnly) {
		return Counts{Day: now.Format(time.DateOnly)}
	}
	c := st.Counts()
	sitting := st.SittingAt(now)
	c.Longest = max(c.Longest, sitting)
	if every, err := time.ParseDuration(st.Every); err == nil && every > 0 && !st.CountedLong && sitting >= every {
		c.Long++
	}
	return c
}

// StateOf is the state file's content for the schedule s at now.
func StateOf(s *Schedule, now time.Time, every, hours, routine, routineName string) State {
	x := s.Status(now)
	st := State{V: stateVersion, Running: true, Phase: x.Phase.String(), Next: x.Next, DueSince: x.DueSince,
		Opens: x.Opens, Moves: x.Moves, Every: every, Hours: hours, Routine: routine, RoutineName: routineName,
		Since: x.Since, LastActive: x.LastActive, CountedLong: x.CountedLong,
		Day: x.Today.Day, Taken: x.Today.Taken, Skipped: x.Today.Skipped,
		LongestSec: int64(x.Today.Longest / time.Second), Long: x.Today.Long, Updated: now.Round(0)}
	if x.Phase == PhaseQuiet {
		st.Why = x.Why.String()
	}
	if r := s.Config().IdleReset; r > 0 {
		st.IdleReset = content.FormatDuration(r)
	}
	return st
}
