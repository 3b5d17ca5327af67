package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// interruptAt makes the test app's clock send Ctrl+C instead of passing limit (and then stand
// still): a reminder with nothing left to read runs until a signal stops it.
func (ta *testApp) interruptAt(limit time.Time) {
	sig := make(chan os.Signal, 1)
	ta.app.signals = func() (<-chan os.Signal, func()) { return sig, func() {} }
	ta.app.after = func(d time.Duration) <-chan time.Time {
		if !ta.clock.t.Add(d).After(limit) {
			return ta.clock.after(d)
		}
		select { // past the limit: the signal, and a timer that never fires
		case sig <- os.Interrupt:
		default:
		}
		return nil
	}
}

func TestRemindPlainTakesABreakThenCountsAgain(t *testing.T) {
	ta := newTestApp(t)
	start := ta.clock.t // 09:30
	ta.interruptAt(start.Add(2 * time.Hour))
	code := ta.runWithInput("\n", "remind", "--every", "40m", "--hours", "always")
	if code != 130 {
		t.Errorf("exit %d, want 130 (stopped by the signal): %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{
		"09:30 limber remind: Desk break after 40 min of sitting, all day.",
		"09:30 Starting Desk break.",
		"Saved to your history",
		"Next break at 10:1", // 40 minutes after the break ended
		"Time for a break: Desk break",
		"No input to answer, so this break is not counted.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\a\x1b") {
		t.Error("bell or escape codes written into a pipe")
	}
	st, err := ta.data().RemindState()
	if err != nil || st.Running || st.Taken != 1 || st.Skipped != 0 || st.Day != "2026-11-21" || st.Every != "40m" || st.Hours != "always" {
		t.Errorf("state %+v, %v", st, err)
	}
	entries, _, _ := journal.Read(ta.historyPath())
	if len(entries) != 1 || entries[0].Routine != "desk-break" {
		t.Errorf("history %+v", entries)
	}
	// limber stats shows today's break; a second reminder carries the count on.
	if ta.run("stats"); !strings.Contains(ta.out.String(), "Desk breaks today (limber remind): 1 taken, 0 skipped") {
		t.Errorf("stats:\n%s", ta.out)
	}
	ta.interruptAt(ta.clock.t.Add(time.Hour))
	ta.runWithInput("k\nq\n", "remind", "--every", "40m", "--hours", "always")
	st, _ = ta.data().RemindState()
	if st.Taken != 1 || st.Skipped != 1 {
		t.Errorf("second run: %+v", st)
	}
}

func TestRemindOutsideHoursWaitsQuietly(t *testing.T) {
	ta := newTestApp(t) // 09:30
	ta.interruptAt(ta.clock.t.Add(3 * time.Hour))
	ta.runWithInput("", "remind", "--every", "10m", "--hours", "14:00-18:00", "--days", "every day")
	out := ta.out.String()
	if !strings.Contains(out, "09:30 Outside your hours (every day 14:00-18:00): quiet until 14:00.") || strings.Contains(out, "Time for a break") {
		t.Errorf("output:\n%s", out)
	}
}

func TestRemindUsageAndLock(t *testing.T) {
	ta := newTestApp(t)
	for _, args := range [][]string{
		{"remind", "--every", "50"},
		{"remind", "--every", "500ms"},
		{"remind", "--hours", "9-5"},
		{"remind", "extra"},
	} {
		if code := ta.run(args...); code != 2 || !strings.HasPrefix(ta.errOut.String(), "limber: remind: ") {
			t.Errorf("%v: exit %d, %q", args, code, ta.errOut)
		}
	}
	if code := ta.run("remind", "--routine", "desk-brake"); code != 1 || !strings.Contains(ta.errOut.String(), "did you mean desk-break") {
		t.Errorf("unknown routine: exit %d, %q", code, ta.errOut)
	}
	unlock, err := ta.data().LockRemind()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if code := ta.run("remind"); code != 1 || !strings.Contains(ta.errOut.String(), "another limber remind is already running") {
		t.Errorf("second reminder: exit %d, %q", code, ta.errOut)
	}
}

func TestRemindUsesTheSettings(t *testing.T) {
	ta := newTestApp(t)
	ta.writeConfig(t, "remind_every = \"25m\"\nremind_hours = \"always\"\ndefault_routine = \"breathing-relaxation\"\n")
	ta.interruptAt(ta.clock.t.Add(10 * time.Minute))
	ta.runWithInput("", "remind")
	if out := ta.out.String(); !strings.Contains(out, "Breathing and relaxation after 25 min of sitting, all day.") || !strings.Contains(out, "Next break at 09:55") {
		t.Errorf("output:\n%s", out)
	}
}

func TestRemindGoesOnWhenABreakCannotBeSaved(t *testing.T) {
	ta := newTestApp(t)
	if err := os.MkdirAll(ta.historyPath(), 0o700); err != nil { // a folder where the log should be
		t.Fatal(err)
	}
	ta.interruptAt(ta.clock.t.Add(time.Hour))
	if code := ta.runWithInput("\n", "remind", "--every", "40m", "--hours", "always"); code != 130 {
		t.Errorf("exit %d, want 130: the reminder must go on after a break it could not save", code)
	}
	if !strings.Contains(ta.errOut.String(), "NOT saved") || !strings.Contains(ta.out.String(), "Next break at") {
		t.Errorf("stderr %q\nstdout:\n%s", ta.errOut, ta.out)
	}
	if st, _ := ta.data().RemindState(); st.Taken != 1 {
		t.Errorf("the break was taken even if its record was lost: %+v", st)
	}
}
