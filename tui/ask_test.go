package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
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
	if err := st.SaveGoals(g); err != nil {
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
	if !strings.Contains(v, "That is high (pain rated 8)") || !strings.Contains(v, "f start a flare-up plan") {
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
