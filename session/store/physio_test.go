package store

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

func TestFlareLifecycle(t *testing.T) {
	d := testDir(t)
	now := time.Date(2026, 5, 12, 9, 0, 0, 0, time.UTC)
	if f, err := d.Flare(now); err != nil || !f.Started.IsZero() {
		t.Fatalf("no flare yet: %+v %v", f, err)
	}
	f, err := d.StartFlare(now, 0, "pain rated 8")
	if err != nil || !f.Until.Equal(now.AddDate(0, 0, 7)) {
		t.Fatalf("StartFlare: %+v %v", f, err)
	}
	// A second limber flare three days on makes it longer, from its first day.
	g, _ := d.StartFlare(now.AddDate(0, 0, 3), 7, "")
	if !g.Started.Equal(now) || !g.Until.Equal(now.AddDate(0, 0, 10)) {
		t.Errorf("extended: %+v", g)
	}
	for _, p := range []int{6, 3, 2} {
		p := p
		e, _ := checkin.New(now.Add(time.Hour), &p, nil, "", "", "")
		if err := d.SaveEvent(e); err != nil {
			t.Fatal(err)
		}
	}
	a, err := d.AnswersNow(now.Add(2 * time.Hour))
	if err != nil || !a.Flare.On(now.Add(2*time.Hour)) || !a.Flare.Easing {
		t.Errorf("answers now: %+v %v", a.Flare, err)
	}
	if _, ok, err := d.EndFlare(now.Add(3 * time.Hour)); !ok || err != nil {
		t.Fatalf("EndFlare: %v %v", ok, err)
	}
	if f, _ := d.Flare(now.Add(4 * time.Hour)); !f.Started.IsZero() {
		t.Errorf("ended, still on: %+v", f)
	}
	if _, ok, _ := d.EndFlare(now.Add(5 * time.Hour)); ok {
		t.Error("ended twice")
	}
	evs, _ := d.Events(time.Time{})
	var kinds []string
	for _, e := range evs {
		if e.Kind == journal.KindFlare {
			kinds = append(kinds, e.Flare.Event)
		}
	}
	// In the order they started (this test's clock goes back: the lengthening is dated last).
	if strings.Join(kinds, " ") != "start end start" {
		t.Errorf("flare entries %v", kinds)
	}
	// Stats never count them.
	s, _, _ := journal.ReadStats(d.HistoryPath(), now, time.UTC)
	if s.Total.Sessions != 0 {
		t.Errorf("stats counted %d sessions", s.Total.Sessions)
	}
}

func TestGoalsFile(t *testing.T) {
	d := testDir(t)
	g, err := d.Goals()
	if err != nil || len(g.List) != 0 {
		t.Fatal(g, err)
	}
	g, _ = g.Add("Walk the dog", t0)
	if err := d.SaveGoals(g, t0); err != nil {
		t.Fatal(err)
	}
	back, err := d.Goals()
	if err != nil || len(back.List) != 1 || back.List[0].Activity != "Walk the dog" {
		t.Errorf("read back %+v %v", back, err)
	}
	os.WriteFile(d.Path(GoalsFile), []byte("{not json"), 0o600)
	if _, err := d.Goals(); err == nil {
		t.Error("a damaged goals file read")
	}
	os.WriteFile(d.Path(FlareFile), []byte("[]"), 0o600)
	if _, err := d.AnswersNow(time.Now()); err == nil {
		t.Error("a damaged flare file said nothing")
	}
	_ = policy.Flare{}
}

func TestSessionID(t *testing.T) {
	d := testDir(t)
	at := time.Date(2026, 5, 12, 9, 0, 0, 500, time.UTC)
	e := journal.Entry{V: journal.Version, ID: "S1", RoutineName: "Desk break", Kind: journal.KindRoutine, Status: "completed", Started: at.Truncate(time.Second), Ended: at.Add(time.Minute)}
	journal.Append(d.HistoryPath(), e)
	if id := d.SessionID(at, "Desk break"); id != "S1" {
		t.Errorf("SessionID = %q", id)
	}
	if id := d.SessionID(at, "Other"); id != "" {
		t.Errorf("SessionID of another = %q", id)
	}
}
