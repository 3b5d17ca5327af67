package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// painPage is the pain prompt, a scrolled page: what was stopped, then everything a person
// needs after a pain stop — the emergency signs first, what to do now, and the red flags that
// call for a professional — with the choices (skip, the gentler variant when there is one, end,
// continue) kept in view under it however short the terminal.
func (m runModel) painPage(s session.Snapshot) page {
	st := m.c.Styles
	w := screenTextWidth(m.c.Width)
	p := newTextPage(m.c)
	p.at = m.painScroll
	tr := m.c.Tr
	what, side := text.ExerciseNameIn(tr, s.Step.Exercise), ""
	if s.Pain != nil {
		what, side = s.Pain.Name, text.SideTagIn(tr, s.Pain.Side)
		if what == "" {
			what = text.ExerciseNameIn(tr, nil)
		}
	}
	title := tr.T("pain.stopped", "What", what)
	if side != "" {
		title = tr.T("pain.stopped_side", "What", what, "Side", side)
	}
	p.add(inHeader, flushLeft, 0, st.Danger.Render(title))
	p.titleGap()
	var body []string
	para := func(s string, style func(...string) string) {
		for _, l := range text.Wrap(s, w) {
			body = append(body, style(l))
		}
	}
	if m.c.Lib != nil {
		safety := m.c.Lib.Safety()
		if safety.Emergency != "" {
			para(tr.T("safety.emergency", "Text", safety.Emergency), st.Danger.Render)
			body = append(body, "")
		}
		para(safety.AfterPain, st.Title.Render)
		for _, l := range []struct {
			lead  string
			items []string
		}{{tr.T("safety.red_flags_lead"), safety.RedFlags}, {tr.T("safety.pregnancy_stop_lead"), policy.PregnancyStop(safety, m.c.Answers)}} {
			if len(l.items) > 0 {
				body = append(body, "")
				para(l.lead, st.Subtle.Render)
				for _, f := range l.items {
					body = append(body, styled(st.Subtle, text.Hang(f, w, "  • ", "    "))...)
				}
			}
		}
	}
	p.add(inBody, flushLeft, 0, body...)
	keys := painKeys{k: m.c.Keys}
	if s.Gentler != nil {
		keys.gentler = s.Gentler.Name
	}
	p.add(underBody, flushLeft, 0, "")
	p.addFullHelp(underBody, flushLeft, 0, "", keys)
	if m.note != "" {
		p.add(underBody, flushLeft, 0, st.Warn.Render(m.note))
	}
	p.addHelp(inFooter, flushLeft, 1, painScrollKeys{scrollHelp{k: m.c.Keys}})
	return p
}

// painScrollKeys are the pain prompt's own keys besides its choices: scrolling.
type painScrollKeys struct{ scrollHelp }

// ShortHelp implements help.KeyMap.
func (m painScrollKeys) ShortHelp() []key.Binding { return []key.Binding{m.short()} }

// FullHelp implements help.KeyMap.
func (m painScrollKeys) FullHelp() [][]key.Binding { return [][]key.Binding{m.full()} }

// scrolling implements scrollable.
func (m painScrollKeys) scrolling(on bool) help.KeyMap { m.on = on; return m }

// painReminder is the line always shown under a running session, as long as the width allows:
// "Gentle pull is fine — sharp pain? press !".
func painReminder(tr *msg.Tr, st Styles, k KeyMap, w int) string {
	press := " " + tr.T("pain.press", "Key", st.Key.Render(k.Pain.Help().Key))
	for _, lead := range []string{tr.T("pain.gentle_pull_long"), tr.T("pain.gentle_pull_short")} {
		line := st.Subtle.Render(lead+" ") + st.Warn.Render(tr.T("pain.sharp_pain")) + press
		if ansi.StringWidth(line) <= w {
			return line
		}
	}
	return st.Warn.Render(tr.T("pain.sharp_pain_alone")) + press
}
