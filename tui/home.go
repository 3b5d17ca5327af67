package tui

import tea "charm.land/bubbletea/v2"

// homeModel is the routine picker (stub: being written).
type homeModel struct{ c *Common }

func newHome(c *Common) homeModel { return homeModel{c: c} }

// Init loads the header line (streak, last session) from the history.
func (m homeModel) Init() tea.Cmd { return nil }

// Update handles the picker's keys.
func (m homeModel) Update(msg tea.Msg) (homeModel, tea.Cmd) { return m, nil }

// View draws the picker.
func (m homeModel) View() string { return "home" }
