package tui

import (
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// page lays out what the max test shows now, fitted like the run screen: it never scrolls.
func (m maxTestModel) page() page {
	s := m.run.eng.Snapshot(m.run.c.Now())
	switch {
	case m.rec != nil:
		return m.resultPage()
	case s.State == session.StatePainPrompt:
		return m.run.page(s)
	case m.help:
		return m.helpPage(s)
	case s.Step.Kind == session.KindCountUp:
		return m.stopwatchPage(s)
	}
	return m.readyPage(s)
}

// stopwatchPage is the count-up: the test and the best to beat on top, the exercise and
// side, the time held in big digits, how to stop, the cues, the pain reminder and the keys.
func (m maxTestModel) stopwatchPage(s session.Snapshot) page {
	r := m.run
	st, w := r.c.Styles, r.c.Width
	p := newPage(r.c, fitted)
	p.add(inHeader, flushLeft, 2, spreadLine(st.Title.Render(text.PlanTitle(r.c.Tr, r.eng.Plan())), st.Subtle.Render(m.toBeat(s)), w))
	r.nameAndSide(&p, s)
	p.add(inBody, centered, 7, st.Subtle.Render(r.c.Tr.T("max.hold_it")))
	p.blank(inBody, 10)
	r.bigBeside(&p, text.Stopwatch(s.Up), s)
	p.blank(inBody, 11)
	p.add(inBody, centered, 3, r.c.Tr.T("max.key_stops", "Key", st.Key.Render(r.c.Keys.Clock.Help().Key)))
	r.figureAbove(&p, s)
	r.cues(&p, s.Step.Exercise, "")
	m.footer(&p, s, maxReminder(st, r.c.Keys, w))
	return p
}

// readyPage is the get-ready (or switch-sides) countdown before a stopwatch: what it is,
// the time left, the side coming up, that space starts the clock early, the cues, the keys.
func (m maxTestModel) readyPage(s session.Snapshot) page {
	r := m.run
	st := r.c.Styles
	p := newPage(r.c, fitted)
	r.header(&p, s)
	next := s.Step
	if s.Next != nil {
		next = *s.Next
	}
	p.add(inBody, centered, 1, st.Title.Render(text.StepBanner(r.c.Tr, s.Step.Kind)))
	if s.Step.Kind == session.KindSwitch && r.c.Height >= tallHeight {
		r.sideBlock(&p, text.SideTagIn(r.c.Tr, next.Side))
	}
	p.blank(inBody, 10)
	r.bigBeside(&p, text.Countdown(s.Left), s)
	p.add(inBody, centered, 4, r.stepBar(s))
	p.blank(inBody, 11)
	p.add(inBody, centered, 2, r.c.Tr.T("run.next", "What", r.nextText(next)))
	p.add(inBody, centered, 3, r.c.Tr.T("max.key_starts", "Key", st.Key.Render(r.c.Keys.Clock.Help().Key)))
	r.figureAbove(&p, s)
	r.cues(&p, next.Exercise, next.Note)
	m.footer(&p, s, painReminder(r.c.Tr, st, r.c.Keys, r.c.Width))
	return p
}

// helpPage is the max test's key help, with the clock still shown: the stopwatch's time, or
// the countdown before it, which waits while the help is open.
func (m maxTestModel) helpPage(s session.Snapshot) page {
	r := m.run
	st, w := r.c.Styles, r.c.Width
	p := newPage(r.c, fitted)
	tr := r.c.Tr
	clock := text.StepBanner(tr, s.Step.Kind) + " " + text.Countdown(s.Left)
	if s.Paused {
		clock = tr.T("max.clock_waiting", "Clock", clock)
	}
	counting := s.Step.Kind == session.KindCountUp
	if counting {
		clock = tr.T("max.stopwatch_running", "Time", text.Stopwatch(s.Up))
	}
	p.add(inHeader, flushLeft, 2, spreadLine(st.Title.Render(text.PlanTitle(tr, r.eng.Plan())), st.Subtle.Render(m.toBeat(s)), w))
	p.add(inBody, centered, 2, st.Accent.Render(clock))
	p.blank(inBody, 4)
	p.add(inBody, centered, 1, st.Title.Render(tr.T("max.keys_title")))
	p.blank(inBody, 3)
	p.addFullHelp(inBody, centeredBlock, 1, "", maxKeys{k: r.c.Keys, counting: counting, help: true})
	m.footer(&p, s, painReminder(r.c.Tr, st, r.c.Keys, w))
	return p
}

// footer is the quit question when asked, else reminder (the pain line) and the test's keys.
func (m maxTestModel) footer(p *page, s session.Snapshot, reminder string) {
	r := m.run
	if r.confirm {
		r.footer(p, s) // the quit question
		return
	}
	voiceLine(p, r.c)
	p.add(inFooter, flushLeft, 0, reminder)
	p.addHelp(inFooter, flushLeft, 3, maxKeys{k: r.c.Keys, counting: s.Step.Kind == session.KindCountUp, help: m.help})
}

// toBeat is the best of the exercise and side being tested, "best 1:05.0", or "no best yet".
func (m maxTestModel) toBeat(s session.Snapshot) string {
	if !m.loaded || m.loadErr != nil || s.Exercise == nil {
		return ""
	}
	side := s.Side.String()
	if b, ok := journal.FindBest(m.before, s.Exercise.ID, side); ok && b.MaxS > 0 {
		return m.run.c.Tr.T("max.best", "Time", text.Tenths(b.MaxS))
	}
	return m.run.c.Tr.T("max.no_best")
}

// maxReminder is the line under the stopwatch: stop when form breaks, and the pain key.
func maxReminder(st Styles, k KeyMap, w int) string {
	line := st.Subtle.Render(k.tr.T("max.form_breaks")+" ") + st.Warn.Render(k.tr.T("pain.sharp_pain")) + " " +
		k.tr.T("pain.press", "Key", st.Key.Render(k.Pain.Help().Key))
	if ansi.StringWidth(line) <= w {
		return line
	}
	return painReminder(k.tr, st, k, w)
}

// resultPage is the end of the test: how it ended, the time held (per side), what it means
// against the best from before, the latest tests, any pain advice, and whether it was saved.
func (m maxTestModel) resultPage() page {
	c := m.run.c
	st, rec := c.Styles, *m.rec
	cw, margin := textColumn(c.Width)
	p := newPage(c, fitted)
	p.margin = margin
	p.add(inHeader, flushLeft, 0, m.heading())
	p.add(inHeader, flushLeft, 2, styled(st.Subtle, text.Wrap(text.PlanTitle(c.Tr, m.run.eng.Plan()), cw))...)
	p.blank(inHeader, 20)
	if len(m.results) == 1 {
		res := m.results[0]
		p.blank(inBody, 9)
		m.run.big(&p, text.Stopwatch(time.Duration(res.Seconds*float64(time.Second))))
		p.blank(inBody, 8)
		p.add(inBody, centered, 1, m.resultLine(res, ""))
		if trend := m.trend(res); trend != "" {
			p.add(inBody, centered, 5, st.Subtle.Render(c.Tr.T("max.latest")+"  ")+st.Accent.Render(trend))
		}
	} else { // one line per side, its trend at the end
		for _, res := range m.results {
			line := m.resultLine(res, st.Side.Render(text.Pad(strings.ToUpper(sideWord(c.Tr, res.Side)), 6))+" ")
			if trend := m.trend(res); trend != "" {
				line += "  " + st.Accent.Render(trend)
			}
			p.add(inBody, flushLeft, 1, line)
		}
	}
	if rec.Status == session.StatusPain || len(rec.Pain) > 0 {
		painAdvice(&p, c, rec, cw)
	}
	p.add(inFooter, flushLeft, 0, saveLines(c.Tr, st, m.saved, m.saveErr, c.Tr.T("maxresult.save_test"), cw)...)
	p.addHelp(inFooter, flushLeft, 1, resultKeys{c.Keys})
	return p
}

// heading celebrates a new best, or says how the test ended.
func (m maxTestModel) heading() string {
	st := m.run.c.Styles
	for _, r := range m.results {
		if r.NewBest && m.loaded && m.loadErr == nil && r.Prev.MaxS > 0 {
			return st.Good.Render(m.run.c.Tr.T("max.new_best"))
		}
	}
	switch m.rec.Status {
	case session.StatusStopped:
		return st.Title.Render(m.run.c.Tr.T("max.stopped"))
	case session.StatusPain:
		return st.Danger.Render(m.run.c.Tr.T("max.ended_pain"))
	}
	return st.Good.Render(m.run.c.Tr.T("max.complete"))
}

// resultLine is "0:42.3 · new personal best (was 0:40.0)" after lead (a side tag).
func (m maxTestModel) resultLine(r journal.MaxResult, lead string) string {
	st := m.run.c.Styles
	verdict := r.VerdictIn(m.run.c.Tr)
	switch {
	case r.Counts && !m.loaded:
		verdict = m.run.c.Tr.T("max.comparing")
	case r.Counts && m.loadErr != nil:
		verdict = m.run.c.Tr.T("max.not_compared")
	}
	style := st.Subtle
	switch {
	case r.NewBest && m.loaded && m.loadErr == nil:
		style = st.Good
	case r.Outcome == session.OutcomePain:
		style = st.Danger
	}
	return lead + st.Title.Render(text.Tenths(r.Seconds)) + " · " + style.Render(verdict)
}

// trend is the sparkline of the latest tests, this one included, when there are at least two.
func (m maxTestModel) trend(r journal.MaxResult) string {
	if !m.loaded || m.loadErr != nil || !r.Counts {
		return ""
	}
	t := append(append([]float64(nil), r.Prev.Trend...), r.Seconds)
	if len(t) < 2 {
		return ""
	}
	return journal.Sparkline(t[max(len(t)-journal.TrendTests, 0):])
}
