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
func PhaseIn(tr *msg.Tr, k content.PhaseKind) string { return tr.T("phase." + phaseKey(k)) }

// PhaseBig is a breathing phase's short word, shown big beside its count: "IN", "OUT", "HOLD".
func PhaseBig(tr *msg.Tr, k content.PhaseKind) string { return tr.T("phase." + phaseKey(k) + "_big") }

// phaseKey is a phase's part of its message ids: in, out or hold (both holds).
func phaseKey(k content.PhaseKind) string {
	switch k {
	case content.PhaseIn:
		return "in"
	case content.PhaseOut:
		return "out"
	}
	return "hold"
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

// positionIDs are each position's messages: the short word plain mode says in brackets
// ("seated") and the label a list shows ("Seated on a chair"), in the order of content.Position.
var positionIDs = [...][2]string{{"position.seated", "position.seated_label"},
	{"position.standing", "position.standing_label"}, {"position.lying", "position.lying_label"},
	{"position.prone", "position.prone_label"}, {"position.all_fours", "position.all_fours_label"},
	{"position.kneeling", "position.kneeling_label"}, {"position.side_lying", "position.side_lying_label"},
	{"position.floor_sitting", "position.floor_sitting_label"}}

// PositionIn is a position's short word in tr's language: "seated", "sitzend".
func PositionIn(tr *msg.Tr, p content.Position) string {
	if p < 0 || int(p) >= len(positionIDs) {
		return p.String()
	}
	return tr.T(positionIDs[p][0])
}

// PositionLabelIn is a position's label in tr's language: "Seated on a chair".
func PositionLabelIn(tr *msg.Tr, p content.Position) string {
	if p < 0 || int(p) >= len(positionIDs) {
		return p.Label()
	}
	return tr.T(positionIDs[p][1])
}

// PlanTitle names what runs, in the header: the routine's name, or a quick timer's ("Quick
// hold · Plank", "Max test · Side plank") in the language.
func PlanTitle(tr *msg.Tr, plan *session.Plan) string {
	r := plan.Routine
	if r == nil {
		return tr.T("app.name")
	}
	var kind string
	switch plan.Kind {
	case session.PlanHold:
		kind = tr.T("quick.title")
	case session.PlanMax:
		kind = tr.T("max.title")
	default:
		return r.Name
	}
	for _, st := range plan.Steps {
		if st.Exercise != nil {
			return kind + " · " + st.Exercise.Name
		}
	}
	return kind
}

// OverviewIn is the count of a session's exercises in parts, in tr's language: "6 of 8
// exercises done", then "1 partly", "1 skipped", "1 not reached", "1 stopped for pain" for
// those there are. The coach joins them with " · ", plain mode with ", ".
func OverviewIn(tr *msg.Tr, exs []Tally) []string {
	n := map[session.Outcome]int{}
	for _, ex := range exs {
		n[ex.Verdict]++
	}
	parts := []string{tr.N("tally.done_of", len(exs), "Done", n[session.OutcomeDone])}
	for _, o := range []struct {
		k  session.Outcome
		id string
	}{{session.OutcomePartial, "tally.partly"}, {session.OutcomeSkipped, "tally.skipped"},
		{session.OutcomePending, "tally.not_reached"}, {session.OutcomePain, "tally.pain"}} {
		if n[o.k] > 0 {
			parts = append(parts, tr.T(o.id, "N", n[o.k]))
		}
	}
	return parts
}
