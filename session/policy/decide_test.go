package policy

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

var now = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

const s = time.Second

func lib() *content.Library {
	hold := content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 1}
	ex := []*content.Exercise{
		{ID: "tilt", Name: "Pelvic tilt", Dose: hold, Tags: []string{"gentle"}},
		{ID: "crunch", Name: "Crunch", Dose: hold, Tags: []string{TagAvoidInPregnancy}},
		{ID: "plank", Name: "Plank", Dose: hold, Gentler: "tilt", Tags: []string{"testable"}},
	}
	steps := func(ids ...string) []content.RoutineStep {
		var out []content.RoutineStep
		for _, id := range ids {
			out = append(out, content.RoutineStep{Exercise: id, Dose: hold})
		}
		return out
	}
	rs := []*content.Routine{
		{ID: "gentle", Name: "Gentle", Tags: []string{"gentle"}, Steps: steps("tilt")},
		{ID: "strong", Name: "Strong", Steps: steps("plank", "tilt")},
		{ID: "bumpy", Name: "Bumpy", Tags: []string{"gentle"}, Steps: steps("crunch", "tilt")},
	}
	return content.NewLibrary(ex, rs, content.Safety{})
}

// painful is a history in which the plank ended in pain twice in a row: it is skipped today.
func painful(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
	var out []journal.Entry
	for i := range 2 {
		e := journal.Entry{ID: string(rune('a' + i)), Routine: "strong", Kind: journal.KindRoutine, Status: "pain",
			Started: now.Add(-time.Duration(i+1) * time.Hour),
			Steps:   []journal.Step{{Exercise: "plank", Kind: "hold", Outcome: "pain", Set: 1, Sets: 1}},
			Pain:    []journal.Pain{{Exercise: "plank", At: now.Add(-time.Duration(i+1) * time.Hour)}}}
		if k, ok := keep(e); ok {
			out = append(out, k)
		}
	}
	return out, nil
}

func TestDecide(t *testing.T) {
	l := lib()
	r := func(id string) *content.Routine { x, _ := l.Routine(id); return x }
	ex := func(id string) *content.Exercise { x, _ := l.Exercise(id); return x }
	fresh := Answers{V: AnswersVersion, Date: now.Add(-time.Hour)}
	gentleOnly := Answers{V: AnswersVersion, Date: fresh.Date, RedFlags: true, GentleOnly: true}
	pregnant := Answers{V: AnswersVersion, Date: fresh.Date, Pregnant: true}
	type want struct {
		due       bool
		refused   Reason
		pregnancy []string
		explain   bool
		steps     int // steps in today's routine
	}
	for _, c := range []struct {
		name    string
		answers Answers
		req     Request
		history History
		want    want
	}{
		{"never asked", Answers{}, Request{Routine: r("gentle")}, nil, want{due: true}},
		{"asked long ago", Answers{V: AnswersVersion, Date: now.Add(-31 * 24 * time.Hour)}, Request{Routine: r("gentle")}, nil, want{due: true}},
		{"gentle, no flags", fresh, Request{Routine: r("gentle")}, nil, want{steps: 1}},
		{"strong, no flags", fresh, Request{Routine: r("strong")}, nil, want{steps: 2}},
		{"strong, gentle only", gentleOnly, Request{Routine: r("strong")}, nil, want{refused: NotGentle}},
		{"gentle, gentle only", gentleOnly, Request{Routine: r("gentle")}, nil, want{steps: 1}},
		{"pregnant, bumpy", pregnant, Request{Routine: r("bumpy")}, nil, want{pregnancy: []string{"Crunch"}, steps: 2}},
		{"pregnant, gentle", pregnant, Request{Routine: r("gentle")}, nil, want{steps: 1}},
		{"pain twice: plank skipped", fresh, Request{Routine: r("strong")}, painful, want{explain: true, steps: 1}},
		{"pain twice, as written", fresh, Request{Routine: r("strong"), Base: true}, painful, want{steps: 2}},
		{"quick hold of a plank, gentle only", gentleOnly, Request{Quick: &session.Quick{Kind: session.PlanHold, Exercise: ex("plank"), Hold: 30 * s}}, nil, want{refused: NotGentle}},
		{"bare quick hold, gentle only", gentleOnly, Request{Quick: &session.Quick{Kind: session.PlanHold, Hold: 30 * s}}, nil, want{}},
		{"max test, pregnant, crunch", pregnant, Request{Quick: &session.Quick{Kind: session.PlanMax, Exercise: ex("crunch")}}, nil, want{pregnancy: []string{"Crunch"}}},
		{"strong, leg pain not checked", Answers{V: AnswersVersion, Date: fresh.Date, LegPain: true}, Request{Routine: r("strong")}, nil, want{refused: LegPainNotChecked}},
		{"gentle, leg pain not checked", Answers{V: AnswersVersion, Date: fresh.Date, LegPain: true}, Request{Routine: r("gentle")}, nil, want{steps: 1}},
		{"strong, leg pain checked", Answers{V: AnswersVersion, Date: fresh.Date, LegPain: true, LegPainChecked: true}, Request{Routine: r("strong")}, nil, want{steps: 2}},
		{"strong, checked leg pain but red flags", Answers{V: AnswersVersion, Date: fresh.Date, LegPain: true, LegPainChecked: true, RedFlags: true, GentleOnly: true}, Request{Routine: r("strong")}, nil, want{refused: NotGentle}},
		{"answered the old questions", Answers{Date: fresh.Date}, Request{Routine: r("gentle")}, nil, want{due: true}},
		{"max test, never asked", Answers{}, Request{Quick: &session.Quick{Kind: session.PlanMax, Exercise: ex("plank")}}, nil, want{due: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := Decide(Inputs{Lib: l, Answers: c.answers, History: c.history, Now: now}, c.req)
			var got want
			got.due, got.pregnancy, got.explain = d.CheckDue, d.Pregnancy, d.Explain
			if d.Refusal != nil {
				got.refused = d.Refusal.Reason
				if d.Refusal.Text == "" || d.Plan != nil {
					t.Error("a refusal says why and has no plan")
				}
			} else if !d.CheckDue && d.Plan == nil {
				t.Error("allowed with no plan")
			}
			if c.req.Routine != nil && d.Today.Routine != nil && d.Refusal == nil && !d.CheckDue {
				got.steps = len(d.Today.Routine.Steps)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestAllSkippedIsRefusedWithTheWayOut(t *testing.T) {
	l := lib()
	only := &content.Routine{ID: "plank-only", Name: "Plank only", Steps: []content.RoutineStep{{Exercise: "plank",
		Dose: content.Dose{Kind: content.DoseHold, Hold: 10 * s, Repeat: 1, Sets: 1}}}}
	painfulOwn := func(keep func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
		h, _ := painful(keep)
		for i := range h {
			h[i].Routine = "plank-only"
		}
		return h, nil
	}
	d := Decide(Inputs{Lib: l, Answers: Answers{V: AnswersVersion, Date: now}, History: painfulOwn, Now: now}, Request{Routine: only})
	if d.Refusal == nil || d.Refusal.Reason != AllSkipped || !contains(d.Refusal.Text, "--base") {
		t.Fatalf("refusal %+v, want all skipped naming --base", d.Refusal)
	}
}

func TestHistoryErrorFallsBackToTheRoutineAsWritten(t *testing.T) {
	l := lib()
	r, _ := l.Routine("strong")
	broken := func(func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
		return nil, errors.New("unreadable")
	}
	d := Decide(Inputs{Lib: l, Answers: Answers{V: AnswersVersion, Date: now}, History: broken, Now: now}, Request{Routine: r})
	if d.HistoryErr == nil || d.Plan == nil || d.Today.Routine != r {
		t.Fatalf("history error %v, plan %v: want the error reported and the routine as written", d.HistoryErr, d.Plan)
	}
}

func TestGetReadySettingIsADefault(t *testing.T) {
	l := lib()
	r, _ := l.Routine("gentle")
	ten := 10 * s
	in := Inputs{Lib: l, Settings: content.Settings{GetReady: &ten}, Answers: Answers{V: AnswersVersion, Date: now}, Now: now}
	if got := Decide(in, Request{Routine: r}).Plan.Steps[0].Duration; got != ten {
		t.Fatalf("get-ready %v, want the setting's 10s", got)
	}
	own := 3 * s
	withOwn := *r
	withOwn.GetReady = &own
	if got := Decide(in, Request{Routine: &withOwn}).Plan.Steps[0].Duration; got != own {
		t.Fatalf("get-ready %v, want the routine's own 3s", got)
	}
	zero := time.Duration(0)
	in.Settings.GetReady = &zero
	if got := Decide(in, Request{Routine: r}).Plan.Steps[0].Kind; got == session.KindReady {
		t.Fatal("get_ready = 0s leaves no get-ready step")
	}
	q := session.Quick{Kind: session.PlanHold, Hold: 30 * s, GetReady: 7 * s}
	if got := Decide(in, Request{Quick: &q}).Plan.Steps[0].Duration; got != 7*s {
		t.Fatalf("quick --ready %v, want 7s over the setting", got)
	}
}

func TestMarks(t *testing.T) {
	l := lib()
	bumpy, _ := l.Routine("bumpy")
	strong, _ := l.Routine("strong")
	both := Answers{V: AnswersVersion, Date: now, Pregnant: true, GentleOnly: true}
	if got := Marks(l, both, bumpy); !reflect.DeepEqual(got, []string{"pregnancy!"}) {
		t.Errorf("bumpy: %q", got)
	}
	if got := Marks(l, both, strong); !reflect.DeepEqual(got, []string{"not gentle"}) {
		t.Errorf("strong: %q", got)
	}
	if Suggestable(l, both, bumpy) || Suggestable(l, both, strong) || !Suggestable(l, Answers{}, strong) {
		t.Error("Suggestable leaves out what the answers warn about or refuse")
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
