package tui

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// The terminal heights from which the run screen draws block digits (and a three-row side
// block), and block digits at twice the size.
const (
	tallHeight = 20
	hugeHeight = 36
)

// View draws the run screen: the routine and its progress at the top, the step large in the
// middle, the pain reminder and the keys at the bottom.
func (m runModel) View() string {
	return m.page(m.eng.Snapshot(m.c.Now())).render()
}

// page lays the run screen out for s, fitted: it never scrolls, and what a short terminal
// loses first is the cues after the first (last first), then blank lines, then the first cue;
// never the countdown nor the pain line. The count is the page's anchor: the hold and the
// switch between sides, built alike above it, keep their title and count on the same rows.
func (m runModel) page(s session.Snapshot) page {
	if s.State == session.StatePainPrompt {
		return m.painPage(s)
	}
	p := newPage(m.c, fitted)
	m.header(&p, s)
	switch {
	case m.help:
		m.helpBody(&p)
	case s.State == session.StateFinished:
		p.add(inBody, centered, 1, m.c.Styles.Title.Render(m.c.Tr.T("run.session_over")))
	case s.Step.Kind.Work():
		m.workBody(&p, s)
	default:
		m.betweenBody(&p, s)
	}
	m.footer(&p, s)
	return p
}

// header is the routine's name, "exercise i of n" and the routine's progress bar.
func (m runModel) header(p *page, s session.Snapshot) {
	st, w := m.c.Styles, m.c.Width
	name := text.PlanTitle(m.c.Tr, m.eng.Plan())
	right := ""
	if s.ExerciseCount > 0 && m.eng.Plan().Kind == session.PlanRoutine { // a quick timer has one
		right = m.c.Tr.T("run.exercise_of", "N", s.ExerciseNum, "Of", s.ExerciseCount)
	}
	p.add(inHeader, flushLeft, 2, spreadLine(st.Title.Render(name), st.Subtle.Render(right), w))
	p.add(inHeader, flushLeft, 6, st.Bar(w, s.RoutineFraction))
}

// workBody draws a hold, reps or breathing step: name, side, set/hold, the count, the cues.
func (m runModel) workBody(p *page, s session.Snapshot) {
	m.pausedBanner(p, s)
	m.nameAndSide(p, s)
	m.sideLines(p, s.Side, metaLine(m.c.Tr, s))
	p.blank(inBody, 10) // as the switch's (see betweenBody)
	switch s.Step.Kind {
	case session.KindHold:
		m.bigBeside(p, text.Countdown(s.Left), s)
	case session.KindReps:
		m.bigBeside(p, fmt.Sprintf("%d/%d", repShown(s), s.Reps), s)
	case session.KindBreath:
		m.bigBeside(p, text.PhaseBig(m.c.Tr, s.Phase.Kind)+" "+text.Countdown(s.PhaseLeft), s)
	}
	p.add(inBody, centered, 4, m.stepBar(s))
	if s.Step.Kind == session.KindReps {
		if s.Step.Tempo > 0 {
			p.add(inBody, centered, 5, m.tempoLine(s))
		} else {
			p.addHelp(inBody, centered, 3, repKeys{m.c.Keys})
		}
	}
	m.figureAbove(p, s)
	m.cues(p, s.Step.Exercise, s.Step.Note)
}

// sideLines are the lines under the name (or SWITCH SIDES) and above the count: the working
// side in words (kept after the first cue), and meta, the set and hold. The hold and the switch
// before it draw them alike, so the count stays on its row.
func (m runModel) sideLines(p *page, side session.Side, meta string) {
	st := m.c.Styles
	if meta != "" {
		p.add(inBody, centered, 7, st.Subtle.Render(meta))
	}
	if ws := text.WorkingSideIn(m.c.Tr, side); ws != "" {
		p.add(inBody, centered, 9, st.Subtle.Render(ws)) // after the first cue, before blank lines
	}
}

// tempoLine is the beat of tempo reps, explained, with the pace: "●   ○  one rep each time
// the dot moves: one every 3 s", as much as fits; the dots swap at each rep.
func (m runModel) tempoLine(s session.Snapshot) string {
	st := m.c.Styles
	beat := "●   ○"
	if s.Rep%2 == 1 {
		beat = "○   ●"
	}
	tr := m.c.Tr
	pace := tr.Dur(s.Step.Tempo)
	for _, words := range []string{tr.T("run.tempo_long", "Pace", pace), tr.T("run.tempo_mid", "Pace", pace), tr.T("run.tempo_short", "Pace", pace)} {
		if line := beat + "  " + words; ansi.StringWidth(line) <= m.c.Width {
			return st.Accent.Render(beat) + "  " + st.Subtle.Render(words)
		}
	}
	return st.Accent.Render(beat)
}

// repShown is the rep the counter shows: for tempo reps the one being done now (the coach counts
// "1" as you start it, and the last rep reads 10/10), for self-paced reps the ones tapped.
func repShown(s session.Snapshot) int {
	if s.Step.Tempo > 0 {
		return min(s.Rep+1, s.Reps)
	}
	return s.Rep
}

// nameAndSide draws the exercise's name ("Hold" for a bare quick hold) and the side being
// worked (see titleAndSide).
func (m runModel) nameAndSide(p *page, s session.Snapshot) {
	m.titleAndSide(p, text.ExerciseNameIn(m.c.Tr, s.Step.Exercise), s.Side)
}

// titleAndSide draws a title (the exercise, or SWITCH SIDES) and a side: a LEFT or RIGHT block
// under it on a tall terminal, beside it otherwise.
func (m runModel) titleAndSide(p *page, title string, s session.Side) {
	st := m.c.Styles
	side := text.SideTagIn(m.c.Tr, s)
	switch {
	case side == "":
		p.add(inBody, centered, 1, st.Title.Render(title))
	case m.c.Height >= tallHeight:
		p.add(inBody, centered, 1, st.Title.Render(title))
		m.sideBlock(p, side)
	default: // one line: the side is kept whole, the title cut to make room
		tag := st.Side.Render(side)
		room := max(m.c.Width-ansi.StringWidth(tag)-2, 1)
		p.add(inBody, centered, 1, st.Title.Render(ansi.Truncate(title, room, "…"))+"  "+tag)
	}
}

// betweenBody draws a get-ready, rest or switch step: what it is, its countdown and what comes
// next, with the cues of the exercise coming up.
func (m runModel) betweenBody(p *page, s session.Snapshot) {
	st := m.c.Styles
	m.pausedBanner(p, s)
	label := text.StepBanner(m.c.Tr, s.Step.Kind)
	next := s.Step
	if s.Next != nil {
		next = *s.Next
	}
	if s.Step.Kind == session.KindSwitch { // drawn as the hold it leads to: the count on its row
		m.titleAndSide(p, label, next.Side)
		m.sideLines(p, next.Side, nextMeta(m.c.Tr, next))
	} else {
		p.add(inBody, centered, 1, st.Title.Render(label))
	}
	p.blank(inBody, 10) // before the one under the bar: the rows above the count as the hold's
	m.bigBeside(p, text.Countdown(s.Left), s)
	p.add(inBody, centered, 4, m.stepBar(s))
	p.blank(inBody, 11)
	p.add(inBody, centered, 2, m.c.Tr.T("run.next", "What", m.nextText(next)))
	m.figureAbove(p, s)
	m.cues(p, next.Exercise, next.Note)
}

// nextMeta is metaLine for a step coming up: its set and hold, when it counts more than one.
func nextMeta(tr *msg.Tr, st session.Step) string {
	return metaLine(tr, session.Snapshot{Step: st, Set: st.Set, Sets: st.Sets, Hold: st.Hold, Holds: st.Holds, Side: st.Side})
}

// pausedBanner shows PAUSED above everything else in the body while the clock is stopped.
func (m runModel) pausedBanner(p *page, s session.Snapshot) {
	if !s.Paused {
		return
	}
	banner, text := m.c.Styles.Warn.Reverse(true).Padding(0, 1), m.c.Tr.T("run.paused_resume", "Key", m.c.Keys.Pause.Help().Key)
	if m.confirm {
		text = m.c.Tr.T("run.paused") // the question under it says what the keys do
	}
	p.add(inBody, centered, 0, banner.Render(text))
	p.blank(inBody, 10)
}

// sideBlock draws LEFT or RIGHT in reverse video: three rows tall, or one row when short of room.
func (m runModel) sideBlock(p *page, side string) {
	if side == "" {
		return
	}
	st := m.c.Styles.Side
	pad := strings.Repeat(" ", ansi.StringWidth(side)+4)
	tall := []string{st.Render(pad), st.Render("  " + side + "  "), st.Render(pad)}
	p.addAlt(inBody, centered, 1, tall, []string{st.Render(side)})
}

// big draws the main count: in block digits on a tall enough terminal (twice the size on a
// very tall one) when they fit the width, in bold digits otherwise.
func (m runModel) big(p *page, text string) {
	st := m.c.Styles.Accent
	plain := []string{st.Render(text)}
	for scale := 2; scale >= 1; scale-- {
		if need := []int{0, tallHeight, hugeHeight}[scale]; m.c.Height < need {
			continue
		}
		if lines, ok := bigText(text, scale); ok && ansi.StringWidth(lines[0]) <= m.c.Width {
			for i, l := range lines {
				lines[i] = st.Render(l)
			}
			p.addAlt(inBody, centeredBlock, 1, lines, plain)
			p.anchor = len(p.secs) - 1
			return
		}
	}
	p.add(inBody, centered, 1, plain...)
	p.anchor = len(p.secs) - 1
}

// stepBar is the current step's progress bar.
func (m runModel) stepBar(s session.Snapshot) string {
	return m.c.Styles.Bar(min(max(m.c.Width-8, 1), 60), s.StepFraction)
}

// cues adds the routine step's note and the exercise's cues and caution, in a centred column.
// When the screen is short they go first, last cue first, then the blank lines; the note's
// first line and the first cue stay before those (even at 40×12 there is a cue to read).
func (m runModel) cues(p *page, ex *content.Exercise, note string) {
	st := m.c.Styles
	cw, margin := textColumn(m.c.Width)
	first := func(i int) int { // the first line, or cue, is kept before the blank lines
		if i == 0 {
			return 8
		}
		return 13 + i
	}
	p.blank(inBody, 12)
	if note != "" {
		for i, l := range text.Wrap(note, cw) {
			l = st.Accent.Render(l)
			p.addGroup("note", inBody, centered, first(i), l)
		}
	}
	if ex == nil {
		return
	}
	for i, c := range ex.Cues {
		p.addGroup("cues", inBody, flushLeft, first(i), fitBullet(c, cw, margin)...)
	}
	if ex.Caution != "" {
		lines := text.Wrap(ex.Caution, cw)
		for i, l := range lines {
			lines[i] = margin + st.Subtle.Render(l)
		}
		p.addGroup("cues", inBody, flushLeft, first(len(ex.Cues)), lines...)
	}
}

// footer is the pain reminder and the key help, or the quit question.
func (m runModel) footer(p *page, s session.Snapshot) {
	st, w := m.c.Styles, m.c.Width
	if s.State == session.StatePainPrompt {
		return // the choices are the body
	}
	if m.confirm {
		question := m.c.Tr.T("run.confirm_end")
		if m.eng.Plan().Kind == session.PlanMax {
			question = m.c.Tr.T("run.confirm_end_max")
		}
		p.add(inFooter, flushLeft, 0, styled(st.Warn, text.Wrap(question, w))...)
		p.addHelp(inFooter, flushLeft, 0, confirmKeys{m.c.Keys})
	}
	voiceLine(p, m.c)
	p.add(inFooter, flushLeft, 0, painReminder(m.c.Tr, st, m.c.Keys, w))
	if m.confirm {
		return
	}
	prio := 3
	if m.help {
		prio = 1 // how to close the help stays, before the progress bar or the title
	}
	p.addHelp(inFooter, flushLeft, prio, runKeys{k: m.c.Keys, paused: s.Paused, help: m.help})
}

// voiceLine says, above the pain line, that the voice the settings ask for cannot speak (and
// why); when short of room it goes after the first cue.
func voiceLine(p *page, c *Common) {
	if c.VoiceNote != "" {
		p.add(inFooter, flushLeft, 13, c.Styles.Subtle.Render(clip(c.Tr.T("run.no_voice", "Why", c.VoiceNote), c.Width)))
	}
}

// helpBody is the full key help.
func (m runModel) helpBody(p *page) {
	p.add(inBody, centered, 1, m.c.Styles.Title.Render(m.c.Tr.T("run.keys_title")))
	p.blank(inBody, 3)
	p.addFullHelp(inBody, centeredBlock, 1, "", runKeys{k: m.c.Keys, help: true})
}

// nextText names a step coming up: "Seated twist — RIGHT · hold 2 of 3", fitted to follow
// "Next: " on one line. When short of room the name is cut first, so the side and the set or
// hold always show; the set and hold go only when even a short name leaves no room.
func (m runModel) nextText(st session.Step) string {
	tr := m.c.Tr
	name := text.ExerciseNameIn(tr, st.Exercise) // "Hold" for a bare quick hold
	if st.Gentler {
		name = tr.T("run.gentler_name", "Name", name)
	}
	var side, count string
	if w := text.SideTagIn(tr, st.Side); w != "" {
		side = " — " + m.c.Styles.Side.Render(w)
	}
	if st.Sets > 1 {
		count += " · " + tr.T("run.set_of", "N", st.Set, "Of", st.Sets)
	}
	if st.Kind == session.KindHold && st.Holds > 1 {
		count += " · " + tr.T("run.hold_of", "N", st.Hold, "Of", st.Holds)
	}
	room := m.c.Width - ansi.StringWidth(tr.T("run.next", "What", "")) - 2
	if room-ansi.StringWidth(side+count) < 8 {
		count = ""
	}
	return ansi.Truncate(name, max(room-ansi.StringWidth(side+count), 1), "…") + side + count
}

// metaLine is "set 1 of 2 · hold 1 of 3" (breathing: "cycle 2 of 5"), only the parts that count
// more than one.
func metaLine(tr *msg.Tr, s session.Snapshot) string {
	var parts []string
	if s.Sets > 1 {
		parts = append(parts, tr.T("run.set_of", "N", s.Set, "Of", s.Sets))
	}
	switch {
	case s.Step.Kind == session.KindHold && s.Holds > 1:
		parts = append(parts, tr.T("run.hold_of", "N", s.Hold, "Of", s.Holds))
	case s.Step.Kind == session.KindBreath && s.Cycles > 0:
		parts = append(parts, tr.T("run.cycle_of", "N", s.Cycle, "Of", s.Cycles))
	case s.Step.Side == session.SideAlternating:
		parts = append(parts, tr.T("run.alternate_sides"))
	}
	if s.Step.Gentler {
		parts = append(parts, tr.T("run.gentler_variant"))
	}
	return strings.Join(parts, " · ")
}

// spreadLine puts left and right on one line of w cells, right-aligned; right is left out when
// both do not fit.
func spreadLine(left, right string, w int) string {
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if right == "" || gap < 2 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}
