package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
)

// summaryStreakMsg carries the current streak, read from the history after the save.
type summaryStreakMsg struct {
	days int
	err  error
	// ask is what the check-in after the session needs (the goals, and whether they are due).
	ask askLoadedMsg
}

// summaryModel is the end-of-session screen: how the session ended, what was done per
// exercise, the active time, any pain reports with the advice that goes with them, and whether
// the session reached the history.
type summaryModel struct {
	c   *Common
	rec session.Record
	// saved is set once the root reported the save; err is its error (nil: saved).
	saved bool
	err   error
	// streak is the current streak in days once read from the history; -1 before.
	streak int
	// scroll is where the body is when it does not fit the screen.
	scroll scroller
	// ask asks the check-in (the checkins setting) and the weekly goals once the session is
	// saved: after it, never during.
	ask asker
}

// newSummary returns the summary of rec; it shows "Saving…" until a savedMsg arrives.
func newSummary(c *Common, rec session.Record) summaryModel {
	return summaryModel{c: c, rec: rec, streak: -1}
}

// Update handles the summary's keys, the saved message and the streak read after it.
func (m summaryModel) Update(msg tea.Msg) (summaryModel, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saved, m.err = true, msg.err
		if msg.err == nil {
			return m, m.readStreak()
		}
	case askSavedMsg:
		m.ask = m.ask.saved(m.c, msg)
	case summaryStreakMsg:
		if msg.err == nil {
			m.streak = msg.days
		}
		// A stopped session (quit) is left at once; one completed or ended in pain is asked about.
		asking := m.c.Settings.Checkins != checkin.Off && m.rec.Kind == session.PlanRoutine && m.rec.Status != session.StatusStopped
		m.ask = newAsker(asking, msg.ask)
		m.ask.started, m.ask.name, m.ask.when = m.rec.Started, m.rec.RoutineName, checkin.EndOf
		if !asking && m.rec.Kind == session.PlanRoutine { // no ratings asked: the pain stops may still offer one
			m.ask.offerFlare(m.c)
		}
	case tea.KeyPressMsg:
		k := m.c.Keys
		if a, cmd, ok := m.ask.key(msg, m.c); ok {
			m.ask = a
			return m, cmd
		}
		if sc, ok := m.page().scroll(msg); ok {
			m.scroll = sc
			return m, nil
		}
		switch {
		case key.Matches(msg, k.Select):
			return m, func() tea.Msg { return goHomeMsg{} }
		case key.Matches(msg, k.History):
			return m, func() tea.Msg { return goHistoryMsg{} }
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		}
	}
	return m, nil
}

// readStreak reads the history's current streak in a Cmd (file work stays out of Update).
func (m summaryModel) readStreak() tea.Cmd {
	path, now, ask, pain := m.c.HistoryPath, m.c.Now(), loadAsk(m.c), len(m.rec.Pain) > 0
	return func() tea.Msg {
		st, _, err := journal.ReadStats(path, now, time.Local)
		loaded := ask().(askLoadedMsg)
		if pain {
			loaded.stops = painStops(path, now)
		}
		return summaryStreakMsg{days: st.CurrentStreak, err: err, ask: loaded}
	}
}

// View draws the summary; when it does not fit, its body scrolls, so the pain advice is never
// lost on a small terminal.
func (m summaryModel) View() string { return m.page().render() }

// page lays the summary out in a centred column, scrolled: the heading on top, the save line
// and the keys at the bottom; in between what was done and, after pain, the advice — first
// when the page must scroll, so it is in view from the start.
func (m summaryModel) page() page {
	p := m.layout(false)
	if (m.rec.Status == session.StatusPain || len(m.rec.Pain) > 0) && p.overflows() {
		p = m.layout(true)
	}
	return p
}

// layout builds the page, with the pain advice before the exercises when adviceFirst.
func (m summaryModel) layout(adviceFirst bool) page {
	st, rec := m.c.Styles, m.rec
	cw, margin := textColumn(m.c.Width)
	p := newPage(m.c, scrolled)
	p.margin, p.at = margin, m.scroll
	heading := map[session.Status]string{session.StatusCompleted: st.Good.Render("Session complete"),
		session.StatusStopped: st.Title.Render("Session stopped"),
		session.StatusPain:    st.Danger.Render("Session ended after pain")}[rec.Status]
	p.add(inHeader, flushLeft, 0, heading)
	info := []string{rec.RoutineName, "active time " + text.Clock(rec.Active)}
	if m.streak > 0 {
		info = append(info, "streak "+text.Plural(m.streak, "day"))
	}
	p.add(inBody, flushLeft, 0, styled(st.Subtle, text.Wrap(strings.Join(info, " · "), cw))...)
	pain := rec.Status == session.StatusPain || len(rec.Pain) > 0
	if pain && adviceFirst {
		painAdvice(&p, m.c, rec, cw)
	}
	groups := groupSteps(rec.Steps)
	p.blank(inBody, 0)
	p.add(inBody, flushLeft, 0, styled(st.Title, text.Wrap(summaryOverview(groups), cw))...)
	p.blank(inBody, 0)
	nw := 0
	for _, g := range groups {
		nw = max(nw, ansi.StringWidth(g.name))
	}
	nw = min(nw, cw/2)
	for _, g := range groups {
		name := ansi.Truncate(g.name, nw, "…")
		p.add(inBody, flushLeft, 0, g.mark+" "+name+strings.Repeat(" ", nw-ansi.StringWidth(name))+"  "+st.Subtle.Render(g.text))
	}
	if pain && !adviceFirst {
		painAdvice(&p, m.c, rec, cw)
	}
	if lines := m.ask.lines(m.c, cw); len(lines) > 0 {
		p.blank(underBody, 0)
		p.add(underBody, flushLeft, 0, lines...)
	}
	p.add(inFooter, flushLeft, 0, saveLines(st, m.saved, m.err, "session", cw)...)
	p.addHelp(inFooter, flushLeft, 0, summaryKeys{scrollHelp{k: m.c.Keys}, m.ask.waiting()})
	return p
}

// saveLines say whether the session (or test: what) reached the history: "Saving…", "Saved
// to your history." or the error, wrapped to w.
func saveLines(st Styles, saved bool, err error, what string, w int) []string {
	switch {
	case !saved:
		return []string{st.Subtle.Render("Saving…")}
	case err == nil:
		return []string{st.Good.Render("Saved to your history.")}
	}
	return styled(st.Danger, text.Wrap("Could not save this "+what+": "+err.Error(), w))
}

// painAdvice adds to p's body the pain reports of rec, the emergency signs (first, as on every
// safety screen) and the red flags that call for a professional, wrapped to w; on a fitted page
// the red flags go first when short of room, the last first.
func painAdvice(p *page, c *Common, rec session.Record, w int) {
	st := c.Styles
	p.blank(inBody, 19)
	for _, pr := range rec.Pain {
		what := pr.Name
		if side := text.SideTag(pr.Side); side != "" {
			what += " (" + strings.ToLower(side) + ")"
		}
		p.add(inBody, flushLeft, 1, styled(st.Danger, text.Wrap("Sharp pain: "+what+" at "+pr.At.Format("15:04"), w))...)
	}
	if c.Lib == nil {
		return
	}
	safety := c.Lib.Safety()
	if safety.Emergency != "" {
		p.add(inBody, flushLeft, 2, styled(st.Danger, text.Wrap("Emergency: "+safety.Emergency, w))...)
	}
	if len(safety.RedFlags) > 0 {
		p.add(inBody, flushLeft, 2, styled(st.Title, text.Wrap("See a physiotherapist or doctor if you have:", w))...)
		for i, f := range safety.RedFlags {
			p.addGroup("flags", inBody, flushLeft, 3+i, fitBullet(f, w, "")...)
		}
	}
}

// summaryGroup is one exercise of the record with its mark and a compact verdict: "✓ done",
// "~ partly done (3 of 10 reps)", "! stopped for pain (left)".
type summaryGroup struct {
	name, mark, text string
	verdict          session.Outcome
}

// groupSteps sums up a record's steps per exercise (text.Tallies, the count plain mode
// shows too), each with its mark and verdict in words.
func groupSteps(steps []session.StepRecord) []summaryGroup {
	var out []summaryGroup
	for _, ex := range text.Tallies(steps) {
		out = append(out, summaryVerdict(ex))
	}
	return out
}

// summaryVerdict says an exercise's verdict: done, partly done, skipped, not reached or
// stopped for pain (naming the side).
func summaryVerdict(ex text.Tally) summaryGroup {
	out := summaryGroup{name: ex.Name, verdict: ex.Verdict}
	switch ex.Verdict {
	case session.OutcomePain:
		out.mark, out.text = "!", "stopped for pain"
		var sides []string
		for _, s := range ex.Steps {
			if side := text.SideTag(s.Side); s.Outcome == session.OutcomePain && side != "" && s.Side != session.SideAlternating {
				sides = append(sides, strings.ToLower(side))
			}
		}
		if len(sides) > 0 {
			out.text += " (" + strings.Join(sides, ", ") + ")"
		}
	case session.OutcomeDone:
		out.mark, out.text = "✓", "done"
	case session.OutcomePending:
		out.mark, out.text = "·", "not reached"
	case session.OutcomeSkipped:
		out.mark, out.text = "–", "skipped"
	default:
		out.mark, out.text = "~", "partly done"
		if s := ex.Steps[0]; len(ex.Steps) == 1 && s.PlannedReps > 0 {
			out.text += fmt.Sprintf(" (%d of %d reps)", s.AchievedReps, s.PlannedReps)
		} else if len(ex.Steps) == 1 && s.PlannedTime > 0 {
			out.text += fmt.Sprintf(" (%s of %s)", text.Clock(s.AchievedTime), text.Clock(s.PlannedTime))
		}
	}
	return out
}

// summaryOverview is "6 of 8 exercises done · 1 partly · 1 skipped · 1 stopped for pain".
func summaryOverview(groups []summaryGroup) string {
	exs := make([]text.Tally, len(groups))
	for i, g := range groups {
		exs[i].Verdict = g.verdict
	}
	return strings.Join(text.Overview(exs), " · ")
}
