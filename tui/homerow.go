package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// homeColumns are the widths of home's routine rows, worked out once for the rows shown: the
// name, the where column (0 when left out) and the safety answers' marks (0 when none), in
// brief words on a narrow screen.
type homeColumns struct {
	name, where, mark int
	brief             bool
}

// The home list's column widths: the most a name or a where column takes, the least a name
// is cut to, and the minutes column (" 11 min").
const (
	homeNameMax  = 30
	homeWhereMax = 20
	homeNameMin  = 12
	homeMinutesW = 8
)

// columns fits the rows of vis in the width: a mark is always whole and the where column is
// never covered — the name gives way first (down to 16 cells), then the where column is left
// out, then the marks take their brief words and the name gives way again (down to
// homeNameMin).
func (m homeModel) columns(vis []homeItem) homeColumns {
	w := m.c.Width
	var names, wheres, marks, brief int
	for _, it := range vis {
		if it.r == nil {
			continue
		}
		names = max(names, ansi.StringWidth(it.r.Name))
		wheres = max(wheres, ansi.StringWidth(it.where))
		marks = max(marks, ansi.StringWidth(m.marks.of(m.c, it.r, false)))
		brief = max(brief, ansi.StringWidth(m.marks.of(m.c, it.r, true)))
	}
	gap := func(n int) int { return min(n, 1) * (2 + n) } // a column and the 2 cells before it
	cols := homeColumns{name: min(names, homeNameMax, max(w-10, 1)), where: min(wheres, homeWhereMax), mark: marks}
	if w < 2+16+homeMinutesW+gap(cols.where)+gap(marks) {
		cols.where = 0
		if w < 2+16+homeMinutesW+gap(marks) {
			cols.mark, cols.brief = brief, true
		}
	}
	if marks > 0 || cols.where > 0 {
		room := w - 2 - homeMinutesW - gap(cols.where) - gap(cols.mark)
		cols.name = max(min(cols.name, room), homeNameMin)
	}
	return cols
}

// row is one routine line: marker, name, minutes, where, what the safety answers mark on it
// (in words, after the where column), and what it is for as width allows.
func (m homeModel) row(it homeItem, selected bool, cols homeColumns) string {
	st, w := m.c.Styles, m.c.Width
	if it.r == nil { // the blurb where the where column is
		line := text.Pad(clip(it.quick, cols.name), cols.name)
		if cols.where > 0 {
			line += strings.Repeat(" ", homeMinutesW+2) + quickBlurb(m.c.Tr, it.max)
		}
		line = strings.TrimRight(clip(line, w-2), " ")
		if selected {
			return st.Selected.Render("› " + line)
		}
		return "  " + line
	}
	line := fmt.Sprintf("%s %3d %s", text.Pad(clip(it.r.Name, cols.name), cols.name), it.minutes, m.minute)
	if cols.where > 0 {
		line += "  " + text.Pad(clip(it.where, cols.where), cols.where)
	}
	var tail string
	if mark := m.marks.of(m.c, it.r, cols.brief); cols.mark > 0 {
		tail = "  " + st.Warn.Render(text.Pad(mark, cols.mark)) // whole: the columns leave room
	}
	if cols.where > 0 && w >= 80 { // equipment first, so a long "for" list never cuts it
		about := strings.Join(it.r.For, ", ")
		if it.needsText != "" {
			about = strings.TrimSuffix(it.needsText+" · "+about, " · ")
		}
		if room := w - 2 - ansi.StringWidth(line+tail) - 2; room > 0 {
			tail += "  " + clip(about, room)
		}
	}
	tail = strings.TrimRight(tail, " ")
	if selected {
		return st.Selected.Render("› "+line) + tail
	}
	return "  " + line + tail
}

// markWords says in words what the safety answers mark on routine r: "gentle only for now"
// when only gentle routines are open and it is not one of them (it cannot start, so nothing
// else is said), else "avoid in pregnancy" when it has moves to avoid while pregnant; brief is
// the narrow screens' shorter words.
func markWords(c *Common, r *content.Routine, brief bool) string {
	return newMarkTexts(c.Tr).of(c, r, brief)
}

// markTexts are the marks' words in a language, looked up once for a list's many rows:
// gentle only, then avoid in pregnancy; each long, then brief.
type markTexts [2][2]string

// newMarkTexts are the marks' words in tr's language.
func newMarkTexts(tr *msg.Tr) markTexts {
	return markTexts{{tr.T("home.mark_gentle"), tr.T("home.mark_gentle_brief")},
		{tr.T("home.mark_pregnancy"), tr.T("home.mark_pregnancy_brief")}}
}

// of is markWords with these words.
func (t markTexts) of(c *Common, r *content.Routine, brief bool) string {
	b := 0
	if brief {
		b = 1
	}
	switch {
	case policy.Allowed(c.Answers, r) != nil:
		return t[0][b]
	case policy.PregnancyWarning(c.Lib, c.Answers, r):
		return t[1][b]
	}
	return ""
}
