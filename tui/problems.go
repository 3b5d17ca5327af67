package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
)

// problemsModel is the small screen home opens with its problems key: what is wrong in the
// person's files (their exercises and routines, config.toml), as `limber validate` words it,
// scrolled when it does not fit. Esc (or q) goes back to home.
type problemsModel struct {
	c      *Common
	scroll scroller
}

// problemsCount is "2 problems in 1 file", as `limber validate` counts them.
func problemsCount(tr *msg.Tr, ps content.Problems) string {
	return tr.N("problems.count", ps.Count(), "Files", tr.N("problems.files", len(ps.Files())))
}

// problemsNotice is home's one line about the problems, in words that fit w columns: "2
// problems in your files — limber validate shows them; v reads them here". "" when there are
// none.
func problemsNotice(c *Common, w int) string {
	if len(c.Problems) == 0 {
		return ""
	}
	n, k := c.Problems.Count(), c.Keys.Problems.Help().Key
	for _, s := range []string{
		c.Tr.N("problems.notice_long", n, "Key", k),
		c.Tr.N("problems.notice_mid", n, "Key", k),
		c.Tr.N("problems.notice_short", n, "Key", k),
	} {
		if ansi.StringWidth(s) <= w {
			return s
		}
	}
	return c.Tr.N("problems.notice_tiny", n, "Key", k)
}

// Update handles the screen's keys: scrolling, and back. done reports that it was left.
func (m problemsModel) Update(msg tea.KeyPressMsg) (next problemsModel, done bool) {
	if sc, ok := m.page().scroll(msg); ok {
		m.scroll = sc
		return m, false
	}
	k := m.c.Keys
	return m, key.Matches(msg, k.Back, k.Quit, k.Problems)
}

// page lays the problems out, scrolled: how many in how many files on top, one problem a
// paragraph (the file, line and column first, as limber validate prints it), what to do once
// fixed, and the keys.
func (m problemsModel) page() page {
	c, st := m.c, m.c.Styles
	w := screenWidth(c.Width, 100)
	p := newTextPage(c)
	p.at = m.scroll
	p.add(inHeader, flushLeft, 0, st.Title.Render(c.Tr.T("problems.title")), st.Subtle.Render(problemsCount(c.Tr, c.Problems)))
	p.titleGap()
	var body []string
	for _, pr := range c.Problems {
		body = append(body, text.Hang(pr.Error(), w, "", "  ")...)
	}
	left := c.Problems.LeftOut()
	body = append(body, "")
	if len(left) > 0 {
		body = append(body, text.Hang(c.Tr.T("problems.left_out", "Files", joinPaths(left)), w, "", "  ")...)
	}
	body = append(body, text.Hang(c.Tr.T("problems.once_fixed"), w, "", "")...)
	p.add(inBody, flushLeft, 0, body...)
	p.add(underBody, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, problemsKeys{scrollHelp{k: c.Keys}})
	return p
}

// joinPaths lists files as the messages name them.
func joinPaths(files []string) string {
	out := ""
	for i, f := range files {
		if i > 0 {
			out += ", "
		}
		out += content.DisplayPath(f)
	}
	return out
}

// problemsKeys are the problems screen's keys.
type problemsKeys struct{ scrollHelp }

// ShortHelp implements help.KeyMap.
func (m problemsKeys) ShortHelp() []key.Binding {
	return []key.Binding{describe(m.k.Back, m.k.tr.T("help.home")), m.short(), m.k.Help}
}

// FullHelp implements help.KeyMap.
func (m problemsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{describe(m.k.Back, m.k.tr.T("help.home"))}, m.full()}
}

// scrolling implements scrollable.
func (m problemsKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }
