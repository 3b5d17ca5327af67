package policy

import (
	"strings"

	"github.com/limber-coach/limber/content"
)

// The safety check's words, asked the same way by the coach and plain mode. Answers are yes or
// no only: anything else asks again, so no key press (Enter above all) ever answers a medical
// question for the person.
const (
	// RedFlagsLead comes before the list of red flags.
	RedFlagsLead = "See a physiotherapist or doctor before you exercise if any of these apply:"
	// AskRedFlags asks whether any red flag (or the emergency sign) applies.
	AskRedFlags = "Does any of this apply to you?"
	// AdviceRedFlags follows a yes to the red flags.
	AdviceRedFlags = "Please see a physiotherapist or doctor before you exercise with limber, and tell them which of these signs you have."
	// OfferGentle is the way on after red flags, with the word to type.
	OfferGentle = "If a professional has told you gentle exercise is fine, you can go on with gentle routines only (they are tagged gentle)."
	// ConfirmGentle is the word typed to go on with gentle routines only.
	ConfirmGentle = "gentle"
	// GentleOnlyNow acknowledges the confirmation.
	GentleOnlyNow = "Understood: gentle routines only."
	// AskLegPain asks about pain spreading into a leg (sciatica), which needs a professional's
	// check before the routines that are not gentle (the sciatica routine among them).
	AskLegPain = "Does pain spread from your back into a buttock or leg?"
	// LegPainAbout comes before AskLegPain: why it is asked, and the red flag that goes with it.
	LegPainAbout = "Pain that spreads from the back into a buttock or leg (sciatica) often eases with gentle moves once a professional has checked it. If it comes with numbness, tingling or weakness in the leg, that is a red flag: see a professional before you exercise."
	// LegPainCheckedAbout comes before AskLegPainChecked.
	LegPainCheckedAbout = "The sciatica routine and the other routines that are not gentle are for leg pain a physiotherapist or doctor has checked."
	// AskLegPainChecked follows a yes to AskLegPain.
	AskLegPainChecked = "Has a physiotherapist or doctor checked it and said exercise is fine?"
	// LegPainAdvice follows a no to AskLegPainChecked.
	LegPainAdvice = "Please have it checked first. Until then limber offers gentle routines only. Stop and see someone soon if it comes with numbness, weakness or tingling in the leg."
	// AskPregnant asks whether the person is pregnant.
	AskPregnant = "Are you pregnant?"
	// PregnancyMarks says what a yes changes.
	PregnancyMarks = "If you are, routines with exercises to avoid in pregnancy are marked, and you are warned before one starts."
	// PregnancyStopLead comes before the signs to stop at once in pregnancy.
	PregnancyStopLead = "Stop and call your midwife or doctor if you have:"
	// PregnancyStopIf introduces the same signs on the pregnancy question, before the answer.
	PregnancyStopIf = "If you are pregnant, stop and call your midwife or doctor if you have:"
	// AskStartAnyway follows the pregnancy warning before a routine with exercises to avoid.
	AskStartAnyway = "Start it anyway?"
	// YesNo is what a question accepts, and what is said when the answer was neither.
	YesNo       = "[y/n]"
	AnswerYesNo = "Please answer y (yes) or n (no)."
)

// PregnancyAvoid introduces the exercises of name to avoid in pregnancy.
func PregnancyAvoid(name string) string { return name + " has exercises to avoid in pregnancy:" }

// Answer reads a yes or a no from what was typed ("y", "yes", "n", "no", any case, spaces
// around); ok is false for anything else, which is asked again.
func Answer(typed string) (yes, ok bool) {
	switch normal(typed) {
	case "y", "yes":
		return true, true
	case "n", "no":
		return false, true
	}
	return false, false
}

// normal lower-cases s and trims spaces, for comparing what was typed.
func normal(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Confirmed reports whether typed is the gentle confirmation word.
func Confirmed(typed string) bool { return normal(typed) == ConfirmGentle }

// ConfirmedWith reports whether typed is the gentle confirmation word, in English or as word
// (the same word in the person's language: "sanft").
func ConfirmedWith(typed, word string) bool {
	return Confirmed(typed) || (normal(word) != "" && normal(typed) == normal(word))
}

// AnswerWith reads a yes or a no as Answer does, and also from the language's own words: yes
// and no are comma-separated lists ("j, ja" and "n, nein").
func AnswerWith(typed, yes, no string) (isYes, ok bool) {
	if isYes, ok = Answer(typed); ok {
		return isYes, ok
	}
	t := normal(typed)
	for _, w := range strings.Split(yes, ",") {
		if t != "" && t == normal(w) {
			return true, true
		}
	}
	for _, w := range strings.Split(no, ",") {
		if t != "" && t == normal(w) {
			return false, true
		}
	}
	return false, false
}

// PregnancyStop is the list of signs to stop at once in pregnancy that a pain stop shows: the
// library's, for a person who said they are pregnant, and none otherwise.
func PregnancyStop(s content.Safety, a Answers) []string {
	if !a.Pregnant {
		return nil
	}
	return s.PregnancyStop
}
