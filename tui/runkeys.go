package tui

import (
	"charm.land/bubbles/v2/key"
)

// runKeys are the run screen's keys: ! and q first, so they survive on the narrowest screen;
// behind ?, what closes the help.
type runKeys struct {
	k KeyMap
	// paused turns "space pause" into "space resume"; help is set while the full help shows.
	paused, help bool
}

// ShortHelp implements help.KeyMap.
func (m runKeys) ShortHelp() []key.Binding {
	k := m.k
	pain, quit := describe(k.Pain, "pain"), describe(k.Quit, "quit") // the session, wherever it runs
	if m.help {
		return []key.Binding{describe(k.Help, "close help"), pain, quit}
	}
	pause := k.Pause
	if m.paused {
		pause = describe(pause, "resume")
	}
	return []key.Binding{pain, quit, k.Help, pause, k.Next, k.Prev}
}

// FullHelp implements help.KeyMap: every key of the run screen, with what it does.
func (m runKeys) FullHelp() [][]key.Binding {
	k := m.k
	return [][]key.Binding{
		{describe(k.Pause, "pause / resume"), describe(k.Next, "skip to the next step"),
			describe(k.Prev, "restart exercise / previous one"), describe(k.Pain, "sharp pain: stop now")},
		{describe(k.Rep, "count a rep (self-paced)"), describe(k.DoneSet, "finish the set (self-paced)"),
			describe(k.Quit, "end session, saved as stopped"), describe(k.Help, "close this help (the clock waits)")},
	}
}

// confirmKeys are the answers to the quit question: y or q again ends, n or esc goes on; ! is
// still sharp pain.
type confirmKeys struct{ k KeyMap }

// ShortHelp implements help.KeyMap.
func (m confirmKeys) ShortHelp() []key.Binding {
	return []key.Binding{m.k.EndYes, m.k.EndNo, describe(m.k.Pain, "pain")}
}

// FullHelp implements help.KeyMap.
func (m confirmKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// repKeys are the keys of self-paced reps, shown under their counter.
type repKeys struct{ k KeyMap }

// ShortHelp implements help.KeyMap.
func (m repKeys) ShortHelp() []key.Binding {
	return []key.Binding{describe(m.k.Rep, "rep"), describe(m.k.DoneSet, "set done")}
}

// FullHelp implements help.KeyMap.
func (m repKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// painKeys are the pain prompt's choices; gentler names the gentler variant, "" when there is
// none.
type painKeys struct {
	k       KeyMap
	gentler string
}

// ShortHelp implements help.KeyMap.
func (m painKeys) ShortHelp() []key.Binding {
	k := m.k
	return []key.Binding{describe(k.Skip, "skip this exercise"),
		shownIf(m.gentler != "", describe(k.Gentler, "gentler variant: "+m.gentler)),
		describe(k.End, "end the session"), describe(k.Continue, "continue (it was discomfort)")}
}

// FullHelp implements help.KeyMap: the choices, one a line.
func (m painKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// maxKeys are the max test's keys while it runs: space acts on the clock (starting it while
// getting ready, stopping it while it counts).
type maxKeys struct {
	k KeyMap
	// counting is set while the stopwatch runs; help while the full help shows.
	counting, help bool
}

// ShortHelp implements help.KeyMap.
func (m maxKeys) ShortHelp() []key.Binding {
	k := m.k
	pain, quit := describe(k.Pain, "pain"), describe(k.Quit, "quit") // the test, wherever it runs
	if m.help {
		return []key.Binding{describe(k.Help, "close help"), pain, quit}
	}
	space := describe(k.Clock, "start")
	if m.counting {
		space = describe(k.Clock, "stop")
	}
	return []key.Binding{space, pain, quit, k.Help}
}

// FullHelp implements help.KeyMap: the test's own keys, none of the run screen's others.
func (m maxKeys) FullHelp() [][]key.Binding {
	k := m.k
	space := describe(k.Clock, "start the clock now")
	if m.counting {
		space = describe(k.Clock, "stop the clock: that is your time")
	}
	closeHelp := describe(k.Help, "close this help (the clock waits)")
	if m.counting {
		closeHelp = describe(k.Help, "close this help")
	}
	return [][]key.Binding{{space, describe(k.Pain, "sharp pain: stop now, not counted"),
		describe(k.Quit, "quit the test (asks), not counted"), closeHelp}}
}
