package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/limber-coach/limber/session/journal"
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
