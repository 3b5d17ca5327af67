package store

import (
	"fmt"

	"github.com/limber-coach/limber/session/policy"
)

// Answers reads the saved safety-check answers; with none saved it returns the zero Answers (the
// check is due). A damaged file is an error, and the zero Answers, so the check is asked again.
func (d Dir) Answers() (policy.Answers, error) {
	var a policy.Answers
	if err := d.readJSON(AnswersFile, &a); err != nil {
		return policy.Answers{}, fmt.Errorf("%w (the safety check will be asked again)", err)
	}
	return a, nil
}

// SaveAnswers writes the safety-check answers.
func (d Dir) SaveAnswers(a policy.Answers) error { return d.writeJSON(AnswersFile, a) }
