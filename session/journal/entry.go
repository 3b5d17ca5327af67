// Package journal is limber's history log: one JSON object per line in a file (JSON Lines),
// appended under an exclusive lock with a single write and an fsync, read back line by line with
// damaged lines skipped and reported, and summarised into streaks, totals and a heatmap.
//
// # Format (version 2)
//
// Each line is one entry: a session, or (since version 2) an entry of another kind — a
// check-in, function scores, a flare-up starting or ending — described in events.go. Readers
// of sessions skip the other kinds, and every reader skips kinds it does not know. A session
// is, for example (wrapped here; one line in the file):
//
//	{"v":1,"id":"01JV6W3R8K2J9X4T5Q7M0N1B2C","routine":"desk-break","routine_name":"Desk break",
//	 "kind":"routine","status":"pain","started":"2026-05-12T08:30:00+02:00",
//	 "ended":"2026-05-12T08:36:10+02:00","seconds":350,
//	 "steps":[{"exercise":"seated-twist","name":"Seated twist","kind":"hold","side":"left",
//	           "set":1,"sets":2,"outcome":"done","planned_s":15,"achieved_s":15},
//	          {"exercise":"chin-tuck","name":"Chin tuck","kind":"reps","set":1,"sets":1,
//	           "outcome":"partial","planned_reps":10,"achieved_reps":6}],
//	 "pain":[{"exercise":"chin-tuck","name":"Chin tuck","at":"2026-05-12T08:35:58+02:00"}]}
//
// Fields:
//   - v: format version, 2 (1 before other kinds existed). A reader keeps what it knows of a
//     line with a higher version.
//   - id: unique, sortable id (26 characters, Crockford base32: 48-bit millisecond time then 80
//     random bits), so two logs can be merged without duplicates.
//   - device: the device that wrote the entry (see "Several devices"); omitted on entries from
//     before devices. Older readers ignore it, so it needs no new version.
//   - routine, routine_name: the routine's id and its name at the time. Quick timers have no
//     routine id; their name says what they timed ("Quick hold · Plank", "Max test · Plank").
//   - kind: "routine" (a guided routine), "hold" (an ad-hoc timed hold, limber hold) or "max"
//     (a max-hold test, limber max).
//   - status: "completed", "stopped" or "pain".
//   - started, ended: RFC 3339 with the offset of the zone the session ran in, to the second.
//   - seconds: the session's active time in whole seconds, pauses and the pain prompt
//     excluded.
//   - steps: one object per work step, in order, always present ([] when none):
//     exercise (id; empty for a bare timer), name, kind ("hold", "reps", "breath", or
//     "count-up" for a max test's stopwatch), side ("left", "right", "alternating"; omitted when
//     none), set and sets (1-based), outcome ("done", "partial", "skipped", "pain", "pending"),
//     planned_s and achieved_s (seconds, to 0.1 s; omitted when zero — a count-up has only
//     achieved_s, the time its stopwatch counted, and is "done" when the person stopped it),
//     planned_reps and achieved_reps (omitted when zero), gentler (true when the gentler variant
//     ran after a pain stop; omitted when false).
//   - pain: one object per sharp-pain report, always present ([] when none): exercise, name,
//     side (omitted when none) and at (RFC 3339).
//
// A line that is not valid JSON, has a value of the wrong type, has no id or no started time,
// or is longer than 1 MiB, is damaged: readers skip it and report its line number, and every
// other line still counts. (Stats and personal bests do not decode the steps of guided
// routines, so a wrong type inside those — which only a hand edit could make — is noticed by
// the readers that do, such as history, and not by stats.) A last line without a newline, torn
// by a crash mid-write, is one more damaged line.
//
// # Reading
//
// Lines are decoded with github.com/goccy/go-json (see decode.go for why). Forward readers
// (Read, ReadWhere, ReadStats, ReadBests) stream each file start to end; Newest and ReadNewest
// read from the end, newest first, as far back as needed; LastEnded reads only the tails. Every
// reader opens the log with content/safefile: a named pipe or a device in its place is refused
// at once instead of blocking. Damage names its file as well as its line. Entries of any kind
// pass through every reader as they are; readers that count sessions skip kinds they do not know
// only where they say so.
//
// # Several devices
//
// A person may run limber on several machines that share the data folder through a folder-sync
// tool (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud, a git repository). Two machines
// appending to one file is what makes those tools see a conflict, so a log is several files
// (log.go): the main file (history.jsonl), and one file per device in the folder beside it
// (history.d/DEVICE.jsonl). A device appends only to its own file (Append writes the file it is
// given, nothing else), and every reader is given the path of any file of the log and reads them
// all: the main file, every device's file, and the copies sync tools leave (Syncthing's
// *.sync-conflict-*, Dropbox's and Nextcloud's "(conflicted copy …)", OneDrive's -COMPUTER,
// iCloud's " 2"); their temporary files (.syncthing.*.tmp, ~syncthing~*, ~$*, *.tmp, hidden
// files) are not read. Each entry counts once: the forward readers skip ids already seen in a
// possible copy (forEach says which entries need remembering — only copies, so a million
// sessions in the devices' own files cost no memory), and Newest merges the files newest first,
// where copies of one entry come out together. Which device is which, and where its name is kept
// (never in the shared folder), is package store's business.
//
// Upgrading keeps the main file as it is: it is read as one more file of the log, and never
// written again once the program writes devices' files, so the first session after the upgrade
// goes to the device's new file and nothing is rewritten or lost. Two machines upgrading at once
// on a shared folder are safe for the same reason: neither rewrites history.jsonl, each appends
// to its own new file, and a sync tool sees only new files. Import adds another log's entries in
// a file of its own; Export writes the whole log as one file, oldest first.
package journal

import (
	"math"
	"time"

	"github.com/limber-coach/limber/session"
)

// Version is the format version this package writes. Version 2 added entries of other kinds
// than sessions (check-ins, function scores, flare-ups: see events.go); a version 1 reader
// would take them for sessions, so the number went up. Version 1 lines read as before.
const Version = 2

// The entry kinds.
const (
	// KindRoutine is a guided routine session.
	KindRoutine = "routine"
	// KindHold is an ad-hoc timed hold (limber hold).
	KindHold = "hold"
	// KindMax is a max-hold test (limber max).
	KindMax = "max"
)

// Entry is one line of the history log: a session as it is stored.
type Entry struct {
	V           int       `json:"v"`
	ID          string    `json:"id"`
	Device      string    `json:"device,omitempty"`
	Routine     string    `json:"routine"`
	RoutineName string    `json:"routine_name"`
	Kind        string    `json:"kind"`
	Status      string    `json:"status"`
	Started     time.Time `json:"started"`
	Ended       time.Time `json:"ended"`
	Seconds     int       `json:"seconds"`
	Steps       []Step    `json:"steps"`
	Pain        []Pain    `json:"pain"`
	// The payloads of the other kinds (events.go); nil in a session.
	Checkin  *Checkin        `json:"checkin,omitempty"`
	Function []FunctionScore `json:"function,omitempty"`
	Flare    *FlareEvent     `json:"flare,omitempty"`
}

// Step is the planned and achieved dose of one work step, as stored.
type Step struct {
	Exercise     string  `json:"exercise"`
	Name         string  `json:"name"`
	Kind         string  `json:"kind"`
	Side         string  `json:"side,omitempty"`
	Set          int     `json:"set"`
	Sets         int     `json:"sets"`
	Outcome      string  `json:"outcome"`
	PlannedS     float64 `json:"planned_s,omitempty"`
	AchievedS    float64 `json:"achieved_s,omitempty"`
	PlannedReps  int     `json:"planned_reps,omitempty"`
	AchievedReps int     `json:"achieved_reps,omitempty"`
	Gentler      bool    `json:"gentler,omitempty"`
}

// Pain is one sharp-pain report, as stored.
type Pain struct {
	Exercise string    `json:"exercise"`
	Name     string    `json:"name"`
	Side     string    `json:"side,omitempty"`
	At       time.Time `json:"at"`
}

// Completed reports whether the session ran to its end.
func (e Entry) Completed() bool { return e.Status == session.StatusCompleted.String() }

// FromRecord converts an engine record into an entry with the given id (see NewID). Times keep
// their zone and are truncated to the second; the monotonic clock reading is dropped.
func FromRecord(r session.Record, id string) Entry {
	e := Entry{
		V:           Version,
		ID:          id,
		Routine:     r.RoutineID,
		RoutineName: r.RoutineName,
		Kind:        r.Kind.String(),
		Status:      r.Status.String(),
		Started:     stamp(r.Started),
		Ended:       stamp(r.Ended),
		Steps:       make([]Step, 0, len(r.Steps)),
		Pain:        make([]Pain, 0, len(r.Pain)),
	}
	d := r.Active
	if d == 0 { // a record from before the engine reported active time
		d = r.Ended.Sub(r.Started)
	}
	if d > 0 {
		e.Seconds = int(d.Round(time.Second) / time.Second)
	}
	for _, s := range r.Steps {
		e.Steps = append(e.Steps, Step{
			Exercise:     s.Exercise,
			Name:         s.Name,
			Kind:         s.Kind.String(),
			Side:         s.Side.String(),
			Set:          s.Set,
			Sets:         s.Sets,
			Outcome:      s.Outcome.String(),
			PlannedS:     seconds(s.PlannedTime),
			AchievedS:    secondsDown(s.AchievedTime),
			PlannedReps:  s.PlannedReps,
			AchievedReps: s.AchievedReps,
			Gentler:      s.Gentler,
		})
	}
	for _, p := range r.Pain {
		e.Pain = append(e.Pain, Pain{Exercise: p.Exercise, Name: p.Name, Side: p.Side.String(), At: stamp(p.At)})
	}
	return e
}

// Record converts the entry back into an engine record. Names this version does not know (a
// status, kind, side or outcome from a newer writer) become the zero value of their type.
func (e Entry) Record() session.Record {
	status, _ := session.ParseStatus(e.Status)
	kind, _ := session.ParsePlanKind(e.Kind)
	r := session.Record{
		Kind:        kind,
		RoutineID:   e.Routine,
		RoutineName: e.RoutineName,
		Status:      status,
		Started:     e.Started,
		Ended:       e.Ended,
		Active:      time.Duration(e.Seconds) * time.Second,
	}
	if len(e.Steps) > 0 {
		r.Steps = make([]session.StepRecord, 0, len(e.Steps))
	}
	for _, s := range e.Steps {
		kind, _ := session.ParseStepKind(s.Kind)
		side, _ := session.ParseSide(s.Side)
		outcome, _ := session.ParseOutcome(s.Outcome)
		r.Steps = append(r.Steps, session.StepRecord{
			Exercise:     s.Exercise,
			Name:         s.Name,
			Kind:         kind,
			Side:         side,
			Set:          s.Set,
			Sets:         s.Sets,
			Outcome:      outcome,
			PlannedTime:  duration(s.PlannedS),
			AchievedTime: duration(s.AchievedS),
			PlannedReps:  s.PlannedReps,
			AchievedReps: s.AchievedReps,
			Gentler:      s.Gentler,
		})
	}
	if len(e.Pain) > 0 {
		r.Pain = make([]session.PainRecord, 0, len(e.Pain))
	}
	for _, p := range e.Pain {
		side, _ := session.ParseSide(p.Side)
		r.Pain = append(r.Pain, session.PainRecord{Exercise: p.Exercise, Name: p.Name, Side: side, At: p.At})
	}
	return r
}

// stamp drops the monotonic reading and sub-second part, keeping the zone.
func stamp(t time.Time) time.Time { return t.Round(0).Truncate(time.Second) }

// seconds is d in seconds rounded to a tenth.
func seconds(d time.Duration) float64 { return math.Round(d.Seconds()*10) / 10 }

// secondsDown is d in seconds cut down to a tenth, for what was achieved: 1.96 s of a 2 s hold
// left early is 1.9, never a "partial" 2.0 that looks like the whole hold.
func secondsDown(d time.Duration) float64 { return float64(d/(time.Second/10)) / 10 }

// duration is the inverse of seconds.
func duration(s float64) time.Duration { return time.Duration(math.Round(s*10)) * (time.Second / 10) }
