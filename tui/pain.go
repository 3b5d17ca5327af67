package tui

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/text"
)

// painBody is the pain prompt: the exercise stopped, the advice after a pain stop, and the
// choices (skip, gentler variant when there is one, end, continue), drawn from painKeys.
func (m runModel) painBody(p *page, s session.Snapshot) {
	st := m.c.Styles
	cw, margin := textColumn(m.c.Width)
	what := text.ExerciseName(s.Step.Exercise)
	side := ""
	if s.Pain != nil {
		what, side = s.Pain.Name, text.SideTag(s.Pain.Side)
	}
	title := "Stopped: " + what
	if side != "" {
		title += " — " + side
	}
	p.add(inBody, centered, 0, st.Danger.Render(title))
	p.blank(inBody, 6)
	if m.c.Lib != nil {
		for i, sentence := range text.Sentences(m.c.Lib.Safety().AfterPain) {
			lines := text.Wrap(sentence, cw)
			for j, l := range lines {
				lines[j] = margin + l
			}
			p.addGroup("advice", inBody, flushLeft, 4+i, lines...)
		}
	}
	p.blank(inBody, 3)
	keys := painKeys{k: m.c.Keys}
	if s.Gentler != nil {
		keys.gentler = s.Gentler.Name
	}
	p.addFullHelp(inBody, flushLeft, 1, margin, keys)
	if m.note != "" {
		p.add(inBody, flushLeft, 2, margin+st.Warn.Render(m.note))
	}
}

// painReminder is the line always shown under a running session, as long as the width allows:
// "Gentle pull is fine — sharp pain? press !".
func painReminder(st Styles, k KeyMap, w int) string {
	press := " press " + st.Key.Render(k.Pain.Help().Key)
	for _, lead := range []string{"Gentle pull is fine — ", "Gentle pull OK — "} {
		line := st.Subtle.Render(lead) + st.Warn.Render("sharp pain?") + press
		if ansi.StringWidth(line) <= w {
			return line
		}
	}
	return st.Warn.Render("Sharp pain?") + press
}
