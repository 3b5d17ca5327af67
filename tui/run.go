package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
)

// runModel is the run screen (stub: being written).
type runModel struct {
	c   *Common
	eng *session.Engine
}

func newRun(c *Common, plan *session.Plan) (runModel, tea.Cmd) {
	e := session.NewEngine(plan)
	e.Start(c.Now())
	return runModel{c: c, eng: e}, nil
}

// Update handles the run screen's keys and ticks.
func (m runModel) Update(msg tea.Msg) (runModel, tea.Cmd) { return m, nil }

// View draws the run screen.
func (m runModel) View() string { return "run" }
