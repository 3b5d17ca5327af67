package tui

import (
	"cmp"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// The history keeps routine and exercise names as the English library wrote them (machine
// output stays English). In another language the coach shows the names of its own library,
// found by id, and the logged name only for what the library does not have; in English it
// shows the name as logged, the name the session had when it was done.

// sessionName is a logged session's name in lib's language: its routine's name, else the name
// as logged.
func sessionName(lib *content.Library, e journal.Entry) string {
	if translated(lib) && e.Routine != "" {
		if r, ok := lib.Routine(e.Routine); ok {
			return r.Name
		}
	}
	return text.SessionName(e)
}

// exerciseName is exercise id's name in lib's language, else logged (or the id).
func exerciseName(lib *content.Library, id, logged string) string {
	if translated(lib) && id != "" {
		if x, ok := lib.Exercise(id); ok {
			return x.Name
		}
	}
	return content.Sanitize(cmp.Or(logged, id))
}

// translated reports whether lib is in another language than the history's names.
func translated(lib *content.Library) bool { return lib != nil && lib.Lang() != lang.English }
