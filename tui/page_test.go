package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// numberedPage is a scrolled page at w×h: a title, n body lines "line 0" … "line n-1", a
// question under the body and a key help.
func numberedPage(t *testing.T, w, h, n int) page {
	t.Helper()
	c := testCommon(t, w, h, newClock())
	p := newPage(c, scrolled)
	p.add(inHeader, flushLeft, 0, "Title")
	for i := range n {
		p.add(inBody, flushLeft, 0, fmt.Sprintf("line %d", i))
	}
	p.add(underBody, flushLeft, 0, "Question?")
	p.addHelp(inFooter, flushLeft, 0, historyKeys{scrollHelp{k: c.Keys}})
	return p
}

// A scrolled body shows "↑ n more" and "↓ n more" whenever lines are hidden, counting them
// right; every line can be brought into view; the question and the help stay in view.
func TestScrolledPageMarkers(t *testing.T) {
	const n = 30
	bodyLine := regexp.MustCompile(`^line (\d+)$`)
	marker := regexp.MustCompile(`^([↑↓]) (\d+) more$`)
	p := numberedPage(t, 40, 12, n)
	sp := p.parts()
	if sp.rows != 9 || sp.last() != n-9 {
		t.Fatalf("rows %d, last %d; want 9 rows, scrolling to %d", sp.rows, sp.last(), n-9)
	}
	seen := map[int]bool{}
	for top := 0; top <= sp.last(); top++ {
		p.at = scroller{top}
		v := p.render()
		fitsIn(t, v, 40, 12)
		lines := strings.Split(plainView(v), "\n")
		if lines[0] != "Title" || lines[10] != "Question?" || !strings.HasPrefix(lines[11], "esc back · ↑/↓ scroll") {
			t.Fatalf("top %d: header, question or help out of place:\n%s", top, plainView(v))
		}
		shown, above, below := 0, 0, 0
		for _, l := range lines[1:10] {
			if m := bodyLine.FindStringSubmatch(l); m != nil {
				var i int
				fmt.Sscan(m[1], &i)
				seen[i] = true
				shown++
			} else if m := marker.FindStringSubmatch(l); m != nil {
				var k int
				fmt.Sscan(m[2], &k)
				if m[1] == "↑" {
					above = k
				} else {
					below = k
				}
			} else {
				t.Fatalf("top %d: unexpected body row %q", top, l)
			}
		}
		if shown+above+below != n {
			t.Errorf("top %d: %d shown + %d above + %d below ≠ %d lines", top, shown, above, below, n)
		}
		if (top > 0) != (above > 0) || (top < sp.last()) != (below > 0) {
			t.Errorf("top %d: markers ↑%d ↓%d", top, above, below)
		}
	}
	if len(seen) != n {
		t.Errorf("only %d of %d lines ever came into view", len(seen), n)
	}
}

// A body that fits has no markers and no scrolling keys in its help; a list follows its cursor.
func TestPageFitsOrFollows(t *testing.T) {
	p := numberedPage(t, 40, 12, 9)
	v := plainView(p.render())
	if strings.Contains(v, "more") || strings.Contains(v, "scroll") || p.overflows() {
		t.Errorf("a body that fits scrolls:\n%s", v)
	}
	p = numberedPage(t, 40, 12, 30)
	for _, cursor := range []int{0, 5, 17, 29} {
		p.follow = cursor
		if v := plainView(p.render()); !strings.Contains(v, fmt.Sprintf("line %d\n", cursor)) {
			t.Errorf("cursor %d is not in view:\n%s", cursor, v)
		}
	}
}

// ↑/↓ move a line, PgUp/PgDn the rows between the markers (so no line is skipped), Home/End
// and g/G to the ends; other keys are not scrolling keys.
func TestPageScrollKeys(t *testing.T) {
	p := numberedPage(t, 40, 12, 30)
	step, last := p.parts().step(), p.parts().last()
	for _, c := range []struct {
		from int
		key  string
		want int
	}{
		{0, "down", 1}, {0, "j", 1}, {0, "up", 0}, {5, "k", 4},
		{0, "pgdown", step}, {step, "pgdown", 2 * step}, {last, "pgdown", last}, {2 * step, "pgup", step}, {1, "pgup", 0},
		{7, "end", last}, {7, "G", last}, {7, "home", 0}, {7, "g", 0}, {99, "up", last - 1},
	} {
		p.at = scroller{c.from}
		got, ok := p.scroll(pressKey(c.key))
		if !ok || got.top != c.want {
			t.Errorf("%s from %d: top %d (scrolling key %v), want %d", c.key, c.from, got.top, ok, c.want)
		}
	}
	if _, ok := p.scroll(press("x")); ok {
		t.Error("x is a scrolling key")
	}
	// A page down shows the line right after the last one shown before it.
	p.at = scroller{0}
	before := strings.Split(plainView(p.render()), "\n")
	next, _ := p.scroll(pressKey("pgdown"))
	p.at = next
	after := strings.Split(plainView(p.render()), "\n")
	if before[8] != "line 7" || after[2] != "line 8" {
		t.Errorf("page down skipped lines: last shown %q, then first shown %q", before[8], after[2])
	}
}

// On the screens that scroll, the body shows its markers, and PgDn, End and Home move it.
func TestScrollingScreensMove(t *testing.T) {
	for _, sc := range everyScreen(t, 40, 12) {
		if sc.page.mode != scrolled || sc.page.follow >= 0 || !sc.page.overflows() {
			continue
		}
		t.Run(sc.name, func(t *testing.T) {
			p := sc.page
			top := plainView(p.render())
			if !strings.Contains(top, "↓ ") || strings.Contains(top, "↑ ") {
				t.Errorf("at the top: want only the ↓ marker:\n%s", top)
			}
			for _, c := range []struct {
				key   string
				want  int
				marks []string
			}{
				{"pgdown", p.parts().step(), []string{"↑ ", "↓ "}},
				{"end", p.parts().last(), []string{"↑ "}},
				{"home", 0, []string{"↓ "}},
			} {
				at, ok := p.scroll(pressKey(c.key))
				if !ok || at.top != min(c.want, p.parts().last()) {
					t.Fatalf("%s: top %d, want %d", c.key, at.top, c.want)
				}
				p.at = at
				v := plainView(p.render())
				for _, m := range c.marks {
					if !strings.Contains(v, m) {
						t.Errorf("after %s no %q marker:\n%s", c.key, m, v)
					}
				}
			}
		})
	}
}

// The screens scroll through their own Update: history, summary, safety check and preview.
func TestScreensScrollThroughUpdate(t *testing.T) {
	c := testCommon(t, 40, 12, newClock())
	writeHistory(t, c, testSessions())
	h := loadedHistory(t, c)
	h, _ = h.Update(pressKey("end"))
	if h.scroll.top != h.page().parts().last() || !strings.Contains(plainView(h.View()), "4+") {
		t.Errorf("history: end did not reach the heatmap (top %d):\n%s", h.scroll.top, plainView(h.View()))
	}
	h, _ = h.Update(pressKey("home"))
	if h.scroll.top != 0 {
		t.Errorf("history: home left top at %d", h.scroll.top)
	}
	sc, rec := finishedRun(t, "pain", 40, 12)
	s, _ := newSummary(sc, rec).Update(savedMsg{})
	s, _ = s.Update(pressKey("pgdown"))
	if s.scroll.top != s.page().parts().step() {
		t.Errorf("summary: page down went to %d", s.scroll.top)
	}
	c = testCommon(t, 40, 12, newClock())
	sf, _ := pressAll(newSafety(c, routine(t, c, notGentle)), "y")
	sf, _ = sf.Update(pressKey("end"))
	if sf.scroll.top == 0 || sf.typed != "" {
		t.Errorf("safety advice: end typed %q, top %d", sf.typed, sf.scroll.top)
	}
	sf, _ = sf.Update(press("G"))
	if sf.typed != "G" {
		t.Errorf("safety advice: G is a letter there, typed %q", sf.typed)
	}
	r, _ := c.Lib.Routine("desk-break")
	pv := newPreview(c, r)
	pv, _ = pv.Update(pressKey("G"))
	if pv.scroll.top != pv.page().parts().last() || pv.scroll.top == 0 {
		t.Errorf("preview: G went to %d", pv.scroll.top)
	}
}

// In the lists, PgDn/PgUp and Home/End (g/G) move the cursor, which stays in view.
func TestListsMoveByPagesAndEnds(t *testing.T) {
	c := testCommon(t, 40, 12, newClock())
	m := newHome(c)
	n := len(m.visible())
	m, _ = m.Update(pressKey("end"))
	v := plainView(m.View())
	if m.cursor != n-1 || !strings.Contains(v, "› Max test…") || !strings.Contains(v, "↑ ") || strings.Contains(v, "↓ ") {
		t.Errorf("end: cursor %d of %d:\n%s", m.cursor, n, v)
	}
	m, _ = m.Update(press("g"))
	if m.cursor != 0 {
		t.Errorf("g: cursor %d", m.cursor)
	}
	m, _ = m.Update(pressKey("pgdown"))
	if want := m.page().parts().step(); m.cursor != want {
		t.Errorf("pgdown: cursor %d, want %d", m.cursor, want)
	}
	q := newTestQuick(t, 40, 12, false)
	q, _ = q.Update(press("G"))
	if q.cursor != len(q.items)-1 || !strings.Contains(plainView(q.View()), "› "+q.items[q.cursor].ex.Name) {
		t.Errorf("quick picker G: cursor %d:\n%s", q.cursor, plainView(q.View()))
	}
	// While a filter is typed, the keys that type nothing still move through what it shows
	// (g and G are letters then).
	m, _ = m.Update(press("/"))
	m, _ = m.Update(press("e"))
	m, _ = m.Update(pressKey("end"))
	if vis := m.visible(); !m.filter.typing || len(vis) < 3 || m.cursor != len(vis)-1 {
		t.Errorf("home, typing a filter: end left the cursor at %d of %d (typing %v)", m.cursor, len(vis), m.filter.typing)
	}
	m, _ = m.Update(pressKey("pgup"))
	if m.cursor != max(len(m.visible())-1-m.page().parts().step(), 0) || !m.filter.typing {
		t.Errorf("home, typing a filter: pgup left the cursor at %d", m.cursor)
	}
	q, _ = q.Update(press("/"))
	q, _ = q.Update(press("s"))
	q, _ = q.Update(pressKey("end"))
	if vis := q.visible(); q.filter.text != "s" || q.cursor != len(vis)-1 {
		t.Errorf("quick picker, typing a filter: end left the cursor at %d of %d", q.cursor, len(vis))
	}
}

// pressKey is press for the keys it does not know: pgup, pgdown, home, end.
func pressKey(name string) tea.KeyPressMsg {
	switch name {
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	return press(name)
}

// A fitted page with an anchor keeps the anchor on its row whatever follows it: what does not
// fit under it is dropped, the highest prio first, instead of the anchor moving up.
func TestFittedPageAnchor(t *testing.T) {
	row := func(after int) (int, string) {
		c := testCommon(t, 40, 20, newClock())
		p := newPage(c, fitted)
		p.add(inHeader, flushLeft, 0, "Header")
		p.add(inBody, centered, 1, "Title")
		p.blank(inBody, 5)
		p.add(inBody, centered, 1, "COUNT")
		p.anchor = len(p.secs) - 1
		for i := range after {
			p.add(inBody, flushLeft, 10+i, fmt.Sprintf("after %d", i))
		}
		p.add(inFooter, flushLeft, 0, "Footer")
		v := plainView(p.render())
		for i, l := range strings.Split(v, "\n") {
			if strings.TrimSpace(l) == "COUNT" {
				return i, v
			}
		}
		return -1, v
	}
	want, _ := row(0)
	for _, after := range []int{1, 5, 12, 30} {
		if got, v := row(after); got != want || !strings.Contains(v, "after 0") {
			t.Errorf("with %d lines after it the anchor is on row %d, want %d (and the first line after it kept):\n%s", after, got, want, v)
		}
	}
}
