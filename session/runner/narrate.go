package runner

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
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
func Phrases(tr *msg.Tr, cues []session.Cue, plan *session.Plan) []string {
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
			p = stepPhrase(tr, st, cueIn(cues, session.CueSwitchSides, q.Step))
		case session.CueSwitchSides:
			if !started[q.Step] { // a step that starts says it itself
				p = text.StepLabelIn(tr, session.KindSwitch)
			}
		case session.CueHalfway:
			p = tr.T("voice.halfway")
		case session.CueCountdown:
			p = strconv.Itoa(q.N)
		case session.CueRepCounted:
			if st.Kind == session.KindReps && st.Tempo > 0 {
				p = strconv.Itoa(q.N)
			}
		case session.CuePhaseStarted:
			if q.N >= 0 && q.N < len(st.Breath) {
				p = capital(text.PhaseIn(tr, st.Breath[q.N].Kind))
			}
		case session.CueRoutineDone:
			p = tr.T("voice.done")
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
func stepPhrase(tr *msg.Tr, st session.Step, switching bool) string {
	label := text.StepLabelIn(tr, st.Kind)
	switch {
	case st.Kind == session.KindSwitch, label != "" && st.Exercise == nil:
		return label
	case st.Kind == session.KindReady:
		return tr.T("voice.ready", "Name", st.Exercise.Name)
	case st.Kind == session.KindRest:
		return tr.T("voice.rest", "Name", st.Exercise.Name)
	}
	name := text.ExerciseNameIn(tr, st.Exercise)
	side := text.SideIn(tr, st.Side)
	switch {
	case switching && side != "":
		name = tr.T("voice.with_side", "Name", text.StepLabelIn(tr, session.KindSwitch), "Side", side)
	case side != "":
		name = tr.T("voice.with_side", "Name", name, "Side", side)
	}
	if st.Kind == session.KindCountUp {
		name = tr.T("voice.go", "Name", name) // a max test's stopwatch starts
	}
	return name
}

// capital makes the first letter of s upper-case: "Breathe in".
func capital(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}
