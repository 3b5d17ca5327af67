package text

import (
	"fmt"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// Plural is "1 day", "3 days", "0 days".
func Plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// sideWords are the words for each side, as said ("left side") and as shown big on screen
// ("LEFT"), in the order of session.Side; none has none.
var sideWords = [...][2]string{{"", ""}, {"left side", "LEFT"}, {"right side", "RIGHT"},
	{"alternating sides", "LEFT & RIGHT"}}

// Side is how a side is said: "left side", "right side", "alternating sides", "" for none.
func Side(s session.Side) string { return sideWord(s, 0) }

// SideTag is how a side is shown big on screen: "LEFT", "RIGHT", "LEFT & RIGHT", "" for none.
func SideTag(s session.Side) string { return sideWord(s, 1) }

// sideWord is form f of side s's words ("" for a side out of the table).
func sideWord(s session.Side, f int) string {
	if s < 0 || int(s) >= len(sideWords) {
		return ""
	}
	return sideWords[s][f]
}

// SideNote is a side in brackets after a name: " (left)", " (right)", "" for none and for
// alternating sides.
func SideNote(s session.Side) string {
	switch s {
	case session.SideLeft, session.SideRight:
		return " (" + s.String() + ")"
	}
	return ""
}

// Phase is what a breathing phase asks: "breathe in", "breathe out", "hold".
func Phase(k content.PhaseKind) string {
	switch k {
	case content.PhaseIn:
		return "breathe in"
	case content.PhaseOut:
		return "breathe out"
	}
	return "hold"
}

// StepLabel names a step that is not an exercise: "Get ready", "Rest", "Switch sides"; "" for
// work steps.
func StepLabel(k session.StepKind) string {
	switch k {
	case session.KindReady:
		return "Get ready"
	case session.KindRest:
		return "Rest"
	case session.KindSwitch:
		return "Switch sides"
	}
	return ""
}

// ExerciseName is the exercise's name, or "Hold" for a bare quick hold with none.
func ExerciseName(ex *content.Exercise) string {
	if ex == nil {
		return "Hold"
	}
	return ex.Name
}

// SidesMeaning says once what LEFT and RIGHT mean on an each-side step: the side the cues call
// the working side.
const SidesMeaning = "LEFT and RIGHT name the working side: the side that moves, or is stretched."

// WorkingSide is the short reminder under a side on screen: "working side: your left"; "" for
// none and for alternating sides.
func WorkingSide(s session.Side) string {
	switch s {
	case session.SideLeft, session.SideRight:
		return "working side: your " + s.String()
	}
	return ""
}
