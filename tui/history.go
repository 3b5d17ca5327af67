package tui

import (
	"cmp"
	"strings"
	"time"

	"github.com/limber-coach/limber/session/text"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/trend"
)

// histRecent is how many of the latest sessions the history screen lists.
const histRecent = 10

// histLoad is one opening of the history screen: its messages carry it, so that the counting
// of an earlier visit, arriving late, is ignored.
type histLoad struct {
	path string
	now  time.Time
	// st reads the trends.
	st Physio
}

// histRecentMsg carries the latest sessions, read from the end of the log: the screen's first
// content, there in milliseconds however long the history.
type histRecentMsg struct {
	load *histLoad
	// recent are the latest sessions, newest first.
	recent []journal.Entry
	// damaged counts the lines read that could not be read and were skipped.
	damaged int
	err     error
}

// histStatsMsg carries the stats, counted over the whole log in the background.
type histStatsMsg struct {
	load    *histLoad
	stats   journal.Stats
	trends  trend.Trends
	damaged int // the damaged lines of the whole log
	err     error
}

// histData is what the screen shows, as it arrives.
type histData struct {
	recent []journal.Entry
	stats  journal.Stats
	trends trend.Trends
	// counted is set once the stats have arrived; until then they read "Counting…".
	counted bool
	damaged int
	err     error
	// loc is the zone the days are counted in (the clock's own zone).
	loc *time.Location
}

// historyModel is the history and stats screen: streaks, this week and all-time totals, the
// latest sessions, the sharp-pain stops, the personal bests and a heatmap of the last weeks,
// scrolled with the arrows when it does not fit.
type historyModel struct {
	c      *Common
	load   *histLoad
	loaded bool
	data   histData
	// scroll is where the body is when it does not fit.
	scroll scroller
}

// newHistory returns the screen and the Cmd that reads the latest sessions from the end of the
// log; once they are shown, the screen counts the stats over the whole log in another Cmd.
// Days are counted in the clock's zone (time.Local for the real clock), like `limber stats`.
func newHistory(c *Common) (historyModel, tea.Cmd) {
	load := &histLoad{path: c.HistoryPath, now: c.Now(), st: c.Store}
	return historyModel{c: c, load: load}, load.readRecent
}

// readRecent reads the latest sessions, newest first, from the end of the log. A missing log
// is an empty history; damaged lines are counted, not fatal.
func (l *histLoad) readRecent() tea.Msg {
	recent, damaged, err := journal.ReadNewest(l.path, histRecent, time.Time{})
	return histRecentMsg{load: l, recent: recent, damaged: len(damaged), err: err}
}

// count computes the stats of the whole log as of the load's time.
func (l *histLoad) count() tea.Msg {
	stats, damaged, err := journal.ReadStats(l.path, l.now, l.now.Location())
	trends, _ := l.st.Trends(l.now, trend.Weeks) // the check-ins beside the sessions
	return histStatsMsg{load: l, stats: stats, trends: trends, damaged: len(damaged), err: err}
}

// Update handles the loaded history and the screen's keys: the arrows, PgUp/PgDn and Home/End
// scroll, esc and q go home.
func (m historyModel) Update(msg tea.Msg) (historyModel, tea.Cmd) {
	switch msg := msg.(type) {
	case histRecentMsg:
		if msg.load != m.load {
			return m, nil
		}
		m.loaded, m.scroll = true, scroller{}
		m.data = histData{recent: msg.recent, damaged: msg.damaged, err: msg.err, loc: m.load.now.Location()}
		if msg.err == nil && len(msg.recent) > 0 {
			return m, m.load.count
		}
	case histStatsMsg:
		if msg.load != m.load {
			return m, nil
		}
		m.data.stats, m.data.counted, m.data.damaged, m.data.trends = msg.stats, true, msg.damaged, msg.trends
		m.data.err = cmp.Or(m.data.err, msg.err)
	case tea.KeyPressMsg:
		if sc, ok := m.page().scroll(msg); ok {
			m.scroll = sc
			return m, nil
		}
		if keys := m.c.Keys; key.Matches(msg, keys.Back, keys.Quit) {
			return m, goHomeCmd
		}
	}
	return m, nil
}

// View draws the history and stats.
func (m historyModel) View() string { return m.page().render() }

// page lays out the screen, scrolled: the title and any damage note on top, the stats in the
// body, the keys at the bottom.
func (m historyModel) page() page {
	st := m.c.Styles
	p := newTextPage(m.c)
	p.at = m.scroll
	p.add(inHeader, flushLeft, 0, st.Title.Render(m.c.Tr.T("history.title")))
	if n := m.data.damaged; n > 0 {
		p.add(inHeader, flushLeft, 0, st.Warn.Render(m.c.Tr.N("history.damaged", n)))
	}
	p.titleGap()
	p.add(inBody, flushLeft, 0, m.body()...)
	p.add(underBody, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, historyKeys{scrollHelp{k: m.c.Keys}})
	return p
}

// body is the scrollable part: the stats, the latest sessions, the pain stops and the heatmap.
func (m historyModel) body() []string {
	st, w, tr, lib := m.c.Styles, screenWidth(m.c.Width, 100), m.c.Tr, m.c.Lib
	d := m.data
	switch {
	case !m.loaded:
		return []string{st.Subtle.Render(tr.T("history.loading"))}
	case d.err != nil:
		return text.Hang(tr.T("history.unreadable", "Err", content.Sanitize(d.err.Error())), screenTextWidth(m.c.Width), "", "")
	case len(d.recent) == 0:
		return text.Hang(tr.T("history.none_yet", "Key", m.c.Keys.Select.Help().Key), screenTextWidth(m.c.Width), "", "")
	}
	s := d.stats
	var b []string
	rows := text.SummaryIn(tr, s)
	labelW := 0
	for _, row := range rows {
		labelW = max(labelW, text.Width(row[0])+1)
	}
	labelW = max(labelW, 11)
	for _, row := range rows {
		if !d.counted {
			b = append(b, st.Title.Render(text.Pad(row[0], labelW))+st.Subtle.Render(tr.T("history.counting")))
			continue
		}
		lines := text.Hang(row[1], w, strings.Repeat(" ", labelW), strings.Repeat(" ", labelW))
		lines[0] = st.Title.Render(text.Pad(row[0], labelW)) + lines[0][labelW:]
		b = append(b, lines...)
	}
	b = append(b, "", st.Title.Render(tr.T("history.recent")))
	b = append(b, m.recentRows(w)...)
	if !d.counted {
		return b // the stats below come with the count
	}
	b = append(b, "")
	if len(s.PainStops) == 0 {
		b = append(b, st.Title.Render(tr.T("history.no_pain_stops")))
	} else {
		b = append(b, st.Title.Render(tr.T("history.pain_stops")))
		b = append(b, text.PainStopsIn(tr, namer(lib), s.PainStops, d.loc, w)...)
		b = append(b, text.Hang(tr.T("history.pain_stops_advice"), screenTextWidth(m.c.Width), "  ", "  ")...)
	}
	if len(s.Bests) > 0 {
		b = append(b, "", st.Title.Render(tr.T("history.bests")))
		head, rows := text.BestsIn(tr, namer(lib), s.Bests, w)
		b = append(append(b, st.Subtle.Render(head)), rows...)
	}
	if d.trends.Rated() {
		b = append(b, "")
		b = append(b, styled(st.Title, text.Wrap(text.TrendHeadingIn(tr), w))...)
		b = append(b, text.TrendRowsIn(tr, d.trends, true, w)...)
	}
	b = append(b, "")
	return append(b, histHeatmap(tr, st, s, w)...)
}

// recentRows lists the latest sessions: when, which routine, minutes, how it ended, and its
// pain stops (beside the row when there is room, else on the lines below).
func (m historyModel) recentRows(w int) []string {
	st, tr := m.c.Styles, m.c.Tr
	narrow := w < 60
	dates := make([]string, len(m.data.recent))
	statuses := make([]string, len(m.data.recent))
	dateW, statusW := 0, 0
	for i, e := range m.data.recent {
		t := e.Started.In(m.data.loc)
		dates[i] = tr.Date(t)
		if !narrow {
			dates[i] = dates[i] + " " + t.Format("15:04")
		}
		statuses[i] = statusIn(tr, e.Status, narrow)
		dateW, statusW = max(dateW, text.Width(dates[i])), max(statusW, text.Width(statuses[i]))
	}
	minW := 4
	mins := make([]string, len(m.data.recent))
	for i, e := range m.data.recent {
		mins[i] = tr.T("history.session_minutes", "N", text.SessionMinutes(e.Seconds))
		minW = max(minW, text.Width(mins[i]))
	}
	names := make([]string, len(m.data.recent))
	longest := 0
	for i, e := range m.data.recent {
		names[i] = sessionName(tr, m.c.Lib, e)
		longest = max(longest, ansi.StringWidth(names[i]))
	}
	// The name column is as wide as the longest name, up to all the width the row leaves.
	routineW := max(min(longest, w-2-dateW-1-minW-1-statusW), 6)
	notesAt := 2 + dateW + 1 + routineW + 1 + minW + 1 + statusW + 2
	inline := w-notesAt >= 32 // room for a note beside the row; else it goes under
	var out []string
	for i, e := range m.data.recent {
		name := names[i]
		style := st.Subtle
		switch e.Status {
		case "completed":
			style = st.Good
		case "pain":
			style = st.Danger
		}
		row := "  " + text.Pad(dates[i], dateW) + " " + text.Pad(text.Clip(name, routineW), routineW) + " " +
			strings.Repeat(" ", minW-text.Width(mins[i])) + mins[i] + " " + style.Render(text.Pad(statuses[i], statusW))
		note := text.PainNoteIn(tr, namer(m.c.Lib), e)
		switch {
		case note == "":
			out = append(out, row)
		case inline:
			for i, l := range text.Hang(note, w, "", strings.Repeat(" ", notesAt)) {
				if i == 0 {
					out = append(out, row+"  "+st.Warn.Render(l))
				} else {
					out = append(out, st.Warn.Render(l))
				}
			}
		default:
			out = append(out, row)
			indent := strings.Repeat(" ", 2+dateW+1)
			for _, l := range text.Hang(note, w, indent, indent) {
				out = append(out, st.Warn.Render(l))
			}
		}
	}
	return out
}

// histHeatmap draws the last weeks that fit in w, like `limber stats`, with days that had a
// session in the accent colour.
func histHeatmap(tr *msg.Tr, st Styles, s journal.Stats, w int) []string {
	if len(s.Heatmap.Days) == 0 {
		return nil
	}
	cell := func(n int) string {
		if n == 0 {
			return st.Subtle.Render(journal.HeatCell(0))
		}
		return st.Accent.Render(journal.HeatCell(n))
	}
	head, rows := text.HeatmapIn(tr, s, len(s.Heatmap.Days), w, cell)
	return append(styled(st.Title, text.Hang(head, w, "", "")), rows...)
}

// statusIn is a logged status in words: "completed" ("done" when narrow), "stopped", "pain".
func statusIn(tr *msg.Tr, status string, narrow bool) string {
	switch status {
	case "completed":
		if narrow {
			return tr.T("history.status_done")
		}
		return tr.T("history.status_completed")
	case "stopped":
		return tr.T("history.status_stopped")
	case "pain":
		return tr.T("history.status_pain")
	}
	return content.Sanitize(status)
}
