package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
)

// previewModel shows a routine before it starts (stub: being written).
type previewModel struct {
	c       *Common
	routine *content.Routine
	safety  SafetyAnswers
	err     error
}

func newPreview(c *Common, r *content.Routine, a SafetyAnswers) previewModel {
	return previewModel{c: c, routine: r, safety: a}
}

// Update handles the preview's keys.
func (m previewModel) Update(msg tea.Msg) (previewModel, tea.Cmd) { return m, nil }

// View draws the preview.
func (m previewModel) View() string { return "preview" }
