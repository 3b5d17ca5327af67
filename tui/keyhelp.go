package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyHelp is the ? help of the screens that have none of their own — home, the preview, the
// safety check, the summary, the history, the quick-timer pickers and the max test's result:
// the full key help of the screen's own key map, scrolled when it does not fit, over the
// screen until ?, esc or q closes it. The run screen and the max test draw their own, which
// hold the session's clock.
type keyHelp struct {
	// keys is the key map of the screen under the help, nil while the help is closed; title
	// names the screen.
	keys  help.KeyMap
	title string
	// on is the screen it was opened over: the help shows only while that screen does.
	on screen
	// scroll is where the help is when it does not fit.
	scroll scroller
}

// openOn reports whether the help shows over screen s.
func (h keyHelp) openOn(s screen) bool { return h.keys != nil && h.on == s }

// helpFor opens the help of screen s, laid out on p and titled title: its key map's full help,
// naming the scrolling keys when the screen's body scrolls.
func helpFor(s screen, p page, title string) keyHelp {
	km := p.helpKeys()
	if sk, ok := km.(scrollable); ok && p.mode == scrolled {
		km = sk.scrolling(p.overflows())
	}
	return keyHelp{keys: km, title: title, on: s}
}

// helpKey handles a key for the ? help: any key while it shows (see keyHelp.update), and ?
// where it opens it. ok reports the key was the help's.
func (m Model) helpKey(msg tea.KeyPressMsg) (next Model, ok bool) {
	if m.help.openOn(m.screen) {
		m.help = m.help.update(m.c, msg)
		return m, true
	}
	if key.Matches(msg, m.c.Keys.Help) {
		if h, open := m.screenHelp(); open {
			m.help = h
			return m, true
		}
	}
	return m, false
}

// screenHelp is the ? help of the screen shown now; ok is false where ? is no such help: on the
// run screen and a running max test (they have their own), and where ? is typed (a filter, the
// safety check's confirmation field).
func (m Model) screenHelp() (h keyHelp, ok bool) {
	var p page
	title, tr := "", m.c.Tr
	switch m.screen {
	case screenHome:
		if m.home.filter.typing {
			return h, false
		}
		p, title = m.home.page(), tr.T("screen.home")
		if m.home.problems != nil {
			title = tr.T("screen.problems")
		}
	case screenPreview:
		p, title = m.preview.page(), m.preview.routine.Name
	case screenSafety:
		if m.check.step == stepAdvice {
			return h, false
		}
		p, title = m.check.page(), tr.T("screen.safety")
	case screenSummary:
		p, title = m.summary.page(), tr.T("screen.summary")
	case screenHistory:
		p, title = m.history.page(), tr.T("screen.history")
	case screenCheckin:
		p, title = m.checkin.page(), "check-in"
	case screenQuick:
		if m.quick.filter.typing {
			return h, false
		}
		p, title = m.quick.page(), tr.T("screen.quick")
		if m.quick.max {
			title = tr.T("screen.max")
		}
	case screenMax:
		if m.max.rec == nil {
			return h, false
		}
		p, title = m.max.page(), tr.T("screen.max_result")
	default:
		return h, false
	}
	return helpFor(m.screen, p, title), p.helpKeys() != nil
}

// update handles a key while the help shows: ?, esc and q close it, the scrolling keys scroll
// it, and every other key is ignored (it belongs to the screen under the help).
func (h keyHelp) update(c *Common, msg tea.KeyPressMsg) keyHelp {
	k := c.Keys
	if key.Matches(msg, k.Help, k.Back, k.Quit) {
		return keyHelp{}
	}
	h.scroll, _ = h.page(c).scroll(msg)
	return h
}

// page lays the help out, scrolled: the screen's title, its keys one a line, and how to close.
func (h keyHelp) page(c *Common) page {
	p := newTextPage(c)
	p.at = h.scroll
	p.add(inHeader, flushLeft, 0, c.Styles.Title.Render(c.Tr.T("screen.keys_of", "Title", h.title)))
	p.titleGap()
	p.addFullHelp(inBody, flushLeft, 0, "", h.keys)
	p.add(underBody, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, keyHelpKeys{scrollHelp{k: c.Keys}})
	return p
}

// keyHelpKeys are the keys of the ? help itself: closing it, and scrolling.
type keyHelpKeys struct{ scrollHelp }

// ShortHelp implements help.KeyMap.
func (m keyHelpKeys) ShortHelp() []key.Binding {
	return []key.Binding{describe(m.k.Help, m.k.tr.T("help.close_help")), describe(m.k.Back, m.k.tr.T("help.close")), m.short()}
}

// FullHelp implements help.KeyMap.
func (m keyHelpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp(), m.full()} }

// scrolling implements scrollable.
func (m keyHelpKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }
