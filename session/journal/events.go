package journal

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// Entries of other kinds than sessions (format version 2) share the log and its guarantees —
// the lock, the single append, the fsync, a unique id, torn lines skipped — and carry only what
// they need: v, id, kind, started (the moment they were made) and one payload. For example:
//
//	{"v":2,"id":"01JV6W…","kind":"checkin","started":"2026-05-12T08:36:40+02:00",
//	 "checkin":{"pain":3,"stiffness":4,"note":"stiff after the train","session":"01JV6W3R…","when":"end"}}
//	{"v":2,"id":"01JV6X…","kind":"function","started":"2026-05-12T08:37:00+02:00",
//	 "function":[{"goal":"1","activity":"Sit through a 1-hour meeting","score":4}]}
//	{"v":2,"id":"01JV6Y…","kind":"flare","started":"2026-05-13T07:10:00+02:00",
//	 "flare":{"event":"start","until":"2026-05-20T07:10:00+02:00","reason":"pain rated 8"}}
//
// Readers of sessions (stats, history, bests, today's adjustments, the last session's end)
// skip them; ReadEvents reads them and skips the sessions. A kind neither knows — from a newer
// writer — is skipped by both.

// The kinds of entry that are not sessions.
const (
	// KindCheckin is a check-in: 0–10 ratings of back pain and stiffness, and a note.
	KindCheckin = "checkin"
	// KindFunction is one rating of each function goal (limber goals), 0–10.
	KindFunction = "function"
	// KindFlare is a flare-up starting or ending (limber flare).
	KindFlare = "flare"
)

// Checkin is a check-in's payload. Either rating may be missing (nil): a person may rate only
// one, or only leave a note.
type Checkin struct {
	// Pain and Stiffness are 0 (none) to 10 (the worst imaginable).
	Pain      *int   `json:"pain,omitempty"`
	Stiffness *int   `json:"stiffness,omitempty"`
	Note      string `json:"note,omitempty"`
	// Session is the id of the session the check-in follows ("" when none); When is "start"
	// or "end" for one asked with a session, "" for one given at any time.
	Session string `json:"session,omitempty"`
	When    string `json:"when,omitempty"`
}

// FunctionScore is one function goal's rating: how well the person can do the activity, 0
// (cannot) to 10 (as before the problem).
type FunctionScore struct {
	// Goal is the goal's id; Activity its words when rated.
	Goal     string `json:"goal"`
	Activity string `json:"activity"`
	Score    int    `json:"score"`
}

// FlareEvent is a flare-up starting ("start", until when, and why) or ending ("end").
type FlareEvent struct {
	Event  string    `json:"event"`
	Until  time.Time `json:"until,omitzero"`
	Reason string    `json:"reason,omitempty"`
}

// The flare events.
const (
	FlareStart = "start"
	FlareEnd   = "end"
)

// MaxRating is the top of the 0–10 scales.
const MaxRating = 10

// MaxNote bounds a check-in's note, in bytes.
const MaxNote = 500

// SessionKind reports whether entries of kind are sessions: a routine, a quick hold, a max
// test, or no kind at all (the oldest lines).
func SessionKind(kind string) bool {
	return kind == "" || kind == KindRoutine || kind == KindHold || kind == KindMax
}

// EventKind reports whether kind is one of the other kinds this version knows.
func EventKind(kind string) bool {
	return kind == KindCheckin || kind == KindFunction || kind == KindFlare
}

// keeps reports whether a reader decoding the fields f hands out entries of kind.
func (f fields) keeps(kind string) bool {
	switch f {
	case events:
		return EventKind(kind)
	case everything:
		return EventKind(kind) || SessionKind(kind)
	case anyKind:
		return true
	}
	return SessionKind(kind)
}

// keepKinds wraps fn so that it sees only the kinds a reader of the fields f hands out.
func keepKinds(f fields, fn func(Entry) error) func(Entry) error {
	return func(e Entry) error {
		if !f.keeps(e.Kind) {
			return nil
		}
		return fn(e)
	}
}

// eventLine is how an entry of another kind is written: no session fields.
type eventLine struct {
	V        int             `json:"v"`
	ID       string          `json:"id"`
	Device   string          `json:"device,omitempty"`
	Kind     string          `json:"kind"`
	Started  time.Time       `json:"started"`
	Checkin  *Checkin        `json:"checkin,omitempty"`
	Function []FunctionScore `json:"function,omitempty"`
	Flare    *FlareEvent     `json:"flare,omitempty"`
}

// NewEvent returns an entry of kind made at t, with a new id; set its payload.
func NewEvent(kind string, t time.Time) Entry {
	return Entry{V: Version, ID: NewID(t), Kind: kind, Started: stamp(t)}
}

// Check returns what is wrong with an entry of another kind, or nil: a rating outside 0–10, a
// check-in with nothing in it, a note too long, a function rating with no goal, a payload that
// does not match the kind.
func (e Entry) Check() error {
	switch e.Kind {
	case KindCheckin:
		c := e.Checkin
		if c == nil || c.Pain == nil && c.Stiffness == nil && c.Note == "" {
			return errors.New("a check-in needs a pain or stiffness rating, or a note")
		}
		if err := checkRating("pain", c.Pain); err != nil {
			return err
		}
		if err := checkRating("stiffness", c.Stiffness); err != nil {
			return err
		}
		if len(c.Note) > MaxNote {
			return fmt.Errorf("the note is %d bytes; keep it to %d", len(c.Note), MaxNote)
		}
	case KindFunction:
		if len(e.Function) == 0 {
			return errors.New("function scores need at least one goal rated")
		}
		for _, s := range e.Function {
			if s.Goal == "" || s.Activity == "" {
				return errors.New("each function score needs its goal")
			}
			if err := checkRating(s.Activity, &s.Score); err != nil {
				return err
			}
		}
	case KindFlare:
		if e.Flare == nil || e.Flare.Event != FlareStart && e.Flare.Event != FlareEnd {
			return errors.New(`a flare entry is a "start" or an "end"`)
		}
	default:
		return fmt.Errorf("%q is not a kind of entry this version writes", e.Kind)
	}
	return nil
}

// checkRating says why r is no 0–10 rating of what (nil for none given).
func checkRating(what string, r *int) error {
	if r != nil && (*r < 0 || *r > MaxRating) {
		return fmt.Errorf("%s: %d is not on the scale; rate from 0 (none) to %d (the worst)", what, *r, MaxRating)
	}
	return nil
}

// MarshalEvent returns an entry of another kind as one log line, newline included, after
// checking it (see Check).
func MarshalEvent(e Entry) ([]byte, error) {
	if e.ID == "" || e.Started.IsZero() {
		return nil, errors.New("journal: entry has no id or no time")
	}
	if err := e.Check(); err != nil {
		return nil, err
	}
	line, err := json.Marshal(eventLine{V: e.V, ID: e.ID, Device: e.Device, Kind: e.Kind, Started: e.Started,
		Checkin: e.Checkin, Function: e.Function, Flare: e.Flare})
	if err != nil {
		return nil, fmt.Errorf("journal: encoding entry: %w", err)
	}
	return append(line, '\n'), nil
}

// AppendEvent adds an entry of another kind to the log at path, with Append's guarantees; an
// entry that fails Check is refused and nothing is written.
func AppendEvent(path string, e Entry) error {
	if e.Device == "" {
		e.Device = deviceOf(path)
	}
	line, err := MarshalEvent(e)
	if err != nil {
		return err
	}
	return appendBytes(path, line)
}

// ReadEvents streams the log at path and returns its entries of the other kinds this version
// knows that were made at or after since (the zero time: all), in file order, and the damaged
// lines. Sessions are skipped without decoding their steps. A missing log is empty.
//
// It reads the whole log; ReadRecentEvents reads only its end.
func ReadEvents(path string, since time.Time) ([]Entry, []Damage, error) {
	var out []Entry
	r, err := forEach(path, events, func(e Entry) error {
		if !e.Started.Before(since) {
			out = append(out, e)
		}
		return nil
	})
	return out, r.damaged, err
}

// ReadRecentEvents returns the entries that are not sessions and started at or after since,
// oldest first, reading the log from its end only as far back as since needs (see Newest): the
// last week's check-ins of a long history cost a few reads, not the whole file.
func ReadRecentEvents(path string, since time.Time) ([]Entry, []Damage, error) {
	return readRecent(path, since, events)
}

// ReadRecent returns every entry (sessions and the other kinds) that started at or after
// since, oldest first, reading the log from its end as ReadRecentEvents does.
func ReadRecent(path string, since time.Time) ([]Entry, []Damage, error) {
	return readRecent(path, since, everything)
}

// readRecent reads the entries of fields f since since from the end of the log, oldest first;
// of two that started at the same moment, the one earlier in its file first (and the files in
// the log's order), as a reader from the start would hand them out.
func readRecent(path string, since time.Time, f fields) ([]Entry, []Damage, error) {
	n, err := OpenNewest(path, since)
	if err != nil {
		return nil, nil, err
	}
	defer n.Close()
	n.decode(f)
	var hs []head
	for {
		h, ok := n.next()
		if !ok {
			break
		}
		hs = append(hs, h)
	}
	slices.SortStableFunc(hs, func(a, b head) int {
		return cmp.Or(a.e.Started.Compare(b.e.Started), cmp.Compare(a.file, b.file), cmp.Compare(a.at, b.at))
	})
	out := make([]Entry, len(hs))
	for i, h := range hs {
		out[i] = h.e
	}
	damaged, derr := n.Damaged()
	return out, damaged, cmp.Or(n.Err(), derr)
}
