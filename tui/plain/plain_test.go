package plain

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/runner"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const fixture = `
[safety]
disclaimer = "Not medical advice."
red_flags = ["Pain down a leg"]
emergency = "Bladder or bowel trouble: emergency care now."
pain_rule = "Gentle pull, never sharp pain."
after_pain = "Do not push through it."
pregnancy = "Ask your provider first."
pregnancy_stop = ["Bleeding", "Calf pain"]

[[exercise]]
id = "knee-hug"
name = "Knee hug"
position = "lying"
cues = ["Lie on your back.", "Hug one knee."]
sides = "each"
hold = "20s"
gentler = "tilt"

[[exercise]]
id = "tilt"
name = "Pelvic tilt"
position = "lying"
cues = ["Flatten your back."]
reps = 3
tempo = "2s"

[[exercise]]
id = "squeeze"
name = "Shoulder squeeze"
position = "seated"
cues = ["Squeeze your shoulder blades."]
reps = 3

[[exercise]]
id = "box"
name = "Box breathing"
position = "seated"
cues = ["Breathe slowly."]
breath = ["in 4s", "hold 4s", "out 4s", "hold 4s"]
repeat = 2

[[routine]]
id = "test"
name = "Test routine"
get_ready = "5s"
rest = "5s"
[[routine.step]]
exercise = "tilt"
[[routine.step]]
exercise = "knee-hug"
[[routine.step]]
exercise = "squeeze"
[[routine.step]]
exercise = "box"
`

// fakeClock advances only when the runner waits on it, so a whole session runs instantly and
// exactly on schedule.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.t = c.t.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.t
	return ch
}

var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func newRunner(t *testing.T, in string) (*Runner, *bytes.Buffer, *fakeClock) {
	t.Helper()
	return newRunnerWith(t, in, runner.Options{})
}

// newRunnerWith is newRunner with the runner's outlets (a voice) set.
func newRunnerWith(t *testing.T, in string, ro runner.Options) (*Runner, *bytes.Buffer, *fakeClock) {
	t.Helper()
	lib, probs := content.Build([]content.Source{{Name: "fixture.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	r, _ := lib.Routine("test")
	plan, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := &bytes.Buffer{}
	clock := &fakeClock{t: t0}
	opts := Options{Out: out, Safety: lib.Safety(), Now: clock.Now, After: clock.After}
	if in != "" {
		// A pre-filled channel, not a reader: input is then waiting before any timer fires.
		lines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
		ch := make(chan string, len(lines))
		for _, l := range lines {
			ch <- l
		}
		close(ch)
		opts.Lines = ch
	}
	return New(runner.New(plan, ro), opts), out, clock
}

func TestRunsOnItsOwnToTheEnd(t *testing.T) {
	r, out, clock := newRunner(t, "")
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusCompleted {
		t.Fatalf("status %v, want completed", rec.Status)
	}
	for _, s := range rec.Steps {
		if s.Outcome != session.OutcomeDone {
			t.Errorf("step %s %v: outcome %v, want done (self-paced reps count themselves at EOF)", s.Name, s.Side, s.Outcome)
		}
	}
	// The fake clock only moves when the runner waits, so this is the session's real length:
	// the plan's total, with self-paced reps at their 3 s estimate.
	if got, want := clock.t.Sub(t0), r.eng.Plan().Total(); got != want {
		t.Errorf("session took %v of clock, plan says %v", got, want)
	}
	if bytes.ContainsAny(out.Bytes(), "\x1b\r") {
		t.Errorf("plain output contains escape codes or carriage returns")
	}
	golden(t, "run-to-end.golden", out.String())
}

func TestEveryExerciseLineRemindsOfThePainKey(t *testing.T) {
	r, out, _ := newRunner(t, "")
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Knee hug", "Pelvic tilt", "Shoulder squeeze", "Box breathing"} {
		found := false
		for _, line := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(line, name+" - ") {
				found = true
				if !strings.Contains(line, "(sharp pain? type ! and Enter)") {
					t.Errorf("exercise line lacks the pain hint: %q", line)
				}
			}
		}
		if !found {
			t.Errorf("no announcement line for %s", name)
		}
	}
}

func TestCommands(t *testing.T) {
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }
	cases := []struct {
		name   string
		script func(r *Runner)
		state  session.State
		status session.Status
		say    string // a line the output must contain
	}{
		{"pause", func(r *Runner) { cmd(r, at(6), "p") }, session.StatePaused, 0, "Paused."},
		{"pause and resume", func(r *Runner) { cmd(r, at(6), "p"); cmd(r, at(20), "p") }, session.StateRunning, 0, "Going on."},
		{"quit", func(r *Runner) { cmd(r, at(6), "q") }, session.StateFinished, session.StatusStopped, ""},
		{"pain prompt", func(r *Runner) { cmd(r, at(6), "!") }, session.StatePainPrompt, 0, "Stopped: Pelvic tilt. Do not push through it."},
		{"pain then end", func(r *Runner) { cmd(r, at(6), "!"); cmd(r, at(7), "e") }, session.StateFinished, session.StatusPain, "e end the session"},
		{"pain then continue", func(r *Runner) { cmd(r, at(6), "!"); cmd(r, at(7), "c") }, session.StateRunning, 0, "Going on."},
		{"pain without gentler", func(r *Runner) { cmd(r, at(6), "!"); cmd(r, at(7), "g") }, session.StatePainPrompt, 0, "no gentler variant"},
		{"unknown pain choice repeats choices", func(r *Runner) { cmd(r, at(6), "!"); cmd(r, at(7), "x") }, session.StatePainPrompt, 0, "Choose (then Enter)"},
		{"unknown command", func(r *Runner) { cmd(r, at(6), "zz") }, session.StateRunning, 0, `Unknown command "zz"`},
		{"help", func(r *Runner) { cmd(r, at(6), "?") }, session.StateRunning, 0, "p pause/resume (p or space in the coach too)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, out, _ := newRunner(t, "")
			r.eng.Start(t0)
			r.eng.Tick(at(6)) // past the 5 s get-ready, into the tempo reps
			c.script(r)
			r.ann.flush(at(30), r.run.Tick(at(30)))
			if got := r.eng.State(); got != c.state {
				t.Errorf("state %v, want %v", got, c.state)
			}
			if c.state == session.StateFinished && r.eng.Record().Status != c.status {
				t.Errorf("status %v, want %v", r.eng.Record().Status, c.status)
			}
			if !strings.Contains(out.String(), c.say) {
				t.Errorf("output lacks %q:\n%s", c.say, out)
			}
		})
	}
}

func TestSelfPacedRepsByEnter(t *testing.T) {
	r, _, _ := newRunner(t, "")
	r.eng.Start(t0)
	// Skip to the shoulder squeeze: get ready, tilt, rest, knee hug L, switch, R, rest.
	for r.eng.Snapshot(t0).Step.Exercise.ID != "squeeze" || r.eng.Snapshot(t0).Step.Kind != session.KindReps {
		cmd(r, t0, "n")
	}
	cmd(r, t0, "")
	cmd(r, t0, "")
	if s := r.eng.Snapshot(t0); s.Rep != 2 {
		t.Fatalf("two Enters counted %d reps, want 2", s.Rep)
	}
	cmd(r, t0, "d")
	if s := r.eng.Snapshot(t0); s.Step.Exercise.ID == "squeeze" && s.Step.Kind == session.KindReps {
		t.Errorf("d did not end the set")
	}
}

func TestPainPromptAtEndOfInputEndsTheSession(t *testing.T) {
	r, out, _ := newRunner(t, "!\n")
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusPain || len(rec.Pain) != 1 {
		t.Errorf("status %v with %d pain reports, want pain with 1", rec.Status, len(rec.Pain))
	}
	if !strings.Contains(out.String(), "Stopped:") {
		t.Errorf("no pain announcement:\n%s", out)
	}
}

func TestCancelStopsAndReturnsCause(t *testing.T) {
	r, _, _ := newRunner(t, "")
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("SIGHUP")
	cancel(cause)
	rec, err := r.Run(ctx)
	if !errors.Is(err, cause) {
		t.Errorf("error %v, want the cancel cause", err)
	}
	if rec.Status != session.StatusStopped {
		t.Errorf("status %v, want stopped", rec.Status)
	}
}

func TestLinesReadsAReader(t *testing.T) {
	var got []string
	for l := range Lines(strings.NewReader("p\n!\n\nq")) {
		got = append(got, l)
	}
	if strings.Join(got, "|") != "p|!||q" {
		t.Errorf("lines %q", got)
	}
	if _, ok := <-Lines(nil); ok {
		t.Errorf("no input should be closed at once")
	}
}

// The summary counts what the coach's counts: exercises, not steps (B's two sides are one
// exercise), and the active time, pauses left out, not the time on the wall.
func TestSummary(t *testing.T) {
	rec := session.Record{RoutineName: "Desk break", Status: session.StatusPain, Started: t0, Ended: t0.Add(95 * time.Second),
		Active: 71 * time.Second,
		Steps: []session.StepRecord{{Exercise: "a", Name: "A", Outcome: session.OutcomeDone},
			{Exercise: "b", Name: "B", Side: session.SideLeft, Outcome: session.OutcomePain},
			{Exercise: "b", Name: "B", Side: session.SideRight, Outcome: session.OutcomePending},
			{Exercise: "c", Name: "C", Outcome: session.OutcomeSkipped}, {Exercise: "d", Name: "D", Outcome: session.OutcomePending}},
		Pain: []session.PainRecord{{Name: "B", Side: session.SideLeft, At: t0.Add(time.Minute)}}}
	var b bytes.Buffer
	Summary(&b, rec)
	want := "Session ended after pain: Desk break, active time 1:11.\n1 of 4 exercises done, 1 skipped, 1 not reached, 1 stopped for pain.\n" +
		"Pain reported: B (left side) at 09:01. If it lasts or comes back, mention it to a physiotherapist or doctor.\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui/plain -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if intended):\n%s", path, got)
	}
}

func TestLinesGoesOnAfterAHugeLine(t *testing.T) {
	huge := strings.Repeat("x", 100_000)
	quitPadded := "q" + strings.Repeat(" ", 70_000) + "x"                     // cut, it must not become "q"
	in := huge + "\n" + quitPadded + "\r\n!\nq\n" + strings.Repeat("y", 5000) // last line without \n
	var got []string
	for l := range Lines(strings.NewReader(in)) {
		got = append(got, l)
	}
	if len(got) != 5 {
		t.Fatalf("%d lines, want 5", len(got))
	}
	for _, i := range []int{0, 1, 4} {
		if len(got[i]) > maxLine+len("…") || !strings.HasSuffix(got[i], "…") {
			t.Errorf("line %d: %d bytes, ends %q; want at most %d, ending in …", i, len(got[i]), got[i][max(len(got[i])-5, 0):], maxLine)
		}
	}
	if got[2] != "!" || got[3] != "q" {
		t.Errorf("lines after the huge ones: %q, %q; want \"!\", \"q\"", got[2], got[3])
	}
}

func TestPainAfterAHugeLine(t *testing.T) {
	var in []string
	for l := range Lines(strings.NewReader(strings.Repeat("z", 200_000) + "\n!\ne\n")) {
		in = append(in, l)
	}
	r, out, _ := newRunner(t, strings.Join(in, "\n"))
	rec, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != session.StatusPain || len(rec.Pain) != 1 {
		t.Errorf("status %v with %d pain reports, want pain with 1", rec.Status, len(rec.Pain))
	}
	if !strings.Contains(out.String(), `Unknown command "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…"`) {
		t.Errorf("the huge line should be an unknown command, said back cut short:\n%.2000s", out)
	}
}

// failWriter accepts n bytes, then fails every write as a pipe with no reader does.
type failWriter struct {
	n      int
	writes int
}

var errBroken = errors.New("broken pipe")

func (w *failWriter) Write(p []byte) (int, error) {
	w.writes++
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errBroken
	}
	w.n -= len(p)
	return len(p), nil
}

func TestAFailedWriteStopsTheSession(t *testing.T) {
	for _, n := range []int{0, 300} {
		t.Run(fmt.Sprintf("after %d bytes", n), func(t *testing.T) {
			r, _, clock := newRunner(t, "")
			w := &failWriter{n: n}
			r.out.w = w
			rec, err := r.Run(context.Background())
			var we *WriteError
			if !errors.As(err, &we) || !errors.Is(err, errBroken) {
				t.Fatalf("error %v, want a *WriteError wrapping the write's", err)
			}
			if rec.Status != session.StatusStopped || rec.Ended.IsZero() {
				t.Errorf("status %v ended %v, want stopped", rec.Status, rec.Ended)
			}
			if took := clock.t.Sub(t0); took > 30*time.Second {
				t.Errorf("the session ran on for %v after the output failed", took)
			}
			if w.writes > 30 {
				t.Errorf("%d writes: the runner kept writing to a failed output", w.writes)
			}
		})
	}
}

func TestDoneWhenAHoldRunsOut(t *testing.T) {
	for _, tt := range []struct {
		name   string
		script []typed
		dones  int
	}{
		// The left hold runs out: done. The right one ends the session: "Hold complete" says it.
		{"run out", nil, 1},
		// Skipped holds are not done.
		{"left skipped", []typed{{7 * time.Second, "n"}}, 0},
		// Back in a hold's first seconds restarts it; it then runs out.
		{"left restarted", []typed{{6 * time.Second, "b"}}, 1},
		// Back from the switch runs the left hold again: done again.
		{"left run again", []typed{{16 * time.Second, "b"}}, 2},
		{"pain in the left hold", []typed{{7 * time.Second, "!"}, {7 * time.Second, "c"}}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, out, _ := quickRunner(t, session.Quick{Kind: session.PlanHold, Hold: 10 * time.Second, Sides: true}, tt.script...)
			if _, err := r.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(out.String(), "\n  done\n"); got != tt.dones {
				t.Errorf("%d done lines, want %d:\n%s", got, tt.dones, out)
			}
			if !strings.Contains(out.String(), "Hold complete.") {
				t.Errorf("no end:\n%s", out)
			}
		})
	}
}

// cmd types line at now and announces what it did.
func cmd(r *Runner, now time.Time, line string) { r.ann.flush(now, r.command(now, line)) }
