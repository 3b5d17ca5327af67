package session

import (
	"time"

	"github.com/limber-coach/limber/content/enum"
)

// CueKind is a moment the view may want to announce (a sound, a spoken word, a flash).
type CueKind int

// The cue kinds. Each names what Cue.N carries; where nothing is said, N is 0.
const (
	// CueStepStarted: a step began (Cue.Step is the new step). Fired for the step the engine
	// lands in, also after Next, Back, a pain choice or a late tick.
	CueStepStarted CueKind = iota
	// CueHalfway: half of a hold of 10 s or more has passed.
	CueHalfway
	// CueCountdown: N (3, 2, 1) whole seconds are left in a hold, rest, switch or get-ready step
	// of 5 s or more.
	CueCountdown
	// CueRepCounted: rep N was counted (a tempo beat, or Engine.Rep on a self-paced step).
	CueRepCounted
	// CuePhaseStarted: a breathing phase began; N is its index in the cycle (the cycle is in the
	// Snapshot).
	CuePhaseStarted
	// CueSwitchSides: change sides now — a switch step began, or an alternating hold on the other
	// side began. The side coming up is the step's Side.
	CueSwitchSides
	// CueSetDone: set N of the step's exercise is finished (time up, target reached, or Done).
	CueSetDone
	// CueRoutineDone: the routine reached its end (status completed).
	CueRoutineDone
	// CuePaused: the session was paused.
	CuePaused
	// CueResumed: the session was resumed (after a pause, or Continue at the pain prompt).
	CueResumed
	// CuePainStopped: a sharp-pain report stopped the exercise; the engine waits for a choice.
	CuePainStopped
)

var cueNames = enum.Names[CueKind]{"step-started", "halfway", "countdown", "rep-counted", "phase-started",
	"switch-sides", "set-done", "routine-done", "paused", "resumed", "pain-stopped"}

// String returns the cue kind's lower-case, hyphenated name.
func (k CueKind) String() string { return cueNames.Of(k) }

// Cue is one announcement the engine fired, in the order it happened.
//
// Cues are fired once each. When a late tick jumps over whole steps (a laptop lid closed during
// a rest), the steps passed over fire nothing: the view gets the end-of-step cues of the step it
// was showing (its last tempo rep and SetDone), then StepStarted for the step the engine lands
// in and that step's latest countdown, rep, phase or halfway mark — never a replay of every
// second missed — and RoutineDone if the routine ended meanwhile.
type Cue struct {
	Kind CueKind
	// Step is the index in the plan of the step the cue belongs to.
	Step int
	// N is the count, number or index the kind describes.
	N int
}

// Cue thresholds.
const (
	// countdownMin is the shortest hold, rest, switch or get-ready step that counts down 3-2-1.
	countdownMin = 5 * time.Second
	// halfwayMin is the shortest hold that announces its halfway mark.
	halfwayMin = 10 * time.Second
)

// alternateTurn reports whether step i is an alternating hold on the other side from the
// previous hold of the same set.
func (e *Engine) alternateTurn(i int) bool {
	st := &e.plan.Steps[i]
	if st.Kind != KindHold || st.Hold == 1 || (st.Side != SideLeft && st.Side != SideRight) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		p := &e.plan.Steps[j]
		if p.Kind.Work() {
			return p.Block == st.Block && p.Exercise == st.Exercise && p.Set == st.Set && p.Side != st.Side
		}
	}
	return false
}

// fireMarks fires the in-step cues of the current step due by active time a, the latest of each
// kind only. final means the step is ending at a: only its last tempo rep is announced.
func (e *Engine) fireMarks(a time.Duration, final bool) {
	st := e.step()
	in := a - e.stepStart
	switch st.Kind {
	case KindHold, KindRest, KindReady, KindSwitch:
		if final || st.Duration < countdownMin {
			return
		}
		if st.Kind == KindHold && st.Duration >= halfwayMin && !e.marks.halfway && in >= st.Duration/2 {
			e.marks.halfway = true
			e.cue(CueHalfway, 0)
		}
		left := st.Duration - in
		if k := int((left + time.Second - 1) / time.Second); k <= 3 && k < e.marks.countdown {
			e.marks.countdown = k
			e.cue(CueCountdown, k)
		}
	case KindReps:
		if st.Tempo <= 0 {
			return
		}
		if n := min(int(in/st.Tempo), st.Reps); n > e.marks.rep {
			e.marks.rep = n
			e.cue(CueRepCounted, n)
		}
	case KindBreath:
		if final {
			return
		}
		if n, idx := phaseCount(st, in); n > e.marks.phase {
			e.marks.phase = n
			e.cue(CuePhaseStarted, idx)
		}
	}
}

// phaseCount returns how many phases of st have started by in (counted across cycles, 0 for
// the first) and the index in the cycle of the current one.
func phaseCount(st *Step, in time.Duration) (n, idx int) {
	c := st.cycle()
	if c <= 0 {
		return 0, 0
	}
	cycles := max(st.Holds, 1)
	k := min(int(in/c), cycles-1)
	pos := in - time.Duration(k)*c
	for i, p := range st.Breath {
		if pos < p.Duration || i == len(st.Breath)-1 {
			return k*len(st.Breath) + i, i
		}
		pos -= p.Duration
	}
	return 0, 0
}
