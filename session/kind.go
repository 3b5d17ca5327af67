// Package session turns a routine into a plan of steps and runs it as a pure state machine.
//
// Nothing here imports a terminal library, starts a goroutine or reads the clock: every method
// that depends on time takes `now`, so a whole session can be driven from a test.
package session

// StepKind is what a plan step asks of the person.
type StepKind int

// The step kinds.
const (
	// KindReady: get into position before the first exercise.
	KindReady StepKind = iota
	// KindHold: hold a position for a duration.
	KindHold
	// KindReps: count repetitions (self-paced or at a tempo).
	KindReps
	// KindBreath: breathe through a phase pattern for a number of cycles.
	KindBreath
	// KindRest: rest between holds, sets or exercises.
	KindRest
	// KindSwitch: change sides.
	KindSwitch
)

var kindNames = [...]string{"ready", "hold", "reps", "breath", "rest", "switch"}

// String returns the kind's lower-case name.
func (k StepKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseStepKind is the inverse of StepKind.String.
func ParseStepKind(s string) (StepKind, bool) {
	for i, n := range kindNames {
		if n == s {
			return StepKind(i), true
		}
	}
	return 0, false
}

// Work reports whether the step is an exercise (hold, reps, breath) rather than a pause.
func (k StepKind) Work() bool { return k == KindHold || k == KindReps || k == KindBreath }
