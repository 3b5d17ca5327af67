package session

import (
	"errors"
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
)

// Errors from the pain prompt's choices.
var (
	// ErrNoGentler: the exercise names no gentler variant (or the library lacks it).
	ErrNoGentler = errors.New("session: no gentler variant for this exercise")
	// ErrNotPainPrompt: a pain-prompt choice was made while no pain report was pending.
	ErrNotPainPrompt = errors.New("session: not at the pain prompt")
)

// Pain reports sharp pain, while running or paused. It freezes the clock and waits in
// StatePainPrompt for SkipExercise, UseGentler, EndSession, Continue (or Stop).
//
// During a work step the step ends at once with OutcomePain and what it achieved, and a
// PainRecord names its exercise and side (for alternating reps, the side of the current rep).
// During a get-ready, rest or switch step the report attaches to the work step coming up: the
// PainRecord names that exercise and side, that step is recorded as stopped for pain with
// nothing achieved (so the summary and the pain lines agree), and the choices act on that
// exercise.
func (e *Engine) Pain(now time.Time) {
	now = e.sync(now)
	switch e.state {
	case StateRunning:
		e.freeze(now)
	case StatePaused:
	default:
		return
	}
	target := e.workAt(e.cur)
	if target < 0 {
		target = e.cur
	}
	e.prompt = prompt{target: target, prev: e.results[target]}
	side := e.plan.Steps[target].Side
	r := result{outcome: OutcomePain}
	if e.step().Kind.Work() {
		r = e.achieved(e.base)
		r.outcome = OutcomePain
		side = e.sideAt(e.base)
	}
	e.results[target] = r
	id, name := exerciseID(e.plan.Steps[target].Exercise)
	e.pains = append(e.pains, PainRecord{Exercise: id, Name: name, Side: side, At: now})
	e.state = StatePainPrompt
	e.cue(CuePainStopped, 0)
}

// Continue answers the pain prompt with "it was discomfort, not pain": the report is withdrawn
// (no PainRecord is kept and the step's outcome is restored) and the same step resumes where it
// was frozen, running.
func (e *Engine) Continue(now time.Time) {
	now = e.sync(now)
	if e.state != StatePainPrompt {
		return
	}
	e.results[e.prompt.target] = e.prompt.prev
	e.pains = e.pains[:len(e.pains)-1]
	e.run(now)
	e.cue(CueResumed, 0)
	e.advance(e.base)
}

// SkipExercise answers the pain prompt by skipping the rest of the exercise: its remaining work
// steps are recorded skipped and the session goes on, running, with the rest before the next
// exercise (or the next exercise; or it completes when there is none).
func (e *Engine) SkipExercise(now time.Time) {
	now = e.sync(now)
	if e.state != StatePainPrompt {
		return
	}
	hi := e.blockEnd(e.prompt.target)
	for j := e.prompt.target; j <= hi; j++ {
		if j != e.prompt.target && e.plan.Steps[j].Kind.Work() { // the pained step keeps its pain
			e.results[j] = result{outcome: OutcomeSkipped}
		}
	}
	e.run(now)
	e.moveTo(now, hi+1)
}

// UseGentler answers the pain prompt by swapping in the exercise's gentler variant: the
// remaining steps of the exercise (the pained one included, which keeps its pain record) are
// replaced by a get-ready step (when the plan has one) and the variant's steps from its own
// default dose and sides, starting at the set the pain hit (and at the right side when both are
// each-sided and the pain hit the right). Their records have Gentler set. It returns
// ErrNoGentler, and changes nothing, when there is no variant.
func (e *Engine) UseGentler(now time.Time) error {
	now = e.sync(now)
	if e.state != StatePainPrompt {
		return ErrNotPainPrompt
	}
	g, err := e.gentler()
	if err != nil {
		return err
	}
	ts := e.plan.Steps[e.prompt.target]
	steps := expand(nil, block{ex: g, dose: g.Dose, sides: g.Sides, index: ts.Block, gentler: true})
	steps = steps[gentlerStart(steps, ts, g):]
	if e.plan.getReady > 0 {
		steps = append([]Step{{Kind: KindReady, Duration: e.plan.getReady}}, steps...)
	}
	// The variant follows the pained step, which keeps its pain record (during a pause, the step
	// coming up: the pause and that step are passed over).
	from, to := max(e.cur, e.prompt.target)+1, e.blockEnd(e.prompt.target)+1
	to = max(to, from)
	e.plan.Steps = append(e.plan.Steps[:from:from], append(steps, e.plan.Steps[to:]...)...)
	e.results = append(e.results[:from:from], append(make([]result, len(steps)), e.results[to:]...)...)
	e.plan.reindex()
	e.run(now)
	e.enterFrozen(now, from)
	return nil
}

// EndSession answers the pain prompt by ending the session with StatusPain.
func (e *Engine) EndSession(now time.Time) {
	now = e.sync(now)
	if e.state != StatePainPrompt {
		return
	}
	e.finish(StatusPain, now, e.base)
}

// gentler returns the gentler variant of the exercise at the pain prompt.
func (e *Engine) gentler() (*content.Exercise, error) {
	ts := &e.plan.Steps[e.prompt.target]
	ex := ts.Exercise
	if ex == nil || ex.Gentler == "" || e.plan.lib == nil || ts.Kind == KindCountUp {
		return nil, ErrNoGentler
	}
	g, ok := e.plan.lib.Exercise(ex.Gentler)
	if !ok {
		return nil, fmt.Errorf("%w: %q is not in the library", ErrNoGentler, ex.Gentler)
	}
	if err := checkDose(g.Dose); err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrNoGentler, g.ID, err)
	}
	return g, nil
}

// gentlerStart is where in the variant's steps to begin after a pain report on step ts.
func gentlerStart(steps []Step, ts Step, g *content.Exercise) int {
	set := min(ts.Set, max(g.Dose.Sets, 1))
	right := g.Sides == content.SidesEach && ts.Side == SideRight
	for j, s := range steps {
		if s.Kind.Work() && s.Set == set && (!right || s.Side == SideRight) {
			return j
		}
	}
	return 0
}

// blockEnd is the last step of the routine block that step i belongs to.
func (e *Engine) blockEnd(i int) int {
	b := e.plan.Steps[i].Block
	for i+1 < len(e.plan.Steps) && e.plan.Steps[i+1].Block == b {
		i++
	}
	return i
}

// sideAt is the side being worked at active time a: for alternating reps, the side of the
// current rep (left first); otherwise the step's side.
func (e *Engine) sideAt(a time.Duration) Side {
	st := e.step()
	if st.Side != SideAlternating {
		return st.Side
	}
	n := e.achieved(a).reps
	if n >= st.Reps {
		n = st.Reps - 1
	}
	if n%2 == 0 {
		return SideLeft
	}
	return SideRight
}

func exerciseID(ex *content.Exercise) (id, name string) {
	if ex == nil {
		return "", ""
	}
	return ex.ID, ex.Name
}
