package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

func TestStatsText(t *testing.T) {
	ta := historyApp(t)
	if code := ta.run("stats"); code != 0 || ta.errOut.Len() > 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line is %d columns: %q", n, l)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape sequence in plain output")
	}
	golden(t, "stats.golden", out)
}

func TestStatsJSON(t *testing.T) {
	ta := historyApp(t)
	if code := ta.run("stats", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	var s journal.Stats
	if err := json.Unmarshal(ta.out.Bytes(), &s); err != nil {
		t.Fatalf("%v\n%s", err, ta.out)
	}
	if s.Today != "2026-05-14" || s.CurrentStreak != 4 || s.LongestStreak != 4 || s.Total.Sessions != 8 ||
		s.Week.Sessions != 5 || s.Week.Completed != 4 || len(s.Heatmap.Days) != journal.HeatmapWeeks ||
		len(s.PainStops) != 3 || s.PainStops[0].Count != 2 {
		t.Errorf("stats %+v", s)
	}
}

func TestStatsEmpty(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("stats"); code != 0 || ta.out.String() != emptyHistory+"\n" {
		t.Errorf("exit %d, %q", code, ta.out)
	}
	if code := ta.run("stats", "--json"); code != 0 || !strings.Contains(ta.out.String(), `"routines": []`) {
		t.Errorf("--json: exit %d, %q", code, ta.out)
	}
}

func TestStatsUsageErrors(t *testing.T) {
	ta := historyApp(t)
	for _, args := range [][]string{{"stats", "--csv"}, {"stats", "extra"}} {
		if code := ta.run(args...); code != 2 || !strings.HasPrefix(ta.errOut.String(), "limber: stats: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, ta.errOut)
		}
	}
	if code := ta.run("stats", "-h"); code != 0 || !strings.Contains(ta.out.String(), "usage: limber stats") {
		t.Errorf("-h: exit %d, %q", code, ta.out)
	}
}

func TestStatsBestsInTenthsWithSides(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("hold", "3s", "hip-flexor-stretch", "--sides"); code != 0 {
		t.Fatalf("hold: exit %d: %s", code, ta.errOut)
	}
	// A max test of 5.5 s (plain mode stops at whole seconds; the coach to the key press).
	start := ta.clock.t.Add(time.Hour)
	e := journal.Entry{V: journal.Version, ID: journal.NewID(start), Routine: "max-plank", RoutineName: "Max test · Plank",
		Kind: journal.KindMax, Status: "completed", Started: start, Ended: start.Add(16 * time.Second), Seconds: 16,
		Steps: []journal.Step{{Exercise: "plank", Name: "Plank", Kind: "count-up", Set: 1, Sets: 1, Outcome: "done", AchievedS: 5.5}}}
	if err := journal.Append(ta.historyPath(), e); err != nil {
		t.Fatal(err)
	}
	if code := ta.run("stats"); code != 0 {
		t.Fatalf("stats: exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{
		"\n                                           best max        hold latest tests\n",
		"\n  Half-kneeling hip flexor stretch (left)  —               0:03\n",
		"\n  Half-kneeling hip flexor stretch (right) —               0:03\n",
		"\n  Plank                                    0:05.5 · 1 test —\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line is %d columns: %q", n, l)
		}
	}
}

func TestBestLabelKeepsTheSide(t *testing.T) {
	long := "A very long exercise name that goes on and on"
	left := text.BestLabel(journal.Best{Name: long, Side: "left"}, 30)
	right := text.BestLabel(journal.Best{Name: long, Side: "right"}, 30)
	if left != "A very long exercise … (left)" || right != "A very long exercise … (right)" {
		t.Errorf("cut to 30: %q, %q", left, right)
	}
	if got := text.BestLabel(journal.Best{Name: long}, 30); got != "A very long exercise name tha…" {
		t.Errorf("no side: %q", got)
	}
	if got := text.BestLabel(journal.Best{Exercise: "plank", Side: "left"}, 30); got != "plank (left)" {
		t.Errorf("no name: %q", got)
	}
}
