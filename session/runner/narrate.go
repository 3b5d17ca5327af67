package runner

import (
	"strconv"
	"strings"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/text"
)

// Rings reports whether cues fired by the clock ring the bell: the 3-2-1 countdown, the start
// of a step that follows a timed step (a step's end), and the end of the routine. Cues of the
// person's own key presses ring nothing (the caller leaves them out).
func Rings(cues []session.Cue, plan *session.Plan) bool {
	steps := plan.Steps
	for _, q := range cues {
		switch q.Kind {
		case session.CueCountdown, session.CueRoutineDone:
			return true
		case session.CueStepStarted:
			if q.Step > 0 && q.Step <= len(steps) && steps[q.Step-1].Timed() {
				return true
			}
		}
	}
	return false
}

// Phrases returns what a voice says for cues, in order: the exercise and side at the start of
// a step ("Seated twist, left side"), "Get ready", "Rest, next: …", "Switch sides", "Halfway",
// "3", "2", "1", the breathing phases, tempo rep numbers, and "Done" at the end. Pauses, pain
// stops and self-paced reps (the person is at the keyboard) say nothing.
func Phrases(cues []session.Cue, plan *session.Plan) []string {
	var out []string
	started := map[int]bool{}
	for _, q := range cues {
		if q.Kind == session.CueStepStarted {
			started[q.Step] = true
		}
	}
	for _, q := range cues {
		var st session.Step
		if q.Step >= 0 && q.Step < len(plan.Steps) {
			st = plan.Steps[q.Step]
		}
		var p string
		switch q.Kind {
		case session.CueStepStarted:
			p = stepPhrase(st, cueIn(cues, session.CueSwitchSides, q.Step))
		case session.CueSwitchSides:
			if !started[q.Step] { // a step that starts says it itself
				p = "Switch sides"
			}
		case session.CueHalfway:
			p = "Halfway"
		case session.CueCountdown:
			p = strconv.Itoa(q.N)
		case session.CueRepCounted:
			if st.Kind == session.KindReps && st.Tempo > 0 {
				p = strconv.Itoa(q.N)
			}
		case session.CuePhaseStarted:
			if q.N >= 0 && q.N < len(st.Breath) {
				p = capital(text.Phase(st.Breath[q.N].Kind))
			}
		case session.CueRoutineDone:
			p = "Done"
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cueIn reports whether cues hold a cue of kind k for step i.
func cueIn(cues []session.Cue, k session.CueKind, i int) bool {
	for _, q := range cues {
		if q.Kind == k && q.Step == i {
			return true
		}
	}
	return false
}

// stepPhrase is what starting st says; switching is set when the step begins on the other side
// of an alternating hold.
func stepPhrase(st session.Step, switching bool) string {
	label := text.StepLabel(st.Kind)
	switch {
	case st.Kind == session.KindSwitch, label != "" && st.Exercise == nil:
		return label
	case st.Kind == session.KindReady:
		return label + ": " + st.Exercise.Name
	case st.Kind == session.KindRest:
		return label + ", next: " + st.Exercise.Name
	}
	name := text.ExerciseName(st.Exercise)
	side := text.Side(st.Side)
	switch {
	case switching && side != "":
		name = text.StepLabel(session.KindSwitch) + ", " + side
	case side != "":
		name += ", " + side
	}
	if st.Kind == session.KindCountUp {
		name += ", go" // a max test's stopwatch starts
	}
	return name
}

// capital makes the first letter of s upper-case: "Breathe in".
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
