package tui

import (
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
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
	tr := m.c.Tr
	heading := map[session.Status]string{session.StatusCompleted: st.Good.Render(tr.T("summary.complete")),
		session.StatusStopped: st.Title.Render(tr.T("summary.stopped")),
		session.StatusPain:    st.Danger.Render(tr.T("summary.pain"))}[rec.Status]
	p.add(inHeader, flushLeft, 0, heading)
	info := []string{recordName(m.c.Lib, rec), tr.T("summary.active", "Time", text.Clock(rec.Active))}
	if m.streak > 0 {
		info = append(info, tr.N("summary.streak", m.streak))
	}
	p.add(inBody, flushLeft, 0, styled(st.Subtle, text.Wrap(strings.Join(info, " · "), cw))...)
	pain := rec.Status == session.StatusPain || len(rec.Pain) > 0
	if pain && adviceFirst {
		painAdvice(&p, m.c, rec, cw)
	}
	groups := groupSteps(tr, m.c.Lib, rec.Steps)
	p.blank(inBody, 0)
	p.add(inBody, flushLeft, 0, styled(st.Title, text.Wrap(summaryOverview(tr, groups), cw))...)
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
	p.add(inFooter, flushLeft, 0, saveLines(tr, st, m.saved, m.err, tr.T("summary.save_session"), cw)...)
	p.addHelp(inFooter, flushLeft, 0, summaryKeys{scrollHelp{k: m.c.Keys}, m.ask.waiting()})
	return p
}

// saveLines say whether the session (or test: what) reached the history: "Saving…", "Saved
// to your history." or the error, wrapped to w.
func saveLines(tr *msg.Tr, st Styles, saved bool, err error, what string, w int) []string {
	switch {
	case !saved:
		return []string{st.Subtle.Render(tr.T("summary.saving"))}
	case err == nil:
		return []string{st.Good.Render(tr.T("summary.saved"))}
	}
	return styled(st.Danger, text.Wrap(tr.T("summary.not_saved", "What", what, "Err", err.Error()), w))
}

// painAdvice adds to p's body the pain reports of rec, the emergency signs (first, as on every
// safety screen) and the red flags that call for a professional, wrapped to w; on a fitted page
// the red flags go first when short of room, the last first.
func painAdvice(p *page, c *Common, rec session.Record, w int) {
	st, tr := c.Styles, c.Tr
	p.blank(inBody, 19)
	for _, pr := range rec.Pain {
		what := exerciseName(c.Lib, pr.Exercise, pr.Name)
		if side := text.LoggedSideIn(tr, pr.Side.String()); side != "" && pr.Side != session.SideAlternating {
			what += " (" + side + ")"
		}
		p.add(inBody, flushLeft, 1, styled(st.Danger, text.Wrap(tr.T("summary.sharp_pain", "What", what, "At", pr.At.Format("15:04")), w))...)
	}
	if c.Lib == nil {
		return
	}
	safety := c.Lib.Safety()
	if safety.Emergency != "" {
		p.add(inBody, flushLeft, 2, styled(st.Danger, text.Wrap(tr.T("summary.emergency", "What", safety.Emergency), w))...)
	}
	if len(safety.RedFlags) > 0 {
		p.add(inBody, flushLeft, 2, styled(st.Title, text.Wrap(tr.T("summary.see_someone"), w))...)
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

// groupSteps is the record's steps as one group per exercise, named from lib (the record
// keeps English names) where it has the exercise.
func groupSteps(tr *msg.Tr, lib *content.Library, steps []session.StepRecord) []summaryGroup {
	var out []summaryGroup
	for _, ex := range text.Tallies(steps) {
		g := summaryVerdict(tr, ex)
		if s := ex.Steps[0]; s.Exercise != "" {
			g.name = exerciseName(lib, s.Exercise, s.Name)
			if s.Gentler {
				g.name = tr.T("run.gentler_name", "Name", g.name)
			}
		}
		out = append(out, g)
	}
	return out
}

// summaryVerdict is one exercise's line: a mark and its verdict in words.
func summaryVerdict(tr *msg.Tr, ex text.Tally) summaryGroup {
	out := summaryGroup{name: ex.Name, verdict: ex.Verdict}
	switch ex.Verdict {
	case session.OutcomePain:
		out.mark, out.text = "!", tr.T("summary.v_pain")
		var sides []string
		for _, s := range ex.Steps {
			if side := text.LoggedSideIn(tr, s.Side.String()); s.Outcome == session.OutcomePain && side != "" && s.Side != session.SideAlternating {
				sides = append(sides, side)
			}
		}
		if len(sides) > 0 {
			out.text += " (" + strings.Join(sides, ", ") + ")"
		}
	case session.OutcomeDone:
		out.mark, out.text = "✓", tr.T("summary.v_done")
	case session.OutcomePending:
		out.mark, out.text = "·", tr.T("summary.v_not_reached")
	case session.OutcomeSkipped:
		out.mark, out.text = "–", tr.T("summary.v_skipped")
	default:
		out.mark, out.text = "~", tr.T("summary.v_partly")
		if s := ex.Steps[0]; len(ex.Steps) == 1 && s.PlannedReps > 0 {
			out.text += " " + tr.T("summary.v_reps_of", "N", s.AchievedReps, "Of", s.PlannedReps)
		} else if len(ex.Steps) == 1 && s.PlannedTime > 0 {
			out.text += " " + tr.T("summary.v_time_of", "N", text.Clock(s.AchievedTime), "Of", text.Clock(s.PlannedTime))
		}
	}
	return out
}

// summaryOverview is the count of the exercises' verdicts, "6 of 8 exercises done · 1 skipped".
func summaryOverview(tr *msg.Tr, groups []summaryGroup) string {
	exs := make([]text.Tally, len(groups))
	for i, g := range groups {
		exs[i].Verdict = g.verdict
	}
	return strings.Join(text.OverviewIn(tr, exs), " · ")
}

// recordName is the session's name: its routine's, from lib, else the name the run gave it.
func recordName(lib *content.Library, rec session.Record) string {
	if translated(lib) && rec.Kind == session.PlanRoutine {
		if r, ok := lib.Routine(rec.RoutineID); ok {
			return r.Name
		}
	}
	return rec.RoutineName
}
