package adapt

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

const fixture = `
[[exercise]]
id = "plank"
name = "Plank"
position = "prone"
cues = ["Hold."]
hold = "20s"
progress = { every = 3, add = "5s", max = "30s" }
gentler = "knee-plank"

[[exercise]]
id = "knee-plank"
name = "Knee plank"
position = "prone"
cues = ["Hold on your knees."]
hold = "15s"

[[exercise]]
id = "bridge"
name = "Bridge"
position = "lying"
cues = ["Lift."]
reps = 10
progress = { every = 2, add = 2, max = 14 }

[[exercise]]
id = "twist"
name = "Twist"
position = "seated"
cues = ["Turn."]
hold = "15s"

[[routine]]
id = "core"
name = "Core"
tags = ["strength"]
[[routine.step]]
exercise = "plank"
[[routine.step]]
exercise = "bridge"
[[routine.step]]
exercise = "twist"

[[routine]]
id = "desk-break"
name = "Desk break"
tags = ["stretch", "gentle"]
[[routine.step]]
exercise = "twist"

[[routine]]
id = "yoga"
name = "Yoga"
tags = ["stretch"]
[[routine.step]]
exercise = "twist"
`

func fixtureLib(t *testing.T) *content.Library {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "f.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return lib
}

var day0 = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)

// session builds a history entry of routine core on day n: status, and per exercise an
// outcome ("done", "pain", "skipped"…); a pain outcome also adds a pain report.
func session(n int, status string, outcomes map[string]string) journal.Entry {
	e := journal.Entry{V: 1, ID: fmt.Sprint("s", n), Routine: "core", RoutineName: "Core", Kind: journal.KindRoutine,
		Status: status, Started: day0.AddDate(0, 0, n)}
	for ex, o := range outcomes {
		e.Steps = append(e.Steps, journal.Step{Exercise: ex, Name: ex, Kind: "hold", Outcome: o})
		if o == "pain" {
			e.Pain = append(e.Pain, journal.Pain{Exercise: ex, Name: ex, At: e.Started})
		}
	}
	return e
}

// other is a session of another routine, or a quick timer (kind "hold" or "max"), on day n
// working one exercise: "done" when status is completed, else "pain".
func other(n int, routine, kind, status, exercise string) journal.Entry {
	outcome := "done"
	if status == "pain" {
		outcome = "pain"
	}
	e := session(n, status, map[string]string{exercise: outcome})
	e.Routine, e.Kind, e.ID = routine, kind, fmt.Sprint("o", n)
	return e
}

func clean(n int) journal.Entry {
	return session(n, "completed", map[string]string{"plank": "done", "bridge": "done", "twist": "done"})
}

func TestAdjust(t *testing.T) {
	plankPain := func(n int) journal.Entry {
		return session(n, "pain", map[string]string{"plank": "pain"})
	}
	cases := []struct {
		name    string
		history []journal.Entry
		want    []string // "exercise change dose reason-fragment"
		steps   int      // steps left today
	}{
		{"no history", nil, nil, 3},
		{"two clean: not yet", []journal.Entry{clean(1), clean(2)}, []string{"bridge progressed 12 reps progressed after 2 clean"}, 3},
		{"three clean", []journal.Entry{clean(1), clean(2), clean(3)},
			[]string{"plank progressed 25s hold progressed after 3 clean", "bridge progressed 12 reps progressed after 2 clean"}, 3},
		{"capped", []journal.Entry{clean(1), clean(2), clean(3), clean(4), clean(5), clean(6), clean(7), clean(8), clean(9)},
			[]string{"plank progressed 30s hold progressed after 6 clean", "bridge progressed 14 reps progressed after 4 clean"}, 3},
		{"pain: gentler with its own dose", []journal.Entry{clean(1), clean(2), clean(3), plankPain(4)},
			[]string{"plank gentler 15s hold gentler variant after pain on 5 Nov", "bridge progressed 12 reps"}, 3},
		{"pain twice in a row: skipped", []journal.Entry{clean(1), plankPain(2), plankPain(3)},
			[]string{"plank skipped 20s hold sharp pain each of the last 2 times (3 Nov and 4 Nov): see a physiotherapist"}, 2},
		{"pain, clean, pain: not in a row", []journal.Entry{plankPain(1), clean(2), plankPain(3)},
			[]string{"plank gentler 15s hold gentler variant after pain on 4 Nov"}, 3},
		{"pain then clean sessions climb again", []journal.Entry{clean(1), clean(2), clean(3), plankPain(4), clean(5), clean(6), clean(7)},
			[]string{"plank progressed 25s hold progressed after 3 clean", "bridge progressed 14 reps"}, 3},
		{"stopped without pain is ignored", []journal.Entry{clean(1), clean(2), session(3, "stopped", map[string]string{"plank": "partial"}), clean(4)},
			[]string{"plank progressed 25s hold", "bridge progressed 12 reps"}, 3},
		{"pain on the gentler variant counts", []journal.Entry{plankPain(1), session(2, "pain", map[string]string{"knee-plank": "pain"})},
			[]string{"plank skipped"}, 2},
		{"exercise removed from the routine: its history is ignored", []journal.Entry{
			session(1, "completed", map[string]string{"old-move": "done"}), session(2, "pain", map[string]string{"old-move": "pain"})}, nil, 3},
		{"a cut-short exercise is not clean: no progression", []journal.Entry{
			session(1, "completed", map[string]string{"plank": "partial", "bridge": "done", "twist": "done"}),
			session(2, "completed", map[string]string{"plank": "partial", "bridge": "done", "twist": "done"}),
			session(3, "completed", map[string]string{"plank": "partial", "bridge": "done", "twist": "done"})},
			[]string{"bridge progressed 12 reps"}, 3},
		{"the gentler variant done cleanly between pains: still two in a row", []journal.Entry{
			plankPain(1), session(2, "completed", map[string]string{"knee-plank": "done"}), plankPain(3)},
			[]string{"plank skipped"}, 2},
		{"two clean sessions of the gentler variant end the run", []journal.Entry{
			plankPain(1), session(2, "completed", map[string]string{"knee-plank": "done"}), session(3, "completed", map[string]string{"knee-plank": "done"})},
			nil, 3},
		{"pain in another routine or a quick timer counts", []journal.Entry{
			other(1, "plank-practice", "routine", "pain", "plank"), other(2, "", "max", "pain", "plank")},
			[]string{"plank skipped"}, 2},
		{"a clean session elsewhere ends the run but does not progress here", []journal.Entry{
			plankPain(1), other(2, "plank-practice", "routine", "completed", "plank"), clean(3), clean(4)},
			[]string{"bridge progressed 12 reps"}, 3},
		{"ties keep file order", []journal.Entry{clean(1), clean(1), clean(1)}, []string{"plank progressed 25s hold", "bridge progressed 12 reps"}, 3},
		{"out of order history is sorted", []journal.Entry{plankPain(3), clean(1), clean(2)}, []string{"plank gentler", "bridge progressed 12 reps"}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lib := fixtureLib(t)
			r, _ := lib.Routine("core")
			res := Adjust(lib, r, c.history)
			if len(res.Adjustments) != len(c.want) {
				t.Fatalf("adjustments %v, want %v", describe(res.Adjustments), c.want)
			}
			for i, got := range describe(res.Adjustments) {
				if !strings.HasPrefix(got, c.want[i]) {
					t.Errorf("adjustment %d = %q, want it to start %q", i, got, c.want[i])
				}
			}
			if len(res.Routine.Steps) != c.steps {
				t.Errorf("%d steps today, want %d", len(res.Routine.Steps), c.steps)
			}
			if len(c.want) == 0 && res.Routine != r {
				t.Errorf("an unchanged routine should be returned as is")
			}
			if r.Steps[0].Dose.Hold != 20*time.Second {
				t.Errorf("the library's routine was modified")
			}
		})
	}
}

// describe renders adjustments as "exercise change dose reason".
func describe(as []Adjustment) []string {
	var out []string
	for _, a := range as {
		out = append(out, fmt.Sprintf("%s %s %s %s", a.Exercise, a.Change, a.Dose, a.Reason))
	}
	return out
}

func TestAdjustGentlerStepUsesVariant(t *testing.T) {
	lib := fixtureLib(t)
	r, _ := lib.Routine("core")
	res := Adjust(lib, r, []journal.Entry{session(1, "pain", map[string]string{"plank": "pain"})})
	if got := res.Routine.Steps[0]; got.Exercise != "knee-plank" || got.Dose.Hold != 15*time.Second {
		t.Errorf("today's first step %s %v, want knee-plank 15s", got.Exercise, got.Dose)
	}
}

func TestAdjustEverythingSkipped(t *testing.T) {
	lib := fixtureLib(t)
	r, _ := lib.Routine("desk-break")
	var h []journal.Entry
	for n := range 2 {
		e := session(n, "pain", map[string]string{"twist": "pain"})
		e.Routine = "desk-break"
		h = append(h, e)
	}
	res := Adjust(lib, r, h)
	if len(res.Routine.Steps) != 0 || len(res.Adjustments) != 1 || res.Adjustments[0].Change != Skipped {
		t.Errorf("want every step skipped, got %d steps, %v", len(res.Routine.Steps), describe(res.Adjustments))
	}
}

func TestChangeString(t *testing.T) {
	if Skipped.String() != "skipped" || Change(9).String() != "unknown" {
		t.Errorf("Change.String")
	}
}

// Relevant keeps the routine's own sessions whole and, from the rest, only the steps and pain
// reports of the routine's exercises and their gentler variants.
func TestRelevant(t *testing.T) {
	lib := fixtureLib(t)
	r, _ := lib.Routine("desk-break") // twist only
	keep := Relevant(lib, r)
	own := session(1, "completed", map[string]string{"twist": "done"})
	own.Routine = "desk-break"
	if got, ok := keep(own); !ok || len(got.Steps) != 1 {
		t.Errorf("own session: %v %+v", ok, got)
	}
	mixed := session(2, "pain", map[string]string{"twist": "done", "plank": "pain", "bridge": "done"})
	if got, ok := keep(mixed); !ok || len(got.Steps) != 1 || got.Steps[0].Exercise != "twist" || len(got.Pain) != 0 {
		t.Errorf("core session with a twist: %v %+v", ok, got)
	}
	if _, ok := keep(session(3, "completed", map[string]string{"plank": "done"})); ok {
		t.Errorf("a session without the routine's exercises was kept")
	}
	core, _ := lib.Routine("core")
	if got, ok := Relevant(lib, core)(other(4, "", "max", "pain", "knee-plank")); !ok || len(got.Pain) != 1 {
		t.Errorf("a pain stop on plank's gentler variant in a max test: %v %+v", ok, got)
	}
}
