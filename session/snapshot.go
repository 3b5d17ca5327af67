package session

import (
	"math"
	"time"

	"github.com/limber-coach/limber/content"
)

// Snapshot is everything a view needs to draw the session at one instant. It is a copy: holding
// it does not change the engine.
type Snapshot struct {
	State  State
	Paused bool
	// Index is the current step's 0-based index in the plan; Count the number of steps.
	Index, Count int
	// Step is a copy of the current step (the last one once the session completed).
	Step     Step
	Exercise *content.Exercise
	// Side is the step's side; for alternating reps, the side of the current rep.
	Side Side
	// Set of Sets and Hold of Holds, 1-based, as in Step.
	Set, Sets   int
	Hold, Holds int
	// Rep is the number of reps counted so far (by the clock for tempo reps) of Reps.
	Rep, Reps int
	// Breathing: Phase is the current phase, PhaseIndex its index in the cycle, PhaseLeft the
	// time left in it, Cycle of Cycles the current cycle (1-based).
	Phase         content.Phase
	PhaseIndex    int
	PhaseLeft     time.Duration
	Cycle, Cycles int
	// Left is the time left in the step: never negative, zero for self-paced reps; for a
	// count-up, the time left before its limit.
	Left time.Duration
	// Up is the time a count-up step has counted so far, pauses excluded (zero for other steps).
	Up time.Duration
	// StepFraction and RoutineFraction are how much of the step and of the routine's planned
	// time is done, in [0, 1].
	StepFraction, RoutineFraction float64
	// Elapsed is the active time since Start, pauses and the pain prompt excluded.
	Elapsed time.Duration
	// Next is the next work step after the current one (nil at the last one).
	Next *Step
	// ExerciseNum of ExerciseCount is the routine step being worked or coming up (1-based), for
	// "exercise 3 of 7".
	ExerciseNum, ExerciseCount int
	// Pain is the report awaiting a choice (pain prompt only); Gentler the variant UseGentler
	// would swap in, nil when there is none.
	Pain    *PainRecord
	Gentler *content.Exercise
}

// Snapshot describes the session at now. It does not advance the engine: call Tick first for
// an up-to-date step (a snapshot taken past a deadline shows the old step at zero).
func (e *Engine) Snapshot(now time.Time) Snapshot {
	if now.Before(e.last) {
		now = e.last
	}
	a := e.active(now)
	if e.state == StateRunning && len(e.plan.Steps) > 0 && a > e.stepStart+e.step().Duration && e.step().Timed() {
		a = min(a, e.runOut()) // past a deadline with no Tick yet
	}
	s := Snapshot{State: e.state, Paused: e.state == StatePaused, Elapsed: a, Count: len(e.plan.Steps),
		ExerciseCount: e.plan.blocks}
	if len(e.plan.Steps) == 0 {
		return s
	}
	st := e.step()
	in := min(max(a-e.stepStart, 0), st.Duration)
	s.Index, s.Step, s.Exercise = e.cur, *st, st.Exercise
	s.Side = e.sideAt(a)
	s.Set, s.Sets, s.Hold, s.Holds = st.Set, st.Sets, st.Hold, st.Holds
	s.ExerciseNum = st.Block + 1
	if st.Kind == KindReps {
		s.Rep, s.Reps = e.achieved(a).reps, st.Reps
	}
	done := e.plan.estimate(e.cur)
	switch {
	case st.Timed():
		s.Left = st.Duration - in
		done = in
		if st.Kind == KindCountUp {
			s.Up, done = in, 0
		}
		if st.Duration > 0 {
			s.StepFraction = float64(in) / float64(st.Duration)
		}
	case st.Reps > 0:
		s.StepFraction = float64(s.Rep) / float64(st.Reps)
		done = time.Duration(float64(done) * s.StepFraction)
	}
	if st.Kind == KindBreath && len(st.Breath) > 0 {
		n, idx := phaseCount(st, in)
		s.PhaseIndex, s.Phase = idx, st.Breath[idx]
		s.Cycle, s.Cycles = n/len(st.Breath)+1, st.Holds
		end := time.Duration(n/len(st.Breath)) * st.cycle()
		for _, p := range st.Breath[:idx+1] {
			end += p.Duration
		}
		s.PhaseLeft = max(end-in, 0)
	}
	if w := e.workAt(e.cur + 1); w >= 0 {
		next := e.plan.Steps[w]
		s.Next = &next
	}
	if total := e.plan.Total(); total > 0 {
		s.RoutineFraction = min(float64(e.plan.offsets[e.cur]+done)/float64(total), 1)
	}
	if e.state == StateFinished && e.status == StatusCompleted {
		s.RoutineFraction, s.StepFraction, s.Left = 1, 1, 0
	}
	if e.state == StatePainPrompt && len(e.pains) > 0 {
		p := e.pains[len(e.pains)-1]
		s.Pain = &p
		s.Gentler, _ = e.gentler()
	}
	return s
}

// runOut is the active time at which a running engine would finish by the clock alone (no
// limit when a self-paced step lies ahead), so a snapshot taken past the last deadline without
// a Tick shows the same elapsed time the Tick will.
func (e *Engine) runOut() time.Duration {
	t := e.stepStart
	for i := e.cur; i < len(e.plan.Steps); i++ {
		st := &e.plan.Steps[i]
		if !st.Timed() {
			return math.MaxInt64
		}
		t += st.Duration
	}
	return t
}

// NextChange returns when the view next changes while running: the next whole second of the
// step's countdown (or of a breathing phase's), a breathing phase boundary, a tempo beat, the
// halfway mark of a long hold, or the step's end. It returns false while idle, paused, at the
// pain prompt, finished, or waiting on a self-paced reps step. A deadline already passed (no
// Tick yet) returns now.
func (e *Engine) NextChange(now time.Time) (time.Time, bool) {
	if now.Before(e.last) {
		now = e.last
	}
	if e.state != StateRunning || len(e.plan.Steps) == 0 || !e.step().Timed() {
		return time.Time{}, false
	}
	st := e.step()
	a := e.active(now)
	in := a - e.stepStart
	if in >= st.Duration {
		return now, true
	}
	if st.Kind == KindCountUp { // the stopwatch's next whole second, or its limit
		return now.Add(min((in/time.Second+1)*time.Second, st.Duration) - in), true
	}
	next := st.Duration - nextWhole(st.Duration-in) // the countdown's next whole second
	consider := func(t time.Duration) {
		if t > in && t < next {
			next = t
		}
	}
	if st.Kind == KindHold && st.Duration >= halfwayMin && !e.marks.halfway {
		consider(st.Duration / 2)
	}
	if st.Kind == KindReps && st.Tempo > 0 {
		consider((in/st.Tempo + 1) * st.Tempo)
	}
	if st.Kind == KindBreath {
		if c := st.cycle(); c > 0 {
			at := in / c * c
			for _, p := range st.Breath {
				if at+p.Duration > in {
					consider(at + p.Duration - nextWhole(at+p.Duration-in))
					break
				}
				at += p.Duration
			}
		}
	}
	return now.Add(next - in), true
}

// nextWhole is the largest whole number of seconds strictly below left (left > 0).
func nextWhole(left time.Duration) time.Duration {
	return (left - 1) / time.Second * time.Second
}

// Record is the account of the session so far: one StepRecord per work step of the engine's
// plan (gentler swap included), pain reports, times and — once finished — the status. Started
// is the Start time; Ended the time of the finishing event (for a routine that ran out, the
// instant its last step ended).
func (e *Engine) Record() Record {
	r := Record{Kind: e.plan.Kind, Status: e.status, Started: e.started, Ended: e.ended,
		Pain: append([]PainRecord(nil), e.pains...)}
	for i := range r.Pain {
		r.Pain[i].Name = e.englishName(r.Pain[i].Exercise, r.Pain[i].Name)
	}
	if rt := e.plan.Routine; rt != nil {
		r.RoutineID, r.RoutineName = rt.ID, e.englishRoutine(rt)
	}
	if e.state == StateFinished {
		r.Active = max(e.base-e.readyTime, 0) // the get-ready is not active time
	}
	for i := range e.plan.Steps {
		st := &e.plan.Steps[i]
		if !st.Kind.Work() {
			continue
		}
		res := e.results[i]
		id, name := exerciseID(st.Exercise)
		name = e.englishName(id, name)
		sr := StepRecord{Exercise: id, Name: name, Kind: st.Kind, Side: st.Side, Set: st.Set, Sets: st.Sets,
			Outcome: res.outcome, Gentler: st.Gentler}
		if st.Timed() {
			sr.PlannedTime, sr.AchievedTime = st.Duration, res.time
		}
		if st.Kind == KindCountUp {
			sr.PlannedTime = 0 // open-ended: nothing was planned, the limit is no target
		}
		if st.Kind == KindReps {
			sr.PlannedReps, sr.AchievedReps = st.Reps, res.reps
		}
		r.Steps = append(r.Steps, sr)
	}
	return r
}

// englishName is exercise id's name in the English library, or name when it has none: the
// history keeps its names in one language whatever the language of the run (content.Localize).
func (e *Engine) englishName(id, name string) string {
	if e.plan.lib == nil || id == "" {
		return name
	}
	if x, ok := e.plan.lib.English().Exercise(id); ok {
		return x.Name
	}
	return name
}

// englishRoutine is the routine's name as the history keeps it (see englishName); a quick
// timer's stand-in is named again from its exercise's English name.
func (e *Engine) englishRoutine(rt *content.Routine) string {
	if e.plan.lib == nil {
		return rt.Name
	}
	if rt.ID != "" {
		if x, ok := e.plan.lib.English().Routine(rt.ID); ok {
			return x.Name
		}
		return rt.Name
	}
	if e.plan.Kind == PlanRoutine {
		return rt.Name
	}
	q := Quick{Kind: e.plan.Kind}
	for _, st := range e.plan.Steps {
		if st.Exercise != nil {
			if x, ok := e.plan.lib.English().Exercise(st.Exercise.ID); ok {
				q.Exercise = x
			} else {
				q.Exercise = st.Exercise
			}
			break
		}
	}
	return q.Name()
}
