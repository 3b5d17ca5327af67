package tui

import (
	"cmp"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
)

// The history keeps routine and exercise names as the English library wrote them (machine
// output stays English). In another language the coach shows the names of its own library,
// found by id, and the logged name only for what the library does not have; in English it
// shows the name as logged, the name the session had when it was done.

// sessionName is a logged session's name in lib's language: its routine's name, else the name
// as logged.
func sessionName(tr *msg.Tr, lib *content.Library, e journal.Entry) string {
	if !translated(lib) {
		return text.SessionName(e)
	}
	if e.Routine != "" {
		if r, ok := lib.Routine(e.Routine); ok {
			return r.Name
		}
	}
	kind := map[string]string{journal.KindHold: "quick.title", journal.KindMax: "max.title"}[e.Kind]
	if kind == "" || e.Routine != "" {
		return text.SessionName(e)
	}
	for _, s := range e.Steps {
		if s.Exercise != "" {
			return tr.T(kind) + " · " + exerciseName(lib, s.Exercise, s.Name)
		}
	}
	return tr.T(kind)
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

// namer names exercises by id in lib's language (nil, the names as logged, in English).
func namer(lib *content.Library) text.Namer {
	if !translated(lib) {
		return nil
	}
	return func(id, logged string) string { return exerciseName(lib, id, logged) }
}

// translated reports whether lib is in another language than the history's names.
func translated(lib *content.Library) bool { return lib != nil && lib.Lang() != lang.English }
