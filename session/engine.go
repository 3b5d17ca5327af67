package session

import (
	"time"

	"github.com/limber-coach/limber/content/enum"
)

// State is where the engine is in a session.
type State int

// The engine states. Finished is terminal: every event after it is a no-op.
const (
	// StateIdle: built, not started.
	StateIdle State = iota
	// StateRunning: the clock runs (or a self-paced step waits for reps).
	StateRunning
	// StatePaused: the clock is frozen until Resume.
	StatePaused
	// StatePainPrompt: a pain report stopped the exercise; the clock is frozen until the person
	// chooses SkipExercise, UseGentler, EndSession or Continue.
	StatePainPrompt
	// StateFinished: the session ended (completed, stopped or pain); see Record.
	StateFinished
)

var stateNames = enum.Names[State]{"idle", "running", "paused", "pain-prompt", "finished"}

// String returns the state's lower-case name.
func (s State) String() string { return stateNames.Of(s) }

// BackWindow is how far into the first step of an exercise Back still goes to the previous
// exercise; later, Back restarts the current exercise (like a music player's "previous").
const BackWindow = 3 * time.Second

// Engine runs a plan as a pure state machine. Every method takes now; none reads the clock or
// starts a goroutine, so a whole session can be driven from a test. An Engine is not safe for
// concurrent use.
//
// Time is kept on an active clock (pauses and the pain prompt excluded): a step ends when the
// active clock reaches its start plus its duration, and the next step starts at exactly that
// instant, however late the tick that notices it. Every event first brings the engine up to now
// (finishing the steps whose time is up), then acts. A now earlier than one already seen is
// treated as the latest seen, so time never runs backwards.
type Engine struct {
	plan  *Plan
	state State

	cur       int           // current step
	base      time.Duration // active time at since (or frozen while not running)
	since     time.Time     // when the clock last started running
	last      time.Time     // latest now seen
	stepStart time.Duration // active time the current step started
	readyTime time.Duration // active time spent in get-ready steps, left out of Record.Active
	reps      int           // reps counted on a self-paced step
	marks     marks

	results []result // parallel to plan.Steps
	pains   []PainRecord
	prompt  prompt

	status         Status
	started, ended time.Time
	cues           []Cue
}

// result is what happened to one step.
type result struct {
	outcome Outcome
	time    time.Duration
	reps    int
}

// marks remember which in-step cues have fired for the current step.
type marks struct {
	countdown int // smallest countdown number fired (4: none)
	halfway   bool
	rep       int // tempo reps announced
	phase     int // breathing phases announced, counted across cycles (-1: none)
}

// prompt is the pending pain report.
type prompt struct {
	target int    // the work step the choices act on
	prev   result // the current step's result before the report, restored by Continue
}

// NewEngine returns an idle engine for a copy of plan p (a gentler swap changes the engine's
// plan, never p).
func NewEngine(p *Plan) *Engine {
	if p == nil {
		p = &Plan{}
	}
	c := p.clone()
	return &Engine{plan: c, results: make([]result, len(c.Steps)), marks: marks{countdown: 4, phase: -1}}
}

// Plan returns the plan the engine runs, including any gentler swap.
func (e *Engine) Plan() *Plan { return e.plan }

// State returns the current state.
func (e *Engine) State() State { return e.state }

// DrainCues returns the cues fired since the last call, oldest first.
func (e *Engine) DrainCues() []Cue {
	c := e.cues
	e.cues = nil
	return c
}

// Start begins the session at its first step. It is a no-op unless the engine is idle.
func (e *Engine) Start(now time.Time) {
	now = e.sync(now)
	if e.state != StateIdle {
		return
	}
	e.started, e.since, e.base = now, now, 0
	e.state = StateRunning
	if len(e.plan.Steps) == 0 {
		e.finish(StatusCompleted, now, 0)
		return
	}
	e.enter(0, 0, true)
	e.advance(0)
}

// Tick brings the engine up to now: it ends every step whose time is up, carrying the
// overshoot into the next, and fires the cues due. Ticks only matter for repaint and cues.
func (e *Engine) Tick(now time.Time) {
	e.sync(now)
}

// Pause freezes the clock. It is a no-op unless running.
func (e *Engine) Pause(now time.Time) {
	now = e.sync(now)
	if e.state != StateRunning {
		return
	}
	e.freeze(now)
	e.state = StatePaused
	e.cue(CuePaused, 0)
}

// Resume restarts the clock where Pause froze it. It is a no-op unless paused.
func (e *Engine) Resume(now time.Time) {
	now = e.sync(now)
	if e.state != StatePaused {
		return
	}
	e.run(now)
	e.cue(CueResumed, 0)
}

// Stop ends the session at the user's request (or a signal): status stopped, or pain when it
// happens at the pain prompt. The current work step is recorded as partial or skipped. It is a
// no-op once finished; if the routine's time ran out before now, the session is completed.
func (e *Engine) Stop(now time.Time) {
	now = e.sync(now)
	switch e.state {
	case StateIdle:
		e.started = now
		e.finish(StatusStopped, now, 0)
	case StateRunning, StatePaused:
		e.freeze(now)
		e.leave()
		e.finish(StatusStopped, now, e.base)
	case StatePainPrompt:
		e.finish(StatusPain, now, e.base)
	}
}

// sync starts every event: it makes now monotonic (a time before the latest seen counts as the
// latest seen) and, while running, brings the engine up to now.
func (e *Engine) sync(now time.Time) time.Time {
	if now.Before(e.last) {
		now = e.last
	} else {
		e.last = now
	}
	if e.state == StateRunning {
		e.advance(e.active(now))
	}
	return now
}

// active is the active-clock reading at now.
func (e *Engine) active(now time.Time) time.Duration {
	if e.state == StateRunning {
		return e.base + now.Sub(e.since)
	}
	return e.base
}

// wall converts an active-clock reading (while running) to the wall time it happened at.
func (e *Engine) wall(a time.Duration) time.Time { return e.since.Add(a - e.base) }

func (e *Engine) freeze(now time.Time) { e.base = e.active(now) }

func (e *Engine) run(now time.Time) {
	e.since = now
	e.state = StateRunning
}

func (e *Engine) cue(k CueKind, n int) {
	e.cues = append(e.cues, Cue{Kind: k, Step: e.cur, N: n})
}

func (e *Engine) step() *Step { return &e.plan.Steps[e.cur] }

// advance ends every timed step whose end is at or before active time a. The step current on
// entry fires its end cues; steps entered and left within the same call fire nothing; the step
// the engine lands in fires StepStarted and its latest in-step cues.
func (e *Engine) advance(a time.Duration) {
	quiet := false // the current step was passed over without being announced
	for e.state == StateRunning {
		st := e.step()
		if !st.Timed() {
			return
		}
		end := e.stepStart + st.Duration
		if a < end {
			e.fireMarks(a, false)
			return
		}
		if !quiet {
			e.fireMarks(end, true)
		}
		e.results[e.cur] = e.planned(e.cur)
		if !quiet && e.endsSet(e.cur) {
			e.cue(CueSetDone, st.Set)
		}
		if e.cur == len(e.plan.Steps)-1 {
			e.finish(StatusCompleted, e.wall(end), end)
			return
		}
		next := &e.plan.Steps[e.cur+1]
		quiet = next.Timed() && a >= end+next.Duration
		e.enter(e.cur+1, end, !quiet)
	}
}

// enter makes step i current, started at active time at.
func (e *Engine) enter(i int, at time.Duration, announce bool) {
	e.countReady(at)
	e.cur, e.stepStart, e.reps = i, at, 0
	e.marks = marks{countdown: 4, phase: -1}
	if !announce {
		return
	}
	st := e.step()
	e.cue(CueStepStarted, 0)
	if st.Kind == KindSwitch || e.alternateTurn(i) {
		e.cue(CueSwitchSides, 0)
	}
	if st.Kind == KindBreath {
		e.marks.phase = 0
		e.cue(CuePhaseStarted, 0)
	}
}

// endsSet reports whether work step i is the last of its set.
func (e *Engine) endsSet(i int) bool {
	st := &e.plan.Steps[i]
	if !st.Kind.Work() {
		return false
	}
	for j := i + 1; j < len(e.plan.Steps); j++ {
		n := &e.plan.Steps[j]
		if n.Kind.Work() {
			return n.Block != st.Block || n.Exercise != st.Exercise || n.Set != st.Set
		}
	}
	return true
}

// planned is the result of step i done in full.
func (e *Engine) planned(i int) result {
	st := &e.plan.Steps[i]
	r := result{outcome: OutcomeDone}
	if st.Timed() {
		r.time = st.Duration
	}
	if st.Kind == KindReps {
		r.reps = st.Reps
	}
	return r
}

// achieved is what the current step achieved so far at the frozen or current active time.
func (e *Engine) achieved(a time.Duration) result {
	st := e.step()
	var r result
	if st.Timed() {
		r.time = min(max(a-e.stepStart, 0), st.Duration)
	}
	if st.Kind == KindReps {
		if st.Tempo > 0 {
			r.reps = min(int(r.time/st.Tempo), st.Reps)
		} else {
			r.reps = min(e.reps, st.Reps)
		}
	}
	return r
}

// leave records the current work step as left early (see leftEarly). Non-work steps record
// nothing, and a step that sharp pain stopped earlier keeps that outcome: going back to it and
// leaving again must not hide the pain.
func (e *Engine) leave() {
	if r, _ := e.leftEarly(); e.step().Kind.Work() && e.results[e.cur].outcome != OutcomePain {
		e.results[e.cur] = r
	}
}

// leftEarly is the result of leaving the current step at the frozen active time: partial when
// at least a second (or a rep) was achieved, skipped otherwise; some reports the former.
func (e *Engine) leftEarly() (r result, some bool) {
	st := e.step()
	r = e.achieved(e.base)
	some = st.Kind.Work() && (r.reps > 0 || (st.Kind != KindReps && r.time >= time.Second))
	r.outcome = OutcomeSkipped
	if some {
		r.outcome = OutcomePartial
	}
	return r, some
}

// finish ends the session: the one way into StateFinished. A session that reaches its end
// without a single work step done in full (everything skipped, or only tapped through with
// next) is stopped, not completed: it must not count toward a streak nor be congratulated.
func (e *Engine) finish(s Status, ended time.Time, a time.Duration) {
	e.countReady(a)
	if s == StatusCompleted && !e.didSomething() {
		s = StatusStopped
	}
	e.state, e.status, e.ended, e.base = StateFinished, s, ended, a
	if s == StatusCompleted {
		e.cue(CueRoutineDone, 0)
	}
}

// didSomething reports whether any work step was done in full; a plan without work steps counts
// as done.
func (e *Engine) didSomething() bool {
	work := false
	for i := range e.plan.Steps {
		if !e.plan.Steps[i].Kind.Work() {
			continue
		}
		work = true
		if e.results[i].outcome == OutcomeDone {
			return true
		}
	}
	return !work
}

// countReady adds the time the current step has run, up to active time a, to readyTime when it
// is a get-ready: getting into position is not exercise, so it is not active time.
func (e *Engine) countReady(a time.Duration) {
	if e.cur < len(e.plan.Steps) && e.plan.Steps[e.cur].Kind == KindReady {
		e.readyTime += max(a-e.stepStart, 0)
	}
}
