package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
)

// safetyModel is the safety check screen (stub: being written).
type safetyModel struct {
	c       *Common
	routine *content.Routine
}

func newSafety(c *Common, r *content.Routine) safetyModel { return safetyModel{c: c, routine: r} }

// Update handles the safety check's answers.
func (m safetyModel) Update(msg tea.Msg) (safetyModel, tea.Cmd) { return m, nil }

// View draws the safety check.
func (m safetyModel) View() string { return "safety" }
