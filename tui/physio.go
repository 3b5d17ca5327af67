package tui

import (
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/trend"
)

// Physio is the part of the Store for what the person reports besides sessions: store.Dir has
// it.
type Physio interface {
	// AnswersNow are the safety answers with the flare-up in force (policy.Answers.Flare).
	AnswersNow(now time.Time) (policy.Answers, error)
	// SaveEvent logs a check-in, function scores or a flare-up entry.
	SaveEvent(journal.Entry) error
	// Events reads the check-ins, function scores and flare entries made since a time.
	Events(since time.Time) ([]journal.Entry, error)
	// Goals are the function goals.
	Goals() (checkin.Goals, error)
	// SessionID finds the id a saved session got.
	SessionID(started time.Time, name string) string
	// Trends are the last weeks' check-ins beside the sessions.
	Trends(now time.Time, weeks int) (trend.Trends, error)
	// StartFlare starts (or lengthens) a flare-up.
	StartFlare(now time.Time, days int, reason string) (policy.Flare, error)
}
