package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/limber-coach/limber/session/msg"
)

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
	// Check-ins: a 0–10 rating in one key (t for 10), skipping the questions, starting a
	// flare-up plan when offered, and rating the function goals from home.
	Rate, NoRating, Flare, Goals key.Binding
	// Move and Time stand for a pair of keys in a one-line help: ↑/↓ (Up and Down) and ←/→
	// (Shorter and Longer). They match what the pair matches.
	Move, Time key.Binding
	// tr is the language the help is in, for the screens' key maps that say what a key does
	// there (keymaps.go).
	tr *msg.Tr
}

// DefaultKeys returns limber's key bindings, their help in tr's language. The keys and their
// names ("enter", "esc", "space") are the keyboard's and stay as they are in every language.
func DefaultKeys(tr *msg.Tr) KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	yes := tr.T("safety.yes_key") // "j" in German; y answers yes in every language
	return KeyMap{
		tr:        tr,
		Quit:      b("q", tr.T("key.quit"), "q"),
		ForceQuit: b("ctrl+c", tr.T("key.quit_now"), "ctrl+c"),
		Help:      b("?", tr.T("key.help"), "?"),
		Up:        b("↑/k", tr.T("key.up"), "up", "k"),
		Down:      b("↓/j", tr.T("key.down"), "down", "j"),
		Select:    b("enter", tr.T("key.choose"), "enter"),
		Back:      b("esc", tr.T("key.back"), "esc"),
		Filter:    b("/", tr.T("key.filter"), "/"),
		History:   b("h", tr.T("key.history"), "h"),
		Pause:     b("space/p", tr.T("key.pause"), "space", "p"),
		Next:      b("n", tr.T("key.next"), "n"),
		Prev:      b("b", tr.T("key.back"), "b"),
		Pain:      b("!", tr.T("key.sharp_pain"), "!"),
		Rep:       b("enter", tr.T("key.count_rep"), "enter"),
		DoneSet:   b("d", tr.T("key.set_done"), "d"),
		EndYes:    b("y/q", tr.T("key.end_it"), "y", "Y", "q"),
		EndNo:     b("n/esc", tr.T("key.go_on"), "n", "N", "esc"),
		Clock:     b("space", tr.T("key.start_stop"), "space"),
		Skip:      b("s", tr.T("key.skip_exercise"), "s"),
		Gentler:   b("g", tr.T("key.gentler"), "g"),
		End:       b("e", tr.T("key.end_session"), "e"),
		Continue:  b("c", tr.T("key.continue"), "c"),
		Yes:       b(yes, tr.T("key.yes"), "y", "Y", yes, strings.ToUpper(yes)),
		No:        b("n", tr.T("key.no"), "n", "N"),
		QuickHold: b("t", tr.T("key.quick_hold"), "t"),
		MaxTest:   b("m", tr.T("key.max_test"), "m"),
		Shorter:   b("←", tr.T("key.shorter"), "left", "-"),
		Longer:    b("→", tr.T("key.longer"), "right", "+", "="),
		Sides:     b("s", tr.T("key.sides"), "s"),
		Problems:  b("v", tr.T("key.problems"), "v"),
		PageUp:    b("pgup", tr.T("key.page_up"), "pgup"),
		PageDown:  b("pgdn", tr.T("key.page_down"), "pgdown"),
		Top:       b("home/g", tr.T("key.top"), "home", "g"),
		Bottom:    b("end/G", tr.T("key.bottom"), "end", "G"),
		Move:      b("↑/↓", tr.T("key.move"), "up", "k", "down", "j"),
		Time:      b("←/→", tr.T("key.time"), "left", "-", "right", "+", "="),
		Rate:      b("0-9/t", tr.T("key.rate"), "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "t"),
		NoRating:  b("s", tr.T("key.skip"), "s"),
		Flare:     b("f", tr.T("key.flare"), "f"),
		Goals:     b("r", tr.T("key.goals"), "r"),
	}
}
