package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/store"
)

// savedSummary is the summary of a finished, saved session, with its streak read: the
// check-in (and the goals, when due) waiting.
func savedSummary(t *testing.T, checkins string, goals ...string) (summaryModel, *Common) {
	t.Helper()
	c, rec := finishedRun(t, "completed", 80, 24)
	c.Settings.Checkins = checkins
	st := c.Store.(store.Dir)
	var g checkin.Goals
	for _, a := range goals {
		g, _ = g.Add(a, c.Now())
	}
	if err := st.SaveGoals(g, c.Now()); err != nil {
		t.Fatal(err)
	}
	if err := journal.Append(c.HistoryPath, journal.FromRecord(rec, "SESSION1")); err != nil {
		t.Fatal(err)
	}
	m, cmd := newSummary(c, rec).Update(savedMsg{})
	m, _ = m.Update(cmd())
	return m, c
}

// answer presses keys on the summary, running each Cmd and feeding its message back.
func answer(m summaryModel, keys ...string) summaryModel {
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(press(k))
		if cmd != nil {
			if msg := cmd(); msg != nil {
				m, _ = m.Update(msg)
			}
		}
	}
	return m
}

func TestSummaryCheckin(t *testing.T) {
	m, c := savedSummary(t, checkin.End)
	v := plainView(m.View())
	if !strings.Contains(v, "How is your back now? Pain, 0 (none) to 10") || !strings.Contains(v, "0-9/t rate") {
		t.Fatalf("no pain question:\n%s", v)
	}
	m = answer(m, "3", "t")
	v = plainView(m.View())
	if !strings.Contains(v, "Check-in saved: pain 3, stiffness 10.") || strings.Contains(v, "Stiffness, 0") {
		t.Errorf("after the ratings:\n%s", v)
	}
	evs, _, _ := journal.ReadEvents(c.HistoryPath, time.Time{})
	if len(evs) != 1 || *evs[0].Checkin.Pain != 3 || *evs[0].Checkin.Stiffness != 10 || evs[0].Checkin.Session != "SESSION1" || evs[0].Checkin.When != "end" {
		t.Fatalf("logged %+v", evs)
	}
	// The summary's keys work again.
	if _, cmd := m.Update(press("enter")); cmd == nil || cmd() != (goHomeMsg{}) {
		t.Error("enter does not go home after the check-in")
	}
}

func TestSummaryCheckinSkipAndOff(t *testing.T) {
	m, c := savedSummary(t, checkin.End)
	m = answer(m, "s")
	if m.ask.open() {
		t.Error("s left a question open")
	}
	if evs, _, _ := journal.ReadEvents(c.HistoryPath, time.Time{}); len(evs) != 0 {
		t.Errorf("a skipped check-in saved %+v", evs)
	}
	m, _ = savedSummary(t, checkin.Off)
	if strings.Contains(plainView(m.View()), "Pain, 0") || m.ask.open() {
		t.Error("checkins = off asked")
	}
}

func TestSummaryHighPainOffersFlare(t *testing.T) {
	m, c := savedSummary(t, checkin.End, "Sit through a 1-hour meeting")
	m = answer(m, "8", "6")
	v := plainView(m.View())
	if !strings.Contains(v, "That is a lot (pain rated 8)") || !strings.Contains(v, "f start a flare-up plan") {
		t.Fatalf("no flare-up offer:\n%s", v)
	}
	m = answer(m, "f")
	if !c.Answers.Flare.On(c.Now()) {
		t.Error("the flare-up does not apply at once")
	}
	// Then the weekly goals (never rated: due).
	v = plainView(m.View())
	if !strings.Contains(v, "Flare-up plan on until") || !strings.Contains(v, "Weekly goal check 1 of 1: Sit through a 1-hour meeting") {
		t.Fatalf("after the offer:\n%s", v)
	}
	m = answer(m, "4")
	if v := plainView(m.View()); !strings.Contains(v, "Goals rated: 4.") {
		t.Errorf("after the goal:\n%s", v)
	}
	evs, _, _ := journal.ReadEvents(c.HistoryPath, time.Time{})
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
	}
	if strings.Join(kinds, " ") != "checkin flare function" {
		t.Errorf("logged %v", kinds)
	}
	if f, _ := c.Store.(store.Dir).Flare(c.Now()); !f.On(c.Now()) {
		t.Error("flare.json not written")
	}
}

// coachBefore is the coach asked to start desk-break with checkins = "both", run to its first
// screen; step feeds it a message and returns the Cmd.
func coachBefore(t *testing.T) (m *tea.Model, step func(tea.Msg) tea.Cmd, c *Common) {
	t.Helper()
	clk := newClock()
	c = testCommon(t, 80, 24, clk)
	st := c.Store.(store.Dir)
	if err := st.SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: c.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	c.Settings.Checkins = checkin.Both
	r, _ := c.Lib.Routine("desk-break")
	var model tea.Model = New(Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now, Start: &policy.Request{Routine: r}})
	step = func(msg tea.Msg) tea.Cmd {
		var cmd tea.Cmd
		model, cmd = model.Update(msg)
		if model.(Model).screen == screenRun {
			return nil // the session's ticks wait on the real clock and never end: stop here
		}
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	cmd := step(model.Init()())
	step(cmd())
	return &model, step, c
}

// keysThrough presses keys, running the Cmds they lead to (one message each), a few deep: a
// running session's ticks never end.
func keysThrough(step func(tea.Msg) tea.Cmd, keys ...string) {
	for _, k := range keys {
		for cmd, hops := step(press(k)), 0; cmd != nil && hops < 6; hops++ {
			msg := cmd()
			if msg == nil {
				break
			}
			cmd = step(msg)
		}
	}
}

// TestCheckinBeforeTheSession: with checkins = "both" the coach asks before the session starts
// (never during it), then starts it; s skips straight to the start.
func TestCheckinBeforeTheSession(t *testing.T) {
	for _, keys := range [][]string{{"4", "6"}, {"s"}, {"4", "s"}} {
		m, step, c := coachBefore(t)
		if name, _ := (*m).(Model).Screen(); name != "checkin" {
			t.Fatalf("%v: first screen %q", keys, name)
		}
		if v := plainView((*m).View().Content); !strings.Contains(v, "Before you start") || !strings.Contains(v, "Pain, 0 (none) to 10") || !strings.Contains(v, "s skip and start") {
			t.Fatalf("%v:\n%s", keys, v)
		}
		keysThrough(step, keys...)
		if name, _ := (*m).(Model).Screen(); name != "run" {
			t.Fatalf("%v: after the check-in: %q", keys, name)
		}
		evs, _, _ := journal.ReadEvents(c.HistoryPath, time.Time{})
		want := map[int]int{2: 1, 1: 0}[len(keys)]
		if keys[0] == "4" && keys[1] == "s" {
			want = 1 // the pain given is kept, the stiffness left out
		}
		if len(evs) != want || want == 1 && (*evs[0].Checkin.Pain != 4 || evs[0].Checkin.When != checkin.Start) {
			t.Errorf("%v: logged %+v", keys, evs)
		}
	}
}

// TestCheckinBeforeOffersFlare: a pain of 7 or more before the session offers a flare-up plan
// there; taken, the session is decided again under it (the red flags asked again first), n
// starts it as decided.
func TestCheckinBeforeOffersFlare(t *testing.T) {
	m, step, c := coachBefore(t)
	keysThrough(step, "8", "5")
	v := plainView((*m).View().Content)
	if !strings.Contains(v, "That is a lot (pain rated 8)") || !strings.Contains(v, "f start a flare-up plan") || !strings.Contains(v, "s no, start") {
		t.Fatalf("no flare-up offer before the session:\n%s", v)
	}
	keysThrough(step, "f")
	if name, _ := (*m).(Model).Screen(); name != "safety check" {
		t.Fatalf("after f: screen %q, want the red flags asked again", name)
	}
	if f, err := c.Store.(store.Dir).Flare(c.Now()); err != nil || !f.On(c.Now()) {
		t.Errorf("flare-up not saved: %+v %v", f, err)
	}

	m, step, _ = coachBefore(t)
	keysThrough(step, "9", "9", "n")
	if name, _ := (*m).(Model).Screen(); name != "run" {
		t.Fatalf("after n: screen %q", name)
	}
}

// TestSummaryPainStopsOfferFlare: with checkins off, a second sharp-pain stop within three
// days still offers a flare-up plan on the summary.
func TestSummaryPainStopsOfferFlare(t *testing.T) {
	c, rec := finishedRun(t, "pain", 80, 24)
	c.Settings.Checkins = checkin.Off
	before := rec
	before.Started = rec.Started.Add(-24 * time.Hour)
	for i := range before.Pain {
		before.Pain[i].At = before.Pain[i].At.Add(-24 * time.Hour)
	}
	for i, r := range []session.Record{before, rec} {
		if err := journal.Append(c.HistoryPath, journal.FromRecord(r, fmt.Sprint("S", i))); err != nil {
			t.Fatal(err)
		}
	}
	m, cmd := newSummary(c, rec).Update(savedMsg{})
	m, _ = m.Update(cmd())
	if v := plainView(m.View()); !strings.Contains(v, "That is a lot (2 sharp-pain stops in 3 days)") {
		t.Fatalf("no offer:\n%s", v)
	}
}
