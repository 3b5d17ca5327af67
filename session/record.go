package session

import (
	"time"

	"github.com/limber-coach/limber/content/enum"
)

// Status is how a session ended.
type Status int

// The session statuses.
const (
	// StatusCompleted: the session reached the end (skips included) with at least one work step
	// (a hold, a set, a breathing exercise, a stopwatch stopped by the person) done in full.
	StatusCompleted Status = iota
	// StatusStopped: the user quit, a signal ended the run, or it reached its end with nothing
	// done in full (every exercise skipped or left early).
	StatusStopped
	// StatusPain: the session was ended from the pain prompt.
	StatusPain
)

var statusNames = enum.Names[Status]{"completed", "stopped", "pain"}

// String returns "completed", "stopped" or "pain".
func (s Status) String() string { return statusNames.Of(s) }

// ParseStatus is the inverse of Status.String.
func ParseStatus(s string) (Status, bool) { return statusNames.Parse(s) }

// Outcome is what happened to one work step.
type Outcome int

// The step outcomes.
const (
	// OutcomePending: the step has not been reached (yet).
	OutcomePending Outcome = iota
	// OutcomeDone: the full planned dose was done.
	OutcomeDone
	// OutcomePartial: the step was left early (next, back, stop, done early) with something achieved.
	OutcomePartial
	// OutcomeSkipped: the step was skipped with nothing achieved.
	OutcomeSkipped
	// OutcomePain: the step was ended by a sharp-pain report.
	OutcomePain
)

var outcomeNames = enum.Names[Outcome]{"pending", "done", "partial", "skipped", "pain"}

// String returns the outcome's lower-case name.
func (o Outcome) String() string { return outcomeNames.Of(o) }

// ParseOutcome is the inverse of Outcome.String.
func ParseOutcome(s string) (Outcome, bool) { return outcomeNames.Parse(s) }

// Side is the body side a step works.
type Side int

// The sides.
const (
	SideNone Side = iota
	SideLeft
	SideRight
	// SideAlternating: a reps step whose reps alternate left and right.
	SideAlternating
)

var sideNames = enum.Names[Side]{"", "left", "right", "alternating"}

// String returns "", "left", "right" or "alternating".
func (s Side) String() string { return sideNames.Of(s) }

// ParseSide is the inverse of Side.String.
func ParseSide(s string) (Side, bool) { return sideNames.Parse(s) }

// Record is the truthful account of one session: what was planned and what was done.
type Record struct {
	// Kind is what was run: a routine, a quick hold or a max test.
	Kind        PlanKind
	RoutineID   string
	RoutineName string
	Status      Status
	Started     time.Time
	Ended       time.Time
	// Active is the time actually spent exercising: the session's time with its pauses, the pain
	// prompt and the get-ready steps left out. It is set once the session has finished.
	Active time.Duration
	// Steps has one entry per work step (hold, reps, breath) of the plan, in order; rests,
	// switches and get-ready are not recorded.
	Steps []StepRecord
	// Pain is set when a sharp-pain report ended an exercise (whatever the session status).
	Pain []PainRecord
}

// StepRecord is the planned and achieved dose of one work step.
type StepRecord struct {
	Exercise string // exercise id
	Name     string // exercise name
	Kind     StepKind
	Side     Side
	Set      int // 1-based
	Sets     int
	Outcome  Outcome
	// PlannedTime and AchievedTime are set for holds and breathing (and tempo reps). A count-up
	// has only AchievedTime: the time its stopwatch counted.
	PlannedTime  time.Duration
	AchievedTime time.Duration
	// PlannedReps and AchievedReps are set for reps steps.
	PlannedReps  int
	AchievedReps int
	// Gentler is true when the step ran the gentler variant after a pain stop.
	Gentler bool
}

// PainRecord says where and when a sharp-pain report happened.
type PainRecord struct {
	Exercise string
	Name     string
	Side     Side
	At       time.Time
}
