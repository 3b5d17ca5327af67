package reminder

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// day is Monday 2026-11-23 at hh:mm.
func day(hh, mm int) time.Time { return time.Date(2026, 11, 23, hh, mm, 0, 0, time.UTC) }

var nineToSix = content.EveryDay(content.Weekdays, content.Hours{From: 9 * 60, To: 18 * 60})

var allDay = content.EveryDay(content.AllDays, content.AllDay)

var deskBreak = &content.Routine{ID: "desk-break", Name: "Desk break"}

// harness runs a Plain reminder on its own goroutine with a clock the test moves: every timer
// the reminder asks for is handed to the test, which fires it after moving the clock.
type harness struct {
	t     *testing.T
	mu    sync.Mutex
	now   time.Time
	reqs  chan timerReq
	lines chan string
	out   bytes.Buffer
	p     *Plain
	// pending is the timer the reminder waits on now.
	pending timerReq
	done    chan Action
	states  []remind.State
	spoken  []string
}

type timerReq struct {
	d    time.Duration
	fire chan time.Time
}

func newHarness(t *testing.T, start time.Time, every time.Duration, hours content.Week, input bool) *harness {
	h := &harness{t: t, now: start, reqs: make(chan timerReq), done: make(chan Action, 1)}
	o := Options{
		Schedule: remind.New(remind.Config{Every: every, Week: hours}, start, remind.Counts{}),
		Routine:  deskBreak, Length: 5 * time.Minute, Bell: true,
		Now:   h.clock,
		Save:  func(st remind.State) { h.states = append(h.states, st) },
		Speak: func(s string) { h.spoken = append(h.spoken, s) },
		Every: every.String(), Hours: hours.String(),
	}
	var lines <-chan string
	if input {
		h.lines = make(chan string)
		lines = h.lines
	}
	after := func(d time.Duration) <-chan time.Time {
		ch := make(chan time.Time, 1)
		h.reqs <- timerReq{d, ch}
		return ch
	}
	h.p = NewPlain(o, &h.out, lines, after)
	return h
}

func (h *harness) clock() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.now
}

func (h *harness) set(t time.Time) {
	h.mu.Lock()
	h.now = t
	h.mu.Unlock()
}

// run starts (or restarts, after a break) the reminder and waits for its first timer.
func (h *harness) run() {
	go func() {
		a, _ := h.p.Run(context.Background())
		h.done <- a
	}()
	h.pending = <-h.reqs
}

// until moves the clock to target, firing each timer the reminder asks for on the way (it
// never asks for more than remind.MaxWait: an awake machine).
func (h *harness) until(target time.Time) {
	for h.clock().Before(target) {
		next := h.clock().Add(h.pending.d)
		if next.After(target) || h.pending.d <= 0 {
			next = target
		}
		h.set(next)
		h.pending.fire <- next
		h.pending = <-h.reqs
	}
}

// jump moves the clock at once, as a suspend does, then fires the pending timer.
func (h *harness) jump(to time.Time) {
	h.set(to)
	h.pending.fire <- to
	h.pending = <-h.reqs
}

// send types a command; when it ends the run, it returns the action.
func (h *harness) send(line string) (Action, bool) {
	h.lines <- line
	select {
	case a := <-h.done:
		return a, true
	case h.pending = <-h.reqs:
		return 0, false
	}
}

func TestPlainRemindSnoozeSkipBreak(t *testing.T) {
	h := newHarness(t, day(10, 0), 50*time.Minute, nineToSix, true)
	h.run()
	if h.pending.d > remind.MaxWait {
		t.Errorf("waits %v; a suspend would go unnoticed", h.pending.d)
	}
	h.until(day(10, 50))
	h.send("s")
	h.until(day(10, 55))
	h.send("k")
	h.send("s") // nothing to snooze
	h.until(day(11, 45))
	if a, done := h.send(""); !done || a != ActionStart {
		t.Fatalf("Enter: %v, %v; want the break", a, done)
	}
	if ph := h.p.o.Schedule.Phase(); ph != remind.PhaseBreak {
		t.Errorf("phase %v during the break", ph)
	}
	h.set(day(11, 52))
	h.p.o.Schedule.BreakOver(day(11, 52), true)
	h.run()
	h.send("bogus")
	if a, done := h.send("q"); !done || a != ActionQuit {
		t.Fatalf("q: %v, %v", a, done)
	}
	out := h.out.String()
	if strings.Count(out, "\a") != 3 {
		t.Errorf("the bell rang %d times, want once per due break (3)", strings.Count(out, "\a"))
	}
	golden(t, "plain-remind.golden", out)
	if strings.Join(h.spoken, "|") != "Time for a break|Time for a break|Time for a break" {
		t.Errorf("spoken %q", h.spoken)
	}
	last := h.states[len(h.states)-1]
	if last.Taken != 1 || last.Skipped != 1 || last.Phase != "counting" || !last.Next.Equal(day(12, 42)) || last.RoutineName != "Desk break" {
		t.Errorf("last state %+v", last)
	}
}

func TestPlainQuietHoursAndSleep(t *testing.T) {
	h := newHarness(t, day(17, 30), 50*time.Minute, nineToSix, true)
	h.run()
	h.until(day(18, 0)) // the 18:20 break never comes
	h.until(day(9, 0).AddDate(0, 0, 1))
	h.until(day(9, 30).AddDate(0, 0, 1))
	h.jump(day(11, 30).AddDate(0, 0, 1)) // the lid was closed for two hours
	h.until(day(12, 20).AddDate(0, 0, 1))
	h.send("q")
	out := h.out.String()
	for _, want := range []string{
		"17:30 Next break at 18:20 (in 50 min).",
		"18:00 Outside your hours (mon-fri 09:00-18:00): quiet until tomorrow 09:00.",
		"09:00 Your hours have begun.\n09:00 Next break at 09:50 (in 50 min).",
		"11:30 Welcome back: the time away counts as a break.\n11:30 Next break at 12:20 (in 50 min).",
		"12:20 Time for a break: Desk break (5 min).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Count(out, "Time for a break") != 1 {
		t.Errorf("want exactly one due break (none at night, none for the sleep):\n%s", out)
	}
}

func TestPlainWithoutInputDropsDueBreaks(t *testing.T) {
	h := newHarness(t, day(10, 0), 5*time.Minute, allDay, false)
	h.run()
	h.until(day(10, 11))
	c := h.p.o.Schedule.Today()
	if c.Taken+c.Skipped != 0 {
		t.Errorf("counts %+v", c)
	}
	out := h.out.String()
	if strings.Count(out, "this break is not counted") != 2 || !strings.Contains(out, "10:10 Next break at 10:15") {
		t.Errorf("output:\n%s", out)
	}
}

func TestPlainCancelled(t *testing.T) {
	h := newHarness(t, day(10, 0), time.Hour, allDay, true)
	ctx, cancel := context.WithCancelCause(context.Background())
	res := make(chan error, 1)
	go func() {
		_, err := h.p.Run(ctx)
		res <- err
	}()
	<-h.reqs
	cause := context.Canceled
	cancel(cause)
	if err := <-res; err != cause {
		t.Errorf("Run returned %v, want the cause", err)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui/reminder -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if intended):\n%s", path, got)
	}
}
