package session

import (
	"testing"
	"time"
)

func TestNext(t *testing.T) {
	// ready 5 | hold 30 (wall-sit) | rest 10 | reps 10 (cat-cow)
	e := newEngine(t, dur(5*s), 10*s, "wall-sit", "cat-cow")
	e.Next(at(1 * s)) // skip the get-ready
	if snap := e.Snapshot(at(1 * s)); snap.Index != 1 || snap.Left != 30*s {
		t.Fatalf("after Next on get-ready: step %d left %v", snap.Index, snap.Left)
	}
	e.Next(at(8 * s)) // 7 s into the hold
	if r := e.Record().Steps[0]; r.Outcome != OutcomePartial || r.AchievedTime != 7*s {
		t.Errorf("hold left after 7s: %+v", r)
	}
	e.Next(at(8 * s))         // skip the rest
	e.Next(at(8*s + ms(500))) // skip the reps at once: skipped (no rep counted)
	// Nothing was done in full (the hold left after 7 s): stopped, not completed.
	if e.State() != StateFinished || e.Record().Status != StatusStopped {
		t.Fatalf("Next on the last step: %v %v", e.State(), e.Record().Status)
	}
	rec := e.Record()
	if rec.Steps[1].Outcome != OutcomeSkipped || !rec.Ended.Equal(at(8*s+ms(500))) {
		t.Errorf("reps %v, ended +%v", rec.Steps[1].Outcome, rec.Ended.Sub(t0))
	}
	// Next while paused stays paused, on the new step's full length.
	e = newEngine(t, nil, 10*s, "wall-sit", "cat-cow")
	e.Pause(at(3 * s))
	e.Next(at(4 * s))
	if snap := e.Snapshot(at(9 * s)); snap.State != StatePaused || snap.Index != 1 || snap.Left != 10*s {
		t.Errorf("Next while paused: %v step %d left %v", snap.State, snap.Index, snap.Left)
	}
	e.Resume(at(10 * s))
	if snap := e.Snapshot(at(12 * s)); snap.Left != 8*s {
		t.Errorf("after resume: left %v", snap.Left)
	}
}

func TestBack(t *testing.T) {
	// 0 ready 5 | 1 wall-sit 30 | 2 rest 10 | 3 kc L h1 | 4 rest 5 | 5 kc L h2 | 6 switch | 7 kc R h1 |
	// 8 rest | 9 kc R h2 | 10 rest 10 | 11 cat-cow
	type step struct {
		index int
		in    time.Duration // time into the step when Back is pressed
	}
	tests := []struct {
		name string
		from step
		want int
	}{
		{"get-ready restarts itself", step{0, 2 * s}, 0},
		{"first exercise, early: nothing before, restart", step{1, 1 * s}, 1},
		{"first exercise, late: restart", step{1, 10 * s}, 1},
		{"rest after an exercise: restart the one just done", step{2, 1 * s}, 1},
		{"first step of an exercise, early: previous exercise", step{3, 2 * s}, 1},
		{"first step of an exercise, past the window: restart it", step{3, 4 * s}, 3},
		{"release rest inside: restart the exercise", step{4, 1 * s}, 3},
		{"later hold: restart the exercise", step{9, 0}, 3},
		{"last step, early: previous exercise", step{11, 1 * s}, 3},
		{"last step, late: restart it", step{11, 5 * s}, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, dur(5*s), 10*s, "wall-sit", "knee-to-chest", "cat-cow")
			for e.Snapshot(at(0)).Index < tt.from.index {
				e.Next(at(0))
			}
			e.Back(at(tt.from.in))
			snap := e.Snapshot(at(tt.from.in))
			if snap.Index != tt.want || snap.Left != e.Plan().Steps[tt.want].Duration || snap.State != StateRunning {
				t.Errorf("Back from step %d at %v: step %d left %v %v, want step %d from its start",
					tt.from.index, tt.from.in, snap.Index, snap.Left, snap.State, tt.want)
			}
			cs := e.DrainCues()
			if last := cs[len(cs)-1]; last.Kind != CueStepStarted || last.Step != tt.want {
				t.Errorf("last cue %v", last)
			}
		})
	}
}

func TestBackRecordsPartialAndRedoOverwrites(t *testing.T) {
	e := newEngine(t, nil, 0, "plank") // hold 30 | rest 15 | hold 30 | rest 15 | hold 30
	e.Tick(at(30 * s))
	e.Tick(at(45 * s))
	e.Tick(at(50 * s))
	e.Back(at(50 * s)) // 5 s into set 2: restart the exercise at set 1
	rec := e.Record()
	if rec.Steps[0].Outcome != OutcomeDone || rec.Steps[1].Outcome != OutcomePartial || rec.Steps[1].AchievedTime != 5*s {
		t.Errorf("after Back: %v, %v %v", rec.Steps[0].Outcome, rec.Steps[1].Outcome, rec.Steps[1].AchievedTime)
	}
	e.Next(at(52 * s)) // re-run of set 1 skipped after 2 s: overwrites "done"
	if r := e.Record().Steps[0]; r.Outcome != OutcomePartial || r.AchievedTime != 2*s {
		t.Errorf("re-run: %+v", r)
	}
}

func TestAlternateHoldsCueSwitch(t *testing.T) {
	e := newEngine(t, nil, 0, "bird-dog") // L 10 | rest 3 | R 10 | rest 3 | L 10 | rest 3 | R 10
	for i := 1; i <= 7; i++ {
		e.Tick(at(time.Duration(i) * 13 * s / 2))
	}
	e.Tick(at(time.Minute))
	var switches []int
	for _, c := range e.DrainCues() {
		if c.Kind == CueSwitchSides {
			switches = append(switches, c.Step)
		}
	}
	if len(switches) != 3 || switches[0] != 2 || switches[1] != 4 || switches[2] != 6 {
		t.Errorf("switch cues at steps %v, want [2 4 6]", switches)
	}
}
