// Package runner drives one session for every front end: it turns the person's actions and the
// clock into engine events, says the engine's cues through the voice, tells the front end when
// the bell rings and when to wake next, pauses the clock under an overlay (help, a question),
// and saves the finished record — exactly once, in one place. The coach and plain mode differ
// only in how they show what happens; the rules of running are here.
//
// Like the engine, a Run never reads the clock itself and starts no goroutine: every method
// that depends on time takes now, so a session is tested with a fake clock.
package runner

import (
	"errors"
	"sync"
	"time"

	"github.com/limber-coach/limber/content/enum"
	"github.com/limber-coach/limber/session/msg"

	"github.com/limber-coach/limber/session"
)

// Action is something the person does during a session.
type Action int

// The actions. The pain-prompt choices act only at the pain prompt.
const (
	// Pause pauses a running clock, or resumes a paused one.
	Pause Action = iota
	// Next skips to the next step; Back restarts the exercise or goes to the previous one.
	Next
	Back
	// Rep counts a self-paced rep; Done ends a self-paced set (or stops a count-up).
	Rep
	Done
	// Pain reports sharp pain: the exercise stops at once and the pain prompt opens.
	Pain
	// Stop ends the session, saved as stopped.
	Stop
	// Clock is a max test's one key: during the get-ready (or a switch) it starts the stopwatch
	// now; while the stopwatch counts, it stops it.
	Clock
	// SkipExercise, Gentler, EndSession and Continue answer the pain prompt.
	SkipExercise
	Gentler
	EndSession
	Continue
)

var actionNames = enum.Names[Action]{"pause", "next", "back", "rep", "done", "pain", "stop", "clock",
	"skip-exercise", "gentler", "end-session", "continue"}

// String names the action.
func (a Action) String() string { return actionNames.Of(a) }

// ErrNoGentler is Act's error for Gentler when the exercise has no gentler variant.
var ErrNoGentler = session.ErrNoGentler

// Options are a Run's outlets. All may be nil.
type Options struct {
	// Save stores the finished record (store.Dir.Save); nil saves nothing.
	Save func(session.Record) error
	// Speak says a phrase aloud; it must return at once (sound.Speaker.Say does).
	Speak func(string)
	// Tr is the language the phrases are said in; nil is English.
	Tr *msg.Tr
}

// Update is what one event did: the cues the engine fired, in order, and whether the bell
// rings for them (only the clock rings it: the person's own key presses never do).
type Update struct {
	Cues []session.Cue
	Ring bool
}

// Run is one session in progress.
type Run struct {
	eng  *session.Engine
	opts Options
	// held is set while an overlay holds a pause it made (to be released when it closes).
	held bool

	mu        sync.Mutex
	saveTried bool
	saveErr   error
}

// New returns a Run of plan, not started.
func New(plan *session.Plan, opts Options) *Run {
	return &Run{eng: session.NewEngine(plan), opts: opts}
}

// Engine is the session's engine, for the front end to show (Snapshot, State, Plan).
func (r *Run) Engine() *session.Engine { return r.eng }

// Plan is the session's plan.
func (r *Run) Plan() *session.Plan { return r.eng.Plan() }

// Start begins the session at now.
func (r *Run) Start(now time.Time) Update {
	r.eng.Start(now)
	return r.drain(false)
}

// Tick brings the session up to the clock.
func (r *Run) Tick(now time.Time) Update {
	r.eng.Tick(now)
	return r.drain(true)
}

// Act does what the person asked at now, after bringing the session up to the clock (the
// clock's own cues ring as usual). Gentler with no gentler variant returns ErrNoGentler and
// changes nothing.
func (r *Run) Act(now time.Time, a Action) (Update, error) {
	r.eng.Tick(now)
	clock := r.drain(true)
	err := r.act(now, a)
	u := r.drain(false)
	u.Cues, u.Ring = append(clock.Cues, u.Cues...), clock.Ring
	return u, err
}

func (r *Run) act(now time.Time, a Action) error {
	e := r.eng
	if e.State() == session.StatePainPrompt {
		switch a {
		case SkipExercise:
			e.SkipExercise(now)
		case Gentler:
			return e.UseGentler(now)
		case EndSession, Stop:
			e.EndSession(now)
		case Continue:
			e.Continue(now)
		}
		return nil
	}
	switch a {
	case Pause:
		if e.State() == session.StatePaused {
			e.Resume(now)
		} else {
			e.Pause(now)
		}
	case Next:
		e.Next(now)
	case Back:
		e.Back(now)
	case Rep:
		e.Rep(now)
	case Done:
		e.Done(now)
	case Pain:
		r.held = false
		e.Pain(now)
	case Stop:
		r.held = false
		e.Stop(now)
	case Clock:
		if e.State() != session.StateRunning {
			return nil
		}
		switch e.Snapshot(now).Step.Kind {
		case session.KindCountUp:
			e.Done(now)
		case session.KindReady, session.KindSwitch:
			e.Next(now)
		}
	}
	return nil
}

// Hold pauses a running clock for an overlay (help, a question, the program suspended),
// remembering to resume it; a pause the person made themselves stays theirs. It reports
// whether it paused the clock (false when it was not running).
func (r *Run) Hold(now time.Time) bool {
	if r.eng.State() != session.StateRunning {
		return false
	}
	r.eng.Pause(now)
	r.drain(false)
	r.held = true
	return true
}

// Release resumes the clock an overlay paused.
func (r *Run) Release(now time.Time) {
	if r.held {
		r.eng.Resume(now)
		r.drain(false)
		r.held = false
	}
}

// NextChange is when the front end should next wake to show a change (see
// session.Engine.NextChange); ok is false when nothing changes by the clock.
func (r *Run) NextChange(now time.Time) (time.Time, bool) { return r.eng.NextChange(now) }

// Finished reports whether the session has ended (any status).
func (r *Run) Finished() bool { return r.eng.State() == session.StateFinished }

// Record is the session's record so far.
func (r *Run) Record() session.Record { return r.eng.Record() }

// drain takes the cues fired, speaks them and works out the bell (for the clock's cues only).
func (r *Run) drain(byClock bool) Update {
	u := Update{Cues: r.eng.DrainCues()}
	if len(u.Cues) == 0 {
		return u
	}
	plan := r.eng.Plan()
	if r.opts.Speak != nil {
		if r.opts.Tr == nil {
			r.opts.Tr = msg.New(plan.Lang())
		}
		for _, p := range Phrases(r.opts.Tr, u.Cues, plan) {
			r.opts.Speak(p)
		}
	}
	u.Ring = byClock && Rings(u.Cues, plan)
	return u
}

// ErrNotFinished is Save's error for a session still running.
var ErrNotFinished = errors.New("runner: the session has not finished")

// Save stores the finished session's record, once: later calls (and calls from other
// goroutines) return the first call's result without saving again.
func (r *Run) Save() error {
	if !r.Finished() {
		return ErrNotFinished
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.saveTried {
		r.saveTried = true
		if r.opts.Save != nil {
			r.saveErr = r.opts.Save(r.eng.Record())
		}
	}
	return r.saveErr
}

// Saved reports whether the record was saved.
func (r *Run) Saved() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.saveTried && r.saveErr == nil
}

// Abandon makes sure the session is in the history when the front end goes away (a quit, a
// signal, a closed terminal): a session in progress is stopped at now and saved as stopped (or
// as pain when the pain prompt was open: the pain is what ended it); one that ended but whose
// save failed is tried once more; one that never started is not saved at all. stopped reports
// whether it was still in progress.
func (r *Run) Abandon(now time.Time) (stopped bool, err error) {
	switch r.eng.State() {
	case session.StateIdle:
		return false, nil
	case session.StateFinished:
	default:
		stopped = true
		r.eng.Stop(now)
		r.eng.DrainCues()
	}
	r.mu.Lock()
	if r.saveTried && r.saveErr != nil {
		r.saveTried = false // one more try
	}
	r.mu.Unlock()
	return stopped, r.Save()
}
