package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// stopwatchView draws the count-up: the test and the best to beat on top, the exercise and
// side, the time held in big digits, how to stop, the cues, the pain reminder and the keys.
func (m maxTestModel) stopwatchView() string {
	r := m.run
	w, h := r.c.Width, r.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := r.c.Styles
	s := r.eng.Snapshot(r.c.Now())
	var p fitPage
	p.add(atTop, flushLeft, 2, spreadLine(st.Title.Render(r.eng.Plan().Routine.Name), st.Subtle.Render(m.toBeat(s)), w))
	r.nameAndSide(&p, s)
	p.add(atBody, centered, 7, st.Subtle.Render("hold it as long as your form holds"))
	p.blank(atBody, 9)
	r.big(&p, text.Stopwatch(s.Up))
	p.blank(atBody, 8)
	p.add(atBody, centered, 3, st.Key.Render("space")+" stops the clock")
	r.cues(&p, s.Step.Exercise, "")
	m.footer(&p, s, maxReminder(st, w), "stop")
	return p.render(w, h)
}

// readyView draws the get-ready (or switch-sides) countdown before a stopwatch: what it is,
// the time left, the side coming up, that space starts the clock early, the cues, the keys.
func (m maxTestModel) readyView(s session.Snapshot) string {
	r := m.run
	w, h := r.c.Width, r.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := r.c.Styles
	var p fitPage
	r.header(&p, s)
	next := s.Step
	if s.Next != nil {
		next = *s.Next
	}
	p.add(atBody, centered, 1, st.Title.Render(maxStepLabel(s.Step.Kind)))
	if s.Step.Kind == session.KindSwitch && r.c.Height >= tallHeight {
		r.sideBlock(&p, text.SideTag(next.Side))
	}
	p.blank(atBody, 9)
	r.big(&p, text.Countdown(s.Left))
	p.add(atBody, centered, 4, r.stepBar(s))
	p.blank(atBody, 8)
	p.add(atBody, centered, 2, "Next: "+r.nextText(next))
	p.add(atBody, centered, 3, st.Key.Render("space")+" starts the clock now")
	r.cues(&p, next.Exercise, next.Note)
	m.footer(&p, s, painReminder(st, w), "start")
	return p.render(w, h)
}

// maxStepLabel is the title of a step before a stopwatch.
func maxStepLabel(k session.StepKind) string {
	if k == session.KindSwitch {
		return "SWITCH SIDES"
	}
	return "GET READY"
}

// helpView is the max test's key help, with the clock still shown: the stopwatch's time or
// the countdown before it.
func (m maxTestModel) helpView(s session.Snapshot) string {
	r := m.run
	w, h := r.c.Width, r.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	st, k := r.c.Styles, r.c.Keys
	var p fitPage
	space, clock := "start the clock now", maxStepLabel(s.Step.Kind)+" "+text.Countdown(s.Left)
	if s.Step.Kind == session.KindCountUp {
		space, clock = "stop the clock: that is your time", "Stopwatch "+text.Stopwatch(s.Up)+" · running"
	}
	p.add(atTop, flushLeft, 2, spreadLine(st.Title.Render(r.eng.Plan().Routine.Name), st.Subtle.Render(m.toBeat(s)), w))
	p.add(atBody, centered, 2, st.Accent.Render(clock))
	p.blank(atBody, 4)
	addKeyTable(&p, st, "Max test keys", []keyRow{
		{k.Pause, space},
		{k.Pain, "sharp pain: stop now, not counted"},
		{k.Quit, "quit the test (asks), not counted"},
		{k.Help, "close this help"},
	})
	m.footer(&p, s, painReminder(st, w), "")
	return p.render(w, h)
}

// footer is the quit question when asked, else reminder (the pain line) and the test's keys:
// space (described as space, "stop" or "start"), pain, quit and help — or, in the help, how to
// close it.
func (m maxTestModel) footer(p *fitPage, s session.Snapshot, reminder, space string) {
	r := m.run
	if r.confirm {
		r.footer(p, s) // the quit question
		return
	}
	st, k, w := r.c.Styles, r.c.Keys, r.c.Width
	items := []keyHint{{k.Pause, space, 6}, {k.Pain, "pain", 5}, {k.Quit, "", 4}, {k.Help, "", 3}}
	if m.help {
		items = []keyHint{{k.Help, "close help", 1}}
	}
	p.add(atBottom, flushLeft, 0, reminder)
	p.add(atBottom, flushLeft, 3, oneLineHelp(st, items, w))
}

// toBeat is the best of the exercise and side being tested, "best 1:05.0", or "no best yet".
func (m maxTestModel) toBeat(s session.Snapshot) string {
	if !m.loaded || m.loadErr != nil || s.Exercise == nil {
		return ""
	}
	side := s.Side.String()
	if b, ok := journal.FindBest(m.before, s.Exercise.ID, side); ok && b.MaxS > 0 {
		return "best " + text.Tenths(b.MaxS)
	}
	return "no best yet"
}

// maxReminder is the line under the stopwatch: stop when form breaks, and the pain key.
func maxReminder(st Styles, w int) string {
	line := st.Subtle.Render("Stop when your form breaks — ") + st.Warn.Render("sharp pain?") + " press " + st.Key.Render("!")
	if ansi.StringWidth(line) <= w {
		return line
	}
	return painReminder(st, w)
}

// resultView is the end of the test: how it ended, the time held (per side), what it means
// against the best from before, the latest tests, any pain advice, and whether it was saved.
func (m maxTestModel) resultView() string {
	c := m.run.c
	w, h := c.Width, c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	st, rec := c.Styles, *m.rec
	cw, margin := textColumn(w)
	var p fitPage
	p.add(atTop, flushLeft, 0, margin+m.heading())
	p.add(atTop, flushLeft, 2, indent(margin, text.Wrap(rec.RoutineName, cw), st.Subtle)...)
	p.blank(atTop, 20)
	if len(m.results) == 1 {
		res := m.results[0]
		p.blank(atBody, 9)
		m.run.big(&p, text.Stopwatch(time.Duration(res.Seconds*float64(time.Second))))
		p.blank(atBody, 8)
		p.add(atBody, centered, 1, m.resultLine(res, ""))
		if trend := m.trend(res); trend != "" {
			p.add(atBody, centered, 5, st.Subtle.Render("Latest tests  ")+st.Accent.Render(trend))
		}
	} else { // one line per side, its trend at the end
		for _, res := range m.results {
			line := m.resultLine(res, st.Side.Render(fmt.Sprintf("%-6s", strings.ToUpper(res.Side)))+" ")
			if trend := m.trend(res); trend != "" {
				line += "  " + st.Accent.Render(trend)
			}
			p.add(atBody, flushLeft, 1, margin+line)
		}
	}
	if rec.Status == session.StatusPain || len(rec.Pain) > 0 {
		summaryModel{c: c, rec: rec}.painAdvice(&p, cw, margin)
	}
	save := indent(margin, []string{"Saving…"}, st.Subtle)
	if m.saved && m.saveErr == nil {
		save = indent(margin, []string{"Saved to your history."}, st.Good)
	} else if m.saved {
		save = indent(margin, text.Wrap("Could not save this test: "+m.saveErr.Error(), cw), st.Danger)
	}
	p.add(atBottom, flushLeft, 0, save...)
	k := c.Keys
	p.add(atBottom, flushLeft, 1, margin+oneLineHelp(st, []keyHint{{k.Select, "home", 3}, {k.History, "history", 2}, {k.Quit, "quit", 4}}, w))
	return p.render(w, h)
}

// heading celebrates a new best, or says how the test ended.
func (m maxTestModel) heading() string {
	st := m.run.c.Styles
	for _, r := range m.results {
		if r.NewBest && m.loaded && m.loadErr == nil && r.Prev.MaxS > 0 {
			return st.Good.Render("New personal best!")
		}
	}
	switch m.rec.Status {
	case session.StatusStopped:
		return st.Title.Render("Test stopped")
	case session.StatusPain:
		return st.Danger.Render("Test ended after pain")
	}
	return st.Good.Render("Test complete")
}

// resultLine is "0:42.3 · new personal best (was 0:40.0)" after lead (a side tag).
func (m maxTestModel) resultLine(r journal.MaxResult, lead string) string {
	st := m.run.c.Styles
	verdict := r.Verdict()
	switch {
	case r.Counts && !m.loaded:
		verdict = "comparing with your history…"
	case r.Counts && m.loadErr != nil:
		verdict = "not compared: the history could not be read"
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
