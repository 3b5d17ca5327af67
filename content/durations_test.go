package content_test

import (
	"math"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// TestRoutineDurations checks the computed length of every built-in routine: none over 30
// minutes, and the desk break a real break of 4–7 minutes.
func TestRoutineDurations(t *testing.T) {
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range lib.Routines() {
		p, err := session.NewPlan(r, lib, session.Options{})
		if err != nil {
			t.Errorf("%s: %v", r.ID, err)
			continue
		}
		total := p.Total()
		if r.ID == "meeting-moves" { // a minute in the chair during a meeting, by design
			if total < 45*time.Second || total > 2*time.Minute {
				t.Errorf("meeting-moves takes %v; keep it near a minute", total)
			}
			continue
		}
		if total > 30*time.Minute || total < 2*time.Minute {
			t.Errorf("%s takes %v; keep routines between 2 and 30 minutes", r.ID, total)
		}
		if r.ID == content.DefaultRoutine && (total < 4*time.Minute || total > 7*time.Minute) {
			t.Errorf("the desk break takes %v; it must be 4–7 minutes", total)
		}
	}
}

// TestSummaryMinutesMatchTheTotal keeps each built-in summary's "about N minutes" within a
// minute of the routine's computed length, so an edited dose cannot leave a stale figure behind.
func TestSummaryMinutesMatchTheTotal(t *testing.T) {
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	about := regexp.MustCompile(`about (\d+) minutes?`)
	for _, r := range lib.Routines() {
		m := about.FindStringSubmatch(r.Summary)
		if m == nil {
			t.Errorf("%s: the summary does not say how long it takes (\"about N minutes\")", r.ID)
			continue
		}
		p, err := session.NewPlan(r, lib, session.Options{})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		said, _ := strconv.Atoi(m[1])
		if got := p.Total().Minutes(); math.Abs(got-float64(said)) > 1 {
			t.Errorf("%s: the summary says about %d minutes, the routine takes %.1f", r.ID, said, got)
		}
	}
}
