package content

import (
	"sort"

	"github.com/limber-coach/limber/content/lang"
)

// Library is the merged set of exercises and routines, looked up by id. It is read-only once
// built and safe to share.
type Library struct {
	exercises map[string]*Exercise
	routines  map[string]*Routine
	exOrder   []string
	rtOrder   []string
	safety    Safety

	// lang is the language of the text; english is the library in English this one was made
	// from by Localize (nil for the English library itself).
	lang    lang.Tag
	english *Library
	// translations are every translation file loaded, in load order (built-ins first);
	// builtinFiles names the built-in content files, whose items built-in translations apply to.
	translations []*translation
	builtinFiles map[string]bool
	// terms are the words for equipment and targets in this library's language (nil in English).
	terms map[string]string
}

// NewLibrary builds a library from already-validated values, in the order given; a later value
// with the same id replaces an earlier one. It is meant for tests and for the loader.
func NewLibrary(exercises []*Exercise, routines []*Routine, safety Safety) *Library {
	l := &Library{
		exercises: make(map[string]*Exercise, len(exercises)),
		routines:  make(map[string]*Routine, len(routines)),
		safety:    safety,
	}
	for _, e := range exercises {
		l.putExercise(e)
	}
	for _, r := range routines {
		l.putRoutine(r)
	}
	return l
}

func (l *Library) putExercise(e *Exercise) {
	if _, ok := l.exercises[e.ID]; !ok {
		l.exOrder = append(l.exOrder, e.ID)
	}
	l.exercises[e.ID] = e
}

func (l *Library) putRoutine(r *Routine) {
	if _, ok := l.routines[r.ID]; !ok {
		l.rtOrder = append(l.rtOrder, r.ID)
	}
	l.routines[r.ID] = r
}

// removeRoutines removes the routines whose ids are set in drop, in one pass over the order
// (one removal at a time would cost the square of the number of routines).
func (l *Library) removeRoutines(drop map[string]bool) {
	if len(drop) == 0 {
		return
	}
	kept := l.rtOrder[:0:0]
	for _, id := range l.rtOrder {
		if drop[id] {
			delete(l.routines, id)
			continue
		}
		kept = append(kept, id)
	}
	l.rtOrder = kept
}

// Exercise returns the exercise with the given id.
func (l *Library) Exercise(id string) (*Exercise, bool) {
	e, ok := l.exercises[id]
	return e, ok
}

// Routine returns the routine with the given id.
func (l *Library) Routine(id string) (*Routine, bool) {
	r, ok := l.routines[id]
	return r, ok
}

// Exercises returns every exercise in load order (built-ins first, by file, then the user's).
func (l *Library) Exercises() []*Exercise {
	out := make([]*Exercise, 0, len(l.exOrder))
	for _, id := range l.exOrder {
		out = append(out, l.exercises[id])
	}
	return out
}

// Routines returns every routine in load order, with the desk break first when present: it is
// the default quick routine.
func (l *Library) Routines() []*Routine {
	out := make([]*Routine, 0, len(l.rtOrder))
	for _, id := range l.rtOrder {
		out = append(out, l.routines[id])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID == DefaultRoutine && out[j].ID != DefaultRoutine })
	return out
}

// Safety returns the safety text.
func (l *Library) Safety() Safety { return l.safety }

// IDs returns every exercise and routine id, for "did you mean" suggestions.
func (l *Library) IDs() []string {
	out := make([]string, 0, len(l.exOrder)+len(l.rtOrder))
	out = append(out, l.rtOrder...)
	return append(out, l.exOrder...)
}

// DefaultRoutine is the id of the quick desk break, listed first and used when none is named.
const DefaultRoutine = "desk-break"
