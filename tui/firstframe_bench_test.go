package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/limber-coach/limber/session/policy"
)

// The first frame is drawn from the model Bubble Tea starts with: these benchmarks guard the work
// that stands between the program's start and that frame (docs/performance.md, "Start-up").

// firstFrameOptions are the coach's options as cmd/limber sets them, at 100×30 with colour.
func firstFrameOptions(b *testing.B) (Options, *clock) {
	clk := newClock()
	c := testCommon(b, 100, 30, clk)
	return Options{Library: c.Lib, Settings: c.Settings, Store: c.Store, Now: clk.Now, Color: true}, clk
}

// BenchmarkFirstViewHome is `limber`'s first frame: New and the home screen's View at 100×30.
func BenchmarkFirstViewHome(b *testing.B) {
	o, _ := firstFrameOptions(b)
	b.ReportAllocs()
	for b.Loop() {
		m := New(o)
		next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = next.View()
	}
}

// BenchmarkFirstViewRun is `limber run desk-break`'s first frame: New, the saved answers read and
// the policy's decision (each a Cmd, run here in line), and the run screen's View at 100×30.
func BenchmarkFirstViewRun(b *testing.B) {
	o, _ := firstFrameOptions(b)
	r, ok := o.Library.Routine("desk-break")
	if !ok {
		b.Fatal("no desk-break routine")
	}
	o.Start = &policy.Request{Routine: r}
	if err := o.Store.SaveAnswers(policy.Answers{V: policy.AnswersVersion, Date: o.Now()}); err != nil {
		b.Fatal(err) // fresh answers: no safety check first
	}
	b.ReportAllocs()
	for b.Loop() {
		var m tea.Model = New(o)
		m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		msg := m.(Model).Init()()
		for range 2 { // answersLoadedMsg, then decidedMsg
			var cmd tea.Cmd
			m, cmd = m.Update(msg)
			if _, decided := msg.(decidedMsg); decided {
				break
			}
			msg = cmd()
		}
		if name, _ := m.(Model).Screen(); name != "run" {
			b.Fatalf("screen %q, want run", name)
		}
		_ = m.View()
	}
}

// BenchmarkHomeView is one home View at 100×30, as drawn after each message on the home screen.
func BenchmarkHomeView(b *testing.B) {
	o, _ := firstFrameOptions(b)
	m := New(o)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	b.ReportAllocs()
	for b.Loop() {
		_ = next.View()
	}
}
