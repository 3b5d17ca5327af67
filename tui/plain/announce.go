package plain

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/runner"
)

// announcer turns the engine's cues into lines.
type announcer struct {
	out    io.Writer
	tr     *msg.Tr
	eng    *session.Engine
	safety content.Safety
	// pregnancyStop are listed after the red flags at a pain stop (Options.PregnancyStop).
	pregnancyStop []string
	// lastTen is the last "N s left" (or, counting up, "N s") announced, so each is said once.
	lastTen time.Duration
	// cued is the exercise whose cues were last printed, so repeats and sides don't repeat them.
	cued *content.Exercise
	// sidesSaid is set once what LEFT and RIGHT mean has been said.
	sidesSaid bool
	// step is the plan index of the step last announced as started; doneSaid the step whose
	// end was just announced ("done", or "set N of M done"), so it is said once; -1 for none.
	step, doneSaid int
	// bell rings the bell when an update says so.
	bell bool
}

func (a *announcer) say(format string, args ...any) {
	fmt.Fprintf(a.out, format+"\n", args...)
}

// flush announces the update's cues, then any "N s left" mark now due.
func (a *announcer) flush(now time.Time, u runner.Update) {
	plan, cues := a.eng.Plan(), u.Cues
	if a.bell && u.Ring {
		io.WriteString(a.out, "\a")
	}
	// At the routine's end "Routine complete" (or "Hold complete") says the last hold is done.
	ending := slices.ContainsFunc(cues, func(c session.Cue) bool { return c.Kind == session.CueRoutineDone })
	for _, c := range cues {
		var st session.Step
		if c.Step >= 0 && c.Step < len(plan.Steps) {
			st = plan.Steps[c.Step]
		}
		a.cue(now, c, st, ending)
	}
	a.timeLeft(now)
}

func (a *announcer) cue(now time.Time, c session.Cue, st session.Step, ending bool) {
	switch c.Kind {
	case session.CueStepStarted:
		if c.Step > a.step { // moving on, not back: the step left may be a hold that ran out
			a.holdDone(a.step)
		}
		a.step, a.doneSaid = c.Step, -1 // a step run again says "done" again
		a.lastTen = 0
		a.stepStarted(st)
	case session.CueHalfway:
		a.say("  %s", a.tr.T("plain.halfway"))
	case session.CueCountdown:
		a.say("  %d", c.N)
	case session.CueRepCounted:
		a.say("  %s", a.tr.T("plain.rep_of", "N", c.N, "Of", st.Reps))
	case session.CuePhaseStarted:
		if c.N < len(st.Breath) {
			p := st.Breath[c.N]
			line := text.PhaseIn(a.tr, p.Kind) + " " + a.tr.Dur(p.Duration)
			if c.N == 0 {
				s := a.eng.Snapshot(now)
				line = a.tr.T("plain.cycle_of", "N", s.Cycle, "Of", s.Cycles, "Phase", line)
			}
			a.say("  %s", line)
		}
	case session.CueSwitchSides:
		if st.Kind != session.KindSwitch { // a switch step announces itself
			a.say("  %s", a.tr.T("plain.switch_to", "Side", a.sideWord(st.Side)))
		}
	case session.CueSetDone:
		switch {
		case st.Sets > 1:
			a.say("  %s", a.tr.T("plain.set_done", "N", c.N, "Of", st.Sets))
			a.doneSaid = c.Step
		case !ending:
			a.holdDone(c.Step)
		}
	case session.CueRoutineDone:
		a.say("%s", map[session.PlanKind]string{session.PlanRoutine: a.tr.T("plain.routine_done"),
			session.PlanHold: a.tr.T("plain.hold_done"), session.PlanMax: a.tr.T("plain.test_done")}[a.eng.Plan().Kind])
	case session.CuePaused:
		a.say("%s", a.tr.T("plain.paused"))
	case session.CueResumed:
		a.say("%s", a.tr.T("plain.going_on"))
	case session.CuePainStopped:
		a.painStopped(now)
	}
}

// holdDone says "done" when step i is a hold that ran its full time (not one skipped, cut
// short by pain or left with b), once per step.
func (a *announcer) holdDone(i int) {
	steps := a.eng.Plan().Steps
	if i == a.doneSaid || i < 0 || i >= len(steps) || steps[i].Kind != session.KindHold {
		return
	}
	k := 0 // step i's index among the record's steps, which are the work steps
	for _, st := range steps[:i] {
		if st.Kind.Work() {
			k++
		}
	}
	if rec := a.eng.Record(); k < len(rec.Steps) && rec.Steps[k].Outcome == session.OutcomeDone {
		a.say("  %s", a.tr.T("plain.done"))
		a.doneSaid = i
	}
}

// stepStarted announces a step: exercises with their dose, side, set and cues; rests and
// switches with what comes next.
func (a *announcer) stepStarted(st session.Step) {
	tr := a.tr
	name := tr.T("plain.next_hold") // a bare quick hold names no exercise
	if st.Exercise != nil {
		name = st.Exercise.Name
	}
	switch st.Kind {
	case session.KindReady:
		if st.Exercise == nil {
			a.say("%s", tr.T("plain.ready_bare", "Dur", tr.Dur(st.Duration)))
			return
		}
		a.say("%s", tr.T("plain.ready", "Name", name, "Position", text.PositionIn(tr, st.Exercise.Position), "Dur", tr.Dur(st.Duration)))
	case session.KindRest:
		a.say("%s", tr.T("plain.rest", "Dur", tr.Dur(st.Duration), "Name", name+a.sideSuffix(st.Side)))
	case session.KindSwitch:
		a.say("%s", tr.T("plain.switch", "Side", a.sideWord(st.Side), "Dur", tr.Dur(st.Duration)))
	default:
		if st.Exercise == nil {
			name = tr.T("plain.timer")
		}
		a.work(st, name)
	}
}

func (a *announcer) work(st session.Step, name string) {
	tr := a.tr
	parts := []string{name}
	if st.Side != session.SideNone {
		parts = append(parts, a.sideWord(st.Side))
	}
	if st.Sets > 1 {
		parts = append(parts, tr.T("run.set_of", "N", st.Set, "Of", st.Sets))
	}
	switch st.Kind {
	case session.KindHold:
		dose := tr.T("plain.hold_dur", "Dur", tr.Dur(st.Duration))
		if st.Holds > 1 {
			dose = tr.T("plain.hold_of_dur", "N", st.Hold, "Of", st.Holds, "Dur", tr.Dur(st.Duration))
		}
		parts = append(parts, dose)
	case session.KindReps:
		if st.Tempo > 0 {
			parts = append(parts, tr.N("plain.reps_tempo", st.Reps, "Pace", tr.Dur(st.Tempo)))
		} else {
			parts = append(parts, tr.N("plain.reps_own_pace", st.Reps))
		}
	case session.KindBreath:
		phases := make([]string, len(st.Breath))
		for i, p := range st.Breath {
			phases[i] = text.PhaseIn(tr, p.Kind) + " " + tr.Dur(p.Duration)
		}
		parts = append(parts, tr.N("plain.cycles", st.Holds, "Phases", strings.Join(phases, ", ")))
	case session.KindCountUp:
		parts = append(parts, tr.T("plain.max_hold"))
	}
	if st.Gentler {
		parts = append(parts, tr.T("run.gentler_variant"))
	}
	a.say("%s %s", strings.Join(parts, " - "), tr.T("plain.pain_hint"))
	if !a.sidesSaid && (st.Side == session.SideLeft || st.Side == session.SideRight) {
		a.sidesSaid = true
		a.say("  (%s)", text.SidesMeaningIn(tr))
	}
	if st.Exercise != nil && st.Exercise != a.cued {
		a.cued = st.Exercise
		for _, c := range st.Exercise.Cues {
			a.say("  * %s", c)
		}
		if st.Exercise.Caution != "" {
			a.say("  %s", tr.T("plain.caution", "Text", st.Exercise.Caution))
		}
	}
	if st.Note != "" && st.Hold <= 1 && st.Set <= 1 {
		a.say("  %s", tr.T("plain.note", "Text", st.Note))
	}
}

// timeLeft says "N s left" every 10 seconds of a hold of 20 s or more, and a count-up's time
// every 10 seconds.
func (a *announcer) timeLeft(now time.Time) {
	if a.eng.State() != session.StateRunning {
		return
	}
	s := a.eng.Snapshot(now)
	if s.Step.Kind == session.KindCountUp {
		if up := s.Up.Truncate(10 * time.Second); up > a.lastTen {
			a.lastTen = up
			a.say("  %s", a.tr.Dur(up))
		}
		return
	}
	if s.Step.Kind != session.KindHold || s.Step.Duration < 20*time.Second {
		return
	}
	left := (s.Left + time.Second - 1).Truncate(time.Second)
	halfway := s.Step.Duration/2 == left // already said as "halfway"
	if left%(10*time.Second) == 0 && left > 0 && left < s.Step.Duration && left != a.lastTen && !halfway {
		a.lastTen = left
		a.say("  %s", a.tr.T("plain.left", "Dur", a.tr.Dur(left)))
	}
}

func (a *announcer) painStopped(now time.Time) {
	s := a.eng.Snapshot(now)
	tr := a.tr
	what := tr.T("plain.the_exercise")
	if s.Pain != nil {
		what = cmp.Or(s.Pain.Name, tr.T("plain.the_hold")) + a.sideSuffix(s.Pain.Side) // a bare timer names none
	}
	a.say("%s %s", tr.T("plain.stopped", "What", what), a.safety.AfterPain)
	if a.safety.Emergency != "" {
		a.say("%s", tr.T("safety.emergency", "Text", a.safety.Emergency))
	}
	for _, l := range []struct {
		lead  string
		items []string
	}{{tr.T("safety.red_flags_lead"), a.safety.RedFlags}, {tr.T("safety.pregnancy_stop_lead"), a.pregnancyStop}} {
		if len(l.items) > 0 {
			a.say("%s", l.lead)
			for _, f := range l.items {
				a.say("  - %s", f)
			}
		}
	}
	a.painChoices()
}

func (a *announcer) painChoices() {
	s := a.eng.Snapshot(time.Time{})
	if s.Gentler != nil {
		a.say("%s", a.tr.T("plain.choose_gentler", "Name", s.Gentler.Name))
		return
	}
	a.say("%s", a.tr.T("plain.choose"))
}

func (a *announcer) help() { a.say("%s", a.tr.T("plain.help")) }

// sideWord is how plain mode names a side: "LEFT side", "RIGHT side", "alternating sides".
func (a *announcer) sideWord(s session.Side) string {
	switch s {
	case session.SideLeft:
		return a.tr.T("plain.side_left")
	case session.SideRight:
		return a.tr.T("plain.side_right")
	}
	return text.SideIn(a.tr, s)
}

// sideSuffix is a side in brackets after a name: " (left side)"; "" for none.
func (a *announcer) sideSuffix(s session.Side) string {
	if w := text.SideIn(a.tr, s); w != "" {
		return " (" + w + ")"
	}
	return ""
}
