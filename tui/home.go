package tui

import (
	"cmp"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
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
	// where is needs.Where in the person's language, and needs what it needs beyond a chair
	// ("needs desk"), worked out once: a library may hold thousands of routines, and every
	// frame lays the rows out.
	where, needsText string
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
	// marks are the safety answers' marks in the person's language, and minute the unit of
	// the minutes column, looked up once.
	marks  markTexts
	minute string
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
	m := homeModel{c: c, marks: newMarkTexts(c.Tr), minute: c.Tr.T("unit.min")}
	words := whereWords(c.Tr)
	for _, r := range c.Lib.Routines() {
		it := homeItem{r: r, needs: c.Lib.Needs(r)}
		it.where = words.of(it.needs)
		if extra := it.needs.Extra(); len(extra) > 0 {
			it.needsText = c.Tr.T("home.needs", "What", strings.Join(extra, ", "))
		}
		it.minutes = text.Minutes(policy.Length(c.Lib, c.Settings, r))
		it.search = strings.ToLower(strings.Join(append(append([]string{r.ID, r.Name, it.needs.Where(), it.where}, r.For...), r.Tags...), " "))
		m.items = append(m.items, it)
	}
	m.items = append(m.items,
		homeItem{quick: c.Tr.T("home.quick_hold"), search: "quick hold timer stopwatch plank stretch " + strings.ToLower(c.Tr.T("home.quick_hold_search"))},
		homeItem{quick: c.Tr.T("home.max_test"), max: true, search: "max test plank personal best stopwatch record " + strings.ToLower(c.Tr.T("home.max_test_search"))})
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
		m.header, m.today = headerLine(m.c.Tr, m.c.Lib, msg.stats, msg.err, m.c.Now()), msg.today
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

// headerLine is "Streak: 3 days · Last: Desk break, today 09:10", in tr's language. The
// history keeps the English name; the header says the routine's name in the library's language
// where the coach has it (see Model's goHome), else the name as logged.
func headerLine(tr *msg.Tr, lib *content.Library, s journal.Stats, err error, now time.Time) string {
	if err != nil {
		return tr.T("home.history_unreadable", "Err", content.Sanitize(err.Error()))
	}
	if s.Last == nil {
		return tr.T("home.no_sessions")
	}
	return tr.N("home.header", s.CurrentStreak, "Name", sessionName(tr, lib, journal.Entry{Routine: s.Last.Routine, RoutineName: s.Last.RoutineName}), "When", when(tr, s.Last.Started, now))
}

// when says "today 09:10", "yesterday 18:02" or "Monday 3 Nov" in tr's language.
func when(tr *msg.Tr, t, now time.Time) string {
	t = t.In(now.Location())
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Date()
	switch {
	case y1 == y2 && m1 == m2 && d1 == d2:
		return tr.T("when.today", "Time", t.Format("15:04"))
	case now.AddDate(0, 0, -1).Format("2006-01-02") == t.Format("2006-01-02"):
		return tr.T("when.yesterday", "Time", t.Format("15:04"))
	}
	return tr.T("when.day", "Weekday", tr.Weekday(t.Weekday()), "Date", tr.Date(t))
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
	p.add(inHeader, flushLeft, 0, st.Title.Render(c.Tr.T("app.name"))+st.Subtle.Render(" · "+c.Tr.T("home.tagline")))
	if m.filter.active() {
		p.add(inHeader, flushLeft, 0, m.filter.line(m.c.Tr))
	} else {
		p.add(inHeader, flushLeft, 0, st.Subtle.Render(clip(m.header, w)))
	}
	if notice := problemsNotice(c, w); notice != "" {
		p.add(inHeader, flushLeft, 0, st.Warn.Render(clip(notice, w)))
	}
	if c.Height >= 20 && w >= 20 {
		for _, sg := range m.today {
			label := c.Tr.T("home.today")
			line := clip(label+" "+sg.Routine.Name+" — "+suggestionIn(c.Tr, sg), w)
			if strings.HasPrefix(line, label) {
				line = st.Accent.Render(label) + line[len(label):]
			}
			p.add(inHeader, flushLeft, 0, line)
		}
	}
	p.add(inHeader, flushLeft, 0, m.physio.lines(c, w)...)
	p.add(inHeader, flushLeft, 0, "")

	vis := m.visible()
	if len(vis) == 0 {
		p.add(inBody, flushLeft, 0, c.Tr.T("home.no_match", "Key", c.Keys.Back.Help().Key))
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
	p.add(inFooter, flushLeft, 0, st.Subtle.Render(disclaimerLineIn(c.Tr, w)))
	return p
}

// quickBlurb says what a quick-timer entry does.
func quickBlurb(tr *msg.Tr, max bool) string {
	if max {
		return tr.T("home.max_blurb")
	}
	return tr.T("home.quick_blurb")
}

// detail is the selected routine's summary and needs, wrapped to a readable width, at most 4
// lines.
func (m homeModel) detail(it homeItem) []string {
	w, tr := paragraphWidth(m.c.Width), m.c.Tr
	if it.r == nil {
		about := tr.T("home.quick_about")
		if it.max {
			about = tr.T("home.max_about")
		}
		return text.Wrap(about, w)
	}
	var lines []string
	if it.r.Summary != "" {
		lines = append(lines, text.Wrap(it.r.Summary, w)...)
	}
	needs := tr.T("home.where", "Where", it.where)
	if it.needsText != "" {
		needs += " · " + it.needsText
	}
	if len(lines) > 3 {
		lines = append(lines[:2], clip(lines[2]+" …", w))
	}
	return append(lines, m.c.Styles.Subtle.Render(clip(needs, w)))
}

// places are the words for where a routine is done, in a language: chair, standing, floor.
type places [3]string

// whereWords are the words for where a routine is done, in tr's language.
func whereWords(tr *msg.Tr) places {
	return places{tr.T("where.chair"), tr.T("where.standing"), tr.T("where.floor")}
}

// of is where a routine with needs n is done: "chair/standing", German "Stuhl/Stehen".
func (w places) of(n content.Needs) string {
	var parts []string
	for i, on := range []bool{n.Seated, n.Standing, n.Floor} {
		if on {
			parts = append(parts, w[i])
		}
	}
	return strings.Join(parts, "/")
}

// whereIn is where a routine with needs n is done, in tr's language.
func whereIn(tr *msg.Tr, n content.Needs) string { return whereWords(tr).of(n) }

// clip cuts s to at most w cells, ending in "…" when cut.
func clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
