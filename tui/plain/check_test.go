package plain

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/checkin"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

// memStore is a Store in memory.
type memStore struct {
	answers policy.Answers
	saved   []policy.Answers
	recs    []session.Record
	events  []journal.Entry
	goals   checkin.Goals
}

func (m *memStore) Answers() (policy.Answers, error)             { return m.answers, nil }
func (m *memStore) AnswersNow(time.Time) (policy.Answers, error) { return m.answers, nil }
func (m *memStore) SaveEvent(e journal.Entry) error              { m.events = append(m.events, e); return e.Check() }
func (m *memStore) Goals() (checkin.Goals, error)                { return m.goals, nil }
func (m *memStore) SessionID(time.Time, string) string           { return "S" }
func (m *memStore) Events(time.Time) ([]journal.Entry, error)    { return m.events, nil }
func (m *memStore) SaveAnswers(a policy.Answers) error {
	m.answers = a
	m.saved = append(m.saved, a)
	return nil
}
func (m *memStore) Save(r session.Record) error { m.recs = append(m.recs, r); return nil }
func (m *memStore) ReadWhere(func(journal.Entry) (journal.Entry, bool)) ([]journal.Entry, error) {
	return nil, nil
}

// doorLib is the fixture plus a routine that is not gentle and one with a move to avoid in
// pregnancy.
const doorLib = fixture + `
[[exercise]]
id = "hard"
name = "Hard hold"
position = "prone"
cues = ["Hold."]
hold = "2s"

[[exercise]]
id = "back"
name = "Back lying"
position = "lying"
cues = ["Lie down."]
hold = "2s"
tags = ["gentle", "avoid-in-pregnancy"]

[[routine]]
id = "strong"
name = "Strong"
get_ready = "0s"
[[routine.step]]
exercise = "hard"

[[routine]]
id = "soft"
name = "Soft"
tags = ["gentle"]
get_ready = "0s"
[[routine.step]]
exercise = "back"
`

// door returns a plain door with a person who types lines, on a fake clock.
func door(t *testing.T, st *memStore, ask bool, lines ...string) (Door, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "fixture.toml", Data: []byte(doorLib), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	ch := make(chan string, len(lines))
	for _, l := range lines {
		ch <- l
	}
	close(ch)
	clock := &fakeClock{t: t0}
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return Door{Lib: lib, Store: st, Out: out, Err: errOut, Lines: ch, Ask: ask, Now: clock.Now, After: clock.After}, out, errOut
}

func request(t *testing.T, d Door, id string) policy.Request {
	r, ok := d.Lib.Routine(id)
	if !ok {
		t.Fatalf("no routine %s", id)
	}
	return policy.Request{Routine: r}
}

func TestDoorAsksAndSavesTheAnswers(t *testing.T) {
	for _, c := range []struct {
		name    string
		lines   []string
		routine string
		want    policy.Answers // saved (without date and version)
		ran     bool
		say     string
	}{
		{"no flags, no leg pain, not pregnant", []string{"n", "n", "n"}, "strong", policy.Answers{}, true, "Saved to your history"},
		{"Enter never answers", []string{"", "x", "n", "", "n", "n"}, "strong", policy.Answers{}, true, policy.AnswerYesNo},
		{"red flags, stop", []string{"y", ""}, "strong", policy.Answers{RedFlags: true}, false, "Stopped before starting"},
		{"red flags, gentle, strong refused", []string{"y", "gentle", "n", "n"}, "strong",
			policy.Answers{RedFlags: true, GentleOnly: true}, false, "gentle routines only"},
		{"leg pain checked: strong runs", []string{"n", "y", "y", "n"}, "strong",
			policy.Answers{LegPain: true, LegPainChecked: true}, true, "Saved to your history"},
		{"leg pain not checked: strong refused", []string{"n", "y", "n", "n"}, "strong",
			policy.Answers{LegPain: true}, false, "checked by a physiotherapist"},
		{"leg pain not checked: gentle runs", []string{"n", "y", "n", "n"}, "soft",
			policy.Answers{LegPain: true}, true, "Saved to your history"},
		{"pregnant, warned, says no", []string{"n", "n", "y", "n"}, "soft", policy.Answers{Pregnant: true}, false, "Not started."},
		{"pregnant, warned, starts", []string{"n", "n", "y", "y"}, "soft", policy.Answers{Pregnant: true}, true, "Start it anyway?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := &memStore{}
			d, out, errOut := door(t, st, true, c.lines...)
			ran, err := d.Run(context.Background(), request(t, d, c.routine))
			all := out.String() + errOut.String()
			if ran != c.ran || !strings.Contains(all, c.say) {
				t.Fatalf("ran %v (err %v), want %v, saying %q:\n%s", ran, err, c.ran, c.say, all)
			}
			if len(st.saved) == 0 {
				t.Fatal("no answers saved")
			}
			got := st.saved[0]
			if got.V != policy.AnswersVersion || !got.Date.Equal(t0) {
				t.Errorf("saved version %d date %v, want %d and now", got.V, got.Date, policy.AnswersVersion)
			}
			got.V, got.Date = 0, time.Time{}
			if got != c.want {
				t.Errorf("saved %+v, want %+v", got, c.want)
			}
			if !c.ran && len(st.recs) > 0 {
				t.Error("a session that never began was saved")
			}
		})
	}
}

func TestDoorAnsweredOnceAsksNothing(t *testing.T) {
	st := &memStore{answers: policy.Answered(policy.Answers{}, t0.Add(-time.Hour))}
	d, out, _ := door(t, st, true)
	if ran, err := d.Run(context.Background(), request(t, d, "strong")); !ran || err != nil {
		t.Fatalf("ran %v err %v", ran, err)
	}
	if strings.Contains(out.String(), "Before you start") || strings.Contains(out.String(), policy.AskRedFlags) {
		t.Errorf("answered an hour ago, yet asked again:\n%s", out)
	}
}

func TestDoorWithNobodyToAskPrintsTheSafetyTextAndGoesOn(t *testing.T) {
	st := &memStore{}
	d, out, _ := door(t, st, false)
	if ran, err := d.Run(context.Background(), request(t, d, "strong")); !ran || err != nil {
		t.Fatalf("ran %v err %v", ran, err)
	}
	if !strings.Contains(out.String(), "Before you start") || strings.Contains(out.String(), policy.AskRedFlags) {
		t.Errorf("want the safety text and no question:\n%s", out)
	}
	if len(st.saved) != 0 {
		t.Error("nobody answered, yet answers were saved")
	}
	// Saved answers still hold: gentle only refuses the strong routine.
	st.answers = policy.Answered(policy.Answers{RedFlags: true, GentleOnly: true}, t0.Add(-time.Hour))
	d, _, errOut := door(t, st, false)
	var refused *Refused
	if _, err := d.Run(context.Background(), request(t, d, "strong")); !errors.As(err, &refused) || !strings.Contains(errOut.String(), "gentle routines only") {
		t.Errorf("err %v, stderr %q: want the gentle-only refusal", err, errOut)
	}
}

func TestDoorSignalAtAQuestionEndsAtOnceAndSavesNothing(t *testing.T) {
	st := &memStore{}
	d, _, _ := door(t, st, true)
	d.Lines = make(chan string) // nobody types
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("SIGHUP")
	cancel(cause)
	done := make(chan error, 1)
	go func() { _, err := d.Run(ctx, request(t, d, "strong")); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, cause) || len(st.recs) != 0 || len(st.saved) != 0 {
			t.Errorf("err %v, %d records, %d answers saved: want the signal and nothing saved", err, len(st.recs), len(st.saved))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the question ignored the signal")
	}
}

func (m *memStore) StartFlare(now time.Time, days int, why string) (policy.Flare, error) {
	m.answers.Flare = policy.StartFlare(now, days, why)
	return m.answers.Flare, nil
}

// A pregnant person sees the signs to stop at once in pregnancy on the question itself and
// again, after the red flags, when they stop an exercise for pain; nobody else sees them there.
func TestDoorPregnancyStopSigns(t *testing.T) {
	for _, pregnant := range []bool{true, false} {
		answer := map[bool]string{true: "y", false: "n"}[pregnant]
		st := &memStore{}
		lines := []string{"n", "n", answer}
		if pregnant {
			lines = append(lines, "y") // start it anyway
		}
		d, out, _ := door(t, st, true, append(lines, "!", "e")...)
		if _, err := d.Run(context.Background(), request(t, d, "soft")); err != nil {
			t.Fatal(err)
		}
		all := out.String()
		q := strings.Index(all, policy.AskPregnant)
		if i := strings.Index(all, policy.PregnancyStopIf); i < 0 || i > q || !strings.Contains(all[i:q], "Calf pain") {
			t.Errorf("the pregnancy question without its stop signs first:\n%s", all)
		}
		stop := strings.Index(all, "Stopped:")
		if stop < 0 {
			t.Fatalf("no pain stop:\n%s", all)
		}
		if got := strings.Contains(all[stop:], "Bleeding"); got != pregnant {
			t.Errorf("pregnant %v: the pain stop lists the pregnancy stop signs: %v\n%s", pregnant, got, all[stop:])
		}
	}
}
