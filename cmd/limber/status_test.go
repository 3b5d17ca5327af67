package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/text"
)

// writeRemindState writes the reminder's state file as a running limber remind would.
func writeRemindState(t *testing.T, ta *testApp, st remind.State) {
	t.Helper()
	st.V = 1
	if err := ta.data().SaveRemindState(st); err != nil {
		t.Fatal(err)
	}
}

// holdRemindLock makes limber status see a live limber remind until the test ends.
func holdRemindLock(t *testing.T, ta *testApp) {
	t.Helper()
	unlock, err := ta.data().LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unlock() })
}

func addSession(t *testing.T, ta *testApp, started time.Time, secs int) {
	t.Helper()
	e := journal.Entry{V: 1, ID: journal.NewID(started), Routine: "desk-break", RoutineName: "Desk break",
		Kind: journal.KindRoutine, Status: "completed", Started: started, Ended: started.Add(time.Duration(secs) * time.Second), Seconds: secs}
	if err := journal.Append(ta.historyPath(), e); err != nil {
		t.Fatal(err)
	}
}

func TestStatusLines(t *testing.T) {
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	state := func(phase string, next time.Time) remind.State {
		return remind.State{Running: true, Phase: phase, Next: next, Day: "2026-11-21", Taken: 2, Skipped: 1,
			Routine: "desk-break", RoutineName: "Desk break", Every: "50m", Hours: "09:00-18:00"}
	}
	cases := []struct {
		name    string
		history bool          // a session ended at 08:05
		state   *remind.State // the state file, if any
		locked  bool          // limber remind holds the lock
		format  string        // --format, if any
		want    string        // the line ("" = silent)
	}{
		{name: "nothing at all", want: ""},
		{name: "since the last session", history: true, want: "last break 1h25m ago"},
		{name: "counting", history: true, state: ptr(state("counting", now.Add(12*time.Minute+10*time.Second))), locked: true, want: "break in 13m"},
		{name: "last seconds", state: ptr(state("counting", now.Add(40*time.Second))), locked: true, want: "break in 40s"},
		{name: "snoozed", state: ptr(state("snoozed", now.Add(4*time.Minute))), locked: true, want: "break in 4m (snoozed)"},
		{name: "due", state: ptr(state("due", time.Time{})), locked: true, want: "break due"},
		{name: "overdue counting", state: ptr(state("counting", now.Add(-time.Second))), locked: true, want: "break due"},
		{name: "on a break", state: ptr(state("break", time.Time{})), locked: true, want: "on a break"},
		{name: "quiet hours", history: true, state: ptr(state("quiet", time.Time{})), locked: true, want: ""},
		{name: "remind crashed", history: true, state: ptr(state("counting", now.Add(time.Hour))), locked: false, want: "last break 1h25m ago"},
		{name: "remind exited", history: true, state: ptr(func() remind.State { s := state("counting", now); s.Running = false; return s }()), locked: true, want: "last break 1h25m ago"},
		{name: "format", state: ptr(state("counting", now.Add(12*time.Minute))), locked: true,
			format: "☕ {next} (at {at}) · {taken}/{skipped} · {routine} · {state}", want: "☕ 12m (at 09:42) · 2/1 · Desk break · counting"},
		{name: "format with nothing to say", history: true, format: "next {next}", want: ""},
		{name: "format since", history: true, format: "{since} since a break {state} {notaplaceholder}", want: "1h25m since a break off {notaplaceholder}"},
		{name: "format counts from another day", state: ptr(func() remind.State { s := state("quiet", time.Time{}); s.Day = "2026-11-20"; return s }()), locked: true,
			format: "{taken} taken", want: "0 taken"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ta := newTestApp(t)
			ta.clock.t = now
			if c.history {
				addSession(t, ta, time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC), 300)
			}
			if c.state != nil {
				writeRemindState(t, ta, *c.state)
			}
			if c.locked {
				holdRemindLock(t, ta)
			}
			args := []string{"status"}
			if c.format != "" {
				args = append(args, "--format", c.format)
			}
			if code := ta.run(args...); code != 0 || ta.errOut.Len() > 0 {
				t.Fatalf("exit %d, stderr %q", code, ta.errOut)
			}
			want := c.want
			if want != "" {
				want += "\n"
			}
			if got := ta.out.String(); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestShortDurations(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0s", 59 * time.Second: "59s", 90 * time.Second: "1m", time.Hour + 5*time.Minute: "1h05m",
		47 * time.Hour: "47h00m", 72 * time.Hour: "3d", -time.Second: "0s",
	} {
		if got := text.Compact(d, false); got != want {
			t.Errorf("shortDur(%v) = %q, want %q", d, got, want)
		}
	}
	for d, want := range map[time.Duration]string{
		500 * time.Millisecond: "1s", 59 * time.Second: "59s", 61 * time.Second: "2m", 60 * time.Minute: "1h00m",
	} {
		if got := text.Compact(d, true); got != want {
			t.Errorf("shortLeft(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestStatsShowsTodaysBreaks(t *testing.T) {
	ta := historyApp(t)
	writeRemindState(t, ta, remind.State{Phase: "quiet", Day: "2026-05-14", Taken: 3, Skipped: 1})
	if code := ta.run("stats"); code != 0 || !strings.Contains(ta.out.String(), "Desk breaks today (limber remind): 3 taken, 1 skipped") {
		t.Errorf("exit %d:\n%s", code, ta.out)
	}
	if code := ta.run("stats", "--json"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var s struct {
		Streak int `json:"current_streak"`
		Breaks *struct {
			Taken, Skipped int
		} `json:"breaks_today"`
	}
	if err := json.Unmarshal(ta.out.Bytes(), &s); err != nil || s.Breaks == nil || s.Breaks.Taken != 3 || s.Streak != 4 {
		t.Errorf("json %+v, %v", s, err)
	}
	writeRemindState(t, ta, remind.State{Phase: "quiet", Day: "2026-05-13", Taken: 3})
	if ta.run("stats"); strings.Contains(ta.out.String(), "Desk breaks") {
		t.Error("yesterday's breaks are not today's")
	}
}

// limber stats and limber status show today's sitting spells: the longest and how many reached
// the interval, from the state file of a reminder that has stopped.
func TestStatsAndStatusShowSittingSpells(t *testing.T) {
	ta := historyApp(t)
	writeRemindState(t, ta, remind.State{Phase: "counting", Day: "2026-05-14", Taken: 2, Every: "50m",
		LongestSec: 65 * 60, Long: 2})
	if code := ta.run("stats"); code != 0 || !strings.Contains(ta.out.String(), "Sitting today: longest spell 1 h 5 min, 2 spells over 50m") {
		t.Errorf("exit %d:\n%s", code, ta.out)
	}
	ta.run("stats", "--json")
	var s struct {
		Breaks struct {
			Longest int    `json:"longest_sitting_min"`
			Long    int    `json:"spells_over_interval"`
			Every   string `json:"interval"`
		} `json:"breaks_today"`
	}
	if err := json.Unmarshal(ta.out.Bytes(), &s); err != nil || s.Breaks.Longest != 65 || s.Breaks.Long != 2 || s.Breaks.Every != "50m" {
		t.Errorf("json %+v, %v", s, err)
	}
	if ta.run("status", "--format", "{longest} {spells} {taken}"); strings.TrimSpace(ta.out.String()) != "1h05m 2 2" {
		t.Errorf("status: %q", ta.out.String())
	}
}

// A misspelt placeholder is a usage error, not text in a prompt; braces that are no placeholder
// stay text.
func TestStatusFormatTypo(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("status", "--format", "break in {nxt}"); code != 2 || !strings.Contains(ta.errOut.String(), "unknown placeholder {nxt} in --format (did you mean {next}?)") {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
	ta = newTestApp(t)
	if code := ta.run("status", "--format", "{since} {notaplaceholder}"); code != 0 || ta.errOut.Len() != 0 {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
}
