package trend

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
)

// now is a Wednesday; the week of 30 Nov 2026 is the last of the trends.
var now = time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC)

func checkin(day time.Time, pain, stiff int) journal.Entry {
	e := journal.Entry{Kind: journal.KindCheckin, Started: day, Checkin: &journal.Checkin{Pain: &pain}}
	if stiff >= 0 {
		e.Checkin.Stiffness = &stiff
	}
	return e
}

func sessionAt(day time.Time, status string, pains int) journal.Entry {
	e := journal.Entry{Kind: journal.KindRoutine, Status: status, Started: day}
	for range pains {
		e.Pain = append(e.Pain, journal.Pain{At: day})
	}
	return e
}

// weekAgo is a day of the week w weeks before now's (Monday + d days).
func weekAgo(w, d int) time.Time {
	monday := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	return monday.AddDate(0, 0, -7*w+d)
}

func TestComputeWeeks(t *testing.T) {
	var es []journal.Entry
	// Six weeks ago (week of 19 Oct): pain 6 and 5, two sessions, one with a pain stop.
	es = append(es, checkin(weekAgo(6, 0), 6, 7), checkin(weekAgo(6, 2), 5, -1),
		sessionAt(weekAgo(6, 0), "completed", 0), sessionAt(weekAgo(6, 2), "pain", 1))
	// Last week: four sessions on three days, pain 3 and 2.
	es = append(es, checkin(weekAgo(1, 1), 3, 4), checkin(weekAgo(1, 3), 2, 2),
		sessionAt(weekAgo(1, 0), "completed", 0), sessionAt(weekAgo(1, 0).Add(time.Hour), "completed", 0),
		sessionAt(weekAgo(1, 1), "completed", 0), sessionAt(weekAgo(1, 4), "completed", 0), sessionAt(weekAgo(1, 5), "stopped", 0))
	// Function scores, and an entry too old to count.
	fn := func(at time.Time, score int) journal.Entry {
		return journal.Entry{Kind: journal.KindFunction, Started: at, Function: []journal.FunctionScore{{Goal: "1", Activity: "Sit through a meeting", Score: score}}}
	}
	es = append(es, fn(weekAgo(1, 2), 7), fn(weekAgo(6, 1), 3), checkin(weekAgo(20, 0), 9, 9))
	tr := Compute(es, now, time.UTC, 12)
	if len(tr.Weeks) != 12 || tr.Weeks[11].Start != "2026-11-30" || tr.Weeks[0].Start != "2026-09-14" {
		t.Fatalf("weeks %s … %s", tr.Weeks[0].Start, tr.Weeks[len(tr.Weeks)-1].Start)
	}
	w6, w1 := tr.Weeks[5], tr.Weeks[10]
	if w6.Pain != (Range{N: 2, Mean: 5.5, Min: 5, Max: 6}) || w6.Stiffness != (Range{N: 1, Mean: 7, Min: 7, Max: 7}) || w6.Sessions != 1 || w6.PainStops != 1 || w6.Days != 1 {
		t.Errorf("six weeks ago: %+v", w6)
	}
	if w1.Pain != (Range{N: 2, Mean: 2.5, Min: 2, Max: 3}) || w1.Sessions != 4 || w1.Days != 3 || w1.PainStops != 0 {
		t.Errorf("last week: %+v", w1)
	}
	// Breaks: every session on a working day, whatever its end (Saturday's is no working day's).
	if w1.Breaks != 4 || w1.Workdays != 5 || w1.BreaksPerWorkday() != 0.8 || w6.Breaks != 2 || w6.BreaksPerWorkday() != 0.4 {
		t.Errorf("breaks: last week %d in %d days, six weeks ago %d", w1.Breaks, w1.Workdays, w6.Breaks)
	}
	if this := tr.Weeks[11]; this.Workdays != 3 || this.BreaksPerWorkday() != 0 { // now is a Wednesday
		t.Errorf("this week: %d working days so far, %v breaks a day", this.Workdays, this.BreaksPerWorkday())
	}
	if len(tr.Goals) != 1 || len(tr.Goals[0].Scores) != 2 || tr.Goals[0].Scores[0].Score != 3 {
		t.Errorf("goals %+v", tr.Goals)
	}
	says := strings.Join(tr.Says, "\n")
	for _, want := range []string{
		"Pain 5.5 → 2.5 over 6 weeks (weekly means, 4 ratings).",
		"Stiffness 7 → 3 over 6 weeks (weekly means, 3 ratings).",
		"Pain averaged 2.5 in weeks with 4+ sessions (1 week) and 5.5 in the others (1 week).",
		"Sit through a meeting: 3 → 7 (20 Oct to 25 Nov).",
	} {
		if !strings.Contains(says, want) {
			t.Errorf("says:\n%s\nwant %q", says, want)
		}
	}
	if tr.Caveat == "" || !strings.Contains(tr.Caveat, "not what caused what") {
		t.Errorf("caveat %q", tr.Caveat)
	}
	if got := AdherenceIn(tr, msg.New(lang.English)); got != "5 sessions completed in 12 weeks (0.4 a week on average, sessions in 2 of them), 1 sharp-pain stop." {
		t.Errorf("Adherence = %q", got)
	}
}

func TestComputeFewOrNone(t *testing.T) {
	tr := Compute(nil, now, time.UTC, 0)
	if len(tr.Weeks) != Weeks || len(tr.Says) != 0 || tr.Rated() {
		t.Errorf("no entries: %+v", tr)
	}
	tr = Compute([]journal.Entry{checkin(weekAgo(0, 1), 4, -1)}, now, time.UTC, 4)
	if len(tr.Says) != 1 || !strings.Contains(tr.Says[0], "one week is too few for a trend") || !tr.Rated() {
		t.Errorf("one week: %v", tr.Says)
	}
}

// A check-in at 00:30 on a Monday in Auckland belongs to that Monday's week there, whatever
// the zone it was written in.
func TestComputeZone(t *testing.T) {
	nz, err := time.LoadLocation("Pacific/Auckland")
	if err != nil {
		t.Skip(err)
	}
	at := time.Date(2026, 11, 30, 0, 30, 0, 0, nz).UTC()
	tr := Compute([]journal.Entry{checkin(at, 5, -1)}, now, nz, 2)
	if tr.Weeks[1].Pain.N != 1 {
		t.Errorf("weeks %+v", tr.Weeks)
	}
}
