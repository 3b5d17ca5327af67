package session

import "time"

// Next skips the rest of the current step (a work step is recorded partial or skipped) and
// starts the following one; on the last step it completes the session. It works while running
// or paused (the engine stays paused, on the new step's full length).
func (e *Engine) Next(now time.Time) {
	now = e.sync(now)
	if !e.navigable(now) {
		return
	}
	e.leave()
	e.moveTo(now, e.cur+1)
}

// Back goes back, like a music player's "previous":
//   - within an exercise's steps (after its first work step, or more than BackWindow into it)
//     it restarts that exercise at its first work step;
//   - at most BackWindow into an exercise's first work step it goes to the first work step of
//     the previous exercise;
//   - in the rest between two exercises it restarts the exercise just finished;
//   - with nothing before (the get-ready step, or the first exercise's first seconds) it
//     restarts the current step.
//
// The step left is recorded partial if something was achieved (otherwise its record is left as
// it was); steps run again overwrite their records, except that a pain outcome is only replaced
// by doing the step in full. It works while running or paused.
func (e *Engine) Back(now time.Time) {
	now = e.sync(now)
	if !e.navigable(now) {
		return
	}
	land := e.cur
	w := e.workAt(e.cur)
	start := -1
	if w >= 0 {
		start = e.runStart(w)
	}
	switch {
	case start >= 0 && (e.cur > start || (e.cur == start && e.base-e.stepStart > BackWindow)):
		land = start
	default:
		for j := e.cur - 1; j >= 0; j-- {
			if e.plan.Steps[j].Kind.Work() {
				land = e.runStart(j)
				break
			}
		}
	}
	if r, some := e.leftEarly(); some && e.results[e.cur].outcome != OutcomePain {
		e.results[e.cur] = r
	}
	e.enterFrozen(now, land)
}

// Rep counts one rep of a self-paced reps step; reaching the target finishes the step. It is a
// no-op elsewhere and while not running.
func (e *Engine) Rep(now time.Time) {
	now = e.sync(now)
	if e.state != StateRunning {
		return
	}
	st := e.step()
	if st.Timed() || e.reps >= st.Reps {
		return
	}
	e.reps++
	e.cue(CueRepCounted, e.reps)
	if e.reps < st.Reps {
		return
	}
	e.freeze(now)
	e.results[e.cur] = e.planned(e.cur)
	if e.endsSet(e.cur) {
		e.cue(CueSetDone, st.Set)
	}
	e.moveTo(now, e.cur+1)
}

// Done finishes a self-paced reps step early (partial, or skipped with no rep counted), or stops
// a count-up's stopwatch at exactly now: done with the time counted (pauses excluded), or
// skipped when under a second was counted. It is a no-op elsewhere and while not running.
func (e *Engine) Done(now time.Time) {
	now = e.sync(now)
	if e.state != StateRunning {
		return
	}
	st := e.step()
	if st.Timed() && st.Kind != KindCountUp {
		return
	}
	e.freeze(now)
	if st.Kind == KindCountUp {
		r := e.achieved(e.base)
		r.outcome = OutcomeDone
		if r.time < time.Second {
			r.outcome = OutcomeSkipped
		}
		e.results[e.cur] = r
	} else {
		e.leave()
	}
	if e.endsSet(e.cur) {
		e.cue(CueSetDone, e.step().Set)
	}
	e.moveTo(now, e.cur+1)
}

// navigable freezes the clock reading in base; it
// reports whether Next or Back may act (running or paused).
func (e *Engine) navigable(now time.Time) bool {
	switch e.state {
	case StateRunning:
		e.freeze(now)
		return true
	case StatePaused:
		return true
	}
	return false
}

// moveTo starts step i at now (base already frozen at now), or completes the session when i is
// past the end.
func (e *Engine) moveTo(now time.Time, i int) {
	if i >= len(e.plan.Steps) {
		e.finish(StatusCompleted, now, e.base)
		return
	}
	e.enterFrozen(now, i)
}

// enterFrozen enters step i at the frozen active time and lets the clock run again if it was
// running.
func (e *Engine) enterFrozen(now time.Time, i int) {
	e.enter(i, e.base, true)
	if e.state == StateRunning {
		e.since = now
		e.advance(e.base)
	}
}

// workAt is the work step the choices at step i act on: i itself, or the next work step; -1
// when there is none.
func (e *Engine) workAt(i int) int {
	for j := i; j < len(e.plan.Steps); j++ {
		if e.plan.Steps[j].Kind.Work() {
			return j
		}
	}
	return -1
}

// runStart is the first work step of the run of work steps ending at w that share w's exercise
// and routine block (a gentler swap starts a new run).
func (e *Engine) runStart(w int) int {
	st := &e.plan.Steps[w]
	start := w
	for j := w - 1; j >= 0; j-- {
		p := &e.plan.Steps[j]
		if !p.Kind.Work() {
			continue
		}
		if p.Block != st.Block || p.Exercise != st.Exercise || p.Gentler != st.Gentler {
			break
		}
		start = j
	}
	return start
}
