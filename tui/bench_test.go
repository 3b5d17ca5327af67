package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkRunView renders the run screen during a hold at 120×40, with colour, as it is drawn
// once a second while a hold counts down.
func BenchmarkRunView(b *testing.B) {
	m, clk, _ := newTestRun(b, 120, 40)
	m.c.Styles = NewStyles(true)
	m, _ = tickAt(m, clk, 7)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkRunTick is one whole second of a hold: the tick's Update and the View that follows.
func BenchmarkRunTick(b *testing.B) {
	m, clk, _ := newTestRun(b, 120, 40)
	m.c.Styles = NewStyles(true)
	b.ReportAllocs()
	for b.Loop() {
		var cmd tea.Cmd
		m, cmd = m.Update(tickMsg{gen: m.gen})
		_ = cmd
		_ = m.View()
		clk.Set(secs(7))
	}
}
