package tui

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/text"
)

// homeItem is one routine on the home screen, with what the list shows of it computed once, or
// (r nil) one of the quick-timer entries after the routines.
type homeItem struct {
	r *content.Routine
	// quick names a quick-timer entry ("Quick hold…", "Max test…"); max is set for the latter.
	quick   string
	max     bool
	minutes int
	needs   content.Needs
	// search is the lower-cased text the filter matches: id, name, what it is for, where, tags.
	search string
}

// homeModel is the routine picker: the routines, the desk break first, filterable with `/`.
type homeModel struct {
	c      *Common
	items  []homeItem
	cursor int // index into visible()
	// filter narrows the list to the routines it matches.
	filter listFilter
	// header is the streak / last-session line, once the history has been read.
	header string
	// today holds up to two suggestions for today, with their reasons.
	today []adapt.Suggestion
	// problems, while open, lists the problems in the person's files over home.
	problems *problemsModel
	// physio is what home says about check-ins: the flare-up, the weekly goals when due (r
	// asks them), a flare-up offered after sharp-pain stops (f starts it).
	physio homePhysio
}

// homeLoadedMsg carries the history facts for the header line and today's suggestions.
type homeLoadedMsg struct {
	stats journal.Stats
	today []adapt.Suggestion
	err   error
	// ask and stops are for the check-ins: the goals (due or not), recent sharp-pain stops.
	ask   askLoadedMsg
	stops []time.Time
}

func newHome(c *Common) homeModel {
	m := homeModel{c: c}
	for _, r := range c.Lib.Routines() {
		it := homeItem{r: r, needs: c.Lib.Needs(r)}
		it.minutes = text.Minutes(policy.Length(c.Lib, c.Settings, r))
		it.search = strings.ToLower(strings.Join(append(append([]string{r.ID, r.Name, it.needs.Where()}, r.For...), r.Tags...), " "))
		m.items = append(m.items, it)
	}
	m.items = append(m.items,
		homeItem{quick: "Quick hold…", search: "quick hold timer stopwatch plank stretch"},
		homeItem{quick: "Max test…", max: true, search: "max test plank personal best stopwatch record"})
	return m
}

// Init reads the history in a Cmd — once, without the per-step detail — for the header line
// and today's suggestions, which leave out what the safety answers exclude.
func (m homeModel) Init() tea.Cmd {
	c := m.c
	lib, st, now, answers, daily := c.Lib, c.Store, c.Now(), c.Answers, c.Settings.DefaultRoutine
	ask := loadAsk(c)
	return func() tea.Msg {
		stats, _, err := journal.ReadStats(st.HistoryPath(), now, now.Location())
		recent, err2 := recentSessions(st.HistoryPath(), now)
		since, breakID, due := atDeskSince(st, now)
		opts := adapt.Options{Allowed: func(r *content.Routine) bool { return policy.Suggestable(lib, answers, r) },
			AtDeskSince: since, AtDeskBreak: breakID, DailyBreak: daily, BreakDue: due}
		return homeLoadedMsg{stats, adapt.Suggest(lib, recent, now, opts), cmp.Or(err, err2), ask().(askLoadedMsg), painStops(st.HistoryPath(), now)}
	}
}

// suggestWindow is how far back today's suggestions look: far enough for every rhythm they
// follow (a rest day after strength, a routine that last ended in pain), never the whole log.
const suggestWindow = 60 * 24 * time.Hour

// recentSessions are the sessions of the last suggestWindow, newest first, without their steps,
// read from the end of the log at path.
func recentSessions(path string, now time.Time) ([]journal.Entry, error) {
	n, err := journal.OpenNewest(path, now.Add(-suggestWindow))
	if err != nil {
		return nil, err
	}
	defer n.Close()
	n.SkipSteps()
	var out []journal.Entry
	for e, ok := n.Next(); ok; e, ok = n.Next() {
		e.Pain = nil
		out = append(out, e)
	}
	return out, n.Err()
}

// atDeskSince is when the current sitting spell began, as a running `limber remind` counts it,
// the break routine it runs, and whether a break is due (the home screen is where a background
// reminder's break is offered); zero when remind is not running or sees nobody sitting. A state
// file of version 1 has no spell: the end of the last break stands in.
func atDeskSince(st Store, now time.Time) (since time.Time, routine string, due bool) {
	rs, ok := st.LiveRemindState()
	if !ok {
		return time.Time{}, "", false
	}
	due = rs.Phase == remind.PhaseDue.String()
	if !rs.Since.IsZero() && rs.SittingAt(now) > 0 {
		return rs.Since, rs.Routine, due
	}
	every, err := time.ParseDuration(rs.Every)
	switch {
	case err != nil:
	case rs.Phase == remind.PhaseCounting.String():
		since = rs.Next.Add(-every)
	case due:
		since = rs.DueSince.Add(-every)
	}
	return since, rs.Routine, due
}

// visible returns the items matching the filter.
func (m homeModel) visible() []homeItem {
	if m.filter.text == "" {
		return m.items
	}
	var out []homeItem
	for _, it := range m.items {
		if m.filter.match(it.search) {
			out = append(out, it)
		}
	}
	return out
}

// resume carries over what the person left on old, the home screen this one replaces (see
// Model.goHome): the filter (no longer being typed), the routine under the cursor, and the
// header and suggestions until they are read again. What the safety answers mark is drawn from
// the latest answers, so it follows new ones.
func (m homeModel) resume(old homeModel) homeModel {
	m.filter = listFilter{text: old.filter.text}
	m.header, m.today, m.physio = old.header, old.today, old.physio
	vis, was := m.visible(), old.visible()
	m.cursor = min(old.cursor, max(len(vis)-1, 0))
	if old.cursor < len(was) {
		for i, it := range vis {
			if it.r == was[old.cursor].r && it.quick == was[old.cursor].quick {
				m.cursor = i
			}
		}
	}
	return m
}

// Update handles the picker's keys and the loaded header.
func (m homeModel) Update(msg tea.Msg) (homeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		m.header, m.today = headerLine(msg.stats, msg.err, m.c.Now()), msg.today
		m.physio = newHomePhysio(m.c, msg)
	case askSavedMsg:
		m.physio.ask = m.physio.ask.saved(m.c, msg)
		if msg.flare != nil && msg.err == nil { // the plan's line says it; what may start changed
			m.physio.ask.said = m.physio.ask.said[:len(m.physio.ask.said)-1]
			m.physio.offer = ""
			return m, m.Init()
		}
	case tea.KeyPressMsg:
		if m.problems != nil {
			next, done := m.problems.Update(msg)
			if m.problems = &next; done {
				m.problems = nil
			}
			return m, nil
		}
		if m.filter.typing {
			if f, handled, changed := m.filter.key(msg); handled {
				m.filter = f
				if changed {
					m.cursor = 0
				}
				return m, nil
			}
		}
		if ph, cmd, ok := m.physio.key(msg, m.c); ok {
			m.physio = ph
			return m, cmd
		}
		k := m.c.Keys
		vis := m.visible()
		if cursor, ok := m.page().listMove(m.cursor, len(vis), msg); ok {
			m.cursor = cursor
			return m, nil
		}
		switch {
		case key.Matches(msg, k.Filter):
			m.filter.typing = true
		case key.Matches(msg, k.Problems) && len(m.c.Problems) > 0:
			m.problems = &problemsModel{c: m.c}
		case key.Matches(msg, k.Back):
			m.filter, m.cursor = listFilter{}, 0
		case key.Matches(msg, k.History):
			return m, func() tea.Msg { return goHistoryMsg{} }
		case key.Matches(msg, k.QuickHold, k.MaxTest):
			isMax := key.Matches(msg, k.MaxTest)
			return m, func() tea.Msg { return goQuickMsg{max: isMax} }
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Select):
			if m.cursor < len(vis) {
				it := vis[m.cursor]
				if it.r == nil {
					return m, func() tea.Msg { return goQuickMsg{max: it.max} }
				}
				return m, func() tea.Msg { return goPreviewMsg{it.r} }
			}
		}
	}
	return m, nil
}

// headerLine is "Streak: 3 days · Last: Desk break, today 09:10".
func headerLine(s journal.Stats, err error, now time.Time) string {
	if err != nil {
		return "History unreadable: " + content.Sanitize(err.Error())
	}
	if s.Last == nil {
		return "No sessions yet. The desk break is a good first one."
	}
	streak := fmt.Sprintf("Streak: %d day", s.CurrentStreak)
	if s.CurrentStreak != 1 {
		streak += "s"
	}
	return fmt.Sprintf("%s · Last: %s, %s", streak, s.Last.RoutineName, when(s.Last.Started, now))
}

// when says "today 09:10", "yesterday 18:02" or "Mon 3 Nov".
func when(t, now time.Time) string {
	t = t.In(now.Location())
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Date()
	switch {
	case y1 == y2 && m1 == m2 && d1 == d2:
		return "today " + t.Format("15:04")
	case now.AddDate(0, 0, -1).Format("2006-01-02") == t.Format("2006-01-02"):
		return "yesterday " + t.Format("15:04")
	}
	return t.Format("Mon 2 Jan")
}

// View draws the title, header, the list (scrolled to keep the cursor in view), the selected
// routine's details and the key help.
func (m homeModel) View() string { return m.page().render() }

// page lays the home screen out, scrolled: the title, the header line and today's suggestions
// on top; the list in the body, centred on the cursor when it does not fit; the selected
// routine's details (dropped first when the list is short of room), the keys and the
// disclaimer at the bottom.
func (m homeModel) page() page {
	if m.problems != nil {
		return m.problems.page()
	}
	c, st := m.c, m.c.Styles
	w := c.Width
	p := newPage(c, scrolled)
	p.minBody = 3
	p.add(inHeader, flushLeft, 0, st.Title.Render("limber")+st.Subtle.Render(" · back care and desk breaks"))
	if m.filter.active() {
		p.add(inHeader, flushLeft, 0, m.filter.line())
	} else {
		p.add(inHeader, flushLeft, 0, st.Subtle.Render(clip(m.header, w)))
	}
	if notice := problemsNotice(c, w); notice != "" {
		p.add(inHeader, flushLeft, 0, st.Warn.Render(clip(notice, w)))
	}
	if c.Height >= 20 && w >= 20 {
		for _, sg := range m.today {
			line := clip("Today: "+sg.Routine.Name+" — "+sg.Reason, w)
			p.add(inHeader, flushLeft, 0, st.Accent.Render(line[:len("Today:")])+line[len("Today:"):])
		}
	}
	p.add(inHeader, flushLeft, 0, m.physio.lines(c, w)...)
	p.add(inHeader, flushLeft, 0, "")

	vis := m.visible()
	if len(vis) == 0 {
		p.add(inBody, flushLeft, 0, "No routine matches. "+c.Keys.Back.Help().Key+" clears the filter.")
	}
	cols := m.columns(vis)
	for i, it := range vis {
		p.add(inBody, flushLeft, 0, m.row(it, i == m.cursor, cols))
	}
	p.follow = m.cursor
	if m.cursor < len(vis) {
		p.add(inFooter, flushLeft, 2, append(append([]string{""}, m.detail(vis[m.cursor])...), "")...)
	}
	p.addHelp(inFooter, flushLeft, 0, homeKeys{k: c.Keys, filtering: m.filter.typing, narrow: w < narrowWidth, problems: len(c.Problems) > 0,
		asking: m.physio.ask.waiting(), goals: m.physio.due, flare: m.physio.offer != ""})
	p.add(inFooter, flushLeft, 0, st.Subtle.Render(disclaimerLine(w)))
	return p
}

// quickBlurb says what a quick-timer entry does.
func quickBlurb(max bool) string {
	if max {
		return "how long can you hold a plank?"
	}
	return "time one hold or stretch"
}

// detail is the selected routine's summary and needs, wrapped to a readable width, at most 4
// lines.
func (m homeModel) detail(it homeItem) []string {
	w := paragraphWidth(m.c.Width)
	if it.r == nil {
		about := "Time one hold, with or without an exercise, on each side if you like: pick the length and the exercise next."
		if it.max {
			about = "A max-hold test: get ready, then a stopwatch runs until you press space. Your best and the trend of your tests are kept."
		}
		return text.Wrap(about, w)
	}
	var lines []string
	if it.r.Summary != "" {
		lines = append(lines, text.Wrap(it.r.Summary, w)...)
	}
	needs := "Where: " + it.needs.Where()
	if extra := it.needs.Extra(); len(extra) > 0 {
		needs += " · needs " + strings.Join(extra, ", ")
	}
	if len(lines) > 3 {
		lines = append(lines[:2], clip(lines[2]+" …", w))
	}
	return append(lines, m.c.Styles.Subtle.Render(clip(needs, w)))
}

// clip cuts s to at most w cells, ending in "…" when cut.
func clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// disclaimerLine is the home and picker screens' last line, in words that fit w columns (the
// short form fits 40). It names no pain key: the key stops an exercise only in a session,
// where the run screen names it.
func disclaimerLine(w int) string {
	if long := "Not medical advice. Stop at any sharp pain."; ansi.StringWidth(long) <= w {
		return long
	}
	return "Not medical advice. Stop at sharp pain."
}
