package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/runner"
)

// scriptedClock is a fake clock that also types: once the clock reaches a line's time, the line
// is put on the input before the runner's wait returns, so the runner reads it at exactly that
// instant. The input is closed after the last line.
type scriptedClock struct {
	fakeClock
	lines  chan string
	script []typed
}

// typed is a line typed at a time since t0.
type typed struct {
	at   time.Duration
	line string
}

func (c *scriptedClock) After(d time.Duration) <-chan time.Time {
	ch := c.fakeClock.After(d)
	for len(c.script) > 0 && !c.t.Before(t0.Add(c.script[0].at)) {
		c.lines <- c.script[0].line
		c.script = c.script[1:]
		if len(c.script) == 0 {
			close(c.lines)
		}
	}
	return ch
}

// quickRunner runs quick timer q of the fixture's library with lines typed as scripted; no
// script means no input at all.
func quickRunner(t *testing.T, q session.Quick, script ...typed) (*Runner, *bytes.Buffer, *scriptedClock) {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "fixture.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if q.Kind == session.PlanMax {
		q.Exercise, _ = lib.Exercise("squeeze")
	}
	plan, err := session.NewQuickPlan(q, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := &bytes.Buffer{}
	clock := &scriptedClock{fakeClock: fakeClock{t: t0}, lines: make(chan string, len(script)+1), script: script}
	if len(script) == 0 {
		close(clock.lines)
	}
	opts := Options{Out: out, Safety: lib.Safety(), Now: clock.Now, After: clock.After, Lines: clock.lines}
	return New(runner.New(plan, runner.Options{}), opts), out, clock
}

func TestPlainMaxTestEnterStopsTheStopwatch(t *testing.T) {
	// 10 s to get ready, then the stopwatch; Enter after 2 s, then 25 s more.
	for _, tt := range []struct {
		name  string
		stop  time.Duration
		lines []string
	}{
		{"after 2 s", 12 * time.Second, []string{"max hold", "press Enter", "Test complete."}},
		{"after 25 s, with the time said every 10 s", 35 * time.Second, []string{"  10 s", "  20 s"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, out, clock := quickRunner(t, session.Quick{Kind: session.PlanMax}, typed{tt.stop, ""})
			rec, err := r.Run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if rec.Status != session.StatusCompleted || rec.Kind != session.PlanMax || !clock.t.Equal(t0.Add(tt.stop)) {
				t.Fatalf("status %v kind %v, clock at +%v", rec.Status, rec.Kind, clock.t.Sub(t0))
			}
			if s := rec.Steps[0]; s.Kind != session.KindCountUp || s.Outcome != session.OutcomeDone || s.AchievedTime != tt.stop-10*time.Second {
				t.Errorf("count-up record %+v", s)
			}
			for _, want := range append(tt.lines, "Get ready: Shoulder squeeze") {
				if !strings.Contains(out.String(), want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out.String(), "  30 s") {
				t.Errorf("said a time not reached:\n%s", out)
			}
		})
	}
}

func TestPlainMaxTestWithoutInputIsStopped(t *testing.T) {
	r, out, clock := quickRunner(t, session.Quick{Kind: session.PlanMax})
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusStopped || rec.Steps[0].Outcome == session.OutcomeDone || clock.t.After(t0.Add(time.Second)) {
		t.Errorf("status %v outcome %v at +%v", rec.Status, rec.Steps[0].Outcome, clock.t.Sub(t0))
	}
	if !strings.Contains(out.String(), "nobody can stop the stopwatch") {
		t.Errorf("output:\n%s", out)
	}
}

func TestPlainMaxTestPain(t *testing.T) {
	// The pain prompt waits for input without a timer, so its answers are typed at once.
	r, out, _ := quickRunner(t, session.Quick{Kind: session.PlanMax}, typed{14 * time.Second, "!"}, typed{14 * time.Second, "g"}, typed{14 * time.Second, "e"})
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusPain || rec.Steps[0].Outcome != session.OutcomePain || rec.Steps[0].AchievedTime != 4*time.Second {
		t.Errorf("status %v step %+v", rec.Status, rec.Steps[0])
	}
	if !strings.Contains(out.String(), "no gentler variant") || strings.Contains(out.String(), "g try the gentler") {
		t.Errorf("a max test offers no gentler variant:\n%s", out)
	}
}

func TestPlainBareHold(t *testing.T) {
	r, out, clock := quickRunner(t, session.Quick{Kind: session.PlanHold, Hold: 3 * time.Second, Sides: true})
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusCompleted || rec.Kind != session.PlanHold || len(rec.Steps) != 2 || !clock.t.Equal(t0.Add(16*time.Second)) {
		t.Fatalf("status %v kind %v steps %d at +%v", rec.Status, rec.Kind, len(rec.Steps), clock.t.Sub(t0))
	}
	for _, want := range []string{"Get ready. Starting in 5 s.", "Timer - LEFT side - hold 3 s " + "(sharp pain? type ! and Enter)", "Switch sides: RIGHT side, 5 s.",
		"Timer - RIGHT side - hold 3 s", "Hold complete. Well done."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
