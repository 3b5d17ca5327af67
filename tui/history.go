package tui

import tea "charm.land/bubbletea/v2"

// historyModel is the history and stats screen (stub: being written).
type historyModel struct{ c *Common }

func newHistory(c *Common) (historyModel, tea.Cmd) { return historyModel{c: c}, nil }

// Update handles the history screen's keys and the loaded history.
func (m historyModel) Update(msg tea.Msg) (historyModel, tea.Cmd) { return m, nil }

// View draws the history and stats.
func (m historyModel) View() string { return "history" }
