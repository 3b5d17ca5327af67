// Package sound turns the session engine's cues into what the person hears: when the terminal
// bell rings (Rings), what a voice says (Phrases), and a Speaker that runs a text-to-speech
// command in the background so speech never holds up the timer or the screen. The full-screen
// coach, plain mode and limber remind share it.
package sound

import (
	"strconv"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
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
				p = phaseWord(st.Breath[q.N].Kind)
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
	name := ""
	if st.Exercise != nil {
		name = st.Exercise.Name
	}
	switch st.Kind {
	case session.KindReady:
		if name == "" {
			return "Get ready"
		}
		return "Get ready: " + name
	case session.KindRest:
		if name == "" {
			return "Rest"
		}
		return "Rest, next: " + name
	case session.KindSwitch:
		return "Switch sides"
	}
	if name == "" {
		name = "Hold" // a quick hold with no exercise
	}
	side := sideWord(st.Side)
	switch {
	case switching && side != "":
		name = "Switch sides, " + side
	case side != "":
		name += ", " + side
	}
	if st.Kind == session.KindCountUp {
		name += ", go" // a max test's stopwatch starts
	}
	return name
}

func sideWord(s session.Side) string {
	switch s {
	case session.SideLeft:
		return "left side"
	case session.SideRight:
		return "right side"
	case session.SideAlternating:
		return "alternating sides"
	}
	return ""
}

func phaseWord(k content.PhaseKind) string {
	switch k {
	case content.PhaseIn:
		return "Breathe in"
	case content.PhaseOut:
		return "Breathe out"
	}
	return "Hold"
}
