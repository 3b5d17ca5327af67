package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
)

// safetyStep is where the person is in the safety check.
type safetyStep int

// The safety check's steps, in order (package policy has the questions' words and why).
const (
	// stepRedFlags asks whether any emergency sign or red flag applies.
	stepRedFlags safetyStep = iota
	// stepAdvice follows a yes to the red flags: see a professional, or type the confirmation
	// to go on with gentle routines only.
	stepAdvice
	// stepLegPain asks whether pain spreads from the back into a buttock or leg.
	stepLegPain
	// stepLegPainChecked follows a yes: has a professional checked it?
	stepLegPainChecked
	// stepPregnancy asks whether the person is pregnant.
	stepPregnancy
	// stepPregnancyWarn warns that the pending routine has exercises to avoid in pregnancy.
	stepPregnancyWarn
)

// String returns the step's name.
func (s safetyStep) String() string {
	names := [...]string{"red flags", "advice", "leg pain", "leg pain checked", "pregnancy", "pregnancy warning"}
	if s >= 0 && int(s) < len(names) {
		return names[s]
	}
	return "unknown"
}

// maxConfirm bounds what the confirmation field takes.
const maxConfirm = 24

// safetyModel is the safety check screen: the red-flag question, the advice screen with its
// typed confirmation, the pregnancy question and its warning. It ends with a safetyDoneMsg (the
// root saves the answers) or, when left before any answer, a goHomeMsg.
type safetyModel struct {
	c *Common
	// routine is the routine waiting for the check; nil when there is none.
	routine *content.Routine
	step    safetyStep
	answers policy.Answers
	// typed is what the person typed on the advice screen; wrong is set when enter was pressed
	// with something other than the confirmation word.
	typed string
	wrong bool
	// scroll is where the body is when it does not fit.
	scroll scroller
	// unanswered is set when a key that is neither y nor n was pressed at a yes/no question:
	// the question says what it takes (no key, Enter above all, answers for the person).
	unanswered bool
	// warnOnly is set when the screen is only the pregnancy warning before a routine starts (the
	// check itself not being due): it ends with a warnDoneMsg and saves no answers.
	warnOnly bool
}

// newSafety returns the safety check for the routine r (nil when none is pending).
func newSafety(c *Common, r *content.Routine) safetyModel { return safetyModel{c: c, routine: r} }

// newPregnancyWarning returns the pregnancy warning alone, for a routine about to start with
// exercises to avoid in pregnancy when the safety check is not due.
func newPregnancyWarning(c *Common, r *content.Routine) safetyModel {
	return safetyModel{c: c, routine: r, step: stepPregnancyWarn, warnOnly: true}
}

// allowed reports whether the pending routine may start under the answers so far.
func (m safetyModel) allowed() bool {
	return m.routine == nil || policy.Allowed(m.answers, m.routine) == nil
}

// done ends the check with the answers dated now.
func (m safetyModel) done(proceed bool) tea.Cmd {
	a := policy.Answered(m.answers, m.c.Now())
	return func() tea.Msg { return safetyDoneMsg{answers: a, proceed: proceed} }
}

// goHomeCmd leaves the check unanswered (nothing is saved, so it is asked again next time).
func goHomeCmd() tea.Msg { return goHomeMsg{} }

// to moves to step s with the body scrolled to its top.
func (m safetyModel) to(s safetyStep) safetyModel {
	m.step, m.scroll, m.unanswered = s, scroller{}, false
	return m
}

// Update handles the safety check's keys.
func (m safetyModel) Update(msg tea.Msg) (safetyModel, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	if m.step == stepAdvice {
		return m.updateAdvice(k)
	}
	keys := m.c.Keys
	answer := key.Matches(k, keys.Yes, keys.No) // before scrolling: German's yes is j, also down
	if sc, ok := m.page().scroll(k); ok && !answer {
		m.scroll = sc
		return m, nil
	}
	switch m.step {
	case stepRedFlags:
		switch {
		case key.Matches(k, keys.Yes):
			m.answers.RedFlags = true
			return m.to(stepAdvice), nil
		case key.Matches(k, keys.No):
			return m.to(stepLegPain), nil
		case key.Matches(k, keys.Back, keys.Quit):
			return m, goHomeCmd
		}
	case stepLegPain:
		switch {
		case key.Matches(k, keys.Yes):
			m.answers.LegPain = true
			return m.to(stepLegPainChecked), nil
		case key.Matches(k, keys.No):
			return m.to(stepPregnancy), nil
		case key.Matches(k, keys.Back, keys.Quit):
			return m, goHomeCmd
		}
	case stepLegPainChecked:
		switch {
		case key.Matches(k, keys.Yes):
			m.answers.LegPainChecked = true
			return m.to(stepPregnancy), nil
		case key.Matches(k, keys.No):
			return m.to(stepPregnancy), nil
		case key.Matches(k, keys.Back, keys.Quit):
			return m, goHomeCmd
		}
	case stepPregnancy:
		switch {
		case key.Matches(k, keys.Yes):
			m.answers.Pregnant = true
			if m.allowed() && len(policy.AvoidInPregnancy(m.c.Lib, m.routine)) > 0 {
				return m.to(stepPregnancyWarn), nil
			}
			return m, m.done(m.allowed())
		case key.Matches(k, keys.No):
			return m, m.done(m.allowed())
		case key.Matches(k, keys.Back, keys.Quit):
			return m, goHomeCmd
		}
	case stepPregnancyWarn: // y or n, as plain mode asks it: Enter does not start it
		switch {
		case key.Matches(k, keys.Yes) && m.warnOnly:
			return m, func() tea.Msg { return warnDoneMsg{proceed: true} }
		case key.Matches(k, keys.No, keys.Back, keys.Quit) && m.warnOnly:
			return m, func() tea.Msg { return warnDoneMsg{proceed: false} }
		case key.Matches(k, keys.Yes):
			return m, m.done(true)
		case key.Matches(k, keys.No, keys.Back, keys.Quit):
			return m, m.done(false)
		}
	}
	m.unanswered = true // a yes/no question, and the key was neither
	return m, nil
}

// updateAdvice handles the advice screen, where letters go into the confirmation field: the
// keys that type nothing (arrows, PgUp/PgDn, Home/End) scroll, backspace deletes, enter
// confirms, esc (or q while the field is empty) leaves with the red flags recorded and nothing
// started.
func (m safetyModel) updateAdvice(k tea.KeyPressMsg) (safetyModel, tea.Cmd) {
	if k.Text == "" {
		if sc, ok := m.page().scroll(k); ok {
			m.scroll = sc
			return m, nil
		}
	}
	switch k.String() {
	case "esc":
		return m, m.done(false)
	case "backspace":
		if _, size := utf8.DecodeLastRuneInString(m.typed); size > 0 {
			m.typed = m.typed[:len(m.typed)-size]
		}
		m.wrong = false
	case "enter":
		if !policy.ConfirmedWith(m.typed, m.c.Tr.T("safety.confirm_word")) {
			m.wrong = true
			return m, nil
		}
		m.answers.GentleOnly = true
		m.typed, m.wrong = "", false
		return m.to(stepLegPain), nil
	default:
		if k.Text == "q" && m.typed == "" {
			return m, m.done(false)
		}
		text := content.Sanitize(k.Text)
		if text != "" && utf8.RuneCountInString(m.typed+text) <= maxConfirm {
			m.typed += text
			m.wrong = false
		}
	}
	return m, nil
}

// View draws the current step: a title, the scrollable text, the question after it and the
// keys at the bottom.
func (m safetyModel) View() string { return m.page().render() }

// page lays out the current step, scrolled: the title, the text, the question under it (always
// in view) and the keys.
func (m safetyModel) page() page { return m.layout(m.text()) }

// layout puts the step's text and question on a page.
func (m safetyModel) layout(body, prompt []string) page {
	p := newTextPage(m.c)
	p.at = m.scroll
	p.add(inHeader, flushLeft, 0, m.c.Styles.Title.Render(m.c.Tr.T("safety.title")))
	p.titleGap()
	p.add(inBody, flushLeft, 0, body...)
	p.add(underBody, flushLeft, 0, append([]string{""}, prompt...)...)
	p.addHelp(inFooter, flushLeft, 0, safetyKeys{scrollHelp: scrollHelp{k: m.c.Keys}, step: m.step})
	return p
}

// text is the current step's text and its question (with the confirmation field on the
// advice screen). The emergency signs always come first.
func (m safetyModel) text() (body, prompt []string) {
	st, keys, w, tr := m.c.Styles, m.c.Keys, screenTextWidth(m.c.Width), m.c.Tr
	safety := content.Safety{}
	if m.c.Lib != nil {
		safety = m.c.Lib.Safety()
	}
	para := func(s string, style func(...string) string) {
		for _, l := range text.Hang(s, w, "", "") {
			body = append(body, style(l))
		}
	}
	list := func(items []string) {
		for _, f := range items {
			body = append(body, text.Hang(f, w, "  • ", "    ")...)
		}
	}
	emergency := func() {
		if safety.Emergency != "" {
			para(tr.T("safety.emergency", "Text", safety.Emergency), st.Danger.Render)
			body = append(body, "")
		}
	}
	ask := func(s string) { prompt = append(prompt, styled(st.Accent, text.Wrap(s, w))...) }
	yesNo := func(q string) {
		ask(q + " " + tr.T("safety.yes_no"))
		if m.unanswered {
			prompt = append(prompt, st.Warn.Render(tr.T("safety.answer_yes_no")))
		}
	}
	plain := func(s ...string) string { return strings.Join(s, " ") }
	name := tr.T("safety.this_routine")
	if m.routine != nil {
		name = m.routine.Name
	}
	switch m.step {
	case stepRedFlags:
		emergency()
		para(tr.T("safety.red_flags_lead"), st.Title.Render)
		list(safety.RedFlags)
		body = append(body, "")
		para(safety.Disclaimer, plain)
		yesNo(tr.T("safety.ask_red_flags"))
	case stepAdvice:
		emergency()
		para(tr.T("safety.advice_red_flags"), st.Title.Render)
		body = append(body, "")
		para(tr.T("safety.offer_gentle"), plain)
		if m.routine != nil && policy.Allowed(policy.Answers{GentleOnly: true}, m.routine) != nil {
			body = append(body, "")
			para(tr.T("safety.not_gentle_now", "Name", name), st.Warn.Render)
		}
		word := tr.T("safety.confirm_word")
		ask(tr.T("safety.type_confirm", "Word", word, "Key", keys.Select.Help().Key))
		prompt = append(prompt, st.Accent.Render("> ")+m.typed+"█")
		if m.wrong {
			prompt = append(prompt, st.Warn.Render(tr.T("safety.type_word", "Word", word, "Key", keys.Back.Help().Key)))
		}
	case stepLegPain:
		if m.answers.GentleOnly {
			para(tr.T("safety.gentle_only_now"), st.Good.Render)
			body = append(body, "")
		}
		para(tr.T("safety.leg_pain_about")+" "+tr.T("safety.red_flags_again", "Key", keys.Back.Help().Key), plain)
		yesNo(tr.T("safety.ask_leg_pain"))
	case stepLegPainChecked:
		para(tr.T("safety.leg_pain_checked_about"), plain)
		yesNo(tr.T("safety.ask_leg_pain_checked"))
	case stepPregnancy:
		if m.answers.LegPain && !m.answers.LegPainChecked {
			para(tr.T("safety.leg_pain_advice"), st.Warn.Render)
			body = append(body, "")
		}
		if !m.allowed() {
			para(tr.T("safety.not_gentle_pick", "Name", name), st.Warn.Render)
			body = append(body, "")
		}
		para(safety.Pregnancy, plain)
		body = append(body, "")
		para(tr.T("safety.pregnancy_marks"), plain)
		if len(safety.PregnancyStop) > 0 {
			body = append(body, "")
			para(tr.T("safety.pregnancy_stop_if"), st.Title.Render)
			list(safety.PregnancyStop)
		}
		yesNo(tr.T("safety.ask_pregnant"))
	case stepPregnancyWarn:
		para(tr.T("safety.pregnancy_avoid", "Name", name), st.Warn.Render)
		list(policy.AvoidInPregnancy(m.c.Lib, m.routine))
		body = append(body, "")
		para(safety.Pregnancy, plain)
		if len(safety.PregnancyStop) > 0 {
			body = append(body, "")
			para(tr.T("safety.pregnancy_stop_lead"), st.Title.Render)
			list(safety.PregnancyStop)
		}
		yesNo(tr.T("safety.ask_start_anyway"))
	}
	return body, prompt
}
