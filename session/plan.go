package session

import (
	"errors"
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
)

// Timing defaults of a plan.
const (
	// DefaultGetReady is the get-ready time when neither the routine nor Options sets one.
	DefaultGetReady = 5 * time.Second
	// NoGetReady, as Options.GetReady, means "no get-ready step" unless the routine sets one
	// (the zero value of Options.GetReady means DefaultGetReady).
	NoGetReady time.Duration = -1
	// DefaultSelfPacedRep is the time Plan.Total counts per self-paced rep.
	DefaultSelfPacedRep = 3 * time.Second
	// SwitchDuration is the length of a switch-sides step between the left and the right side.
	SwitchDuration = 5 * time.Second
)

// Options tunes how a routine becomes a plan. The zero value is the default.
type Options struct {
	// GetReady is the get-ready time used when the routine does not set one: 0 means
	// DefaultGetReady, NoGetReady (any negative value) means no get-ready step.
	GetReady time.Duration
	// SelfPacedRep is the estimated time of one self-paced rep, for Total and progress;
	// 0 means DefaultSelfPacedRep.
	SelfPacedRep time.Duration
}

func (o Options) normalized() Options {
	if o.GetReady == 0 {
		o.GetReady = DefaultGetReady
	}
	if o.GetReady < 0 {
		o.GetReady = 0
	}
	if o.SelfPacedRep <= 0 {
		o.SelfPacedRep = DefaultSelfPacedRep
	}
	return o
}

// Plan is a routine expanded into a flat list of steps. Treat Steps as read-only; an Engine
// works on its own copy.
type Plan struct {
	// Routine is the routine planned; for a quick timer, a stand-in that only names it.
	Routine *content.Routine
	Steps   []Step
	// Kind is what the plan was made from: a routine (NewPlan) or a quick timer (NewQuickPlan).
	Kind PlanKind

	lib      *content.Library
	opts     Options       // normalized
	getReady time.Duration // resolved get-ready length (0: none)
	offsets  []time.Duration
	blocks   int
}

// Step is one thing the person does (or rests for), in plan order.
//
// Non-work steps (ready, rest, switch) describe the work step that follows them: their
// Exercise, Block, Side, Set and Hold are those of the next work step ("rest — next: hold 2
// of 3, left").
type Step struct {
	Index int
	Kind  StepKind
	// Exercise is the exercise worked, or for ready, rest and switch the one coming up.
	Exercise *content.Exercise
	// Block is the index in Routine.Steps of the routine step Exercise comes from.
	Block int
	// Side is left or right for each-sided work, alternating for alternate-side reps, and for
	// alternate-side holds the side of this hold.
	Side Side
	// Set of Sets, 1-based.
	Set, Sets int
	// Hold of Holds for repeated holds (1 of 1 otherwise); for alternate-side holds Holds counts
	// both sides. For breathing, Hold is 1 and Holds is the number of cycles.
	Hold, Holds int
	// Duration is the step's length: holds, rests, switch, ready, breath (cycle × cycles) and
	// tempo reps (reps × tempo). It is 0 for self-paced reps, and for a count-up the limit at
	// which it stops by itself.
	Duration time.Duration
	// Reps is the target count of a reps step; Tempo its time per rep (0: self-paced).
	Reps  int
	Tempo time.Duration
	// Breath is the phase pattern of one breathing cycle.
	Breath []content.Phase
	// Note is the routine step's note, if any.
	Note string
	// Gentler is true for steps of a gentler variant swapped in after a pain report.
	Gentler bool
}

// Timed reports whether the step ends by the clock (everything but self-paced reps). A count-up
// step is timed by its limit, Duration, though the person normally stops it first.
func (s Step) Timed() bool { return s.Kind != KindReps || s.Tempo > 0 }

// cycle is the length of one breathing cycle.
func (s Step) cycle() time.Duration {
	var d time.Duration
	for _, p := range s.Breath {
		d += p.Duration
	}
	return d
}

// NewPlan expands routine r, whose exercises are looked up in lib, into a plan:
// get-ready → for each routine step, each set (rest of SetRest between sets), each side
// (left, switch, right) or alternating, each repeated hold (rest of Release between holds) →
// the routine step's Rest before the next exercise (none after the last).
//
// For sides "alternate", holds alternate left, right, left, right…, Repeat times per side with
// no switch step; reps alternate within one step (Side alternating), Reps counting both sides.
// A routine step whose Dose is the zero value uses the exercise's own dose.
func NewPlan(r *content.Routine, lib *content.Library, opts Options) (*Plan, error) {
	if r == nil {
		return nil, errors.New("session: no routine")
	}
	if lib == nil {
		return nil, fmt.Errorf("session: routine %q: no library", r.ID)
	}
	if len(r.Steps) == 0 {
		return nil, fmt.Errorf("session: routine %q has no steps", r.ID)
	}
	p := &Plan{Routine: r, lib: lib, opts: opts.normalized(), blocks: len(r.Steps)}
	p.getReady = p.opts.GetReady
	if r.GetReady != nil {
		p.getReady = max(*r.GetReady, 0)
	}
	steps := make([]Step, 0, 8*len(r.Steps))
	if p.getReady > 0 {
		steps = append(steps, Step{Kind: KindReady, Duration: p.getReady})
	}
	for i, rs := range r.Steps {
		ex, ok := lib.Exercise(rs.Exercise)
		if !ok {
			return nil, fmt.Errorf("session: routine %q step %d: unknown exercise %q", r.ID, i+1, rs.Exercise)
		}
		d := rs.Dose
		if isZeroDose(d) {
			d = ex.Dose
		}
		if err := checkDose(d); err != nil {
			return nil, fmt.Errorf("session: routine %q step %d (%s): %w", r.ID, i+1, rs.Exercise, err)
		}
		steps = expand(steps, block{ex: ex, dose: d, sides: rs.Sides, index: i, note: rs.Note})
		if rs.Rest > 0 && i < len(r.Steps)-1 {
			steps = append(steps, Step{Kind: KindRest, Duration: rs.Rest})
		}
	}
	p.Steps = steps
	p.reindex()
	return p, nil
}

// Total is the planned length of the whole routine, rests included, with self-paced reps
// estimated at Options.SelfPacedRep each.
func (p *Plan) Total() time.Duration {
	if len(p.offsets) == 0 {
		return 0
	}
	return p.offsets[len(p.offsets)-1]
}

// estimate is the planned length of step i.
func (p *Plan) estimate(i int) time.Duration {
	s := &p.Steps[i]
	if s.Kind == KindCountUp {
		return 0 // open-ended: its limit is no estimate of its length
	}
	if s.Timed() {
		return s.Duration
	}
	return time.Duration(s.Reps) * p.opts.SelfPacedRep
}

// reindex numbers the steps, makes non-work steps describe the work step after them, and
// recomputes the planned offsets. It runs after every change to Steps.
func (p *Plan) reindex() {
	var next *Step
	for i := len(p.Steps) - 1; i >= 0; i-- {
		s := &p.Steps[i]
		s.Index = i
		if s.Kind.Work() {
			next = s
			continue
		}
		if next != nil {
			s.Exercise, s.Block, s.Side, s.Gentler, s.Note = next.Exercise, next.Block, next.Side, next.Gentler, next.Note
			s.Set, s.Sets, s.Hold, s.Holds = next.Set, next.Sets, next.Hold, next.Holds
		}
	}
	p.offsets = make([]time.Duration, len(p.Steps)+1)
	for i := range p.Steps {
		p.offsets[i+1] = p.offsets[i] + p.estimate(i)
	}
	if p.blocks == 0 && len(p.Steps) > 0 {
		p.blocks = p.Steps[len(p.Steps)-1].Block + 1
	}
}

// clone returns a copy whose Steps can be changed without touching p's.
func (p *Plan) clone() *Plan {
	c := *p
	c.Steps = append([]Step(nil), p.Steps...)
	c.offsets = append([]time.Duration(nil), p.offsets...)
	if c.blocks == 0 || len(c.offsets) != len(c.Steps)+1 {
		c.reindex()
	}
	return &c
}

// block is one routine step (or a gentler variant) to expand.
type block struct {
	ex      *content.Exercise
	dose    content.Dose
	sides   content.Sides
	index   int
	note    string
	gentler bool
}

// expand appends the steps of one exercise: sets, sides, repeated holds and the rests between
// them. Non-work steps are filled in by reindex.
func expand(out []Step, b block) []Step {
	d := b.dose
	sets := max(d.Sets, 1)
	repeat := max(d.Repeat, 1)
	work := func(side Side, set, hold, holds int) Step {
		s := Step{Kind: KindHold, Exercise: b.ex, Block: b.index, Side: side, Set: set, Sets: sets,
			Hold: hold, Holds: holds, Note: b.note, Gentler: b.gentler}
		switch d.Kind {
		case content.DoseReps:
			s.Kind, s.Reps, s.Tempo = KindReps, d.Reps, d.Tempo
			s.Duration = time.Duration(d.Reps) * d.Tempo
		case content.DoseBreath:
			s.Kind, s.Breath = KindBreath, d.Breath
			s.Hold, s.Holds = 1, repeat
			s.Duration = s.cycle() * time.Duration(repeat)
		default:
			s.Duration = d.Hold
		}
		return s
	}
	pause := func(k StepKind, dur time.Duration) {
		if dur > 0 {
			out = append(out, Step{Kind: k, Duration: dur})
		}
	}
	holds := func(side Side, set int) {
		if d.Kind != content.DoseHold {
			out = append(out, work(side, set, 1, 1))
			return
		}
		for h := 1; h <= repeat; h++ {
			if h > 1 {
				pause(KindRest, d.Release)
			}
			out = append(out, work(side, set, h, repeat))
		}
	}
	for set := 1; set <= sets; set++ {
		if set > 1 {
			pause(KindRest, d.SetRest)
		}
		switch {
		case b.sides == content.SidesEach:
			holds(SideLeft, set)
			pause(KindSwitch, SwitchDuration)
			holds(SideRight, set)
		case b.sides == content.SidesAlternate && d.Kind == content.DoseHold:
			for h := 1; h <= 2*repeat; h++ {
				if h > 1 {
					pause(KindRest, d.Release)
				}
				side := SideLeft
				if h%2 == 0 {
					side = SideRight
				}
				out = append(out, work(side, set, h, 2*repeat))
			}
		case b.sides == content.SidesAlternate && d.Kind == content.DoseReps:
			holds(SideAlternating, set)
		default:
			holds(SideNone, set)
		}
	}
	return out
}

func isZeroDose(d content.Dose) bool {
	return d.Kind == content.DoseHold && d.Hold == 0 && d.Reps == 0 && d.Tempo == 0 && len(d.Breath) == 0 &&
		d.Repeat == 0 && d.Release == 0 && d.Sets == 0 && d.SetRest == 0
}

// checkDose rejects doses the engine cannot run (the content validator normally catches them).
func checkDose(d content.Dose) error {
	if d.Release < 0 || d.SetRest < 0 {
		return errors.New("negative release or set rest")
	}
	switch d.Kind {
	case content.DoseHold:
		if d.Hold <= 0 {
			return fmt.Errorf("hold %v is not positive", d.Hold)
		}
	case content.DoseReps:
		if d.Reps <= 0 || d.Tempo < 0 {
			return fmt.Errorf("reps %d at tempo %v is not runnable", d.Reps, d.Tempo)
		}
	case content.DoseBreath:
		if len(d.Breath) == 0 {
			return errors.New("breathing pattern is empty")
		}
		for _, ph := range d.Breath {
			if ph.Duration <= 0 {
				return fmt.Errorf("breathing phase %s %v is not positive", ph.Kind, ph.Duration)
			}
		}
	default:
		return fmt.Errorf("unknown dose kind %d", d.Kind)
	}
	return nil
}

// Lang is the language of the plan's library (content.Localize): the language its words are
// said in. English when the plan has no library.
func (p *Plan) Lang() lang.Tag {
	if p.lib == nil {
		return lang.English
	}
	return p.lib.Lang()
}
