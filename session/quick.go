package session

import (
	"errors"
	"fmt"
	"time"

	"github.com/limber-coach/limber/content"
)

// Quick-timer defaults and bounds.
const (
	// DefaultQuickRest is the rest between repeated quick holds that callers offer by default.
	DefaultQuickRest = 10 * time.Second
	// MaxGetReady is a max test's get-ready time when Options.GetReady is zero: long enough to
	// get down into a plank.
	MaxGetReady = 10 * time.Second
	// DefaultMaxLimit is where a max test's stopwatch stops by itself when Quick.Limit is zero,
	// so a test nobody stops does not run for ever.
	DefaultMaxLimit = 10 * time.Minute
	// QuickHoldMax is the longest quick hold, as for a hold in content.
	QuickHoldMax = 10 * time.Minute
	// QuickRepeatMax is the most holds per side of a quick hold.
	QuickRepeatMax = 50
)

// Quick describes an ad-hoc timer: a timed hold (Kind PlanHold) or a max-hold test (PlanMax).
type Quick struct {
	Kind PlanKind
	// Exercise is what is timed; nil makes a bare, nameless hold. A max test needs one.
	Exercise *content.Exercise
	// Hold is the length of each hold (PlanHold), 1s to QuickHoldMax.
	Hold time.Duration
	// Sides does every hold on the left, then after a switch on the right. A max test of an
	// exercise with sides always tests both.
	Sides bool
	// Repeat is the number of holds per side (PlanHold); 0 means 1.
	Repeat int
	// Rest is the rest between repeated holds (0: none).
	Rest time.Duration
	// Limit is where a max test's stopwatch stops by itself; 0 means DefaultMaxLimit.
	Limit time.Duration
	// GetReady, when not 0, replaces Options.GetReady (NoGetReady: no get-ready step).
	GetReady time.Duration
}

// Name is how the timer is called in the run screen's header and the history:
// "Quick hold · Plank", "Quick hold", "Max test · Side plank".
func (q Quick) Name() string {
	name := "Quick hold"
	if q.Kind == PlanMax {
		name = "Max test"
	}
	if q.Exercise != nil {
		name += " · " + q.Exercise.Name
	}
	return name
}

// Routine is the stand-in routine a quick timer runs as: no id, Name as its name, one step
// naming the exercise (none for a bare hold), and the gentle tag when the exercise has it or
// there is none — so a safety check can treat it like any routine.
func (q Quick) Routine() *content.Routine {
	r := &content.Routine{Name: q.Name()}
	if q.Exercise == nil || q.Exercise.HasTag("gentle") {
		r.Tags = []string{"gentle"}
	}
	if q.Exercise != nil {
		r.Steps = []content.RoutineStep{{Exercise: q.Exercise.ID, Sides: q.Exercise.Sides}}
	}
	return r
}

// NewQuickPlan plans an ad-hoc timer, with lib (which may be nil) for a gentler variant after
// a pain stop. A hold is get-ready → hold, rest, hold… (Repeat holds) → with Sides, a switch and
// the same on the right. A max test is get-ready → a count-up (and with sides a switch and a
// second count-up on the right); a pain report at a count-up offers no gentler variant.
//
// The get-ready step follows Options.GetReady: 0 means DefaultGetReady for a hold and
// MaxGetReady for a max test, NoGetReady none. The plan's Routine is q.Routine().
func NewQuickPlan(q Quick, lib *content.Library, opts Options) (*Plan, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if q.GetReady != 0 {
		opts.GetReady = q.GetReady
	}
	getReady := opts.GetReady
	if getReady == 0 && q.Kind == PlanMax {
		getReady = MaxGetReady
	}
	opts = opts.normalized()
	p := &Plan{Routine: q.Routine(), Kind: q.Kind, lib: lib, opts: opts, blocks: 1}
	p.getReady = opts.GetReady
	if getReady != 0 {
		p.getReady = max(getReady, 0)
	}
	var steps []Step
	if p.getReady > 0 {
		steps = append(steps, Step{Kind: KindReady, Duration: p.getReady})
	}
	switch q.Kind {
	case PlanHold:
		sides := content.SidesNone
		if q.Sides {
			sides = content.SidesEach
		}
		dose := content.Dose{Kind: content.DoseHold, Hold: q.Hold, Repeat: max(q.Repeat, 1), Release: q.Rest, Sets: 1}
		steps = expand(steps, block{ex: q.Exercise, dose: dose, sides: sides})
	case PlanMax:
		limit := q.Limit
		if limit <= 0 {
			limit = DefaultMaxLimit
		}
		up := func(side Side) Step {
			return Step{Kind: KindCountUp, Exercise: q.Exercise, Side: side, Set: 1, Sets: 1, Hold: 1, Holds: 1, Duration: limit}
		}
		if q.Sides || q.Exercise.Sides != content.SidesNone {
			steps = append(steps, up(SideLeft), Step{Kind: KindSwitch, Duration: SwitchDuration}, up(SideRight))
		} else {
			steps = append(steps, up(SideNone))
		}
	}
	p.Steps = steps
	p.reindex()
	return p, nil
}

// check rejects a timer that cannot run.
func (q Quick) check() error {
	switch q.Kind {
	case PlanHold:
		switch {
		case q.Hold < time.Second || q.Hold > QuickHoldMax:
			return fmt.Errorf("session: a quick hold lasts 1s to %v, not %v", QuickHoldMax, q.Hold)
		case q.Repeat < 0 || q.Repeat > QuickRepeatMax:
			return fmt.Errorf("session: a quick hold repeats 1 to %d times, not %d", QuickRepeatMax, q.Repeat)
		case q.Rest < 0 || q.Rest > QuickHoldMax:
			return fmt.Errorf("session: the rest between holds is 0s to %v, not %v", QuickHoldMax, q.Rest)
		}
	case PlanMax:
		if q.Exercise == nil {
			return errors.New("session: a max test needs an exercise")
		}
		if q.Limit < 0 {
			return fmt.Errorf("session: a max test's limit %v is negative", q.Limit)
		}
	default:
		return fmt.Errorf("session: %v is not a quick timer", q.Kind)
	}
	return nil
}
