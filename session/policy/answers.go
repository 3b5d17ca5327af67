package policy

import "time"

// DefaultCheckDays is how long safety-check answers hold when the setting gives no other time.
const DefaultCheckDays = 30

// AnswersVersion is the version of the questions. Answers to an older version are asked again:
// version 2 added signs to the red flags (fever, weight loss, night pain, cancer, the saddle
// area, both legs) and asked about leg pain on its own.
const AnswersVersion = 2

// Answers are the person's answers to the safety check, kept in the data folder (see package
// store) so the check is asked before the first session and again once it is older than the
// safety_check_days setting. The JSON names are the file's.
type Answers struct {
	// V is the version of the questions answered (AnswersVersion when saved now).
	V int `json:"v"`
	// Date is when the check was answered; zero means never.
	Date time.Time `json:"date"`
	// RedFlags: yes to "does any of this apply to you?".
	RedFlags bool `json:"red_flags"`
	// Pregnant: yes to "are you pregnant?".
	Pregnant bool `json:"pregnant"`
	// GentleOnly: after red flags the person typed the confirmation to go on, with gentle
	// routines only.
	GentleOnly bool `json:"gentle_only"`
	// LegPain: yes to "does pain spread from your back into a buttock or leg?";
	// LegPainChecked: yes to "has a physiotherapist or doctor checked it and said exercise is
	// fine?". Leg pain not checked allows gentle routines only.
	LegPain        bool `json:"leg_pain"`
	LegPainChecked bool `json:"leg_pain_checked"`
	// Flare is the flare-up in force when the answers were read (zero: none). It is not saved
	// with them (see Flare); every door loads it beside them, so every rule that takes the
	// answers obeys it.
	Flare Flare `json:"-"`
}

// Due reports whether the check should be asked (again) at now; days ≤ 0 means
// DefaultCheckDays. Answers to older questions (V below AnswersVersion) are asked again, and a
// yes to the red flags that was not followed by the confirmation to go on with gentle routines
// only never holds: nothing starts on it, and the check is asked again. A flare-up in force
// that started after the answers makes the check due once.
func (a Answers) Due(now time.Time, days int) bool {
	if a.Date.IsZero() || a.V < AnswersVersion || a.RedFlags && !a.GentleOnly {
		return true
	}
	if !a.Flare.Started.IsZero() && a.Date.Before(a.Flare.Started) {
		return true // a flare-up asks the red flags again, once, at its start
	}
	if days <= 0 {
		days = DefaultCheckDays
	}
	return now.Sub(a.Date) >= time.Duration(days)*24*time.Hour
}

// Answered dates answers given now with the current questions' version, as they are saved.
func Answered(a Answers, now time.Time) Answers {
	a.V, a.Date = AnswersVersion, now
	return a
}
