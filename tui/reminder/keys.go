package reminder

import (
	"charm.land/bubbles/v2/key"

	"github.com/limber-coach/limber/session/remind"
)

// keyMap is the reminder's keys.
type keyMap struct {
	Start, Snooze, Skip, Quit, ForceQuit key.Binding
}

// defaultKeys returns the reminder's key bindings; help text comes from here.
func defaultKeys() keyMap {
	return keyMap{
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start the break")),
		Snooze:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "snooze 5 min")),
		Skip:      key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "skip")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
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
		return []key.Binding{describe(k.Start, "start it"), k.Snooze, k.Skip, k.Quit}
	case remind.PhaseQuiet, remind.PhaseIdle:
		return []key.Binding{describe(k.Start, "break now"), k.Quit}
	}
	return []key.Binding{describe(k.Start, "break now"), describe(k.Skip, "skip the next"), k.Quit}
}

// FullHelp implements help.KeyMap.
func (m phaseKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// describe returns b saying desc: what the key does in this phase.
func describe(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
