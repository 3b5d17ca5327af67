package policy

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
)

func TestFlareDays(t *testing.T) {
	f := StartFlare(now, 0, "pain rated 8")
	if !f.Until.Equal(now.AddDate(0, 0, FlareDays)) || f.Reason != "pain rated 8" {
		t.Fatalf("StartFlare = %+v", f)
	}
	for _, c := range []struct {
		at        time.Time
		on        bool
		day       int
		seeSomeon bool
	}{
		{now.Add(-time.Minute), false, 0, false},
		{now, true, 1, false},
		{now.Add(15 * time.Hour), true, 2, false}, // the next calendar day
		{now.AddDate(0, 0, 7).Add(-time.Second), true, 8, false},
		{now.AddDate(0, 0, 7), false, 8, false},
		{now.AddDate(0, 0, 15), false, 16, true},
	} {
		if got := f.On(c.at); got != c.on {
			t.Errorf("On(%v) = %v", c.at, got)
		}
		if c.day > 0 && f.Day(c.at) != c.day {
			t.Errorf("Day(%v) = %d, want %d", c.at, f.Day(c.at), c.day)
		}
		if f.SeeSomeone(c.at) != c.seeSomeon {
			t.Errorf("SeeSomeone(%v) = %v", c.at, !c.seeSomeon)
		}
	}
	g := f.Extend(now.AddDate(0, 0, 6), 7)
	if !g.Started.Equal(now) || !g.Until.Equal(now.AddDate(0, 0, 13)) || !g.SeeSomeone(now.AddDate(0, 0, 14).Add(time.Hour)) {
		t.Errorf("Extend = %+v", g)
	}
}

func TestEasing(t *testing.T) {
	for _, c := range []struct {
		pains []int
		want  bool
	}{
		{nil, false}, {[]int{3}, true}, {[]int{4}, false}, {[]int{8, 3}, false}, {[]int{8, 3, 2}, true}, {[]int{2, 2, 5}, false},
	} {
		if got := Easing(c.pains); got != c.want {
			t.Errorf("Easing(%v) = %v", c.pains, got)
		}
	}
}

func TestOfferFlare(t *testing.T) {
	r := func(n int) *int { return &n }
	day := 24 * time.Hour
	for _, c := range []struct {
		name    string
		current Flare
		pain    *int
		stops   []time.Time
		offer   bool
		why     string
	}{
		{"nothing", Flare{}, nil, nil, false, ""},
		{"pain 6", Flare{}, r(6), nil, false, ""},
		{"pain 7", Flare{}, r(7), nil, true, "pain rated 7"},
		{"pain 9 during one", StartFlare(now.Add(-day), 0, ""), r(9), nil, false, ""},
		{"two stops in 3 days", Flare{}, nil, []time.Time{now.Add(-3 * day), now.Add(-time.Hour)}, true, "2 sharp-pain stops in 3 days"},
		{"two stops 4 days apart", Flare{}, nil, []time.Time{now.Add(-4 * day), now.Add(-time.Hour)}, false, ""},
		{"one stop", Flare{}, r(2), []time.Time{now}, false, ""},
		{"an old flare over", StartFlare(now.Add(-10*day), 0, ""), r(8), nil, true, "pain rated 8"},
	} {
		offer, why := OfferFlare(now, c.current, c.pain, c.stops)
		if offer != c.offer || why != c.why {
			t.Errorf("%s: %v %q, want %v %q", c.name, offer, why, c.offer, c.why)
		}
	}
}

// TestFlareRules: during a flare-up the check is due once, at its start, and only gentle
// routines (and quick timers of gentle exercises) start; while it eases everything but strength
// routines does. The stricter safety answers still speak first.
func TestFlareRules(t *testing.T) {
	l := lib()
	strength := &content.Routine{ID: "lift", Name: "Lift", Tags: []string{"strength"}, Steps: []content.RoutineStep{{Exercise: "plank", Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 1}}}}
	gentle, _ := l.Routine("gentle")
	strong, _ := l.Routine("strong")
	flare := StartFlare(now.Add(-time.Hour), 0, "")
	answered := Answers{V: AnswersVersion, Date: now.Add(-2 * time.Hour), Flare: flare}
	in := Inputs{Lib: l, Settings: content.DefaultSettings(), Answers: answered, Now: now}
	if d := Decide(in, Request{Routine: gentle}); !d.CheckDue {
		t.Fatalf("answers from before the flare-up: the check is not due")
	}
	in.Answers.Date = now.Add(-time.Minute) // answered since it started
	if d := Decide(in, Request{Routine: gentle}); d.CheckDue || d.Refusal != nil || d.Plan == nil {
		t.Fatalf("gentle during a flare-up: %+v", d)
	}
	d := Decide(in, Request{Routine: strong})
	if d.Refusal == nil || d.Refusal.Reason != Flaring || !strings.Contains(d.Refusal.Text, "flare-up") {
		t.Fatalf("strong during a flare-up: %+v", d.Refusal)
	}
	in.Answers.Flare.Easing = true
	if d := Decide(in, Request{Routine: strong}); d.Refusal != nil {
		t.Errorf("a routine without strength while easing: %v", d.Refusal)
	}
	if ref := Allowed(in.Answers, strength); ref == nil || ref.Text != FlareEasingText {
		t.Errorf("strength while easing: %v", ref)
	}
	gentleOnly := in.Answers
	gentleOnly.GentleOnly, gentleOnly.RedFlags = true, true
	if ref := Allowed(gentleOnly, strong); ref == nil || ref.Reason != NotGentle {
		t.Errorf("red flags during a flare-up: %v, want the red flags' refusal", ref)
	}
	if Suggestable(l, in.Answers, strength) || !Suggestable(l, in.Answers, gentle) {
		t.Errorf("suggestions during a flare-up")
	}
	none := Answers{V: AnswersVersion, Date: now.Add(-time.Minute)}
	if Allowed(none, strength) != nil || none.Due(now, 30) {
		t.Errorf("no flare-up: refused or due")
	}
}
