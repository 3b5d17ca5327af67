package text

import (
	"strings"
	"testing"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
)

// step is a step record of exercise id (named as id) with an outcome.
func step(id string, o session.Outcome) session.StepRecord {
	return session.StepRecord{Exercise: id, Name: id, Outcome: o}
}

// Each exercise counts once, whatever its sides and sets: done only when every step was,
// stopped for pain when any was, not reached when none was started.
func TestExercisesAndOverview(t *testing.T) {
	d, p, s, n, pain := session.OutcomeDone, session.OutcomePartial, session.OutcomeSkipped, session.OutcomePending, session.OutcomePain
	gentler := step("b", d)
	gentler.Gentler = true
	for _, c := range []struct {
		name  string
		steps []session.StepRecord
		want  string
	}{
		{"all done", []session.StepRecord{step("a", d), step("a", d), step("b", d)}, "2 of 2 exercises done"},
		{"sides", []session.StepRecord{step("a", d), step("a", p), step("b", n), step("b", n)}, "0 of 2 exercises done · 1 partly · 1 not reached"},
		{"pain and its gentler variant", []session.StepRecord{step("b", pain), gentler, step("c", s), step("c", n)},
			"1 of 3 exercises done · 1 skipped · 1 stopped for pain"},
		{"one", []session.StepRecord{step("a", d)}, "1 of 1 exercise done"},
		{"none", nil, "0 of 0 exercises done"},
	} {
		if got := strings.Join(OverviewIn(msg.New(lang.English), Tallies(c.steps)), " · "); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	exs := Tallies([]session.StepRecord{{Exercise: "", Outcome: d}, gentler})
	if exs[0].Name != "Hold" || exs[1].Name != "b (gentler)" {
		t.Errorf("names %q, %q", exs[0].Name, exs[1].Name)
	}
}
