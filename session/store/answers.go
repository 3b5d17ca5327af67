package store

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/limber-coach/limber/session/journal"
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
	if err := readJSON(d.Path(AnswersFile), &a); err != nil {
		return policy.Answers{}, fmt.Errorf("%w (the safety check will be asked again)", err)
	}
	names, _ := os.ReadDir(d.Data) // no copies when the folder cannot be listed
	for _, e := range names {
		if !journal.SyncCopy(e.Name(), AnswersFile) {
			continue
		}
		var c policy.Answers
		if err := readJSON(filepath.Join(d.Data, e.Name()), &c); err == nil && c.Date.After(a.Date) {
			a = c
		}
	}
	return a, nil
}

// SaveAnswers writes the safety-check answers.
func (d Dir) SaveAnswers(a policy.Answers) error { return writeJSON(d.Path(AnswersFile), a) }
