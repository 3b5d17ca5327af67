package remind

import (
	"time"
)

// stateVersion is the state file's format version.
const stateVersion = 1

// State is the reminder as a running limber remind last wrote it. The file is small and
// rewritten whole (through a temporary file and a rename) whenever something changes, never on
// a timer: the times in it are absolute, so a reader computes "break in 12 min" itself.
type State struct {
	V int `json:"v"`
	// Running is true while limber remind runs; it writes false when it exits.
	Running bool `json:"running"`
	// Phase is a Phase name.
	Phase string `json:"phase"`
	// Next is when the break or snooze is due (counting, snoozed).
	Next time.Time `json:"next,omitzero"`
	// DueSince is when the pending break became due (due).
	DueSince time.Time `json:"due_since,omitzero"`
	// Opens is when the hours open (quiet).
	Opens time.Time `json:"opens,omitzero"`
	// Every and Hours are the reminder's settings, as written on the command line.
	Every string `json:"every"`
	Hours string `json:"hours"`
	// Routine and RoutineName are the break routine.
	Routine     string `json:"routine"`
	RoutineName string `json:"routine_name"`
	// Day, Taken and Skipped are today's breaks.
	Day     string `json:"day"`
	Taken   int    `json:"taken"`
	Skipped int    `json:"skipped"`
	// Updated is when the file was written.
	Updated time.Time `json:"updated"`
}

// Counts returns the state's day counts.
func (st State) Counts() Counts { return Counts{Day: st.Day, Taken: st.Taken, Skipped: st.Skipped} }

// StateOf is the state file's content for the schedule s at now.
func StateOf(s *Schedule, now time.Time, every, hours, routine, routineName string) State {
	x := s.Status(now)
	return State{V: stateVersion, Running: true, Phase: x.Phase.String(), Next: x.Next, DueSince: x.DueSince,
		Opens: x.Opens, Every: every, Hours: hours, Routine: routine, RoutineName: routineName,
		Day: x.Today.Day, Taken: x.Today.Taken, Skipped: x.Today.Skipped, Updated: now.Round(0)}
}
