package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/session"
)

// painBody is the pain prompt: the exercise stopped, the advice after a pain stop, and the
// choices (skip, gentler variant when there is one, end, continue).
func (m runModel) painBody(p *fitPage, s session.Snapshot) {
	st, k := m.c.Styles, m.c.Keys
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
	p.add(atBody, centered, 0, st.Danger.Render(title))
	p.blank(atBody, 6)
	if m.c.Lib != nil {
		for i, sentence := range text.Sentences(m.c.Lib.Safety().AfterPain) {
			lines := text.Wrap(sentence, cw)
			for j, l := range lines {
				lines[j] = margin + l
			}
			p.addGroup("advice", atBody, flushLeft, 4+i, lines...)
		}
	}
	p.blank(atBody, 3)
	choice := func(b key.Binding, desc string) string {
		return margin + st.Key.Render(b.Help().Key) + "  " + desc
	}
	choices := []string{choice(k.Skip, "skip this exercise")}
	if s.Gentler != nil {
		choices = append(choices, choice(k.Gentler, "gentler variant: "+s.Gentler.Name))
	}
	choices = append(choices, choice(k.End, "end the session"), choice(k.Continue, "continue (it was discomfort)"))
	p.add(atBody, flushLeft, 1, choices...)
	if m.note != "" {
		p.add(atBody, flushLeft, 2, margin+st.Warn.Render(m.note))
	}
}

// painReminder is the line always shown under a running session, as long as the width allows:
// "Gentle pull is fine — sharp pain? press !".
func painReminder(st Styles, w int) string {
	press := " press " + st.Key.Render("!")
	for _, lead := range []string{"Gentle pull is fine — ", "Gentle pull OK — "} {
		line := st.Subtle.Render(lead) + st.Warn.Render("sharp pain?") + press
		if ansi.StringWidth(line) <= w {
			return line
		}
	}
	return st.Warn.Render("Sharp pain?") + press
}
