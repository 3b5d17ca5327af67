package text

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/trend"
)

func TestTrendRows(t *testing.T) {
	now := time.Date(2026, 12, 2, 18, 0, 0, 0, time.UTC)
	p := func(n int) *int { return &n }
	es := []journal.Entry{
		{Kind: journal.KindCheckin, Started: now.AddDate(0, 0, -14), Checkin: &journal.Checkin{Pain: p(6), Stiffness: p(7)}},
		{Kind: journal.KindCheckin, Started: now.AddDate(0, 0, -13), Checkin: &journal.Checkin{Pain: p(4)}},
		{Kind: journal.KindCheckin, Started: now, Checkin: &journal.Checkin{Pain: p(2), Stiffness: p(3)}},
		{Kind: journal.KindFunction, Started: now.AddDate(0, 0, -14), Function: []journal.FunctionScore{{Goal: "1", Activity: "Walk to the station", Score: 2}}},
		{Kind: journal.KindFunction, Started: now, Function: []journal.FunctionScore{{Goal: "1", Activity: "Walk to the station", Score: 6}}},
	}
	tr := trend.Compute(es, now, time.UTC, 4)
	plain := strings.Join(TrendRows(tr, false, 80), "\n")
	for _, want := range []string{"WEEK OF  PAIN        STIFFNESS", "16 Nov   5 (4–6)     7", "30 Nov   2           3", "Walk to the station                   2 6", "Pain 5 → 2 over 3 weeks", "not what caused what"} {
		if !strings.Contains(plain, want) {
			t.Errorf("numbers lack %q:\n%s", want, plain)
		}
	}
	if strings.ContainsAny(plain, "▁▂▃▄▅▆▇█") {
		t.Errorf("numbers drew sparklines:\n%s", plain)
	}
	drawn := strings.Join(TrendRows(tr, true, 80), "\n")
	if !strings.Contains(drawn, "pain       ·▅·▂  (4 weeks, oldest first)") || !strings.Contains(drawn, "6 now") {
		t.Errorf("sparklines:\n%s", drawn)
	}
	for _, row := range TrendRows(tr, true, 80) {
		if Width(row) > 80 {
			t.Errorf("wider than 80: %q", row)
		}
	}
	// Breaks per working day: a column at 80, left out where it does not fit.
	if !strings.Contains(plain, "SESSIONS  BREAKS/WORKDAY  STOPS") || !strings.Contains(plain, "30 Nov   2           3           0         0               0") {
		t.Errorf("no breaks column at 80:\n%s", plain)
	}
	if narrow := strings.Join(TrendRows(tr, true, 60), "\n"); strings.Contains(narrow, "BREAKS") || !strings.Contains(narrow, "SESSIONS  STOPS") {
		t.Errorf("at 60:\n%s", narrow)
	}
}
