package tui

import (
	"cmp"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// The history keeps routine and exercise names as the English library writes them (machine
// output stays English); the coach shows the names of its own library, found by id, and the
// logged name only for what the library no longer has.

// sessionName is a logged session's name in lib's language: its routine's name, else the name
// as logged.
func sessionName(lib *content.Library, e journal.Entry) string {
	if lib != nil && e.Routine != "" {
		if r, ok := lib.Routine(e.Routine); ok {
			return r.Name
		}
	}
	return text.SessionName(e)
}

// exerciseName is exercise id's name in lib's language, else logged (or the id).
func exerciseName(lib *content.Library, id, logged string) string {
	if lib != nil && id != "" {
		if x, ok := lib.Exercise(id); ok {
			return x.Name
		}
	}
	return content.Sanitize(cmp.Or(logged, id))
}
