// Package session turns a routine into a plan of steps and runs it as a pure state machine.
//
// Nothing here imports a terminal library, starts a goroutine or reads the clock: every method
// that depends on time takes `now`, so a whole session can be driven from a test.
package session

import "github.com/limber-coach/limber/content/enum"

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
	// KindCountUp: an open-ended hold timed by a stopwatch that counts up until the person stops
	// it (Engine.Done), a pain report, or the step's Duration, a safety limit, runs out. Max-hold
	// tests are made of these.
	KindCountUp
)

var kindNames = enum.Names[StepKind]{"ready", "hold", "reps", "breath", "rest", "switch", "count-up"}

// String returns the kind's lower-case name.
func (k StepKind) String() string { return kindNames.Of(k) }

// ParseStepKind is the inverse of StepKind.String.
func ParseStepKind(s string) (StepKind, bool) { return kindNames.Parse(s) }

// Work reports whether the step is an exercise (hold, reps, breath, count-up) rather than a
// pause.
func (k StepKind) Work() bool {
	return k == KindHold || k == KindReps || k == KindBreath || k == KindCountUp
}

// PlanKind is what a plan was made from: a routine, or one of the ad-hoc timers.
type PlanKind int

// The plan kinds.
const (
	// PlanRoutine: a guided routine (NewPlan).
	PlanRoutine PlanKind = iota
	// PlanHold: an ad-hoc timed hold (NewQuickPlan).
	PlanHold
	// PlanMax: a max-hold test, a count-up per side (NewQuickPlan).
	PlanMax
)

var planKindNames = enum.Names[PlanKind]{"routine", "hold", "max"}

// String returns "routine", "hold" or "max".
func (k PlanKind) String() string { return planKindNames.Of(k) }

// ParsePlanKind is the inverse of PlanKind.String.
func ParsePlanKind(s string) (PlanKind, bool) { return planKindNames.Parse(s) }
