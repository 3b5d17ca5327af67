package policy

import "time"

// DefaultCheckDays is how long safety-check answers hold when the setting gives no other time.
const DefaultCheckDays = 30

// Answers are the person's answers to the safety check, kept in the data folder (see package
// store) so the check is asked before the first session and again once it is older than the
// safety_check_days setting. The JSON names are the file's.
type Answers struct {
	// Date is when the check was answered; zero means never.
	Date time.Time `json:"date"`
	// RedFlags: yes to "does any of this apply to you?".
	RedFlags bool `json:"red_flags"`
	// Pregnant: yes to "are you pregnant?".
	Pregnant bool `json:"pregnant"`
	// GentleOnly: after red flags the person typed the confirmation to go on, with gentle
	// routines only.
	GentleOnly bool `json:"gentle_only"`
}

// Due reports whether the check should be asked (again) at now; days ≤ 0 means
// DefaultCheckDays. A yes to the red flags that was not followed by the confirmation to go on
// with gentle routines only never holds: nothing starts on it, and the check is asked again.
func (a Answers) Due(now time.Time, days int) bool {
	if a.Date.IsZero() || a.RedFlags && !a.GentleOnly {
		return true
	}
	if days <= 0 {
		days = DefaultCheckDays
	}
	return now.Sub(a.Date) >= time.Duration(days)*24*time.Hour
}
