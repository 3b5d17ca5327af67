package reminder

import (
	"charm.land/bubbles/v2/key"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/remind"
)

// keyMap is the reminder's keys.
type keyMap struct {
	Start, Snooze, Skip, Quit, ForceQuit key.Binding
	tr                                   *msg.Tr
}

// defaultKeys returns the reminder's key bindings; help text comes from here.
// The key names (enter, s, k, q) are the keyboard's and stay as they are in every language.
func defaultKeys(tr *msg.Tr) keyMap {
	return keyMap{
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", tr.T("remind.key.start"))),
		Snooze:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", tr.T("remind.key.snooze"))),
		Skip:      key.NewBinding(key.WithKeys("k"), key.WithHelp("k", tr.T("remind.key.skip"))),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", tr.T("remind.key.quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", tr.T("remind.key.quit"))),
		tr:        tr,
	}
}

// phaseKeys are the keys that act in a phase of the schedule, each described as it acts then;
// they implement help.KeyMap, and bubbles/help draws them.
type phaseKeys struct {
	k     keyMap
	phase remind.Phase
}

// ShortHelp implements help.KeyMap.
func (m phaseKeys) ShortHelp() []key.Binding {
	k := m.k
	switch m.phase {
	case remind.PhaseDue:
		return []key.Binding{describe(k.Start, k.tr.T("remind.key.start_it")), k.Snooze, k.Skip, k.Quit}
	case remind.PhaseQuiet, remind.PhaseIdle:
		return []key.Binding{describe(k.Start, k.tr.T("remind.key.break_now")), k.Quit}
	}
	return []key.Binding{describe(k.Start, k.tr.T("remind.key.break_now")), describe(k.Skip, k.tr.T("remind.key.skip_next")), k.Quit}
}

// FullHelp implements help.KeyMap.
func (m phaseKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// describe returns b saying desc: what the key does in this phase.
func describe(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
