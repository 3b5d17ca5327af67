package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/store"
)

// loadedHome is home with its history read.
func loadedHome(t *testing.T, c *Common) homeModel {
	t.Helper()
	m := newHome(c)
	m, _ = m.Update(m.Init()())
	return m
}

// homeKey presses k on home and feeds back what its Cmd says.
func homeKey(m homeModel, k string) homeModel {
	m, cmd := m.Update(press(k))
	if cmd != nil {
		if msg := cmd(); msg != nil {
			if _, ok := msg.(askSavedMsg); ok {
				m, _ = m.Update(msg)
			}
		}
	}
	return m
}

func TestHomeAsksTheWeeklyGoals(t *testing.T) {
	c := testCommon(t, 80, 30, newClock())
	st := c.Store.(store.Dir)
	g, _ := checkin.Goals{}.Add("Sit through a 1-hour meeting", c.Now())
	g, _ = g.Add("Carry the shopping", c.Now())
	st.SaveGoals(g, c.Now())
	m := loadedHome(t, c)
	v := plainView(m.View())
	if !strings.Contains(v, "Weekly goal check due: r rates your goals") || !strings.Contains(v, "r rate your goals") {
		t.Fatalf("no goal check on home:\n%s", v)
	}
	m = homeKey(m, "r")
	if v := plainView(m.View()); !strings.Contains(v, "Weekly goal check 1 of 2: Sit through a 1-hour meeting") || !strings.Contains(v, "0-9/t rate") {
		t.Fatalf("after r:\n%s", v)
	}
	m = homeKey(m, "j") // not a rating: nothing happens to the question
	m = homeKey(m, "6")
	m = homeKey(m, "t")
	if v := plainView(m.View()); !strings.Contains(v, "Goals rated: 6, 10.") {
		t.Errorf("after the ratings:\n%s", v)
	}
	evs, _, _ := journal.ReadEvents(c.HistoryPath, time.Time{})
	if len(evs) != 1 || evs[0].Function[1].Score != 10 {
		t.Errorf("saved %+v", evs)
	}
	// Rated: not due again for a week.
	if v := plainView(loadedHome(t, c).View()); strings.Contains(v, "Weekly goal check") {
		t.Errorf("asked again at once:\n%s", v)
	}
}

func TestHomeShowsAndOffersFlare(t *testing.T) {
	c := testCommon(t, 80, 30, newClock())
	at := c.Now().Add(-time.Hour)
	for i, ago := range []time.Duration{50 * time.Hour, time.Hour} {
		e := journal.Entry{V: journal.Version, ID: journal.NewID(at), Kind: journal.KindRoutine, RoutineName: "Core", Status: "pain",
			Started: c.Now().Add(-ago), Ended: c.Now().Add(-ago + time.Minute), Pain: []journal.Pain{{Exercise: "plank", Name: "Plank", At: c.Now().Add(-ago)}}}
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(i, err)
		}
	}
	m := loadedHome(t, c)
	if v := plainView(m.View()); !strings.Contains(v, "Repeated sharp pain (2 sharp-pain stops in 3 days): f starts a flare-up plan") {
		t.Fatalf("no flare-up offer:\n%s", v)
	}
	m = homeKey(m, "f")
	if !c.Answers.Flare.On(c.Now()) {
		t.Fatal("f did not start the flare-up")
	}
	m, _ = m.Update(m.Init()()) // home reads again: what may start changed
	v := plainView(m.View())
	if !strings.Contains(v, "Flare-up plan, day 1 (to 28 Nov): gentle routines only, little and often") || strings.Contains(v, "Repeated sharp pain") ||
		strings.Contains(v, "Today: Posture") || strings.Contains(v, "Flare-up plan on until") {
		t.Errorf("during the flare-up:\n%s", v)
	}
	// Non-gentle routines are marked, as the policy says.
	if !strings.Contains(v, "not gentle") && !strings.Contains(v, "gentle only") {
		t.Errorf("no marks during a flare-up:\n%s", v)
	}
	// Past two weeks: see a professional.
	c.Answers.Flare = policy.Flare{Started: c.Now().Add(-15 * 24 * time.Hour), Until: c.Now().Add(time.Hour)}
	if v := plainView(loadedHome(t, c).View()); !strings.Contains(v, "more than two weeks: please see a physiotherapist") {
		t.Errorf("no advice after two weeks:\n%s", v)
	}
}
