package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding, grouped by the screen that uses it. Help text comes from here:
// each screen's key map (keymaps.go) picks its bindings, says what they do there when that
// differs, and bubbles/help draws them.
type KeyMap struct {
	// Everywhere.
	Quit, ForceQuit, Help key.Binding
	// Lists (home, preview, history).
	Up, Down, Select, Back, Filter, History key.Binding
	// Run screen. Pause is space or p, as in plain mode.
	Pause, Next, Prev, Pain, Rep, DoneSet key.Binding
	// The quit question's answers: y (or q again) ends the session, n (or esc) goes on.
	EndYes, EndNo key.Binding
	// Clock starts or stops a max test's stopwatch.
	Clock key.Binding
	// Pain prompt.
	Skip, Gentler, End, Continue key.Binding
	// Yes/no questions.
	Yes, No key.Binding
	// Home's quick timers, and the quick-timer picker.
	QuickHold, MaxTest, Shorter, Longer, Sides key.Binding
	// Problems opens home's list of the problems in the person's files.
	Problems key.Binding
	// Scrolling a page's body, and moving through a list by pages and to its ends.
	PageUp, PageDown, Top, Bottom key.Binding
	// Move and Time stand for a pair of keys in a one-line help: ↑/↓ (Up and Down) and ←/→
	// (Shorter and Longer). They match what the pair matches.
	Move, Time key.Binding
}

// DefaultKeys returns limber's key bindings.
func DefaultKeys() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Quit:      b("q", "quit", "q"),
		ForceQuit: b("ctrl+c", "quit now", "ctrl+c"),
		Help:      b("?", "help", "?"),
		Up:        b("↑/k", "up", "up", "k"),
		Down:      b("↓/j", "down", "down", "j"),
		Select:    b("enter", "choose", "enter"),
		Back:      b("esc", "back", "esc"),
		Filter:    b("/", "filter", "/"),
		History:   b("h", "history", "h"),
		Pause:     b("space/p", "pause", "space", "p"),
		Next:      b("n", "next", "n"),
		Prev:      b("b", "back", "b"),
		Pain:      b("!", "sharp pain", "!"),
		Rep:       b("enter", "count a rep", "enter"),
		DoneSet:   b("d", "set done", "d"),
		EndYes:    b("y/q", "end it", "y", "Y", "q"),
		EndNo:     b("n/esc", "go on", "n", "N", "esc"),
		Clock:     b("space", "start/stop", "space"),
		Skip:      b("s", "skip exercise", "s"),
		Gentler:   b("g", "gentler variant", "g"),
		End:       b("e", "end session", "e"),
		Continue:  b("c", "continue", "c"),
		Yes:       b("y", "yes", "y", "Y"),
		No:        b("n", "no", "n", "N"),
		QuickHold: b("t", "quick hold", "t"),
		MaxTest:   b("m", "max test", "m"),
		Shorter:   b("←", "shorter", "left", "-"),
		Longer:    b("→", "longer", "right", "+", "="),
		Sides:     b("s", "sides", "s"),
		Problems:  b("v", "problems in your files", "v"),
		PageUp:    b("pgup", "page up", "pgup"),
		PageDown:  b("pgdn", "page down", "pgdown"),
		Top:       b("home/g", "top", "home", "g"),
		Bottom:    b("end/G", "bottom", "end", "G"),
		Move:      b("↑/↓", "move", "up", "k", "down", "j"),
		Time:      b("←/→", "time", "left", "-", "right", "+", "="),
	}
}
