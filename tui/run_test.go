package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/policy"
)

func TestStartSchedulesTheFirstTick(t *testing.T) {
	m, _, cmd := newTestRun(t, 80, 24)
	if cmd == nil || m.gen != 1 {
		t.Fatalf("newRun: cmd %v, gen %d; want a tick of gen 1", cmd != nil, m.gen)
	}
	// The 5 s get-ready shows 5 until 1 s has gone.
	if want := t0.Add(time.Second); !m.due.Equal(want) {
		t.Errorf("first tick due %v, want %v", m.due, want)
	}
}

func TestTheTickCarriesTheCurrentGeneration(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	clk.Set(secs(0.999))               // the next change is 1 ms away: the tick's real timer fires at once
	m, cmd := m.Update(press("enter")) // a key that changes nothing still reschedules the tick
	if cmd == nil {
		t.Fatal("no tick scheduled")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if msg != (tickMsg{gen: m.gen}) {
			t.Errorf("tick message %#v, want tickMsg{gen: %d}", msg, m.gen)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("tick did not fire")
	}
}

func TestTicksAdvanceTheEngine(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	m, cmd := tickAt(m, clk, 5)
	if s := m.eng.Snapshot(clk.Now()); s.Step.Kind != session.KindReps || cmd == nil {
		t.Fatalf("at 5 s: step %v, cmd %v; want the tempo reps and a tick", s.Step.Kind, cmd != nil)
	}
	// Tempo reps change at each beat (2 s) and each whole second.
	if want := t0.Add(secs(6)); !m.due.Equal(want) {
		t.Errorf("tick due %v, want %v", m.due, want)
	}
}

func TestStaleTickIsDropped(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	stale := m.gen
	m, _ = keyAt(m, clk, 1, "?") // every handled key replaces the live tick
	if m.gen == stale {
		t.Fatal("gen did not change on reschedule")
	}
	gen := m.gen
	clk.Set(secs(30))
	m, cmd := m.Update(tickMsg{gen: stale})
	if cmd != nil || m.gen != gen {
		t.Errorf("stale tick: cmd %v, gen %d → %d; want nothing", cmd != nil, gen, m.gen)
	}
	if got := m.eng.Snapshot(clk.Now()).Index; got != 0 {
		t.Errorf("stale tick moved the engine to step %d", got)
	}
}

func TestPauseStopsTheTicks(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	m, _ = tickAt(m, clk, 20)
	live := m.gen
	m, cmd := keyAt(m, clk, 21, "space")
	if m.eng.State() != session.StatePaused {
		t.Fatalf("state %v, want paused", m.eng.State())
	}
	if cmd != nil || !m.due.IsZero() {
		t.Errorf("paused: cmd %v, due %v; want no tick", cmd != nil, m.due)
	}
	if m.gen == live {
		t.Error("the tick in flight before the pause is not stale")
	}
	if _, cmd = tickAt(m, clk, 30); cmd != nil {
		t.Error("a tick while paused scheduled another")
	}
	if got := m.eng.Snapshot(clk.Now()).Left; got != secs(15) {
		t.Errorf("paused at 5 s into a 20 s hold: %v left, want 15s", got)
	}
	m, cmd = keyAt(m, clk, 40, "space")
	if m.eng.State() != session.StateRunning || cmd == nil || !m.due.Equal(t0.Add(secs(41))) {
		t.Errorf("resume: state %v, cmd %v, due %v; want running and a tick at 41 s", m.eng.State(), cmd != nil, m.due)
	}
}

func TestKeys(t *testing.T) {
	cases := []struct {
		name  string
		at    float64 // seconds; 20 is in the left knee hug, 70 in the self-paced reps
		keys  []string
		check func(t *testing.T, m runModel, s session.Snapshot)
	}{
		{"n skips to the next step", 20, []string{"n"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.Step.Kind != session.KindSwitch {
				t.Errorf("step %v, want the switch", s.Step.Kind)
			}
		}},
		{"b restarts the exercise", 25, []string{"b"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.Index != 3 || s.Left != secs(20) {
				t.Errorf("step %d with %v left, want step 3 afresh", s.Index, s.Left)
			}
		}},
		{"! stops at the pain prompt", 20, []string{"!"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StatePainPrompt || !m.due.IsZero() {
				t.Errorf("state %v, due %v; want the pain prompt and no tick", s.State, m.due)
			}
		}},
		{"enter counts a self-paced rep", 70, []string{"enter"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.Rep != 1 || !m.due.IsZero() {
				t.Errorf("rep %d, due %v; want 1 and no tick while waiting for reps", s.Rep, m.due)
			}
		}},
		{"enter ×3 finishes the set", 70, []string{"enter", "enter", "enter"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.Step.Kind != session.KindRest || m.due.IsZero() {
				t.Errorf("step %v, due %v; want the rest, ticking", s.Step.Kind, m.due)
			}
		}},
		{"d finishes the set early", 70, []string{"enter", "d"}, func(t *testing.T, m runModel, s session.Snapshot) {
			r := m.eng.Record().Steps[3]
			if s.Step.Kind != session.KindRest || r.Outcome != session.OutcomePartial || r.AchievedReps != 1 {
				t.Errorf("step %v, squeeze %v with %d reps; want the rest and partial 1", s.Step.Kind, r.Outcome, r.AchievedReps)
			}
		}},
		{"enter does nothing on a hold", 20, []string{"enter", "d"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.Index != 3 || s.State != session.StateRunning {
				t.Errorf("step %d %v, want the hold running", s.Index, s.State)
			}
		}},
		{"? toggles the help, pausing the clock", 20, []string{"?"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if !m.help || !strings.Contains(plainView(m.View()), "close this help") {
				t.Error("no full help")
			}
			if s.State != session.StatePaused || !m.due.IsZero() {
				t.Errorf("state %v, due %v; want the clock paused under the help", s.State, m.due)
			}
		}},
		{"keys other than ?, esc, space, ! and q do nothing under the help", 70, []string{"?", "enter", "n", "d", "b"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if !m.help || s.Rep != 0 || s.Index != 7 {
				t.Errorf("help %v, rep %d, step %d; want the help open and nothing counted or skipped", m.help, s.Rep, s.Index)
			}
		}},
		{"space closes the help and resumes", 20, []string{"?", "space"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.help || s.State != session.StateRunning {
				t.Errorf("help %v, state %v; want the hold running again", m.help, s.State)
			}
		}},
		{"a pause of your own stays after the help", 20, []string{"space", "?", "?"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.help || s.State != session.StatePaused {
				t.Errorf("help %v, state %v; want still paused", m.help, s.State)
			}
		}},
		{"? twice closes it", 20, []string{"?", "?"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.help {
				t.Error("help still open")
			}
		}},
		{"esc closes it", 20, []string{"?", "esc"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.help || s.State != session.StateRunning {
				t.Errorf("help %v, state %v; want it closed and the clock running", m.help, s.State)
			}
		}},
		{"q asks first, pausing the clock", 20, []string{"q"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if !m.confirm || s.State != session.StatePaused || !m.due.IsZero() || s.Left != secs(16) {
				t.Errorf("confirm %v, state %v, due %v, left %v; want the question, the clock paused at 16 s", m.confirm, s.State, m.due, s.Left)
			}
			v := plainView(m.View())
			if !strings.Contains(v, "End this session? It will be saved as stopped.") || !strings.Contains(v, "y/q end it · n/esc go on") {
				t.Errorf("the question and its keys are not on screen:\n%s", v)
			}
		}},
		{"q then n keeps going (n is not next)", 20, []string{"q", "n"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.confirm || s.Index != 3 || s.State != session.StateRunning {
				t.Errorf("confirm %v, step %d %v; want back on the hold", m.confirm, s.Index, s.State)
			}
		}},
		{"q then esc keeps going", 20, []string{"q", "esc"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.confirm || s.State != session.StateRunning {
				t.Errorf("confirm %v, state %v", m.confirm, s.State)
			}
		}},
		{"q then ! still reports pain", 20, []string{"q", "!"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.confirm || s.State != session.StatePainPrompt {
				t.Errorf("confirm %v, state %v", m.confirm, s.State)
			}
		}},
		{"pain then c continues", 20, []string{"!", "c"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StateRunning || s.Index != 3 || len(m.eng.Record().Pain) != 0 || m.due.IsZero() {
				t.Errorf("state %v step %d pains %d due %v; want the hold running again, no report", s.State, s.Index, len(m.eng.Record().Pain), m.due)
			}
		}},
		{"pain then s skips the exercise", 20, []string{"!", "s"}, func(t *testing.T, m runModel, s session.Snapshot) {
			rec := m.eng.Record()
			if s.State != session.StateRunning || s.Index != 6 {
				t.Errorf("state %v step %d; want the rest before the next exercise", s.State, s.Index)
			}
			if rec.Steps[1].Outcome != session.OutcomePain || rec.Steps[2].Outcome != session.OutcomeSkipped {
				t.Errorf("knee hug outcomes %v, %v; want pain, skipped", rec.Steps[1].Outcome, rec.Steps[2].Outcome)
			}
		}},
		{"pain then g swaps in the gentler variant", 20, []string{"!", "g"}, func(t *testing.T, m runModel, s session.Snapshot) {
			next := s.Next
			if s.State != session.StateRunning || next == nil || next.Exercise.ID != "tilt" || !next.Gentler {
				t.Errorf("state %v next %+v; want the pelvic tilt as the gentler variant", s.State, next)
			}
		}},
		{"g without a gentler variant says so", 8, []string{"!", "g"}, func(t *testing.T, m runModel, s session.Snapshot) {
			v := plainView(m.View())
			if s.State != session.StatePainPrompt || strings.Contains(v, "gentler variant:") ||
				!strings.Contains(v, "no gentler variant") {
				t.Errorf("state %v, view:\n%s", s.State, v)
			}
		}},
		{"? does nothing at the pain prompt", 20, []string{"!", "?"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if m.help || s.State != session.StatePainPrompt {
				t.Errorf("help %v, state %v", m.help, s.State)
			}
		}},
		{"space does nothing at the pain prompt", 20, []string{"!", "space", "n"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StatePainPrompt || s.Index != 3 {
				t.Errorf("state %v step %d", s.State, s.Index)
			}
		}},
		{"p pauses as space does, as in plain mode", 20, []string{"p"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StatePaused || !strings.Contains(plainView(m.View()), "PAUSED · space/p to resume") {
				t.Errorf("state %v; want paused, saying space or p resumes:\n%s", s.State, plainView(m.View()))
			}
		}},
		{"p resumes", 20, []string{"space", "p"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StateRunning {
				t.Errorf("state %v; want running again", s.State)
			}
		}},
		{"n and b work while paused", 20, []string{"space", "n"}, func(t *testing.T, m runModel, s session.Snapshot) {
			if s.State != session.StatePaused || s.Step.Kind != session.KindSwitch || !m.due.IsZero() {
				t.Errorf("state %v step %v due %v; want paused on the switch", s.State, s.Step.Kind, m.due)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, clk, _ := newTestRun(t, 80, 24)
			m, _ = tickAt(m, clk, c.at)
			for _, k := range c.keys {
				var cmd tea.Cmd
				if m, cmd = keyAt(m, clk, c.at, k); m.ended {
					t.Fatalf("key %q ended the session (cmd %v)", k, cmd != nil)
				}
			}
			c.check(t, m, m.eng.Snapshot(clk.Now()))
		})
	}
}

// The quit question is answered yes with y, or with q again: the key that asked ends it.
func TestQuitConfirmedSavesAsStopped(t *testing.T) {
	for _, yes := range []string{"y", "q"} {
		m, clk, _ := newTestRun(t, 80, 24)
		m, _ = tickAt(m, clk, 20)
		m, _ = keyAt(m, clk, 21, "q")
		m, cmd := keyAt(m, clk, 22, yes)
		n, rec := endedMsgs(runMsgs(t, cmd))
		if n != 1 || rec.Status != session.StatusStopped {
			t.Fatalf("q then %s: %d sessionEndedMsg, status %v; want one, stopped", yes, n, rec.Status)
		}
		if m.eng.State() != session.StateFinished || !m.due.IsZero() {
			t.Errorf("q then %s: state %v due %v", yes, m.eng.State(), m.due)
		}
	}
}

func TestPainThenEndSavesAsPain(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	m, _ = tickAt(m, clk, 20)
	m, _ = keyAt(m, clk, 21, "!")
	m, cmd := keyAt(m, clk, 25, "e")
	n, rec := endedMsgs(runMsgs(t, cmd))
	if n != 1 || rec.Status != session.StatusPain || len(rec.Pain) != 1 || rec.Pain[0].Side != session.SideLeft {
		t.Fatalf("%d sessionEndedMsg, %+v; want one with status pain and the left knee hug", n, rec)
	}
	for _, k := range []string{"e", "q", "y", "space"} {
		if _, cmd := keyAt(m, clk, 26, k); cmd != nil {
			t.Errorf("key %q after the end returned a Cmd", k)
		}
	}
}

func TestSessionEndsOnceByTheClock(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	m.c.Bell = true
	m, _ = tickAt(m, clk, 70)
	for range 3 {
		m, _ = keyAt(m, clk, 70, "enter")
	}
	m, _ = tickAt(m, clk, 100)
	if m.ended {
		t.Fatal("ended before the breathing was over")
	}
	m, cmd := tickAt(m, clk, 200)
	msgs := runMsgs(t, cmd)
	n, rec := endedMsgs(msgs)
	if n != 1 || rec.Status != session.StatusCompleted {
		t.Fatalf("%d sessionEndedMsg, status %v; want one, completed", n, rec.Status)
	}
	bell := false
	for _, msg := range msgs {
		if r, ok := msg.(tea.RawMsg); ok && r.Msg == "\a" {
			bell = true
		}
	}
	if !bell {
		t.Error("the routine's end did not ring the bell")
	}
	for _, msg := range []tea.Msg{tickMsg{gen: m.gen}, press("enter"), press("q")} {
		if m, cmd = m.Update(msg); cmd != nil {
			t.Errorf("%#v after the end returned a Cmd", msg)
		}
	}
}

func TestBuiltinRoutineRunsToTheEnd(t *testing.T) {
	clk := newClock()
	c := testCommon(t, 80, 24, clk)
	r, ok := c.Lib.Routine("desk-break")
	if !ok {
		t.Fatal("no desk-break routine")
	}
	plan, err := session.NewPlan(r, c.Lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newRun(c, testRun(c, plan))
	ended := 0
	for i := 0; i < 10000 && !m.ended; i++ {
		var cmd tea.Cmd
		if m.due.IsZero() { // waiting for self-paced reps
			clk.Advance(3 * time.Second)
			m, cmd = m.Update(press("enter"))
		} else {
			clk.t = m.due
			m, cmd = m.Update(tickMsg{gen: m.gen})
		}
		if m.ended {
			n, _ := endedMsgs(runMsgs(t, cmd))
			ended += n
		}
		fitsIn(t, m.View(), 80, 24)
	}
	rec := m.eng.Record()
	if ended != 1 || rec.Status != session.StatusCompleted {
		t.Fatalf("%d sessionEndedMsg, status %v; want one, completed", ended, rec.Status)
	}
	for _, s := range rec.Steps {
		if s.Outcome != session.OutcomeDone {
			t.Errorf("%s %v: %v, want done", s.Name, s.Side, s.Outcome)
		}
	}
}

func TestBell(t *testing.T) {
	m, clk, _ := newTestRun(t, 80, 24)
	m.c.Bell = true
	steps := []struct {
		name  string
		at    float64
		key   string // "" for a tick
		bells int    // total so far
	}{
		{"3 s left of the get-ready", 2, "", 1},
		{"no cue", 2.5, "", 1},
		{"2 s left", 3, "", 2},
		{"1 s left", 4, "", 3},
		{"the get-ready ends", 5, "", 4},
		{"a tempo beat", 7, "", 4},
		{"n is the person's own doing", 8, "n", 4},
		{"3 s left of the rest", 8 + 2, "", 5},
	}
	for _, s := range steps {
		if s.key == "" {
			m, _ = tickAt(m, clk, s.at)
		} else {
			m, _ = keyAt(m, clk, s.at, s.key)
		}
		if m.bells != s.bells {
			t.Errorf("%s: %d bells, want %d", s.name, m.bells, s.bells)
		}
	}
	m.c.Bell = false
	m, _ = tickAt(m, clk, 11)
	if m.bells != 5 {
		t.Error("the bell rang with the bell off")
	}
}

// The pain prompt lists the signs to stop at once in pregnancy after the red flags, for a
// person who said they are pregnant, and not for anyone else.
func TestPainPromptPregnancyStopSigns(t *testing.T) {
	for _, pregnant := range []bool{true, false} {
		m, clk, _ := newTestRun(t, 80, 40)
		m.c.Answers.Pregnant = pregnant
		m, _ = tickAt(m, clk, 20)
		m, _ = keyAt(m, clk, 21, "!")
		v := m.View()
		if got := strings.Contains(v, "Calf pain") && strings.Contains(v, policy.PregnancyStopLead); got != pregnant {
			t.Errorf("pregnant %v: pain prompt lists the pregnancy stop signs: %v\n%s", pregnant, got, v)
		}
	}
}

// esc or ? on the pain prompt names the choices there are: g only for an exercise with a gentler
// variant.
func TestPainPromptEscNamesTheChoices(t *testing.T) {
	seen := map[bool]bool{}
	for _, at := range []float64{3, 20, 45, 70, 90} {
		m, clk, _ := newTestRun(t, 80, 40)
		m, _ = tickAt(m, clk, at)
		m, _ = keyAt(m, clk, at, "!")
		if m.eng.State() != session.StatePainPrompt {
			continue
		}
		gentler := m.eng.Snapshot(clk.Now()).Gentler != nil
		m, _ = keyAt(m, clk, at, map[bool]string{true: "esc", false: "?"}[len(seen) == 0])
		want := "(s, e or c)"
		if gentler {
			want = "(s, g, e or c)"
		}
		if !strings.Contains(m.note, want) {
			t.Errorf("at %vs (gentler %v): %q, want %s", at, gentler, m.note, want)
		}
		seen[gentler] = true
	}
	if !seen[true] || !seen[false] {
		t.Errorf("the fixture gave a pain prompt with and without a gentler variant: %v", seen)
	}
}
