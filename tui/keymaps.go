package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// Each screen has a key map here: the bindings of keys.go it offers, in the order of what
// matters most (a one-line help cut short on a narrow terminal loses its last items), each
// described as it acts on that screen. bubbles/help draws them, through Styles.ShortHelp and
// Styles.FullHelp; no screen types a key help of its own.

// narrowWidth is the width under which screens use their short words: shorter descriptions in
// their key help, briefer rows.
const narrowWidth = 50

// describe returns b saying desc: what the key does on one screen.
func describe(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// shownIf returns b when on, else a binding bubbles/help leaves out.
func shownIf(on bool, b key.Binding) key.Binding {
	if on {
		return b
	}
	return key.Binding{}
}

// scrollHelp is the part of a scrolled screen's key map that names the scrolling keys: nothing
// while the body fits; "↑/↓ scroll" in the one-line help and every scrolling key in the full
// help once it scrolls. The page turns it on (see scrollable).
type scrollHelp struct {
	k  KeyMap
	on bool
}

// short is the one-line help's scrolling item.
func (s scrollHelp) short() key.Binding {
	return shownIf(s.on, describe(s.k.Move, s.k.tr.T("help.scroll")))
}

// full is the full help's column of scrolling keys.
func (s scrollHelp) full() []key.Binding {
	if !s.on {
		return nil
	}
	return []key.Binding{describe(s.k.Up, s.k.tr.T("help.scroll_up")), describe(s.k.Down, s.k.tr.T("help.scroll_down")), s.k.PageUp, s.k.PageDown, s.k.Top, s.k.Bottom}
}

// listHelp is the full help's column of keys that move through a list.
func listHelp(k KeyMap) []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, describe(k.Top, k.tr.T("help.first")), describe(k.Bottom, k.tr.T("help.last"))}
}

// homeKeys are the home screen's keys; while filtering, the filter's. problems is set when
// there are problems in the person's files to read.
type homeKeys struct {
	k                           KeyMap
	filtering, narrow, problems bool
	// asking is the check-in question waiting (-1 none); goals: the weekly goals are due;
	// flare: a flare-up plan is offered.
	asking       askStep
	goals, flare bool
}

// ShortHelp implements help.KeyMap.
func (m homeKeys) ShortHelp() []key.Binding {
	k := m.k
	if m.filtering {
		return []key.Binding{describe(k.Select, m.k.tr.T("help.done")), describe(k.Back, m.k.tr.T("help.clear"))}
	}
	if m.asking == askGoal {
		return []key.Binding{k.Rate, describe(k.NoRating, m.k.tr.T("help.later")), k.Help}
	}
	history := k.History
	if m.narrow {
		history = describe(history, m.k.tr.T("help.hist"))
	}
	return []key.Binding{describe(k.Select, m.k.tr.T("help.open")), k.Filter, k.Quit, k.Help, shownIf(m.flare, k.Flare), shownIf(m.goals, k.Goals),
		history, k.QuickHold, k.MaxTest, shownIf(m.problems, describe(k.Problems, m.k.tr.T("help.problems")))}
}

// FullHelp implements help.KeyMap.
func (m homeKeys) FullHelp() [][]key.Binding {
	k := m.k
	return [][]key.Binding{listHelp(k),
		{describe(k.Select, m.k.tr.T("help.open")), k.Filter, describe(k.Back, m.k.tr.T("help.clear_the_filter"))},
		{k.QuickHold, k.MaxTest, k.History, shownIf(m.problems, k.Problems), k.Quit}}
}

// quickKeys are the quick-timer picker's keys: a hold's length and sides, or a max test's
// exercise; while filtering, the filter's.
type quickKeys struct {
	k                      KeyMap
	max, narrow, filtering bool
}

// ShortHelp implements help.KeyMap.
func (m quickKeys) ShortHelp() []key.Binding {
	k := m.k
	switch {
	case m.filtering:
		return []key.Binding{describe(k.Select, m.k.tr.T("help.done")), describe(k.Back, m.k.tr.T("help.clear"))}
	case m.max:
		return []key.Binding{describe(k.Select, m.k.tr.T("help.start")), describe(k.Move, m.k.tr.T("help.choose")), k.Back, k.Help, k.Filter}
	}
	start := describe(k.Select, m.k.tr.T("help.start"))
	if m.narrow {
		start = describe(k.Select, m.k.tr.T("help.go"))
	}
	return []key.Binding{start, k.Time, k.Sides, k.Back, k.Help, k.Filter}
}

// FullHelp implements help.KeyMap.
func (m quickKeys) FullHelp() [][]key.Binding {
	k := m.k
	keys := []key.Binding{describe(k.Select, m.k.tr.T("help.start")), k.Filter, describe(k.Back, m.k.tr.T("help.clear_the_filter_or_back"))}
	if !m.max {
		durs := quickDurations()
		keys = append(keys, describe(k.Shorter, k.tr.T("help.shorter_from", "Dur", k.tr.Dur(durs[0]))),
			describe(k.Longer, k.tr.T("help.longer_upto", "Dur", k.tr.Dur(durs[len(durs)-1]))), describe(k.Sides, m.k.tr.T("help.each_side_or_not")))
	}
	return [][]key.Binding{listHelp(k), keys}
}

// previewKeys are a routine preview's keys; start is set when enter would start it, steps
// when ←/→ choose the step whose figure shows.
type previewKeys struct {
	scrollHelp
	start, steps bool
}

// ShortHelp implements help.KeyMap.
func (m previewKeys) ShortHelp() []key.Binding {
	k := m.k
	return []key.Binding{shownIf(m.start, describe(k.Select, m.k.tr.T("help.start"))), k.Back, k.Quit, m.short(),
		shownIf(m.steps, describe(k.Time, m.k.tr.T("help.step"))), k.Help}
}

// FullHelp implements help.KeyMap.
func (m previewKeys) FullHelp() [][]key.Binding {
	k := m.k
	keys := []key.Binding{shownIf(m.start, describe(k.Select, m.k.tr.T("help.start"))), k.Back, k.Quit}
	if m.steps {
		keys = append(keys, describe(k.Shorter, m.k.tr.T("help.the_step_before_its_picture")), describe(k.Longer, m.k.tr.T("help.the_next_step_its_picture")))
	}
	return [][]key.Binding{keys, m.full()}
}

// scrolling implements scrollable.
func (m previewKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }

// safetyKeys are the safety check's keys at one step.
type safetyKeys struct {
	scrollHelp
	step safetyStep
}

// ShortHelp implements help.KeyMap.
func (m safetyKeys) ShortHelp() []key.Binding {
	k := m.k
	switch m.step {
	case stepAdvice: // ? is typed here, into the confirmation field
		return []key.Binding{describe(k.Select, m.k.tr.T("help.confirm")), describe(k.Back, m.k.tr.T("help.home")), m.short()}
	case stepPregnancyWarn:
		return []key.Binding{describe(k.Yes, m.k.tr.T("help.start")), describe(k.No, m.k.tr.T("help.not_now")), describe(k.Back, m.k.tr.T("help.home")), m.short(), k.Help}
	}
	return []key.Binding{k.Yes, k.No, describe(k.Back, m.k.tr.T("help.later")), m.short(), k.Help}
}

// FullHelp implements help.KeyMap.
func (m safetyKeys) FullHelp() [][]key.Binding {
	keys := m.ShortHelp()
	if m.step != stepAdvice {
		keys = keys[:len(keys)-1] // not ? itself
	}
	return [][]key.Binding{keys[:len(keys)-1], m.full()} // nor the scrolling item
}

// scrolling implements scrollable.
func (m safetyKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }

// historyKeys are the history screen's keys.
type historyKeys struct{ scrollHelp }

// ShortHelp implements help.KeyMap.
func (m historyKeys) ShortHelp() []key.Binding { return []key.Binding{m.k.Back, m.short(), m.k.Help} }

// FullHelp implements help.KeyMap.
func (m historyKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{m.k.Back}, m.full()} }

// scrolling implements scrollable.
func (m historyKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }

// summaryKeys are the end-of-session summary's keys.
type summaryKeys struct {
	scrollHelp
	asking askStep // the check-in question waiting, -1 for none
}

// ShortHelp implements help.KeyMap.
func (m summaryKeys) ShortHelp() []key.Binding {
	k := m.k
	switch m.asking {
	case askFlare:
		return []key.Binding{describe(k.Flare, m.k.tr.T("help.start_flare")), describe(k.NoRating, m.k.tr.T("key.no")), describe(k.Select, m.k.tr.T("help.home")), k.Quit, k.Help}
	case askPain, askStiffness, askGoal:
		return []key.Binding{k.Rate, describe(k.NoRating, m.k.tr.T("help.skip_questions")), describe(k.Select, m.k.tr.T("help.home")), k.Quit, k.Help}
	}
	return []key.Binding{describe(k.Select, m.k.tr.T("help.home")), k.Quit, k.History, m.short(), k.Help}
}

// FullHelp implements help.KeyMap.
func (m summaryKeys) FullHelp() [][]key.Binding {
	k := m.k
	return [][]key.Binding{{k.Rate, k.NoRating, k.Flare}, {describe(k.Select, m.k.tr.T("help.home")), k.Quit, k.History}, m.full()}
}

// scrolling implements scrollable.
func (m summaryKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }

// resultKeys are the max test's result's keys.
type resultKeys struct{ k KeyMap }

// ShortHelp implements help.KeyMap.
func (m resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{describe(m.k.Select, m.k.tr.T("help.home")), m.k.History, m.k.Quit, m.k.Help}
}

// FullHelp implements help.KeyMap.
func (m resultKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{describe(m.k.Select, m.k.tr.T("help.home")), m.k.History, m.k.Quit}}
}

// checkinKeys are the keys of the check-in before a session.
type checkinKeys struct {
	k      KeyMap
	asking askStep // the question waiting, -1 for none
}

// ShortHelp implements help.KeyMap.
func (m checkinKeys) ShortHelp() []key.Binding {
	k := m.k
	if m.asking == askFlare {
		return []key.Binding{describe(k.Flare, m.k.tr.T("help.start_flare")), describe(k.NoRating, m.k.tr.T("help.no_start")), describe(k.Back, m.k.tr.T("help.home")), k.Help}
	}
	return []key.Binding{k.Rate, describe(k.NoRating, m.k.tr.T("help.skip_start")), describe(k.Back, m.k.tr.T("help.home")), k.Help}
}

// FullHelp implements help.KeyMap.
func (m checkinKeys) FullHelp() [][]key.Binding {
	k := m.k
	return [][]key.Binding{{k.Rate, describe(k.NoRating, m.k.tr.T("help.skip")), k.Flare}, {describe(k.Back, m.k.tr.T("help.home")), k.Help}}
}
