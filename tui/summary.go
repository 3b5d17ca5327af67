package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session"
)

// summaryModel is the end-of-session screen (stub: being written).
type summaryModel struct {
	c   *Common
	rec session.Record
}

func newSummary(c *Common, rec session.Record) summaryModel { return summaryModel{c: c, rec: rec} }

// Update handles the summary's keys and the saved message.
func (m summaryModel) Update(msg tea.Msg) (summaryModel, tea.Cmd) { return m, nil }

// View draws the summary.
func (m summaryModel) View() string { return "summary" }
