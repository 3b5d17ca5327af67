package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
)

// maxFilter bounds what a filter takes, in characters.
const maxFilter = 40

// listFilter is a list's / filter (home's routines, the quick-timer picker's exercises): the
// words typed after /, each of which an item's text must contain, in any case.
type listFilter struct {
	text string
	// typing is set while the words are being typed: letters then go into the filter, not to
	// the screen's keys.
	typing bool
}

// active reports whether the filter is being typed or narrows the list.
func (f listFilter) active() bool { return f.typing || f.text != "" }

// key edits the filter while it is typed: letters type, backspace deletes, enter or ↓ keeps it
// and leaves the typing, esc clears it. Keys that type nothing and are none of those (↑, PgUp,
// PgDn, Home, End) are not the filter's: handled is false, and the screen may move its cursor
// with them. changed reports whether the words changed.
func (f listFilter) key(msg tea.KeyPressMsg) (next listFilter, handled, changed bool) {
	switch msg.String() {
	case "enter", "down":
		f.typing = false
	case "esc":
		changed = f.text != ""
		f.text, f.typing = "", false
	case "backspace":
		if r := []rune(f.text); len(r) > 0 {
			f.text, changed = string(r[:len(r)-1]), true
		}
	default:
		if msg.Text == "" {
			return f, false, false
		}
		if t := f.text + content.Sanitize(msg.Text); len([]rune(t)) <= maxFilter {
			f.text, changed = t, t != f.text
		}
	}
	return f, true, changed
}

// match reports whether search (an item's lower-case text) holds every word of the filter.
func (f listFilter) match(search string) bool {
	for _, w := range strings.Fields(strings.ToLower(f.text)) {
		if !strings.Contains(search, w) {
			return false
		}
	}
	return true
}

// line is the filter as it shows above its list: "Filter: preg█" while typed.
func (f listFilter) line(tr *msg.Tr) string {
	cursor := ""
	if f.typing {
		cursor = "█"
	}
	return tr.T("filter.label", "Text", f.text+cursor)
}
