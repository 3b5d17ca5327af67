package policy

import (
	"testing"
	"time"
)

var t0 = now

func TestAnswersDue(t *testing.T) {
	day := 24 * time.Hour
	answered := Answers{V: AnswersVersion, Date: t0}
	tests := []struct {
		name string
		a    Answers
		at   time.Duration // after t0
		days int
		want bool
	}{
		{"never answered", Answers{}, 0, 30, true},
		{"never answered, custom days", Answers{}, 0, 7, true},
		{"just answered", answered, 0, 30, false},
		{"29 days", answered, 29 * day, 30, false},
		{"a second short of 30 days", answered, 30*day - time.Second, 30, false},
		{"30 days", answered, 30 * day, 30, true},
		{"31 days", answered, 31 * day, 30, true},
		{"0 days means 30: 29 days", answered, 29 * day, 0, false},
		{"0 days means 30: 30 days", answered, 30 * day, 0, true},
		{"negative days means 30", answered, 30 * day, -1, true},
		{"7 days: 6 days", answered, 6 * day, 7, false},
		{"7 days: 7 days", answered, 7 * day, 7, true},
		{"1 day: 23 hours", answered, 23 * time.Hour, 1, false},
		{"clock went back", answered, -day, 30, false},
		{"red flags, not confirmed", Answers{V: AnswersVersion, Date: t0, RedFlags: true}, 0, 30, true},
		{"red flags, gentle only", Answers{V: AnswersVersion, Date: t0, RedFlags: true, GentleOnly: true}, 0, 30, false},
	}
	for _, tt := range tests {
		if got := tt.a.Due(t0.Add(tt.at), tt.days); got != tt.want {
			t.Errorf("%s: Due = %v, want %v", tt.name, got, tt.want)
		}
	}
}
