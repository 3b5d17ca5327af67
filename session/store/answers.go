package store

import (
	"fmt"
	"time"

	"github.com/limber-coach/limber/session/policy"
)

// Answers reads the saved safety-check answers; with none saved it returns the zero Answers (the
// check is due). A damaged file is an error, and the zero Answers, so the check is asked again.
//
// The answers are shared between machines (see the package doc): when a sync tool has left a
// conflict copy of safety.json beside it (two machines saved at once), the newest answers of
// the file and its readable copies win, by when they were given.
func (d Dir) Answers() (policy.Answers, error) {
	var a policy.Answers
	err := readShared(d, AnswersFile, &a, func(a policy.Answers) time.Time { return a.Date })
	if err != nil {
		return policy.Answers{}, fmt.Errorf("%w (the safety check will be asked again)", err)
	}
	return a, nil
}

// SaveAnswers writes the safety-check answers.
func (d Dir) SaveAnswers(a policy.Answers) error { return writeJSON(d.Path(AnswersFile), a) }
