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
	pain, quit := describe(k.Pain, m.k.tr.T("help.pain")), describe(k.Quit, m.k.tr.T("help.quit")) // the session, wherever it runs
	if m.help {
		return []key.Binding{describe(k.Help, m.k.tr.T("help.close_help")), pain, quit}
	}
	pause := k.Pause
	if m.paused {
		pause = describe(pause, m.k.tr.T("help.resume"))
	}
	return []key.Binding{pain, quit, k.Help, pause, k.Next, k.Prev}
}

// FullHelp implements help.KeyMap: every key of the run screen, with what it does.
func (m runKeys) FullHelp() [][]key.Binding {
	k := m.k
	return [][]key.Binding{
		{describe(k.Pause, m.k.tr.T("help.pause_resume")), describe(k.Next, m.k.tr.T("help.skip_to_the_next_step")),
			describe(k.Prev, m.k.tr.T("help.restart_exercise_previous_one")), describe(k.Pain, m.k.tr.T("help.sharp_pain_stop_now"))},
		{describe(k.Rep, m.k.tr.T("help.count_a_rep_self_paced")), describe(k.DoneSet, m.k.tr.T("help.finish_the_set_self_paced")),
			describe(k.Quit, m.k.tr.T("help.end_session_saved_as_stopped")), describe(k.Help, m.k.tr.T("help.close_this_help_the_clock_waits"))},
	}
}

// confirmKeys are the answers to the quit question: y or q again ends, n or esc goes on; ! is
// still sharp pain.
type confirmKeys struct{ k KeyMap }

// ShortHelp implements help.KeyMap.
func (m confirmKeys) ShortHelp() []key.Binding {
	return []key.Binding{m.k.EndYes, m.k.EndNo, describe(m.k.Pain, m.k.tr.T("help.pain"))}
}

// FullHelp implements help.KeyMap.
func (m confirmKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// repKeys are the keys of self-paced reps, shown under their counter.
type repKeys struct{ k KeyMap }

// ShortHelp implements help.KeyMap.
func (m repKeys) ShortHelp() []key.Binding {
	return []key.Binding{describe(m.k.Rep, m.k.tr.T("help.rep")), describe(m.k.DoneSet, m.k.tr.T("help.set_done"))}
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
	return []key.Binding{describe(k.Skip, m.k.tr.T("help.skip_this_exercise")),
		shownIf(m.gentler != "", describe(k.Gentler, m.k.tr.T("help.gentler_to", "Name", m.gentler))),
		describe(k.End, m.k.tr.T("help.end_the_session")), describe(k.Continue, m.k.tr.T("help.continue_it_was_discomfort"))}
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
	pain, quit := describe(k.Pain, m.k.tr.T("help.pain")), describe(k.Quit, m.k.tr.T("help.quit")) // the test, wherever it runs
	if m.help {
		return []key.Binding{describe(k.Help, m.k.tr.T("help.close_help")), pain, quit}
	}
	space := describe(k.Clock, m.k.tr.T("help.start"))
	if m.counting {
		space = describe(k.Clock, m.k.tr.T("help.stop"))
	}
	return []key.Binding{space, pain, quit, k.Help}
}

// FullHelp implements help.KeyMap: the test's own keys, none of the run screen's others.
func (m maxKeys) FullHelp() [][]key.Binding {
	k := m.k
	space := describe(k.Clock, m.k.tr.T("help.start_the_clock_now"))
	if m.counting {
		space = describe(k.Clock, m.k.tr.T("help.stop_the_clock_that_is_your_time"))
	}
	closeHelp := describe(k.Help, m.k.tr.T("help.close_this_help_the_clock_waits"))
	if m.counting {
		closeHelp = describe(k.Help, m.k.tr.T("help.close_this_help"))
	}
	return [][]key.Binding{{space, describe(k.Pain, m.k.tr.T("help.sharp_pain_stop_now_not_counted")),
		describe(k.Quit, m.k.tr.T("help.quit_the_test_asks_not_counted")), closeHelp}}
}
