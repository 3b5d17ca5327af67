package tui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
)

// quickDurations are the hold lengths the quick-hold picker steps through: the range of
// `limber hold`, from a second to session.QuickHoldMax.
func quickDurations() []time.Duration {
	s, m := time.Second, time.Minute
	return []time.Duration{1 * s, 2 * s, 3 * s, 5 * s, 10 * s, 15 * s, 20 * s, 30 * s, 45 * s,
		1 * m, 90 * s, 2 * m, 3 * m, 4 * m, 5 * m, 7 * m, session.QuickHoldMax}
}

// quickDefault is the length the picker starts at.
const quickDefault = 30 * time.Second

// quickBestsMsg carries the personal bests the picker shows beside the exercises.
type quickBestsMsg struct{ bests []journal.Best }

// quickItem is one choice of the picker: an exercise, or (ex nil) the bare timer.
type quickItem struct {
	ex *content.Exercise
	// search is the lower-cased text the filter matches: id, name, where it is done, what it
	// works, tags.
	search string
}

// quickModel is the picker behind home's "Quick hold…" and "Max test…": for a hold, its length
// (←/→), the exercise (or none, a bare timer) and whether it is done on each side; for a max
// test, one of the exercises tagged testable, each with its best so far. / filters the list.
type quickModel struct {
	c     *Common
	max   bool
	items []quickItem
	// cursor is an index into visible().
	cursor int
	filter listFilter
	dur    int  // index into quickDurations
	sides  bool // each side (holds); follows the exercise until s toggles it
	bests  []journal.Best
	// note says why the last choice did not start.
	note string
}

// newQuick returns the picker for a max test (max) or a quick hold, and the Cmd that reads
// the bests shown beside the exercises.
func newQuick(c *Common, max bool) (quickModel, tea.Cmd) {
	m := quickModel{c: c, max: max, dur: slices.Index(quickDurations(), quickDefault)}
	if !max {
		m.items = append(m.items, quickItem{search: "no exercise bare timer"})
	}
	var picks []*content.Exercise
	for _, ex := range c.Lib.Exercises() {
		if ex.Dose.Kind == content.DoseHold && (!max || ex.HasTag("testable")) {
			picks = append(picks, ex)
		}
	}
	slices.SortStableFunc(picks, func(a, b *content.Exercise) int { return cmp.Compare(a.Name, b.Name) })
	for _, ex := range picks {
		where, _, _ := strings.Cut(ex.Position.Label(), " (") // "Face down", not "(and planks)"
		words := append([]string{ex.ID, ex.Name, ex.Position.String(), where}, ex.Targets...)
		m.items = append(m.items, quickItem{ex: ex, search: strings.ToLower(strings.Join(append(words, ex.Tags...), " "))})
	}
	m.sides = m.defaultSides()
	path := c.HistoryPath
	return m, func() tea.Msg {
		b, _, _ := journal.ReadBests(path, time.Time{})
		return quickBestsMsg{b}
	}
}

// visible returns the choices the filter matches.
func (m quickModel) visible() []quickItem {
	var out []quickItem
	for _, it := range m.items {
		if m.filter.match(it.search) {
			out = append(out, it)
		}
	}
	return out
}

// selected is the exercise under the cursor (nil: the bare timer, or nothing matches).
func (m quickModel) selected() *content.Exercise {
	if vis := m.visible(); m.cursor < len(vis) {
		return vis[m.cursor].ex
	}
	return nil
}

// defaultSides is whether the selected exercise is done on each side.
func (m quickModel) defaultSides() bool {
	ex := m.selected()
	return ex != nil && ex.Sides != content.SidesNone
}

// timer is the quick timer the picker would start.
func (m quickModel) timer() session.Quick {
	if m.max {
		return session.Quick{Kind: session.PlanMax, Exercise: m.selected()}
	}
	return session.Quick{Kind: session.PlanHold, Exercise: m.selected(), Hold: quickDurations()[m.dur],
		Sides: m.sides, Repeat: 1, Rest: session.DefaultQuickRest}
}

// Update handles the picker's keys and the loaded bests.
func (m quickModel) Update(msg tea.Msg) (quickModel, tea.Cmd) {
	switch msg := msg.(type) {
	case quickBestsMsg:
		m.bests = msg.bests
	case tea.KeyPressMsg:
		m.note = ""
		if m.filter.typing {
			if f, handled, changed := m.filter.key(msg); handled {
				m.filter = f
				if changed {
					m.cursor = 0
					m.sides = m.defaultSides()
				}
				return m, nil
			}
		}
		return m.key(msg)
	}
	return m, nil
}

// key acts on a key that is not the filter's.
func (m quickModel) key(msg tea.KeyPressMsg) (quickModel, tea.Cmd) {
	k := m.c.Keys
	vis := m.visible()
	if cursor, ok := m.page().listMove(m.cursor, len(vis), msg); ok {
		m.cursor = cursor
		m.sides = m.defaultSides()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Filter):
		m.filter.typing = true
	case key.Matches(msg, k.Shorter) && !m.max:
		m.dur = max(m.dur-1, 0)
	case key.Matches(msg, k.Longer) && !m.max:
		m.dur = min(m.dur+1, len(quickDurations())-1)
	case key.Matches(msg, k.Sides) && !m.max:
		m.sides = !m.sides
	case key.Matches(msg, k.Back) && m.filter.text != "": // esc clears the filter first, as on home
		m.filter, m.cursor = listFilter{}, 0
		m.sides = m.defaultSides()
	case key.Matches(msg, k.Back, k.Quit):
		return m, goHomeCmd
	case key.Matches(msg, k.Select):
		if m.cursor >= len(vis) {
			return m, nil
		}
		q := m.timer()
		return m, func() tea.Msg { return startMsg{req: policy.Request{Quick: &q}} }
	}
	return m, nil
}
