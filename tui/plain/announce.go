package plain

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/policy"

	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/runner"
)

// painHint ends every exercise line, so the way to stop is never more than a line away.
const painHint = "(sharp pain? type ! and Enter)"

// announcer turns the engine's cues into lines.
type announcer struct {
	out    io.Writer
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
		a.say("  halfway")
	case session.CueCountdown:
		a.say("  %d", c.N)
	case session.CueRepCounted:
		a.say("  rep %d of %d", c.N, st.Reps)
	case session.CuePhaseStarted:
		if c.N < len(st.Breath) {
			p := st.Breath[c.N]
			line := fmt.Sprintf("  %s %s", text.Phase(p.Kind), text.Dur(p.Duration))
			if c.N == 0 {
				s := a.eng.Snapshot(now)
				line = fmt.Sprintf("  cycle %d of %d: %s", s.Cycle, s.Cycles, strings.TrimSpace(line))
			}
			a.say("%s", line)
		}
	case session.CueSwitchSides:
		if st.Kind != session.KindSwitch { // a switch step announces itself
			a.say("  switch sides: %s", sideWord(st.Side))
		}
	case session.CueSetDone:
		switch {
		case st.Sets > 1:
			a.say("  set %d of %d done", c.N, st.Sets)
			a.doneSaid = c.Step
		case !ending:
			a.holdDone(c.Step)
		}
	case session.CueRoutineDone:
		a.say("%s", map[session.PlanKind]string{session.PlanRoutine: "Routine complete. Well done.",
			session.PlanHold: "Hold complete. Well done.", session.PlanMax: "Test complete."}[a.eng.Plan().Kind])
	case session.CuePaused:
		a.say("Paused. Type p and Enter to go on.")
	case session.CueResumed:
		a.say("Going on.")
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
		a.say("  done")
		a.doneSaid = i
	}
}

// stepStarted announces a step: exercises with their dose, side, set and cues; rests and
// switches with what comes next.
func (a *announcer) stepStarted(st session.Step) {
	name := "the next hold" // a bare quick hold names no exercise
	if st.Exercise != nil {
		name = st.Exercise.Name
	}
	switch st.Kind {
	case session.KindReady:
		if st.Exercise == nil {
			a.say("Get ready. Starting in %s.", text.Dur(st.Duration))
			return
		}
		a.say("Get ready: %s (%s). Starting in %s.", name, st.Exercise.Position, text.Dur(st.Duration))
	case session.KindRest:
		a.say("Rest %s. Next: %s%s.", text.Dur(st.Duration), name, sideSuffix(st.Side))
	case session.KindSwitch:
		a.say("Switch sides: %s, %s.", sideWord(st.Side), text.Dur(st.Duration))
	default:
		if st.Exercise == nil {
			name = "Timer"
		}
		a.work(st, name)
	}
}

func (a *announcer) work(st session.Step, name string) {
	parts := []string{name}
	if st.Side != session.SideNone {
		parts = append(parts, sideWord(st.Side))
	}
	if st.Sets > 1 {
		parts = append(parts, fmt.Sprintf("set %d of %d", st.Set, st.Sets))
	}
	switch st.Kind {
	case session.KindHold:
		dose := "hold " + text.Dur(st.Duration)
		if st.Holds > 1 {
			dose = fmt.Sprintf("hold %d of %d, %s", st.Hold, st.Holds, text.Dur(st.Duration))
		}
		parts = append(parts, dose)
	case session.KindReps:
		if st.Tempo > 0 {
			parts = append(parts, fmt.Sprintf("%d reps, one every %s", st.Reps, text.Dur(st.Tempo)))
		} else {
			parts = append(parts, fmt.Sprintf("%d reps at your pace (Enter after each, d when done)", st.Reps))
		}
	case session.KindBreath:
		phases := make([]string, len(st.Breath))
		for i, p := range st.Breath {
			phases[i] = text.Phase(p.Kind) + " " + text.Dur(p.Duration)
		}
		parts = append(parts, fmt.Sprintf("%d cycles of %s", st.Holds, strings.Join(phases, ", ")))
	case session.KindCountUp:
		parts = append(parts, "max hold: the stopwatch runs until you press Enter, stop when your form breaks")
	}
	if st.Gentler {
		parts = append(parts, "gentler variant")
	}
	a.say("%s %s", strings.Join(parts, " - "), painHint)
	if !a.sidesSaid && (st.Side == session.SideLeft || st.Side == session.SideRight) {
		a.sidesSaid = true
		a.say("  (%s)", text.SidesMeaning)
	}
	if st.Exercise != nil && st.Exercise != a.cued {
		a.cued = st.Exercise
		for _, c := range st.Exercise.Cues {
			a.say("  * %s", c)
		}
		if st.Exercise.Caution != "" {
			a.say("  Caution: %s", st.Exercise.Caution)
		}
	}
	if st.Note != "" && st.Hold <= 1 && st.Set <= 1 {
		a.say("  Note: %s", st.Note)
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
			a.say("  %s", text.Dur(up))
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
		a.say("  %s left", text.Dur(left))
	}
}

func (a *announcer) painStopped(now time.Time) {
	s := a.eng.Snapshot(now)
	what := "the exercise"
	if s.Pain != nil {
		what = cmp.Or(s.Pain.Name, "the hold") + sideSuffix(s.Pain.Side) // a bare timer names none
	}
	a.say("Stopped: %s. %s", what, a.safety.AfterPain)
	if a.safety.Emergency != "" {
		a.say("Emergency: %s", a.safety.Emergency)
	}
	for _, l := range []struct {
		lead  string
		items []string
	}{{policy.RedFlagsLead, a.safety.RedFlags}, {policy.PregnancyStopLead, a.pregnancyStop}} {
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
	gentler := ""
	if s.Gentler != nil {
		gentler = fmt.Sprintf(", g try the gentler %s", s.Gentler.Name)
	}
	a.say("Choose (then Enter): s skip this exercise%s, e end the session, c continue (it was discomfort, not sharp pain).", gentler)
}

func (a *announcer) help() { a.say("%s", helpLine) }

// sideWord is how plain mode names a side: "LEFT side", "RIGHT side", "alternating sides".
func sideWord(s session.Side) string {
	if tag := text.SideTag(s); tag != "" && s != session.SideAlternating {
		return tag + " side"
	}
	return text.Side(s)
}

// sideSuffix is a side in brackets after a name: " (left side)"; "" for none.
func sideSuffix(s session.Side) string {
	if w := text.Side(s); w != "" {
		return " (" + w + ")"
	}
	return ""
}
