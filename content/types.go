// Package content holds limber's exercise and routine schema, the TOML decoder and validator for
// it, and the Library that merges the built-in files with the user's own.
//
// Nothing here touches a terminal: every string that leaves this package has been sanitized at
// load time, so callers may print it as is.
package content

import (
	"time"

	"github.com/limber-coach/limber/content/enum"
	"github.com/limber-coach/limber/content/figure"
)

// Position is how the body is placed for an exercise. "seated" means on a chair.
type Position int

// The positions an exercise may name.
const (
	PositionSeated Position = iota
	PositionStanding
	PositionLying
	PositionProne
	PositionAllFours
	PositionKneeling
	PositionSideLying
	// PositionFloorSitting is sitting on the floor (a seated forward bend, sitting on a roller).
	PositionFloorSitting
)

var positionNames = enum.Names[Position]{"seated", "standing", "lying", "prone", "all-fours", "kneeling", "side-lying", "floor-sitting"}

// String returns the TOML spelling of the position.
func (p Position) String() string { return positionNames.Of(p) }

var positionLabels = [...]string{"Seated on a chair", "Standing", "Lying on your back", "Face down (and planks)",
	"On all fours", "Kneeling", "Lying on your side", "Sitting on the floor"}

// Label returns the position in words, for headings: "Seated on a chair", "Lying on your back".
func (p Position) Label() string {
	if int(p) < len(positionLabels) {
		return positionLabels[p]
	}
	return "Elsewhere"
}

// Positions returns every position, in declaration order.
func Positions() []Position {
	out := make([]Position, len(positionNames))
	for i := range out {
		out[i] = Position(i)
	}
	return out
}

// Floor reports whether the position needs the floor (anything but seated on a chair or standing).
func (p Position) Floor() bool { return p != PositionSeated && p != PositionStanding }

// Sides says whether an exercise works one side at a time.
type Sides int

// The side modes.
const (
	// SidesNone: the exercise is symmetrical.
	SidesNone Sides = iota
	// SidesEach: the whole dose on the left, then a switch, then the whole dose on the right.
	SidesEach
	// SidesAlternate: left and right alternate rep by rep (or hold by hold).
	SidesAlternate
)

var sidesNames = enum.Names[Sides]{"none", "each", "alternate"}

// String returns the TOML spelling.
func (s Sides) String() string { return sidesNames.Of(s) }

// DoseKind says which of hold, reps or breath sets an exercise's dose.
type DoseKind int

// The dose kinds.
const (
	DoseHold DoseKind = iota
	DoseReps
	DoseBreath
)

var doseKindNames = enum.Names[DoseKind]{"hold", "reps", "breath"}

// String returns the TOML field that sets this kind of dose.
func (k DoseKind) String() string { return doseKindNames.Of(k) }

// PhaseKind is one part of a breathing cycle.
type PhaseKind int

// The breathing phases.
const (
	PhaseIn PhaseKind = iota
	PhaseHold
	PhaseOut
)

var phaseNames = enum.Names[PhaseKind]{"in", "hold", "out"}

// String returns the TOML spelling ("in", "hold", "out").
func (p PhaseKind) String() string { return phaseNames.Of(p) }

// Phase is one timed part of a breathing cycle, e.g. "in 4s".
type Phase struct {
	Kind     PhaseKind
	Duration time.Duration
}

// Dose is how much of an exercise to do. Exactly one of Hold, Reps or Breath applies, by Kind.
type Dose struct {
	Kind DoseKind
	// Hold is the length of one hold (DoseHold).
	Hold time.Duration
	// Reps is the number of repetitions in one set (DoseReps).
	Reps int
	// Tempo is the time per rep for engine-paced reps; zero means self-paced (DoseReps).
	Tempo time.Duration
	// Breath is the phase pattern of one breathing cycle (DoseBreath).
	Breath []Phase
	// Repeat is the number of holds per set (DoseHold) or breathing cycles (DoseBreath); ≥ 1.
	Repeat int
	// Release is the pause between repeated holds.
	Release time.Duration
	// Sets is how many times the whole dose is done; ≥ 1.
	Sets int
	// SetRest is the rest between sets.
	SetRest time.Duration
	// Progress is how the dose grows with clean sessions; nil when it does not.
	Progress *Progress
}

// Progress is a progression rule: after every Every clean sessions the dose grows by one step,
// up to a cap. For holds the step and cap are durations (AddHold, MaxHold); for reps, counts
// (AddReps, MaxReps).
type Progress struct {
	Every            int
	AddHold, MaxHold time.Duration
	AddReps, MaxReps int
}

// Level returns the dose raised by n steps of its progression, capped; n ≤ 0 or no rule gives
// the dose unchanged.
func (d Dose) Level(n int) Dose {
	p := d.Progress
	if p == nil || n <= 0 {
		return d
	}
	switch d.Kind {
	case DoseHold:
		d.Hold = min(d.Hold+time.Duration(n)*p.AddHold, max(p.MaxHold, d.Hold))
	case DoseReps:
		d.Reps = min(d.Reps+n*p.AddReps, max(p.MaxReps, d.Reps))
	}
	return d
}

// MaxLevel is the number of steps after which the dose reaches its cap (0 without a rule).
func (d Dose) MaxLevel() int {
	p := d.Progress
	switch {
	case p == nil:
		return 0
	case d.Kind == DoseHold && p.AddHold > 0:
		return int((max(p.MaxHold-d.Hold, 0) + p.AddHold - 1) / p.AddHold)
	case d.Kind == DoseReps && p.AddReps > 0:
		return (max(p.MaxReps-d.Reps, 0) + p.AddReps - 1) / p.AddReps
	}
	return 0
}

// Exercise is one movement, stretch, hold or breathing pattern.
type Exercise struct {
	ID        string
	Name      string
	Position  Position
	Equipment []string
	Targets   []string
	Cues      []string
	Caution   string
	Sides     Sides
	Dose      Dose
	// Gentler is the id of an easier variant offered after a pain stop; empty when none.
	Gentler string
	Tags    []string
	// Figure is the exercise's picture: keyframe poses and props; nil when it has none.
	Figure *figure.Figure
	// Source is the file the exercise came from ("builtin:lower-back.toml" for embedded ones).
	Source string
	// Overrides is the source of the built-in this exercise replaced, when a user file redefined it.
	Overrides string
}

// HasTag reports whether the exercise carries tag t.
func (e *Exercise) HasTag(t string) bool { return hasString(e.Tags, t) }

// Routine is an ordered list of exercises with their doses.
type Routine struct {
	ID      string
	Name    string
	Summary string
	For     []string
	// GetReady is the time to get into position before the first step; nil means the default.
	GetReady *time.Duration
	// Rest is the default rest between exercises.
	Rest  time.Duration
	Tags  []string
	Steps []RoutineStep
	// Source is the file the routine came from.
	Source string
	// Overrides is the source of the built-in routine this one replaced, if any.
	Overrides string
}

// HasTag reports whether the routine carries tag t.
func (r *Routine) HasTag(t string) bool { return hasString(r.Tags, t) }

// RoutineStep is one exercise within a routine, with its dose resolved against the exercise.
type RoutineStep struct {
	// Exercise is the id of the exercise.
	Exercise string
	// Dose is the exercise's dose with this step's overrides applied.
	Dose Dose
	// Sides is the exercise's side mode (steps cannot change it).
	Sides Sides
	// Rest is the rest after this step, before the next exercise.
	Rest time.Duration
	// Note is an optional line shown with the step.
	Note string

	override doseFields
}

// Safety is the safety text shown before sessions and after a pain stop.
type Safety struct {
	// Disclaimer says limber is not a medical device and does not diagnose.
	Disclaimer string
	// RedFlags are the reasons to see a professional before (or instead of) exercising.
	RedFlags []string
	// Emergency is the sign that needs emergency care.
	Emergency string
	// PainRule is the "gentle pull, never sharp pain" rule.
	PainRule string
	// AfterPain says what to do after a pain stop.
	AfterPain string
	// Pregnancy is the clearance note for pregnancy.
	Pregnancy string
	// PregnancyStop are the signs to stop exercising at once in pregnancy and call a midwife or
	// doctor.
	PregnancyStop []string
	// SelfCare lists what is reasonable to manage with gentle exercise.
	SelfCare []string
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
