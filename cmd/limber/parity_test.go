package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/tui"
)

// parityContent is a small library of the shapes the policy tells apart: gentle or not, with an
// exercise to avoid in pregnancy or not, one held back after a pain stop and one whose only
// exercise is skipped after two.
const parityContent = `
[[exercise]]
id = "p-easy"
name = "Easy move"
position = "seated"
cues = ["Move easily."]
caution = "Stop if it hurts."
hold = "2s"
tags = ["gentle", "testable"]

[[exercise]]
id = "p-hard"
name = "Hard move"
position = "prone"
cues = ["Hold hard."]
caution = "Stop if it hurts."
hold = "2s"
tags = ["testable"]

[[exercise]]
id = "p-back"
name = "Back lying move"
position = "lying"
cues = ["Lie on your back."]
caution = "Stop if it hurts."
hold = "2s"
tags = ["gentle", "testable", "avoid-in-pregnancy"]

[[exercise]]
id = "p-held"
name = "Held move"
position = "seated"
cues = ["Move."]
caution = "Stop if it hurts."
hold = "2s"
tags = ["gentle"]

[[exercise]]
id = "p-sore"
name = "Sore move"
position = "seated"
cues = ["Move."]
caution = "Stop if it hurts."
hold = "2s"
tags = ["gentle"]

[[routine]]
id = "p-gentle"
name = "Gentle one"
tags = ["gentle"]
[[routine.step]]
exercise = "p-easy"

[[routine]]
id = "p-strong"
name = "Strong one"
[[routine.step]]
exercise = "p-hard"

[[routine]]
id = "p-pregnancy"
name = "Back lying one"
tags = ["gentle"]
[[routine.step]]
exercise = "p-back"
[[routine.step]]
exercise = "p-easy"

[[routine]]
id = "p-explain"
name = "Held back one"
tags = ["gentle"]
[[routine.step]]
exercise = "p-held"
[[routine.step]]
exercise = "p-easy"

[[routine]]
id = "p-skipped"
name = "Skipped one"
tags = ["gentle"]
[[routine.step]]
exercise = "p-sore"
`

// parityPains are the history the content needs: one pain stop on p-held (held back today) and
// two in a row on p-sore (skipped today, so p-skipped has nothing left).
func parityPains(t *testing.T, ta *testApp) {
	t.Helper()
	pain := func(id, ex string, ago time.Duration) journal.Entry {
		at := ta.clock.now().Add(-ago)
		return journal.Entry{V: 1, ID: id, Routine: "other", Kind: journal.KindRoutine, Status: "pain", Started: at, Ended: at,
			Steps: []journal.Step{{Exercise: ex, Kind: "hold", Outcome: "pain", Set: 1, Sets: 1, PlannedS: 2}},
			Pain:  []journal.Pain{{Exercise: ex, At: at}}}
	}
	for _, e := range []journal.Entry{pain("a", "p-held", time.Hour), pain("b", "p-sore", 2*time.Hour), pain("c", "p-sore", time.Hour)} {
		if err := journal.Append(ta.historyPath(), e); err != nil {
			t.Fatal(err)
		}
	}
}

// parityCase is one thing asked of every door.
type parityCase struct {
	name string
	args []string // the command line of the plain door
	req  func(lib *content.Library) policy.Request
}

func parityCases() []parityCase {
	routine := func(id string) func(*content.Library) policy.Request {
		return func(lib *content.Library) policy.Request { r, _ := lib.Routine(id); return policy.Request{Routine: r} }
	}
	quick := func(kind session.PlanKind, ex string) func(*content.Library) policy.Request {
		return func(lib *content.Library) policy.Request {
			e, _ := lib.Exercise(ex)
			q := session.Quick{Kind: kind, Exercise: e, Hold: 2 * time.Second, Repeat: 1, Rest: session.DefaultQuickRest}
			return policy.Request{Quick: &q}
		}
	}
	var cases []parityCase
	for _, id := range []string{"p-gentle", "p-strong", "p-pregnancy", "p-explain", "p-skipped"} {
		cases = append(cases, parityCase{"run " + id, []string{"run", id, "--plain"}, routine(id)})
	}
	for _, ex := range []string{"p-easy", "p-hard", "p-back"} {
		cases = append(cases, parityCase{"hold " + ex, []string{"hold", "2s", ex, "--plain"}, quick(session.PlanHold, ex)},
			parityCase{"max " + ex, []string{"max", ex, "--plain"}, quick(session.PlanMax, ex)})
	}
	return cases
}

// parityAnswers are the safety answers every case is tried under.
func parityAnswers(now time.Time) map[string]*policy.Answers {
	fresh := now.Add(-time.Hour)
	return map[string]*policy.Answers{
		"never asked":           nil,
		"no flags":              {Date: fresh},
		"gentle only":           {Date: fresh, RedFlags: true, GentleOnly: true},
		"pregnant":              {Date: fresh, Pregnant: true},
		"red flags, no go-on":   {Date: fresh, RedFlags: true},
		"asked 40 days ago":     {Date: now.Add(-40 * 24 * time.Hour)},
		"pregnant, gentle only": {Date: fresh, Pregnant: true, RedFlags: true, GentleOnly: true},
		"leg pain, checked":     {Date: fresh, LegPain: true, LegPainChecked: true},
		"leg pain, not checked": {Date: fresh, LegPain: true},
		// A flare-up answered since it started: gentle only; one that started after the
		// answers: the safety check is due again.
		"flare-up":            {Date: fresh, Flare: policy.StartFlare(now.Add(-2*time.Hour), 0, "")},
		"flare-up, not asked": {Date: fresh, Flare: policy.StartFlare(now.Add(-30*time.Minute), 0, "")},
		"flare-up, leg pain":  {Date: fresh, LegPain: true, Flare: policy.StartFlare(now.Add(-2*time.Hour), 0, "")},
	}
}

// expected is what every door must do first for decision d: ask the safety questions, refuse,
// explain today's changes after pain, warn a pregnant person, or start.
func expected(d policy.Decision) string {
	switch {
	case d.CheckDue:
		return "check"
	case d.Refusal != nil:
		return "refused"
	case d.Explain:
		return "explain"
	case len(d.Pregnancy) > 0:
		return "warn"
	}
	return "start"
}

// TestEveryDoorAgrees asks the same of every door into a session — the coach (limber run,
// hold and max, and limber remind's breaks, which open it the same way), the coach's preview
// (home, then enter), and plain mode (run, hold, max, and remind's plain breaks, which use the
// same door) — under every kind of safety answers, and checks that each does first what the
// policy decided: the same check, refusal, explanation, warning or start.
func TestEveryDoorAgrees(t *testing.T) {
	for aname, answers := range parityAnswers(time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)) {
		for _, c := range parityCases() {
			t.Run(aname+"/"+c.name, func(t *testing.T) {
				t.Parallel() // each case has its own folders
				ta := newTestApp(t)
				ta.writeUserFile(t, "parity.toml", parityContent)
				parityPains(t, ta)
				if answers != nil {
					if err := ta.data().SaveAnswers(*answers); err != nil {
						t.Fatal(err)
					}
					if f := answers.Flare; !f.Started.IsZero() {
						if err := ta.data().SaveFlare(f, f.Started); err != nil {
							t.Fatal(err)
						}
					}
				}
				lib := loadLibrary(ta.app)
				req := c.req(lib)
				in := policy.Inputs{Lib: lib, Settings: ta.settings(), History: ta.data().ReadWhere, Now: ta.now()}
				if answers != nil {
					in.Answers = *answers
				}
				want := expected(policy.Decide(in, req))
				if got := coachDoor(t, ta, lib, tui.Options{Start: &req}); got != want {
					t.Errorf("coach: %s, the policy says %s", got, want)
				}
				if req.Routine != nil && want != "check" {
					// From home: the preview first, then enter. Its changes and warnings are
					// shown on it, so only a refusal or the start may follow.
					via := want
					if via != "refused" {
						via = "start"
					}
					if got := coachDoor(t, ta, lib, tui.Options{Preview: req.Routine}); got != via {
						t.Errorf("coach via the preview: %s, want %s", got, via)
					}
				}
				if got := plainDoor(ta, c.args); got != want {
					t.Errorf("plain (%s): %s, the policy says %s\nstdout:\n%.600s\nstderr:\n%s", strings.Join(c.args, " "), got, want, ta.out, ta.errOut)
				}
			})
		}
	}
}

// coachDoor opens the coach as limber would and reports what it does first (see expected).
// From a preview it presses enter and reports what follows.
func coachDoor(t *testing.T, ta *testApp, lib *content.Library, o tui.Options) string {
	t.Helper()
	o.Library, o.Settings, o.Store, o.Now = lib, ta.settings(), ta.data(), ta.now
	var m tea.Model = tui.New(o)
	step := func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	cmd := step(m.Init()()) // the answers: a decision, or the preview's reading of the history
	name, _ := m.(tui.Model).Screen()
	if o.Preview != nil {
		step(cmd())                                     // today's version on the preview
		cmd = step(tea.KeyPressMsg{Code: tea.KeyEnter}) // enter: a start
		if cmd == nil {
			return "refused" // the preview would not start it
		}
		cmd = step(cmd()) // the start: a decision
	}
	cmd = step(cmd())
	if name, _ = m.(tui.Model).Screen(); name == "preview" {
		step(cmd()) // today's version, which says whether anything is left
	}
	name, refusal := m.(tui.Model).Screen()
	switch {
	case name == "safety check":
		return "check"
	case refusal != "":
		return "refused"
	case name == "preview":
		return "explain"
	case name == "pregnancy warning":
		return "warn"
	case name == "run" || name == "max":
		return "start"
	}
	return fmt.Sprintf("unexpected screen %q", name)
}

// plainDoor runs args in plain mode with a person at the terminal who types nothing, and
// reports what it did first.
func plainDoor(ta *testApp, args []string) string {
	ta.app.stdinTTY, ta.app.stdoutTTY = true, true // a person who could answer
	defer func() { ta.app.stdinTTY, ta.app.stdoutTTY = false, false }()
	ta.runWithInput("", args...)
	out := ta.out.String()
	switch {
	case strings.Contains(out, policy.AskRedFlags):
		return "check"
	case strings.Contains(ta.errOut.String(), "limber: After your safety answers") ||
		strings.Contains(ta.errOut.String(), "is skipped today") ||
		strings.Contains(ta.errOut.String(), "limber: During a flare-up"):
		return "refused"
	case strings.Contains(out, "Today, adjusted from your history"):
		return "explain"
	case strings.Contains(out, "has exercises to avoid in pregnancy"):
		return "warn"
	case strings.Contains(out, "Saved to your history"):
		return "start"
	}
	return "nothing recognisable"
}
