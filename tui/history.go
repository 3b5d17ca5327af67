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

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
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
	p.add(inHeader, flushLeft, 0, st.Title.Render("History"))
	if n := m.data.damaged; n > 0 {
		p.add(inHeader, flushLeft, 0, st.Warn.Render(text.Plural(n, "damaged line")+" skipped"))
	}
	p.titleGap()
	p.add(inBody, flushLeft, 0, m.body()...)
	p.add(underBody, flushLeft, 1, "")
	p.addHelp(inFooter, flushLeft, 0, historyKeys{scrollHelp{k: m.c.Keys}})
	return p
}

// body is the scrollable part: the stats, the latest sessions, the pain stops and the heatmap.
func (m historyModel) body() []string {
	st, w := m.c.Styles, screenWidth(m.c.Width, 100)
	d := m.data
	switch {
	case !m.loaded:
		return []string{st.Subtle.Render("Loading…")}
	case d.err != nil:
		return text.Hang("Could not read the history: "+content.Sanitize(d.err.Error()), screenTextWidth(m.c.Width), "", "")
	case len(d.recent) == 0:
		return text.Hang("No sessions yet. Pick a routine on the home screen and press "+m.c.Keys.Select.Help().Key+" to start one.", screenTextWidth(m.c.Width), "", "")
	}
	s := d.stats
	var b []string
	for _, row := range text.Summary(s) {
		if !d.counted {
			b = append(b, st.Title.Render(fmt.Sprintf("%-11s", row[0]))+st.Subtle.Render("Counting…"))
			continue
		}
		lines := text.Hang(row[1], w, strings.Repeat(" ", 11), strings.Repeat(" ", 11))
		lines[0] = st.Title.Render(fmt.Sprintf("%-11s", row[0])) + lines[0][11:]
		b = append(b, lines...)
	}
	b = append(b, "", st.Title.Render("Recent sessions"))
	b = append(b, m.recentRows(w)...)
	if !d.counted {
		return b // the stats below come with the count
	}
	b = append(b, "")
	if len(s.PainStops) == 0 {
		b = append(b, st.Title.Render("No sharp-pain stops."))
	} else {
		b = append(b, st.Title.Render("Sharp-pain stops"))
		b = append(b, text.PainStops(s.PainStops, d.loc, w)...)
		b = append(b, text.Hang(text.PainStopsAdvice, screenTextWidth(m.c.Width), "  ", "  ")...)
	}
	if len(s.Bests) > 0 {
		b = append(b, "", st.Title.Render("Personal bests"))
		head, rows := text.Bests(s.Bests, w)
		b = append(append(b, st.Subtle.Render(head)), rows...)
	}
	if d.trends.Rated() {
		b = append(b, "", st.Title.Render(text.TrendHeading))
		b = append(b, text.TrendRows(d.trends, true, w)...)
	}
	b = append(b, "")
	return append(b, histHeatmap(st, s, w)...)
}

// recentRows lists the latest sessions: when, which routine, minutes, how it ended, and its
// pain stops (beside the row when there is room, else on the lines below).
func (m historyModel) recentRows(w int) []string {
	st := m.c.Styles
	dateFmt, dateW, statusW := "2006-01-02 15:04", 16, 9
	narrow := w < 60
	if narrow {
		dateFmt, dateW, statusW = "Jan 02", 6, 7
	}
	const minW = 4
	names := make([]string, len(m.data.recent))
	longest := 0
	for i, e := range m.data.recent {
		names[i] = text.SessionName(e)
		longest = max(longest, ansi.StringWidth(names[i]))
	}
	// The name column is as wide as the longest name, up to all the width the row leaves.
	routineW := max(min(longest, w-2-dateW-1-minW-1-statusW), 6)
	notesAt := 2 + dateW + 1 + routineW + 1 + minW + 1 + statusW + 2
	inline := w-notesAt >= 24
	var out []string
	for i, e := range m.data.recent {
		name := names[i]
		status := content.Sanitize(e.Status)
		style := st.Subtle
		switch status {
		case "completed":
			style = st.Good
			if narrow {
				status = "done"
			}
		case "pain":
			style = st.Danger
		}
		row := fmt.Sprintf("  %-*s %s %*s %s", dateW, e.Started.In(m.data.loc).Format(dateFmt),
			text.Pad(name, routineW), minW, text.SessionMinutes(e.Seconds)+"m", style.Render(text.Pad(status, statusW)))
		note := text.PainNote(e)
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
func histHeatmap(st Styles, s journal.Stats, w int) []string {
	if len(s.Heatmap.Days) == 0 {
		return nil
	}
	weeks := len(s.Heatmap.Days)
	for weeks > 1 && journal.HeatmapWidth(weeks) > w {
		weeks--
	}
	cell := func(n int) string {
		if n == 0 {
			return st.Subtle.Render(journal.HeatCell(0))
		}
		return st.Accent.Render(journal.HeatCell(n))
	}
	out := text.Hang(fmt.Sprintf("Last %s, completed sessions per day", text.Plural(weeks, "week")), w, "", "")
	for i := range out {
		out[i] = st.Title.Render(out[i])
	}
	return append(out, journal.HeatmapRows(s, weeks, cell)...)
}
