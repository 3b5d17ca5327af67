package policy

import (
	"github.com/limber-coach/limber/content"
)

// Tags the policy reads on exercises and routines.
const (
	// TagGentle marks what may run after red-flag answers.
	TagGentle = "gentle"
	// TagAvoidInPregnancy marks exercises a pregnant person is warned about.
	TagAvoidInPregnancy = "avoid-in-pregnancy"
)

// Reason says why something may not start.
type Reason int

// The reasons.
const (
	// NotGentle: the safety answers allow gentle routines only, and this is not one.
	NotGentle Reason = iota + 1
	// LegPainNotChecked: leg pain nobody has checked allows gentle routines only.
	LegPainNotChecked
	// AllSkipped: every exercise of today's version is skipped after repeated pain.
	AllSkipped
	// CannotPlan: the routine or timer cannot be planned (a content error).
	CannotPlan
	// Flaring: during a flare-up only gentle routines run (while it eases, no strength ones).
	Flaring
)

// String names the reason.
func (r Reason) String() string {
	switch r {
	case NotGentle:
		return "not gentle"
	case LegPainNotChecked:
		return "leg pain not checked"
	case AllSkipped:
		return "all skipped"
	case CannotPlan:
		return "cannot plan"
	case Flaring:
		return "flare-up"
	}
	return "none"
}

// Refusal says why something may not start, in a sentence every front end shows as is.
type Refusal struct {
	Reason Reason
	// Text is the sentence in English (logs, tests); a door in another language words it from
	// the rest (text.RefusalIn).
	Text string
	// Quick is set when the refused thing is a quick timer's stand-in (an exercise, not a
	// routine); Name and ID are the routine's (empty for a stand-in).
	Quick    bool
	Name, ID string
	// Easing is set for a strength routine refused while a flare-up eases.
	Easing bool
}

// refusal is a Refusal of r for reason, with text.
func refusal(reason Reason, r *content.Routine, text string) *Refusal {
	return &Refusal{Reason: reason, Text: text, Quick: r.ID == "", Name: r.Name, ID: r.ID}
}

// Allowed returns why the answers (and the flare-up in force, Answers.Flare) keep r (a routine, or a quick timer's stand-in from
// session.Quick.Routine) from starting, or nil when they do not.
func Allowed(a Answers, r *content.Routine) *Refusal {
	switch {
	case r.HasTag(TagGentle):
		return nil
	case a.GentleOnly:
		return refusal(NotGentle, r, notGentleText(r))
	case a.LegPain && !a.LegPainChecked:
		return refusal(LegPainNotChecked, r, legPainText(r))
	}
	return flareRefusal(a.Flare, r)
}

// legPainText says that leg pain should be checked before r.
func legPainText(r *content.Routine) string {
	what := "this routine"
	if r.ID == "" {
		what = "this exercise"
	}
	return "Pain that spreads into a leg should be checked by a physiotherapist or doctor before " + what +
		"; until then limber offers gentle routines and exercises only."
}

// notGentleText says that r is not gentle enough for the answers given.
func notGentleText(r *content.Routine) string {
	if r.ID == "" { // a quick timer's stand-in
		return "After your safety answers, limber offers gentle exercises only, and this one is not: pick one marked gentle, or see a physiotherapist or doctor first."
	}
	return "After your safety answers, limber offers gentle routines only, and this one is not. See a physiotherapist or doctor first."
}

// AvoidInPregnancy returns the names of r's exercises tagged avoid-in-pregnancy, each once, in
// routine order (nil when there are none, or r or lib is nil).
func AvoidInPregnancy(lib *content.Library, r *content.Routine) []string {
	if lib == nil || r == nil {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for _, st := range r.Steps {
		e, ok := lib.Exercise(st.Exercise)
		if !ok || seen[e.ID] || !e.HasTag(TagAvoidInPregnancy) {
			continue
		}
		seen[e.ID] = true
		names = append(names, e.Name)
	}
	return names
}

// PregnancyWarning reports whether r must be preceded by the pregnancy warning under a: the
// person said they are pregnant and r has exercises to avoid in pregnancy.
func PregnancyWarning(lib *content.Library, a Answers, r *content.Routine) bool {
	return a.Pregnant && len(AvoidInPregnancy(lib, r)) > 0
}

// Marks are the short flags a list puts beside r under a: "pregnancy!" when it has exercises
// to avoid in pregnancy, "not gentle" when only gentle ones are open. Nil when none.
func Marks(lib *content.Library, a Answers, r *content.Routine) []string {
	var marks []string
	if PregnancyWarning(lib, a, r) {
		marks = append(marks, "pregnancy!")
	}
	if Allowed(a, r) != nil {
		marks = append(marks, "not gentle")
	}
	return marks
}

// Suggestable reports whether r may be suggested under a: allowed, and with nothing to warn a
// pregnant person about.
func Suggestable(lib *content.Library, a Answers, r *content.Routine) bool {
	return Allowed(a, r) == nil && !PregnancyWarning(lib, a, r)
}
