package tui

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
)

// summaryStreakMsg carries the current streak, read from the history after the save.
type summaryStreakMsg struct {
	days int
	err  error
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
	// offset is how far the page is scrolled when it does not fit the screen.
	offset int
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
	case summaryStreakMsg:
		if msg.err == nil {
			m.streak = msg.days
		}
	case tea.KeyPressMsg:
		k := m.c.Keys
		switch {
		case key.Matches(msg, k.Select):
			return m, func() tea.Msg { return goHomeMsg{} }
		case key.Matches(msg, k.History):
			return m, func() tea.Msg { return goHistoryMsg{} }
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Up):
			m.offset = max(min(m.offset, m.maxOffset())-1, 0)
		case key.Matches(msg, k.Down):
			m.offset = min(m.offset+1, m.maxOffset())
		}
	}
	return m, nil
}

// readStreak reads the history's current streak in a Cmd (file work stays out of Update).
func (m summaryModel) readStreak() tea.Cmd {
	path, now := m.c.HistoryPath, m.c.Now()
	return func() tea.Msg {
		st, _, err := journal.ReadStats(path, now, time.Local)
		return summaryStreakMsg{days: st.CurrentStreak, err: err}
	}
}

// View draws the summary: laid out to fit the screen when everything does, else as a page
// that scrolls with the arrows, so the pain advice is never lost on a small terminal.
func (m summaryModel) View() string {
	w, h := m.c.Width, m.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	if p := m.page(false); p.lines() <= h {
		return p.render(w, h)
	}
	return m.scrollPage().render(w, h, m.offset)
}

// scrollPage is the summary as a scrolling page: the heading, the body, the save line and the
// keys (with ↑/↓).
func (m summaryModel) scrollPage() screenPage {
	var sp screenPage
	for i, sec := range m.page(true).secs {
		switch {
		case i == 0:
			sp.header = sec.lines
		case sec.fitRegion == atBottom && strings.Contains(ansi.Strip(strings.Join(sec.lines, "")), "scroll"):
			sp.help = sec.lines
		case sec.fitRegion == atBottom:
			sp.prompt = append(sp.prompt, sec.lines...)
		default:
			sp.body = append(sp.body, sec.lines...)
		}
	}
	return sp
}

// maxOffset is how far the summary scrolls at the current size (0 when it fits).
func (m summaryModel) maxOffset() int {
	if m.page(false).lines() <= m.c.Height {
		return 0
	}
	return m.scrollPage().maxOffset(m.c.Height)
}

// page lays the summary out as fitPage sections; scroll adds the ↑/↓ key to the help line.
func (m summaryModel) page(scroll bool) fitPage {
	w := m.c.Width
	st, rec := m.c.Styles, m.rec
	cw, margin := textColumn(w)
	var p fitPage
	heading := map[session.Status]string{session.StatusCompleted: st.Good.Render("Session complete"),
		session.StatusStopped: st.Title.Render("Session stopped"),
		session.StatusPain:    st.Danger.Render("Session ended after pain")}[rec.Status]
	p.add(atTop, flushLeft, 0, margin+heading)
	info := []string{rec.RoutineName, "active time " + text.Clock(rec.Active)}
	if m.streak > 0 {
		info = append(info, "streak "+text.Plural(m.streak, "day"))
	}
	p.add(atTop, flushLeft, 2, indent(margin, text.Wrap(strings.Join(info, " · "), cw), st.Subtle)...)

	pain := rec.Status == session.StatusPain || len(rec.Pain) > 0
	if pain && scroll { // the advice comes first when the page must scroll
		m.painAdvice(&p, cw, margin)
	}
	groups := groupSteps(rec.Steps)
	p.blank(atTop, 20)
	p.add(atTop, flushLeft, 9, indent(margin, text.Wrap(summaryOverview(groups), cw), st.Title)...)
	p.blank(atTop, 21)
	nw := 0
	for _, g := range groups {
		nw = max(nw, ansi.StringWidth(g.name))
	}
	nw = min(nw, cw/2)
	var all, notDone []string
	for _, g := range groups {
		name := ansi.Truncate(g.name, nw, "…")
		line := margin + g.mark + " " + name + strings.Repeat(" ", nw-ansi.StringWidth(name)) + "  " + st.Subtle.Render(g.text)
		all = append(all, line)
		if g.verdict != session.OutcomeDone {
			notDone = append(notDone, line)
		}
	}
	if len(notDone) == len(all) || len(notDone) == 0 || scroll {
		notDone = nil // no shorter list worth showing (or room to scroll to the whole one)
	}
	p.addAlt(atTop, flushLeft, 10, all, notDone) // short of room: only what was not done
	if pain && !scroll {
		m.painAdvice(&p, cw, margin)
	}

	save := indent(margin, []string{"Saving…"}, st.Subtle)
	if m.saved && m.err == nil {
		save = indent(margin, []string{"Saved to your history."}, st.Good)
	} else if m.saved {
		save = indent(margin, text.Wrap("Could not save this session: "+m.err.Error(), cw), st.Danger)
	}
	p.add(atBottom, flushLeft, 0, save...)
	k := m.c.Keys
	hints := []keyHint{{k.Select, "home", 3}, {k.History, "history", 2}, {k.Quit, "quit", 4}}
	if scroll {
		hints = append(hints, keyHint{bindingHelp("↑/↓", "scroll"), "", 5})
	}
	p.add(atBottom, flushLeft, 1, margin+oneLineHelp(st, hints, w-len(margin)))
	return p
}

// painAdvice lists the pain reports, the red flags that call for a professional and the
// emergency sign.
func (m summaryModel) painAdvice(p *fitPage, cw int, margin string) {
	st := m.c.Styles
	p.blank(atTop, 19)
	for _, pr := range m.rec.Pain {
		what := pr.Name
		if side := text.SideTag(pr.Side); side != "" {
			what += " (" + strings.ToLower(side) + ")"
		}
		p.add(atTop, flushLeft, 1, indent(margin, text.Wrap("Sharp pain: "+what+" at "+pr.At.Format("15:04"), cw), st.Danger)...)
	}
	if m.c.Lib == nil {
		return
	}
	safety := m.c.Lib.Safety()
	if len(safety.RedFlags) > 0 {
		p.add(atTop, flushLeft, 2, indent(margin, text.Wrap("See a physiotherapist or doctor if you have:", cw), st.Title)...)
		for i, f := range safety.RedFlags {
			p.addGroup("flags", atTop, flushLeft, 3+i, fitBullet(f, cw, margin)...)
		}
	}
	if safety.Emergency != "" {
		p.add(atTop, flushLeft, 2, indent(margin, text.Wrap(safety.Emergency, cw), st.Danger)...)
	}
}

// summaryGroup is one exercise of the record (its consecutive steps: sides, sets, holds) with a
// compact verdict.
type summaryGroup struct {
	name, mark, text string
	verdict          session.Outcome
}

// groupSteps folds a record's steps into one summaryGroup per exercise run.
func groupSteps(steps []session.StepRecord) []summaryGroup {
	var out []summaryGroup
	for i := 0; i < len(steps); {
		j := i + 1
		for j < len(steps) && steps[j].Exercise == steps[i].Exercise && steps[j].Gentler == steps[i].Gentler {
			j++
		}
		out = append(out, summaryVerdict(steps[i:j]))
		i = j
	}
	return out
}

// summaryVerdict sums up one exercise's steps: done, partly done, skipped, not reached or stopped for
// pain (naming the side).
func summaryVerdict(g []session.StepRecord) summaryGroup {
	n := map[session.Outcome]int{}
	var painSides []string
	for _, s := range g {
		n[s.Outcome]++
		if s.Outcome == session.OutcomePain {
			if side := text.SideTag(s.Side); side != "" && s.Side != session.SideAlternating {
				painSides = append(painSides, strings.ToLower(side))
			}
		}
	}
	out := summaryGroup{name: cmp.Or(g[0].Name, "Hold")} // a bare quick hold has no exercise
	if g[0].Gentler {
		out.name += " (gentler)"
	}
	switch {
	case n[session.OutcomePain] > 0:
		out.mark, out.text, out.verdict = "!", "stopped for pain", session.OutcomePain
		if len(painSides) > 0 {
			out.text += " (" + strings.Join(painSides, ", ") + ")"
		}
	case n[session.OutcomeDone] == len(g):
		out.mark, out.text, out.verdict = "✓", "done", session.OutcomeDone
	case n[session.OutcomePending] == len(g):
		out.mark, out.text, out.verdict = "·", "not reached", session.OutcomePending
	case n[session.OutcomeSkipped]+n[session.OutcomePending] == len(g):
		out.mark, out.text, out.verdict = "–", "skipped", session.OutcomeSkipped
	default:
		out.mark, out.text, out.verdict = "~", "partly done", session.OutcomePartial
		if s := g[0]; len(g) == 1 && s.PlannedReps > 0 {
			out.text += fmt.Sprintf(" (%d of %d reps)", s.AchievedReps, s.PlannedReps)
		} else if len(g) == 1 && s.PlannedTime > 0 {
			out.text += fmt.Sprintf(" (%s of %s)", text.Clock(s.AchievedTime), text.Clock(s.PlannedTime))
		}
	}
	return out
}

// summaryOverview is "6 of 8 exercises done · 1 partly · 1 skipped · 1 stopped for pain".
func summaryOverview(groups []summaryGroup) string {
	n := map[session.Outcome]int{}
	for _, g := range groups {
		n[g.verdict]++
	}
	parts := []string{fmt.Sprintf("%d of %s done", n[session.OutcomeDone], text.Plural(len(groups), "exercise"))}
	for _, o := range []struct {
		k    session.Outcome
		text string
	}{{session.OutcomePartial, "partly"}, {session.OutcomeSkipped, "skipped"},
		{session.OutcomePending, "not reached"}, {session.OutcomePain, "stopped for pain"}} {
		if n[o.k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[o.k], o.text))
		}
	}
	return strings.Join(parts, " · ")
}
