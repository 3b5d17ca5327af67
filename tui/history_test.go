package tui

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/journal"
)

// histSession is one session of the test history, started ago before t0.
type histSession struct {
	ago     time.Duration
	routine string
	name    string
	status  string
	seconds int
	pain    []journal.Pain
}

// testSessions is a small history ending just before t0 (Saturday 2026-11-21 09:00 UTC).
func testSessions() []histSession {
	day := 24 * time.Hour
	knee := journal.Pain{Exercise: "knee-to-chest", Name: "Knee-to-chest stretch", Side: "left"}
	piri := journal.Pain{Exercise: "piriformis-stretch", Name: "Piriformis stretch", Side: "right"}
	return []histSession{
		{30 * time.Minute, "desk-break", "Desk break", "completed", 370, nil},
		{day - 9*time.Hour, "lower-back-relief", "Lower-back relief", "pain", 245, []journal.Pain{knee}},
		{2*day + time.Hour, "desk-break", "Desk break", "completed", 360, nil},
		{3*day - 3*time.Hour, "posture-upper-back", "Posture and upper back", "stopped", 130, nil},
		{4 * day, "desk-break", "Desk break", "completed", 355, nil},
		{5 * day, "mid-back-mobility", "Mid-back mobility", "completed", 600, nil},
		{9 * day, "desk-break", "Desk break", "completed", 20, nil},
		{11 * day, "mid-back-mobility", "Mid-back mobility", "completed", 610, nil},
		{18 * day, "desk-break", "Desk break", "completed", 365, nil},
		{38 * day, "lower-back-relief", "Lower-back relief", "pain", 400, []journal.Pain{piri, knee}},
		{72 * day, "core-stability", "Core stability", "completed", 900, nil},
		{112 * day, "desk-break", "Desk break", "completed", 360, nil},
	}
}

// writeHistory appends the sessions, and any other entries, to c's history log with
// journal.Append, in the order they ended, as the coach and the CLI append them.
func writeHistory(t *testing.T, c *Common, sessions []histSession, others ...journal.Entry) {
	t.Helper()
	var entries []journal.Entry
	for i, s := range sessions {
		start := t0.Add(-s.ago)
		pain := make([]journal.Pain, len(s.pain))
		for j, p := range s.pain {
			p.At = start.Add(time.Duration(60*(j+1)) * time.Second)
			pain[j] = p
		}
		entries = append(entries, journal.Entry{V: journal.Version, ID: fmt.Sprintf("01TEST%020d", i), Routine: s.routine,
			RoutineName: s.name, Kind: journal.KindRoutine, Status: s.status, Started: start,
			Ended: start.Add(time.Duration(s.seconds) * time.Second), Seconds: s.seconds, Pain: pain})
	}
	entries = append(entries, others...)
	slices.SortStableFunc(entries, func(a, b journal.Entry) int { return a.Ended.Compare(b.Ended) })
	for _, e := range entries {
		if err := journal.Append(c.HistoryPath, e); err != nil {
			t.Fatal(err)
		}
	}
}

// loadedHistory returns the history screen after its Cmds ran: the latest sessions, then the
// count.
func loadedHistory(t *testing.T, c *Common) historyModel {
	t.Helper()
	m, cmd := newHistory(c)
	if cmd == nil {
		t.Fatal("newHistory returned no load Cmd")
	}
	msg, ok := cmd().(histRecentMsg)
	if !ok {
		t.Fatal("the load Cmd did not return a histRecentMsg")
	}
	m, cmd = m.Update(msg)
	if cmd == nil {
		return m // nothing to count
	}
	stats, ok := cmd().(histStatsMsg)
	if !ok {
		t.Fatal("the count Cmd did not return a histStatsMsg")
	}
	m, _ = m.Update(stats)
	return m
}

func TestHistoryLoadingThenCountingThenLoaded(t *testing.T) {
	c := testCommon(t, 80, 40, newClock())
	writeHistory(t, c, testSessions())
	m, cmd := newHistory(c)
	if v := plainView(m.View()); !strings.Contains(v, "Loading…") {
		t.Errorf("before the load the screen should say Loading…:\n%s", v)
	}
	m, count := m.Update(cmd())
	v := plainView(m.View())
	for _, want := range []string{"Streak     Counting…", "This week  Counting…", "In total   Counting…",
		"Recent sessions", "Desk break", "pain: Knee-to-chest stretch (left)"} {
		if !strings.Contains(v, want) {
			t.Errorf("before the count, the history lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Sharp-pain stops") || count == nil {
		t.Errorf("the stats must wait for the count (Cmd %v):\n%s", count != nil, v)
	}
	m, _ = m.Update(count())
	v = plainView(m.View())
	for _, want := range []string{"Streak", "1 day (longest 2 days)", "This week", "6 sessions, 34 min (4 completed)",
		"12 sessions", "Recent sessions", "Desk break", "pain: Knee-to-chest stretch (left)", "Sharp-pain stops"} {
		if !strings.Contains(v, want) {
			t.Errorf("history lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Counting…") {
		t.Errorf("still counting after the count:\n%s", v)
	}
	if got := len(m.data.recent); got != histRecent {
		t.Errorf("recent sessions = %d, want the latest %d", got, histRecent)
	}
	if !m.data.recent[0].Started.After(m.data.recent[1].Started) {
		t.Error("recent sessions are not newest first")
	}
}

// TestHistoryIgnoresAnEarlierVisitsCount leaves the screen while it counts and comes back: the
// first visit's count, arriving late, must not land on the second.
func TestHistoryIgnoresAnEarlierVisitsCount(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	writeHistory(t, c, testSessions())
	first, cmd := newHistory(c)
	_, count := first.Update(cmd())
	stale := count()
	second, cmd := newHistory(c)
	second, _ = second.Update(cmd())
	second, _ = second.Update(stale)
	if second.data.counted {
		t.Error("a count from an earlier visit was taken")
	}
	if second, _ = second.Update(histRecentMsg{load: first.load}); len(second.data.recent) == 0 {
		t.Error("latest sessions from an earlier visit replaced this visit's")
	}
}

func TestHistoryGoldens(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		c := testCommon(t, sz[0], sz[1], newClock())
		writeHistory(t, c, testSessions())
		m := loadedHistory(t, c)
		v := m.View()
		fitsIn(t, v, sz[0], sz[1])
		golden(t, fmt.Sprintf("history-%dx%d.golden", sz[0], sz[1]), v)
	}
}

func TestHistoryScroll(t *testing.T) {
	c := testCommon(t, 40, 12, newClock())
	writeHistory(t, c, testSessions())
	m := loadedHistory(t, c)
	top := m.View()
	if !strings.Contains(plainView(top), "↑/↓ scroll") {
		t.Errorf("a history longer than the screen should offer scrolling:\n%s", plainView(top))
	}
	m, _ = m.Update(press("up"))
	if m.scroll.top != 0 || m.View() != top {
		t.Errorf("up at the top moved the view (offset %d)", m.scroll.top)
	}
	m, _ = m.Update(press("down"))
	if m.scroll.top != 1 || m.View() == top {
		t.Errorf("down did not scroll (offset %d)", m.scroll.top)
	}
	m, _ = m.Update(press("j"))
	m, _ = m.Update(press("k"))
	if m.scroll.top != 1 {
		t.Errorf("j then k: offset %d, want 1", m.scroll.top)
	}
	limit := m.page().parts().last()
	for range limit + 5 {
		m, _ = m.Update(press("down"))
	}
	if m.scroll.top != limit {
		t.Errorf("offset %d after scrolling past the end, want the limit %d", m.scroll.top, limit)
	}
	bottom := plainView(m.View())
	fitsIn(t, m.View(), 40, 12)
	if !strings.Contains(bottom, "4+") {
		t.Errorf("the bottom of the history should show the heatmap legend:\n%s", bottom)
	}
	m, _ = m.Update(press("up"))
	if m.scroll.top != limit-1 {
		t.Errorf("up from the end: offset %d, want %d", m.scroll.top, limit-1)
	}
}

func TestHistoryLeaves(t *testing.T) {
	for _, k := range []string{"esc", "q"} {
		c := testCommon(t, 80, 24, newClock())
		m := loadedHistory(t, c)
		_, cmd := m.Update(press(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(goHomeMsg); !ok {
			t.Errorf("%s: want goHomeMsg", k)
		}
	}
	c := testCommon(t, 80, 24, newClock())
	m := loadedHistory(t, c)
	for _, k := range []string{"x", "enter", "space", "!"} {
		if _, cmd := m.Update(press(k)); cmd != nil {
			t.Errorf("%s: unexpected command", k)
		}
	}
}

func TestHistoryEmpty(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	m := loadedHistory(t, c)
	if v := plainView(m.View()); !strings.Contains(v, "No sessions yet") {
		t.Errorf("an empty history should say so:\n%s", v)
	}
}

func TestHistoryDamagedLines(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	writeHistory(t, c, testSessions()[:2])
	f, err := os.OpenFile(c.HistoryPath, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "{not json\n{\"v\":1}\n")
	f.Close()
	m := loadedHistory(t, c)
	v := plainView(m.View())
	if !strings.Contains(v, "2 damaged lines skipped") || !strings.Contains(v, "2 sessions") {
		t.Errorf("want the damage note and both good sessions:\n%s", v)
	}
}

func TestHistoryReadError(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	c.HistoryPath = t.TempDir() // a folder cannot be read as a log
	m := loadedHistory(t, c)
	v := plainView(m.View())
	if !strings.Contains(v, "Could not read the history") {
		t.Errorf("a read error should be said plainly:\n%s", v)
	}
	fitsIn(t, m.View(), 80, 24)
}

func TestHistoryTinySizes(t *testing.T) {
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {40, 12}, {80, 24}, {120, 40}, {200, 60}} {
		c := testCommon(t, sz[0], sz[1], newClock())
		writeHistory(t, c, testSessions())
		m, cmd := newHistory(c)
		fitsIn(t, m.View(), max(sz[0], 0), max(sz[1], 1))
		m, cmd = m.Update(cmd())
		fitsIn(t, m.View(), max(sz[0], 0), max(sz[1], 1))
		m, _ = m.Update(cmd())
		for range 50 {
			m, _ = m.Update(press("down"))
		}
		fitsIn(t, m.View(), max(sz[0], 0), max(sz[1], 1))
	}
}

func TestHistoryIgnoresOtherMessages(t *testing.T) {
	c := testCommon(t, 80, 24, newClock())
	m, _ := newHistory(c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if cmd != nil || m.loaded {
		t.Error("a resize should neither load nor command")
	}
}

// quickHoldEntry is a quick hold of exercise id done in full for secs on each side, days
// before t0.
func quickHoldEntry(id, name string, days int, secs float64) journal.Entry {
	start := t0.AddDate(0, 0, -days)
	e := journal.Entry{V: journal.Version, ID: journal.NewID(start), RoutineName: "Quick hold", Kind: journal.KindHold,
		Status: "completed", Started: start, Ended: start.Add(time.Minute), Seconds: 60}
	for _, side := range []string{"left", "right"} {
		e.Steps = append(e.Steps, journal.Step{Exercise: id, Name: name, Kind: "hold", Side: side, Set: 1, Sets: 1,
			Outcome: "done", PlannedS: secs, AchievedS: secs})
	}
	return e
}

func TestHistoryBestsAndLongNames(t *testing.T) {
	for _, sz := range [][2]int{{80, 60}, {40, 60}} {
		w, h := sz[0], sz[1]
		c := testCommon(t, w, h, newClock())
		sessions := testSessions()
		sessions[0].name = "Evening unwind for a long day at the desk" // 41 columns
		writeHistory(t, c, sessions,
			pastTest("plank", "Plank", 3, "-:5.5"), pastTest("plank", "Plank", 2, "-:4.25"),
			quickHoldEntry("hip-flexor-stretch", "Half-kneeling hip flexor stretch", 1, 3))
		m := loadedHistory(t, c)
		v := plainView(m.View())
		fitsIn(t, m.View(), w, h)
		golden(t, fmt.Sprintf("history-bests-%dx%d.golden", w, h), m.View())
		wants := []string{"Half-kneeling hip flexor stretch (left)", "Half-kneeling hip flexor stretch (right)",
			"Evening unwind for a long day at the desk", "best max", "latest tests", "0:05.5 · 2 tests", "█▁"}
		if w == 40 {
			wants = []string{"Half-kneeling… (left)", "Half-kneeling… (right)", "Evening unwind f…", "best max", " 0:05.5 "}
		}
		for _, want := range wants {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: history lacks %q:\n%s", w, h, want, v)
			}
		}
		if strings.Contains(v, "0:06") {
			t.Errorf("%dx%d: a 5.5 s best rounded to whole seconds:\n%s", w, h, v)
		}
	}
}

// BenchmarkHistoryOpen is the history screen's first content on a long history: the load Cmd
// (the latest sessions, read from the end of the log) and the first view. The log is
// $LIMBER_BENCH_HISTORY when set (e.g. a million sessions from scripts/genhistory), else
// 100,000 sessions of eight steps written for the run; the cost does not depend on its length.
func BenchmarkHistoryOpen(b *testing.B) {
	c := testCommon(b, 100, 30, newClock())
	if path := os.Getenv("LIMBER_BENCH_HISTORY"); path != "" {
		c.HistoryPath = path
	} else {
		writeLongHistory(b, c.HistoryPath, 100000)
	}
	for b.Loop() {
		m, cmd := newHistory(c)
		m, _ = m.Update(cmd())
		if v := m.View(); !strings.Contains(v, "Counting…") || len(m.data.recent) != histRecent {
			b.Fatalf("no first content:\n%s", v)
		}
	}
}

// writeLongHistory writes n desk breaks of eight steps, one every seven hours up to t0.
func writeLongHistory(b *testing.B, path string, n int) {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	steps := make([]journal.Step, 8)
	for i := range steps {
		steps[i] = journal.Step{Exercise: "seated-twist", Name: "Seated twist", Kind: "hold", Side: "left",
			Set: 1 + i/4, Sets: 2, Outcome: "done", PlannedS: 30, AchievedS: 30}
	}
	for i := range n {
		start := t0.Add(-time.Duration(n-i) * 7 * time.Hour)
		line, err := journal.Marshal(journal.Entry{V: journal.Version, ID: fmt.Sprintf("01BENCH%019d", i),
			Routine: "desk-break", RoutineName: "Desk break", Kind: journal.KindRoutine, Status: "completed",
			Started: start, Ended: start.Add(6 * time.Minute), Seconds: 360, Steps: steps})
		if err != nil {
			b.Fatal(err)
		}
		w.Write(line)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}
