package checkin

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

var now = time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC)

func TestGoals(t *testing.T) {
	var g Goals
	var err error
	for _, a := range []string{"Sit through a 1-hour meeting", "  lift my   daughter ", "Walk to the station"} {
		if g, err = g.Add(a, now); err != nil {
			t.Fatal(err)
		}
	}
	if g.List[1].Activity != "lift my daughter" || g.List[2].ID != "3" {
		t.Errorf("goals %+v", g.List)
	}
	for name, a := range map[string]string{"empty": "  ", "a fourth": "Garden", "too long": strings.Repeat("x", MaxActivity+1)} {
		before := len(g.List)
		if name == "too long" || name == "empty" {
			g2, _ := g.Remove("3")
			if _, err := g2.Add(a, now); err == nil {
				t.Errorf("%s: added", name)
			}
			continue
		}
		if g2, err := g.Add(a, now); err == nil || len(g2.List) != before || !strings.Contains(err.Error(), "3 goals already") {
			t.Errorf("%s: %v", name, err)
		}
	}
	g2, _ := g.Remove("2")
	if _, err := g2.Add("SIT THROUGH A 1-HOUR MEETING", now); err == nil {
		t.Error("a duplicate was added")
	}
	g3, _ := g2.Add("Garden", now)
	if g3.List[2].ID != "2" {
		t.Errorf("a freed id is reused: %+v", g3.List)
	}
	if _, err := g.Remove("9"); err == nil {
		t.Error("removed a goal that is not there")
	}
	if _, err := g.Rate([]int{1, 2}, now); err == nil {
		t.Error("two scores for three goals")
	}
	if _, err := g.Rate([]int{1, 2, 11}, now); err == nil {
		t.Error("a score of 11")
	}
	e, err := g.Rate([]int{3, 0, 10}, now)
	if err != nil || e.Kind != journal.KindFunction || len(e.Function) != 3 || e.Function[2].Score != 10 || e.Function[0].Activity != "Sit through a 1-hour meeting" {
		t.Errorf("Rate = %+v %v", e, err)
	}
}

func TestDue(t *testing.T) {
	var none Goals
	g, _ := none.Add("Walk", now)
	week := 7 * 24 * time.Hour
	for _, c := range []struct {
		g    Goals
		last time.Time
		want bool
	}{
		{none, time.Time{}, false}, {g, time.Time{}, true}, {g, now.Add(-week + time.Minute), false}, {g, now.Add(-week), true},
	} {
		if got := c.g.Due(c.last, now); got != c.want {
			t.Errorf("Due(%v) = %v", c.last, got)
		}
	}
	evs := []journal.Entry{{Kind: journal.KindFunction, Started: now.Add(-2 * week)}, {Kind: journal.KindCheckin, Started: now}, {Kind: journal.KindFunction, Started: now.Add(-week)}}
	if got := LastScored(evs); !got.Equal(now.Add(-week)) {
		t.Errorf("LastScored = %v", got)
	}
}

func TestRatings(t *testing.T) {
	for in, want := range map[string]int{"0": 0, " 7 ": 7, "10": 10} {
		if got, err := ParseRating(in); err != nil || got != want {
			t.Errorf("ParseRating(%q) = %d %v", in, got, err)
		}
	}
	for _, in := range []string{"11", "-1", "", "five", "3.5"} {
		if _, err := ParseRating(in); err == nil {
			t.Errorf("ParseRating(%q) accepted", in)
		}
	}
	for k, want := range map[string]int{"0": 0, "9": 9, "t": 10} {
		if got, ok := Key(k); !ok || got != want {
			t.Errorf("Key(%q) = %d %v", k, got, ok)
		}
	}
	if _, ok := Key("x"); ok {
		t.Error("Key(x)")
	}
	p := 4
	e, err := New(now, &p, nil, " stiff \x1b[31mmorning ", "s1", EndOf)
	if err != nil || e.Checkin.Note != "stiff morning" || e.Checkin.Session != "s1" || e.Checkin.Stiffness != nil {
		t.Errorf("New = %+v %v", e.Checkin, err)
	}
	if _, err := New(now, nil, nil, "", "", ""); err == nil {
		t.Error("an empty check-in")
	}
}

func TestGoalsSince(t *testing.T) {
	at := time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC)
	var g Goals
	if !g.Since().IsZero() {
		t.Error("no goals, yet a since")
	}
	g, _ = g.Add("Walk to the station", at.AddDate(0, 0, 3))
	g, _ = g.Add("Sit through a meeting", at)
	if !g.Since().Equal(at) {
		t.Errorf("since %v, want the oldest goal's %v", g.Since(), at)
	}
	// A goal added and scored in one go, between two seconds: its score, stamped to the
	// second as every entry of the log is, is not older than Since.
	mid := at.Add(-time.Hour + 500*time.Millisecond)
	g, _ = g.Add("Carry the shopping", mid)
	e, err := Goals{List: g.List[2:]}.Rate([]int{4}, mid)
	if err != nil {
		t.Fatal(err)
	}
	if e.Started.Before(g.Since()) {
		t.Errorf("the score given with the goal (%v) is older than Since (%v)", e.Started, g.Since())
	}
}
