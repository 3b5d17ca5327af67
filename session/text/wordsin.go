package text

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
)

// The words of words.go in a language, from the catalogue (session/msg). The English functions
// there stay for the screens and commands not yet in the catalogue; these are the ones the
// converted screens, plain mode and the voice use.

// sideIDs are each side's messages, as said and as shown big, in the order of session.Side.
var sideIDs = [...][2]string{{"", ""}, {"side.left", "side.left_big"}, {"side.right", "side.right_big"},
	{"side.alternating", "side.alternating_big"}}

func sideIn(tr *msg.Tr, s session.Side, f int) string {
	if s < 0 || int(s) >= len(sideIDs) || sideIDs[s][f] == "" {
		return ""
	}
	return tr.T(sideIDs[s][f])
}

// SideIn is how a side is said in tr's language: "left side", "linke Seite"; "" for none.
func SideIn(tr *msg.Tr, s session.Side) string { return sideIn(tr, s, 0) }

// SideTagIn is how a side is shown big on screen: "LEFT", "LINKS"; "" for none.
func SideTagIn(tr *msg.Tr, s session.Side) string { return sideIn(tr, s, 1) }

// WorkingSideIn is the short reminder under a side: "working side: your left"; "" for none
// and for alternating sides.
func WorkingSideIn(tr *msg.Tr, s session.Side) string {
	switch s {
	case session.SideLeft:
		return tr.T("side.working_left")
	case session.SideRight:
		return tr.T("side.working_right")
	}
	return ""
}

// SideNoteIn is a side in brackets after a name: " (left)", "" for none and for alternating.
func SideNoteIn(tr *msg.Tr, s session.Side) string {
	switch s {
	case session.SideLeft:
		return " " + tr.T("side.note_left")
	case session.SideRight:
		return " " + tr.T("side.note_right")
	}
	return ""
}

// PhaseIn is what a breathing phase asks: "breathe in", "einatmen".
func PhaseIn(tr *msg.Tr, k content.PhaseKind) string {
	switch k {
	case content.PhaseIn:
		return tr.T("phase.in")
	case content.PhaseOut:
		return tr.T("phase.out")
	}
	return tr.T("phase.hold")
}

// PhaseBig is a breathing phase's short word, shown big beside its count: "IN", "OUT", "HOLD".
func PhaseBig(tr *msg.Tr, k content.PhaseKind) string {
	switch k {
	case content.PhaseIn:
		return tr.T("phase.in_big")
	case content.PhaseOut:
		return tr.T("phase.out_big")
	}
	return tr.T("phase.hold_big")
}

// StepLabelIn names a step that is not an exercise: "Get ready", "Rest", "Switch sides"; ""
// for work steps.
func StepLabelIn(tr *msg.Tr, k session.StepKind) string {
	switch k {
	case session.KindReady:
		return tr.T("step.ready")
	case session.KindRest:
		return tr.T("step.rest")
	case session.KindSwitch:
		return tr.T("step.switch")
	}
	return ""
}

// StepBanner is StepLabelIn as the run screen shows it big: "GET READY", "REST".
func StepBanner(tr *msg.Tr, k session.StepKind) string {
	switch k {
	case session.KindReady:
		return tr.T("step.ready_big")
	case session.KindRest:
		return tr.T("step.rest_big")
	case session.KindSwitch:
		return tr.T("step.switch_big")
	}
	return ""
}

// ExerciseNameIn is the exercise's name (in the library's language), or "Hold" for a bare
// quick hold with none.
func ExerciseNameIn(tr *msg.Tr, ex *content.Exercise) string {
	if ex == nil {
		return tr.T("step.bare_hold")
	}
	return ex.Name
}

// SidesMeaningIn says once what LEFT and RIGHT mean on an each-side step.
func SidesMeaningIn(tr *msg.Tr) string { return tr.T("side.meaning") }
