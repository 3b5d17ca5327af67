package content

import (
	"fmt"
	"time"
)

// How long things take, for the bounds below. They are the session engine's (session.Plan): a
// test keeps the two in step.
const (
	// SelfPacedRep is the time counted per self-paced rep.
	SelfPacedRep = 3 * time.Second
	// SwitchTime is the switch-sides pause between the left and the right of an each-sided dose.
	SwitchTime = 5 * time.Second
	// DefaultGetReady is the get-ready time of a routine that sets none.
	DefaultGetReady = 5 * time.Second
)

// Bounds on how much one dose and one routine may ask. Each field has its own range (a hold up
// to 10 min, up to 50 repeats, 20 sets, 100 steps), but together they multiply: within those
// ranges a routine could run for 2,412,158 minutes and write a 24 MB history line. limber's own
// routines run 5–11 minutes with at most 31 holds, sets and sides, and its exercises 2 minutes
// with at most 10.
const (
	// MaxRoutineLength is the longest a routine may take, rests and get-ready included.
	MaxRoutineLength = 3 * time.Hour
	// MaxRoutineParts is the most holds, sets and sides a routine may run (each is a line of
	// its history record).
	MaxRoutineParts = 500
	// MaxDoseLength is the longest one exercise's dose may take (an exercise's own, which a
	// pain stop may swap in as the gentler variant, or a routine step's).
	MaxDoseLength = time.Hour
	// MaxDoseParts is the most holds, sets and sides one dose may run.
	MaxDoseParts = 200
)

// Length is how long the dose takes done with the given sides, as a session plans it: every
// set, side and repeated hold, with the releases, set rests and side switches between them;
// self-paced reps count SelfPacedRep each.
func (d Dose) Length(sides Sides) time.Duration {
	sets, repeat := max(d.Sets, 1), max(d.Repeat, 1)
	var one time.Duration // one hold, set of reps or round of breathing
	switch d.Kind {
	case DoseHold:
		one = d.Hold
	case DoseReps:
		one = time.Duration(d.Reps) * SelfPacedRep
		if d.Tempo > 0 {
			one = time.Duration(d.Reps) * d.Tempo
		}
	case DoseBreath:
		for _, p := range d.Breath {
			one += p.Duration
		}
		one *= time.Duration(repeat)
	}
	holds := func(n int) time.Duration { // n holds with releases between, or one of anything else
		if d.Kind != DoseHold {
			return one
		}
		return time.Duration(n)*one + time.Duration(n-1)*d.Release
	}
	var set time.Duration
	switch {
	case sides == SidesEach:
		set = 2*holds(repeat) + SwitchTime
	case sides == SidesAlternate && d.Kind == DoseHold:
		set = holds(2 * repeat)
	default:
		set = holds(repeat)
	}
	return time.Duration(sets)*set + time.Duration(sets-1)*d.SetRest
}

// Parts is how many holds, sets and sides the dose runs: one line each in the history record.
func (d Dose) Parts(sides Sides) int {
	n := 1
	if d.Kind == DoseHold {
		n = max(d.Repeat, 1)
	}
	switch {
	case sides == SidesEach:
		n *= 2
	case sides == SidesAlternate && d.Kind == DoseHold:
		n *= 2
	}
	return max(d.Sets, 1) * n
}

// Length is how long the routine takes with its own get-ready time (DefaultGetReady when it
// sets none), each step's dose and the rests between steps.
func (r *Routine) Length() time.Duration {
	t := DefaultGetReady
	if r.GetReady != nil {
		t = max(*r.GetReady, 0)
	}
	for i, st := range r.Steps {
		t += st.Dose.Length(st.Sides)
		if i < len(r.Steps)-1 {
			t += max(st.Rest, 0)
		}
	}
	return t
}

// checkDoseSize reports a dose that takes longer than MaxDoseLength or runs more than
// MaxDoseParts holds, sets and sides.
func (c doseChecker) checkDoseSize(d Dose, sides Sides) {
	switch n := d.Parts(sides); {
	case d.Length(sides) > MaxDoseLength:
		c.add("", "this dose takes %s; keep one exercise's dose (every set, side and repeat) to %s", fmtLength(d.Length(sides)), fmtLength(MaxDoseLength))
	case n > MaxDoseParts:
		c.add("", "this dose runs %d holds, sets and sides; keep it to %d", n, MaxDoseParts)
	}
}

// checkRoutineLength reports a routine that takes longer than MaxRoutineLength or runs more
// than MaxRoutineParts holds, sets and sides, naming its biggest step.
func checkRoutineLength(v *validator, r *Routine, line int) {
	parts, big := 0, 0
	for i, st := range r.Steps {
		parts += st.Dose.Parts(st.Sides)
		if st.Dose.Length(st.Sides) > r.Steps[big].Dose.Length(r.Steps[big].Sides) {
			big = i
		}
	}
	where := fmt.Sprintf("routine %q", r.ID)
	biggest := fmt.Sprintf("step %d, %s, takes %s", big+1, r.Steps[big].Exercise, fmtLength(r.Steps[big].Dose.Length(r.Steps[big].Sides)))
	switch total := r.Length(); {
	case total > MaxRoutineLength:
		v.add(line, where, "it would take %s (%s); keep a routine to %s", fmtLength(total), biggest, fmtLength(MaxRoutineLength))
	case parts > MaxRoutineParts:
		v.add(line, where, "it would run %s holds, sets and sides; keep a routine to %d", thousands(parts), MaxRoutineParts)
	}
}

// fmtLength writes a long time in words: "3 h", "40,201 h 5 min", "12 min".
func fmtLength(d time.Duration) string {
	d = d.Round(time.Minute)
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return thousands(h) + " h"
	}
	return fmt.Sprintf("%s h %d min", thousands(h), m)
}
