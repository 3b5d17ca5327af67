package journal

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
)

// TrendTests is how many of the latest max tests a Best's trend keeps.
const TrendTests = 8

// Best is one exercise's personal bests on one side, from the quick timers: max tests
// (limber max) and timed holds (limber hold). Holds inside routines do not count — their
// length is the routine's dose, not an attempt.
type Best struct {
	Exercise string `json:"exercise"`
	// Name is the exercise's name in its most recent entry.
	Name string `json:"name"`
	// Side is "left" or "right" for a side tested or held on its own; omitted otherwise.
	Side string `json:"side,omitempty"`
	// MaxS is the longest max-test result in seconds (0 when there is none) and MaxAt when it
	// was first reached: a later tie does not replace it.
	MaxS  float64   `json:"max_s"`
	MaxAt time.Time `json:"max_at,omitzero"`
	// Tests counts the max-test results that count (see Bests).
	Tests int `json:"tests"`
	// Trend is the latest TrendTests max-test results in seconds, oldest first; [] when none.
	Trend []float64 `json:"trend"`
	// HoldS is the longest hold completed in full in a quick hold (0 when none); HoldAt when
	// it was first reached.
	HoldS  float64   `json:"hold_s"`
	HoldAt time.Time `json:"hold_at,omitzero"`
}

// NewMax reports whether a max-test result of s seconds beats this best: it is the first, or
// longer by at least a tenth of a second (a tie is not a new best).
func (b Best) NewMax(s float64) bool { return tenths(s) > tenths(b.MaxS) }

// FindBest returns the best of exercise on side ("" for none) in bests.
func FindBest(bests []Best, exercise, side string) (Best, bool) {
	for _, b := range bests {
		if b.Exercise == exercise && b.Side == side {
			return b, true
		}
	}
	return Best{}, false
}

// Bests computes the personal bests of entries, given in any order; entries started at or
// after before are left out (the zero time leaves out nothing), so a caller can ask what the
// bests were before a test.
//
// A max-test result counts when its count-up step is done — stopped by the person, or at the
// stopwatch's limit — whatever happened to the session after it; one ended by a pain report,
// quit part-way or skipped never counts, not even in the trend. A hold counts when it is done
// in full. Bare timers (no exercise) have no bests. Bests are sorted by name, then exercise
// id, then side (none, left, right).
func Bests(entries []Entry, before time.Time) []Best {
	t := newBestTally(before)
	for _, e := range entries {
		t.add(e)
	}
	return t.list()
}

// ReadBests computes the personal bests of the log at path (every file of it; see Bests),
// streaming it and decoding the steps of quick timers only. Damaged lines are skipped and
// returned; a missing file has no bests.
func ReadBests(path string, before time.Time) ([]Best, []Damage, error) {
	t := newBestTally(before)
	r, err := forEach(path, timerSteps, func(e Entry) error { t.add(e); return nil })
	damaged := r.damaged
	if err != nil {
		return nil, damaged, err
	}
	return t.list(), damaged, nil
}

// bestKey is one exercise on one side.
type bestKey struct{ exercise, side string }

// result is one max-test result, for the trend.
type result struct {
	at time.Time
	id string
	s  float64
}

// bestAcc accumulates one exercise-side's bests.
type bestAcc struct {
	Best
	named   time.Time // when Name was last set
	results []result
}

// bestTally accumulates personal bests one entry at a time.
type bestTally struct {
	before time.Time
	accs   map[bestKey]*bestAcc
}

func newBestTally(before time.Time) *bestTally {
	return &bestTally{before: before, accs: make(map[bestKey]*bestAcc)}
}

func (t *bestTally) add(e Entry) {
	if !timerKind(e.Kind) || (!t.before.IsZero() && !e.Started.Before(t.before)) {
		return
	}
	countUp := session.KindCountUp.String()
	for _, s := range e.Steps {
		if s.Exercise == "" || s.Outcome != session.OutcomeDone.String() {
			continue
		}
		var isMax bool
		switch {
		case e.Kind == KindMax && s.Kind == countUp && s.AchievedS > 0:
			isMax = true
		case e.Kind == KindHold && s.Kind == session.KindHold.String() && s.PlannedS > 0:
		default:
			continue
		}
		a := t.acc(e, s)
		if isMax {
			a.results = append(a.results, result{at: e.Started, id: e.ID, s: s.AchievedS})
			a.MaxS, a.MaxAt = better(a.MaxS, a.MaxAt, s.AchievedS, e.Started)
		} else {
			a.HoldS, a.HoldAt = better(a.HoldS, a.HoldAt, s.PlannedS, e.Started)
		}
	}
}

// acc returns the accumulator of step s's exercise and side, keeping its latest name.
func (t *bestTally) acc(e Entry, s Step) *bestAcc {
	side := s.Side
	if side != "left" && side != "right" {
		side = ""
	}
	k := bestKey{s.Exercise, side}
	a := t.accs[k]
	if a == nil {
		a = &bestAcc{Best: Best{Exercise: s.Exercise, Side: side}}
		t.accs[k] = a
	}
	if a.Name == "" || !e.Started.Before(a.named) {
		a.Name, a.named = cmp.Or(s.Name, a.Name), e.Started
	}
	return a
}

// better returns the longer of the best so far (s at at) and a new value v at vt; of equal
// values, the earlier one.
func better(s float64, at time.Time, v float64, vt time.Time) (float64, time.Time) {
	switch {
	case at.IsZero() || tenths(v) > tenths(s):
		return v, vt
	case tenths(v) == tenths(s) && vt.Before(at):
		return s, vt
	}
	return s, at
}

func (t *bestTally) list() []Best {
	out := make([]Best, 0, len(t.accs))
	for _, a := range t.accs {
		b := a.Best
		slices.SortStableFunc(a.results, func(x, y result) int {
			return cmp.Or(x.at.Compare(y.at), cmp.Compare(x.id, y.id))
		})
		b.Tests = len(a.results)
		b.Trend = make([]float64, 0, min(len(a.results), TrendTests))
		for _, r := range a.results[max(len(a.results)-TrendTests, 0):] {
			b.Trend = append(b.Trend, r.s)
		}
		out = append(out, b)
	}
	sideOrder := map[string]int{"": 0, "left": 1, "right": 2}
	slices.SortFunc(out, func(x, y Best) int {
		return cmp.Or(cmp.Compare(x.Name, y.Name), cmp.Compare(x.Exercise, y.Exercise), cmp.Compare(sideOrder[x.Side], sideOrder[y.Side]))
	})
	return out
}

// tenths is s in whole tenths of a second, the precision the log keeps.
func tenths(s float64) int64 { return int64(math.Round(s * 10)) }

// MaxResult is one count-up of a max test, compared with the best from before the test.
type MaxResult struct {
	Exercise, Name string
	// Side is "left", "right" or "".
	Side string
	// Seconds is the time counted, to a tenth of a second, as the log keeps it.
	Seconds float64
	Outcome session.Outcome
	// Counts is set when the result counts toward the bests (it is done, see Bests); NewBest
	// when it also beats Prev.
	Counts, NewBest bool
	// Prev is the best before the test; its MaxS is 0 when there was none.
	Prev Best
}

// MaxResults compares each count-up of rec with before, the bests from before the test (see
// ReadBests), in the record's order.
func MaxResults(rec session.Record, before []Best) []MaxResult {
	var out []MaxResult
	for _, s := range rec.Steps {
		if s.Kind != session.KindCountUp {
			continue
		}
		side := s.Side.String()
		if side != "left" && side != "right" {
			side = ""
		}
		r := MaxResult{Exercise: s.Exercise, Name: s.Name, Side: side, Seconds: seconds(s.AchievedTime), Outcome: s.Outcome}
		r.Prev, _ = FindBest(before, s.Exercise, side)
		r.Counts = s.Outcome == session.OutcomeDone && r.Seconds > 0 && s.Exercise != ""
		r.NewBest = r.Counts && r.Prev.NewMax(r.Seconds)
		out = append(out, r)
	}
	return out
}

// Verdict says in a few words what the result means, in English: "new personal best (was
// 0:55)", "first test: the time to beat", "ties your best", "best 1:05", "stopped for pain:
// not a best", "quit before the end: not counted" or "not tested". VerdictIn says it in a
// language.
func (r MaxResult) Verdict() string { return r.VerdictIn(msg.New(lang.English)) }

// VerdictIn is Verdict in tr's language (the words are the catalogue's maxresult.*).
func (r MaxResult) VerdictIn(tr *msg.Tr) string {
	switch {
	case r.NewBest && r.Prev.MaxS == 0:
		return tr.T("maxresult.first")
	case r.NewBest:
		return tr.T("maxresult.new_best", "Was", ClockTenths(r.Prev.MaxS))
	case r.Counts && tenths(r.Seconds) == tenths(r.Prev.MaxS):
		return tr.T("maxresult.ties")
	case r.Counts:
		return tr.T("maxresult.best", "Time", ClockTenths(r.Prev.MaxS))
	case r.Outcome == session.OutcomePain:
		return tr.T("maxresult.pain")
	case r.Outcome == session.OutcomePartial:
		return tr.T("maxresult.partial")
	}
	return tr.T("maxresult.not_tested")
}
