package journal

import (
	"errors"
	"fmt"
	"time"

	gojson "github.com/goccy/go-json"
)

// Lines are decoded with github.com/goccy/go-json, a drop-in for encoding/json that reads the
// same struct tags, decodes values and reports errors as encoding/json does, and checks the
// syntax of every byte of a line, fields it skips included. encoding/json itself decodes a log
// line at about 55 MB/s (105 MB/s skipping the steps), too slow for a 1.4 GB history in under
// two seconds; go-json does 330 MB/s (850 MB/s skipping the steps). docs/performance.md has the
// figures; a fuzz test checks that every line go-json accepts, encoding/json decodes to the
// same Entry.

// maxLine is the longest line a reader accepts, newline excluded. A session with hundreds of
// steps is well under 100 KiB; a longer line is damaged, so that one bad line cannot make a
// reader hold an unbounded amount of memory.
const maxLine = 1 << 20

// fields is how much of each line a reader needs.
type fields int

const (
	// allFields decodes everything.
	allFields fields = iota
	// timerSteps decodes everything but the steps of guided routines: what stats and personal
	// bests need (a quick timer's steps are its results). The steps are still checked for
	// valid JSON, but not for the types of their values.
	timerSteps
	// noSteps decodes everything but the steps (checked as for timerSteps).
	noSteps
	// events decodes the entries that are not sessions (events.go), as noSteps does.
	events
	// everything decodes everything, as allFields does, and keeps every kind this version
	// knows, sessions and the rest: for a reader that needs both in one pass (a report).
	everything
	// anyKind decodes as noSteps does and keeps every entry, of a kind this version knows or
	// not: for moving lines between logs as they are (Export, Import). Every other set of
	// fields keeps only sessions (see keeps).
	anyKind
)

// entryHead is an Entry without its steps: the decoder skips the array, checking its syntax.
type entryHead struct {
	V           int       `json:"v"`
	ID          string    `json:"id"`
	Device      string    `json:"device"`
	Routine     string    `json:"routine"`
	RoutineName string    `json:"routine_name"`
	Kind        string    `json:"kind"`
	Status      string    `json:"status"`
	Started     time.Time `json:"started"`
	Ended       time.Time `json:"ended"`
	Seconds     int       `json:"seconds"`
	Pain        []Pain    `json:"pain"`
	// The other kinds' payloads (events.go).
	Checkin  *Checkin        `json:"checkin,omitempty"`
	Function []FunctionScore `json:"function,omitempty"`
	Flare    *FlareEvent     `json:"flare,omitempty"`
}

// decodeLine parses one line (without its newline); a non-empty reason means the line is
// damaged and says why. A panic inside the decoder on a hostile line makes that line damaged
// instead of ending the program.
func decodeLine(line []byte, f fields) (e Entry, reason string) {
	defer func() {
		if r := recover(); r != nil {
			e, reason = Entry{}, fmt.Sprintf("unreadable (the decoder failed: %v)", r)
		}
	}()
	if len(line) > maxLine {
		return Entry{}, fmt.Sprintf("longer than %d KiB", maxLine>>10)
	}
	if f != allFields && f != everything {
		var h entryHead
		if err := gojson.UnmarshalOf(line, &h); err != nil {
			return Entry{}, why(err)
		}
		if f == noSteps || f == events || f == anyKind || !timerKind(h.Kind) {
			e = Entry{V: h.V, ID: h.ID, Device: h.Device, Routine: h.Routine, RoutineName: h.RoutineName, Kind: h.Kind,
				Status: h.Status, Started: h.Started, Ended: h.Ended, Seconds: h.Seconds, Pain: h.Pain,
				Checkin: h.Checkin, Function: h.Function, Flare: h.Flare}
			return e, check(e)
		}
		// A quick timer: its steps are needed after all (its line is short).
	}
	if err := gojson.UnmarshalOf(line, &e); err != nil {
		return Entry{}, why(err)
	}
	return e, check(e)
}

// why turns a decoding error into a damage reason.
func why(err error) string {
	if te, ok := errors.AsType[*gojson.UnmarshalTypeError](err); ok {
		if te.Field == "" {
			return "not a JSON object (" + te.Value + ")"
		}
		return fmt.Sprintf("field %q has the wrong type", te.Field)
	}
	return "invalid JSON: " + err.Error()
}

// check returns why a decoded entry is unusable, or "".
func check(e Entry) string {
	switch {
	case e.ID == "":
		return "no id"
	case e.Started.IsZero():
		return "no started time"
	}
	return ""
}

// timerKind reports whether an entry of this kind is a quick timer (a hold or a max test).
func timerKind(kind string) bool { return kind == KindHold || kind == KindMax }
