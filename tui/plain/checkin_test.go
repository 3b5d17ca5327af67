package plain

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/policy"
)

func TestAfterSessionAsks(t *testing.T) {
	rec := session.Record{Kind: session.PlanRoutine, RoutineName: "Soft one", Started: t0, Status: session.StatusCompleted}
	for _, c := range []struct {
		name     string
		checkins string
		lines    []string
		goals    bool
		pain     *int
		flare    bool
		kinds    string
		say      string
	}{
		{"pain and stiffness", checkin.End, []string{"3", "4"}, false, ptr(3), false, "checkin", "Check-in saved."},
		{"a rating off the scale asks again", checkin.End, []string{"11", "x", "2", ""}, false, ptr(2), false, "checkin", "is not a rating: give a whole number from 0 (none) to 10"},
		{"s skips both", checkin.End, []string{"s"}, false, nil, false, "", "How is your back now?"},
		{"off asks nothing", checkin.Off, []string{"3", "4"}, false, nil, false, "", ""},
		{"high pain offers a flare-up", checkin.End, []string{"8", "5", "y"}, false, ptr(8), true, "checkin", "Flare-up plan on until"},
		{"high pain, no thanks", checkin.End, []string{"9", "", "n"}, false, ptr(9), false, "checkin", "That is a lot (pain rated 9)"},
		{"then the goals", checkin.End, []string{"2", "2", "6", "7"}, true, ptr(2), false, "checkin function", "Goals rated."},
		{"the input ends", checkin.End, []string{"2"}, true, nil, false, "", "Stiffness (0-10):"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := &memStore{answers: policyFresh()}
			if c.goals {
				st.goals, _ = st.goals.Add("Sit through a meeting", t0)
				st.goals, _ = st.goals.Add("Carry shopping", t0)
			}
			d, out, errOut := door(t, st, true, c.lines...)
			d.Settings.Checkins = c.checkins
			d.afterSession(context.Background(), rec)
			var kinds []string
			for _, e := range st.events {
				kinds = append(kinds, e.Kind)
			}
			if got := strings.Join(kinds, " "); got != c.kinds {
				t.Errorf("saved %q, want %q\n%s", got, c.kinds, out)
			}
			if c.pain != nil && (len(st.events) == 0 || st.events[0].Checkin.Pain == nil || *st.events[0].Checkin.Pain != *c.pain) {
				t.Errorf("pain saved %+v, want %d", st.events, *c.pain)
			}
			if c.flare != st.answers.Flare.On(t0) {
				t.Errorf("flare-up on: %v, want %v", !c.flare, c.flare)
			}
			if !strings.Contains(out.String(), c.say) || errOut.Len() > 0 {
				t.Errorf("output lacks %q:\n%s\nstderr: %s", c.say, out, errOut)
			}
			if c.checkins == checkin.Off && strings.Contains(out.String(), "Pain") {
				t.Errorf("off asked:\n%s", out)
			}
		})
	}
}

func TestAfterSessionNeedsAPerson(t *testing.T) {
	st := &memStore{answers: policyFresh()}
	d, out, _ := door(t, st, false, "3", "4")
	d.Settings.Checkins = checkin.Both
	d.afterSession(context.Background(), session.Record{Kind: session.PlanRoutine, Started: t0})
	if out.Len() > 0 || len(st.events) > 0 {
		t.Errorf("asked nobody:\n%s", out)
	}
}

func ptr(n int) *int { return &n }

func policyFresh() (a policy.Answers) {
	a.V, a.Date = policy.AnswersVersion, t0.Add(-time.Hour)
	return a
}

// TestDoorChecksInBefore: with checkins = "both" plain mode asks before the session; a high
// pain there offers a flare-up plan, and one started decides again under it — the red flags
// asked again, and a routine that is not gentle refused — while a gentle one then runs.
func TestDoorChecksInBefore(t *testing.T) {
	for _, c := range []struct {
		name, routine string
		lines         []string
		ran           bool
		say           string
	}{
		{"low pain runs", "strong", []string{"2", "3"}, true, "Before you start: how is your back?"},
		{"high pain, no thanks", "strong", []string{"8", "4", "n"}, true, "That is a lot (pain rated 8)"},
		{"flare-up refuses strength", "strong", []string{"8", "4", "y", "n", "n", "n"}, false, "During a flare-up limber offers gentle routines only"},
		{"flare-up lets gentle run", "soft", []string{"8", "4", "y", "n", "n", "n"}, true, policy.AskRedFlags},
		{"the input ends", "strong", []string{"2"}, false, "Stiffness (0-10):"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := &memStore{answers: policyFresh()}
			d, out, errOut := door(t, st, true, c.lines...)
			d.Settings.Checkins = checkin.Both
			ran, _ := d.Run(context.Background(), request(t, d, c.routine))
			all := out.String() + errOut.String()
			if ran != c.ran || !strings.Contains(all, c.say) {
				t.Fatalf("ran %v, want %v, saying %q:\n%s", ran, c.ran, c.say, all)
			}
			if c.ran && len(st.recs) != 1 {
				t.Errorf("%d sessions saved", len(st.recs))
			}
			if n := strings.Count(all, "Before you start: how is your back?"); n > 1 {
				t.Errorf("the check-in asked %d times:\n%s", n, all)
			}
		})
	}
}
