package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
)

// histRecent is how many of the latest sessions the history screen lists.
const histRecent = 10

// histLoad is one opening of the history screen: its messages carry it, so that the counting
// of an earlier visit, arriving late, is ignored.
type histLoad struct {
	path string
	now  time.Time
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
	damaged int // the damaged lines of the whole log
	err     error
}

// histData is what the screen shows, as it arrives.
type histData struct {
	recent []journal.Entry
	stats  journal.Stats
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
	offset int
}

// newHistory returns the screen and the Cmd that reads the latest sessions from the end of the
// log; once they are shown, the screen counts the stats over the whole log in another Cmd.
// Days are counted in the clock's zone (time.Local for the real clock), like `limber stats`.
func newHistory(c *Common) (historyModel, tea.Cmd) {
	load := &histLoad{path: c.HistoryPath, now: c.Now()}
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
	return histStatsMsg{load: l, stats: stats, damaged: len(damaged), err: err}
}

// Update handles the loaded history and the screen's keys: the arrows scroll, esc and q go home.
func (m historyModel) Update(msg tea.Msg) (historyModel, tea.Cmd) {
	switch msg := msg.(type) {
	case histRecentMsg:
		if msg.load != m.load {
			return m, nil
		}
		m.loaded, m.offset = true, 0
		m.data = histData{recent: msg.recent, damaged: msg.damaged, err: msg.err, loc: m.load.now.Location()}
		if msg.err == nil && len(msg.recent) > 0 {
			return m, m.load.count
		}
	case histStatsMsg:
		if msg.load != m.load {
			return m, nil
		}
		m.data.stats, m.data.counted, m.data.damaged = msg.stats, true, msg.damaged
		m.data.err = cmp.Or(m.data.err, msg.err)
	case tea.KeyPressMsg:
		keys := m.c.Keys
		switch {
		case key.Matches(msg, keys.Up):
			m.offset = max(m.offset-1, 0)
		case key.Matches(msg, keys.Down):
			m.offset = min(m.offset+1, m.page().maxOffset(m.c.Height))
		case key.Matches(msg, keys.Back, keys.Quit):
			return m, goHomeCmd
		}
	}
	return m, nil
}

// View draws the history and stats.
func (m historyModel) View() string { return m.page().render(m.c.Width, m.c.Height, m.offset) }

// page lays out the screen: the title and any damage note on top, the stats in the body.
func (m historyModel) page() screenPage {
	st := m.c.Styles
	h := newScreenHeader(st, m.c.Height, "History")
	if n := m.data.damaged; n > 0 {
		h = slices.Insert(h, 1, st.Warn.Render(histPlural(n, "damaged line")+" skipped"))
	}
	p := screenPage{header: h, body: m.body(), prompt: []string{""}}
	return p.withKeys(st, m.c.Width, m.c.Height, bindingHelp("esc", "back"))
}

// body is the scrollable part: the stats, the latest sessions, the pain stops and the heatmap.
func (m historyModel) body() []string {
	st, w := m.c.Styles, screenWidth(m.c.Width, 100)
	d := m.data
	switch {
	case !m.loaded:
		return []string{st.Subtle.Render("Loading…")}
	case d.err != nil:
		return wrapHanging("Could not read the history: "+content.Sanitize(d.err.Error()), w, "", "")
	case len(d.recent) == 0:
		return wrapHanging("No sessions yet. Pick a routine on the home screen and press enter to start one.", w, "", "")
	}
	s := d.stats
	streak := histPlural(s.CurrentStreak, "day")
	if s.LongestStreak > s.CurrentStreak {
		streak += fmt.Sprintf(" (longest %s)", histPlural(s.LongestStreak, "day"))
	} else if s.CurrentStreak > 0 {
		streak += " (your longest yet)"
	}
	var b []string
	for _, row := range [][2]string{{"Streak", streak}, {"This week", histTotals(s.Week)}, {"In total", histTotals(s.Total)}} {
		if !d.counted {
			b = append(b, st.Title.Render(fmt.Sprintf("%-11s", row[0]))+st.Subtle.Render("Counting…"))
			continue
		}
		b = append(b, wrapHanging(row[1], w, st.Title.Render(fmt.Sprintf("%-11s", row[0])), strings.Repeat(" ", 11))...)
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
		b = append(b, m.painRows(w)...)
		b = append(b, wrapHanging("Mention these to a physiotherapist or doctor, especially pain that comes back.", w, "  ", "  ")...)
	}
	if len(s.Bests) > 0 {
		b = append(b, "", st.Title.Render("Personal bests"))
		b = append(b, bestRows(st, s.Bests, w)...)
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
		names[i] = content.Sanitize(cmp.Or(e.RoutineName, e.Routine, e.Kind))
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
			histPad(name, routineW), minW, histMinutes(e.Seconds), style.Render(histPad(status, statusW)))
		note := histPainNote(e)
		switch {
		case note == "":
			out = append(out, row)
		case inline:
			for i, l := range wrapHanging(note, w, "", strings.Repeat(" ", notesAt)) {
				if i == 0 {
					out = append(out, row+"  "+st.Warn.Render(l))
				} else {
					out = append(out, st.Warn.Render(l))
				}
			}
		default:
			out = append(out, row)
			indent := strings.Repeat(" ", 2+dateW+1)
			for _, l := range wrapHanging(note, w, indent, indent) {
				out = append(out, st.Warn.Render(l))
			}
		}
	}
	return out
}

// painRows lists the exercises sharp pain stopped: how often, on which sides, and when last.
func (m historyModel) painRows(w int) []string {
	dateFmt := "2006-01-02"
	if w < 60 {
		dateFmt = "Jan 02"
	}
	tail := 2 + 8 + 2 + 5 + len(dateFmt)
	nameW := max(min(40, w-tail), 8)
	var out []string
	for _, p := range m.data.stats.PainStops {
		name := content.Sanitize(cmp.Or(p.Name, p.Exercise))
		if len(p.Sides) > 0 {
			name += " (" + strings.Join(p.Sides, ", ") + ")"
		}
		out = append(out, fmt.Sprintf("  %s %8s  last %s", histPad(name, nameW), histPlural(p.Count, "time"),
			p.Last.In(m.data.loc).Format(dateFmt)))
	}
	return out
}

// histPainNote is "pain: Plank (left), Cat-cow" for a session with pain stops, else "".
func histPainNote(e journal.Entry) string {
	if len(e.Pain) == 0 {
		return ""
	}
	names := make([]string, 0, len(e.Pain))
	for _, p := range e.Pain {
		s := content.Sanitize(cmp.Or(p.Name, p.Exercise))
		if p.Side != "" {
			s += " (" + content.Sanitize(p.Side) + ")"
		}
		names = append(names, s)
	}
	return "pain: " + strings.Join(names, ", ")
}

// histPlural is "1 day", "3 days".
func histPlural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// histTotals is "4 sessions, 23 min (3 completed)".
func histTotals(t journal.Totals) string {
	s := fmt.Sprintf("%s, %d min", histPlural(t.Sessions, "session"), t.Minutes)
	if t.Completed != t.Sessions {
		s += fmt.Sprintf(" (%d completed)", t.Completed)
	}
	return s
}

// histMinutes is a session's length, "6m", or "<1m" for under half a minute.
func histMinutes(seconds int) string {
	if seconds > 0 && seconds < 30 {
		return "<1m"
	}
	return fmt.Sprintf("%dm", (seconds+30)/60)
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
	out := wrapHanging(fmt.Sprintf("Last %s, completed sessions per day", histPlural(weeks, "week")), w, "", "")
	for i := range out {
		out[i] = st.Title.Render(out[i])
	}
	return append(out, journal.HeatmapRows(s, weeks, cell)...)
}

// screenPage is a screen in four parts, shared by the safety check and the history: a pinned
// header; a body that scrolls; a prompt that follows the body (and stays above the keys when
// the body is longer than the screen); and the key help pinned to the bottom.
type screenPage struct{ header, body, prompt, help []string }

// maxOffset is how far the body can scroll in h rows.
func (p screenPage) maxOffset(h int) int {
	return max(len(p.body)-max(h-len(p.header)-len(p.prompt)-len(p.help), 0), 0)
}

// withKeys sets the help to the bindings, wrapped to w, adding the scroll keys when the body
// does not fit in h rows.
func (p screenPage) withKeys(st Styles, w, h int, bs ...key.Binding) screenPage {
	p.help = keyHelpLines(st, screenWidth(w, w), bs...)
	if p.maxOffset(h) > 0 {
		p.help = keyHelpLines(st, screenWidth(w, w), append(bs, bindingHelp("↑/↓", "scroll"))...)
	}
	return p
}

// render draws the page in a w×h terminal from the body's line offset: never a line wider
// than w nor more than h lines (below the usable size the top lines win).
func (p screenPage) render(w, h, offset int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	avail := max(h-len(p.header)-len(p.prompt)-len(p.help), 0)
	offset = min(max(offset, 0), p.maxOffset(h))
	end := min(offset+avail, len(p.body))
	lines := slices.Concat(p.header, p.body[offset:end], p.prompt)
	for len(lines) < h-len(p.help) {
		lines = append(lines, "")
	}
	lines = append(lines, p.help...)
	lines = lines[:min(len(lines), h)]
	pad := strings.Repeat(" ", screenMargin(w))
	for i, l := range lines {
		if l != "" {
			lines[i] = ansi.Truncate(pad+l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// newScreenHeader is the screen's title, with a blank line under it when there is room.
func newScreenHeader(st Styles, h int, title string) []string {
	if h < 16 {
		return []string{st.Title.Render(title)}
	}
	return []string{st.Title.Render(title), ""}
}

// screenMargin is the left margin: one column once the terminal is at least the usable size.
func screenMargin(w int) int {
	if w >= MinWidth {
		return 1
	}
	return 0
}

// screenWidth is the width text wraps to in a w-column terminal: inside the margins and at
// most limit.
func screenWidth(w, limit int) int { return max(min(w-2*screenMargin(w), limit), 1) }

// screenTextWidth is the width for paragraphs, kept to a comfortable reading length.
func screenTextWidth(w int) int { return screenWidth(w, 76) }

// histPad cuts s to w cells (with an ellipsis) and pads it to exactly w.
func histPad(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}
