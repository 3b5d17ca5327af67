// Command timer-reference is the yardstick for docs/performance.md: the usual way to build a
// Bubble Tea countdown, a minimal program around charm.land/bubbles/v2/timer. It shows a hold
// counting down and "done" at the end, pauses on space, shows a line of help on ? (so the
// measurements can time a key press to the screen) and quits on q or Ctrl+C. The timer counts
// ticks (each tick takes Interval off the time left), so it is measured side by side with
// limber's coach, which counts down to a deadline on the monotonic clock. It is not part of
// limber.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"charm.land/bubbles/v2/timer"
	tea "charm.land/bubbletea/v2"
)

// model is the whole program: the timer, and whether it has run out.
type model struct {
	timer timer.Model
	done  bool
	help  bool
}

// Init starts the timer.
func (m model) Init() tea.Cmd { return m.timer.Init() }

// Update passes ticks to the timer, notes the timeout, toggles the help on ?, and quits on q or
// Ctrl+C.
func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "space":
			return m, m.timer.Toggle()
		case "?":
			m.help = !m.help
			return m, nil
		}
	case timer.TimeoutMsg:
		m.done = true
	}
	var cmd tea.Cmd
	m.timer, cmd = m.timer.Update(msg)
	return m, cmd
}

// View shows the time left (and the help when asked), or "done".
func (m model) View() tea.View {
	s := "HOLD " + m.timer.View() + "\n\nspace pause · q quit · ? help"
	if m.help {
		s += "\n\n? close help · the timer counts ticks of its interval"
	}
	if m.done {
		s = "DONE\n\nq quit"
	}
	v := tea.NewView(s)
	v.AltScreen = true
	return v
}

func main() {
	hold := flag.Duration("hold", 30*time.Second, "how long the hold lasts")
	interval := flag.Duration("interval", time.Second, "the timer's tick interval (bubbles' example uses 1ms)")
	fps := flag.Int("fps", 0, "the renderer's frame rate (0: Bubble Tea's default, 60)")
	flag.Parse()
	var opts []tea.ProgramOption
	if *fps > 0 {
		opts = append(opts, tea.WithFPS(*fps))
	}
	m := model{timer: timer.New(*hold, timer.WithInterval(*interval))}
	if _, err := tea.NewProgram(m, opts...).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "timer-reference:", err)
		os.Exit(1)
	}
}
