package tui

import (
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// askStep is one question of a check-in.
type askStep int

// The questions, in the order they come.
const (
	askPain askStep = iota + 1 // 0 and -1: none
	askStiffness
	askFlare
	askGoal
)

// asker asks the check-in questions a screen holds, one key each: back pain and stiffness
// (0–10), then — when pain was rated FlarePain or more — whether to start a flare-up plan, then
// each function goal when they are due. s skips the rest of a group; nothing is saved of a
// group until it is answered whole, and each group is saved on its own (askSavedMsg).
type asker struct {
	steps           []askStep
	goals           checkin.Goals
	goal            int // the goal asked at askGoal
	pain, stiffness *int
	scores          []int
	offer           string   // why a flare-up is offered
	said            []string // what was saved, or went wrong, in order
	// stops are the recent sharp-pain stops, which offer a flare-up when close together.
	stops []time.Time
	// session is the id of the session asked about, found when the check-in is saved: the
	// session's start and name; when is checkin.Start or checkin.EndOf ("" for neither).
	started time.Time
	name    string
	when    string
}

// askSavedMsg reports a saved check-in, function scores or flare-up: line says what.
type askSavedMsg struct {
	line  string
	err   error
	flare *policy.Flare
}

// askLoadedMsg carries what an asker needs from the data folder: the goals and whether they are
// due.
type askLoadedMsg struct {
	goals checkin.Goals
	due   bool
	// stops are the sharp-pain stops of the last days (read after a session with one).
	stops []time.Time
}

// loadAsk reads the goals and when they were last rated, in a Cmd.
func loadAsk(c *Common) tea.Cmd {
	st, now := c.Store, c.Now()
	return func() tea.Msg {
		g, err := st.Goals()
		if err != nil || len(g.List) == 0 {
			return askLoadedMsg{}
		}
		evs, err := st.Events(now.Add(-checkin.GoalsEvery))
		return askLoadedMsg{goals: g, due: err == nil && g.Due(checkin.LastScored(evs), now)}
	}
}

// newAsker asks the ratings when ratings, and the goals when due.
func newAsker(ratings bool, l askLoadedMsg) asker {
	a := asker{goals: l.goals, stops: l.stops}
	if ratings {
		a.steps = append(a.steps, askPain, askStiffness)
	}
	if l.due {
		for range l.goals.List {
			a.steps = append(a.steps, askGoal)
		}
	}
	return a
}

// waiting is the question waiting, -1 when none.
func (a asker) waiting() askStep {
	if !a.open() {
		return -1
	}
	return a.steps[0]
}

// open reports whether a question waits for its answer.
func (a asker) open() bool { return len(a.steps) > 0 }

// key answers the question waiting with msg; handled is false for a key that is no answer (the
// screen's own keys then act). The Cmd saves a group once it is complete.
func (a asker) key(msg tea.KeyPressMsg, c *Common) (next asker, cmd tea.Cmd, handled bool) {
	if !a.open() {
		return a, nil, false
	}
	k := c.Keys
	step := a.steps[0]
	if step == askFlare {
		switch {
		case key.Matches(msg, k.Flare):
			a.steps = a.steps[1:]
			return a, startFlare(c, a.offer), true
		case key.Matches(msg, k.NoRating), key.Matches(msg, k.No):
			a.steps = a.steps[1:]
			return a, nil, true
		}
		return a, nil, false
	}
	if key.Matches(msg, k.NoRating) { // skip the rest of this group
		for len(a.steps) > 0 && (a.steps[0] == step || step != askGoal && a.steps[0] == askStiffness) {
			a.steps = a.steps[1:]
		}
		if step != askGoal {
			return a, a.ratingsDone(c), true
		}
		return a, nil, true
	}
	n, ok := checkin.Key(msg.String())
	if !ok || !key.Matches(msg, k.Rate) {
		return a, nil, false
	}
	a.steps = a.steps[1:]
	switch step {
	case askPain:
		a.pain = &n
		return a, nil, true
	case askStiffness:
		a.stiffness = &n
		return a, a.ratingsDone(c), true
	}
	a.scores = append(a.scores, n)
	a.goal++
	if a.goal < len(a.goals.List) {
		return a, nil, true
	}
	g, scores := a.goals, a.scores
	st, now := c.Store, c.Now()
	return a, func() tea.Msg {
		e, err := g.Rate(scores, now)
		if err == nil {
			err = st.SaveEvent(e)
		}
		return askSavedMsg{line: c.Tr.T("ask.goals_rated", "Scores", scoreList(scores)), err: err}
	}, true
}

// ratingsDone saves the ratings given (none: nothing) and offers a flare-up after a high pain
// rating.
func (a *asker) ratingsDone(c *Common) tea.Cmd {
	a.offerFlare(c)
	if a.pain == nil && a.stiffness == nil {
		return nil
	}
	st, now, pain, stiff, tr := c.Store, c.Now(), a.pain, a.stiffness, c.Tr
	started, name, when := a.started, a.name, a.when
	return func() tea.Msg {
		id := ""
		if !started.IsZero() && when == checkin.EndOf {
			id = st.SessionID(started, name)
		}
		e, err := checkin.New(now, pain, stiff, "", id, when)
		if err == nil {
			err = st.SaveEvent(e)
		}
		return askSavedMsg{line: tr.T("ask.saved", "What", ratingText(tr, pain, stiff)), err: err}
	}
}

// offerFlare asks next whether to start a flare-up plan, after a high pain rating or sharp-pain
// stops close together (policy.OfferFlare); once.
func (a *asker) offerFlare(c *Common) {
	if offer, why := policy.OfferFlare(c.Now(), c.Answers.Flare, a.pain, a.stops); offer && a.offer == "" {
		a.offer = why
		a.steps = append([]askStep{askFlare}, a.steps...)
	}
}

// startFlare starts a flare-up plan in a Cmd.
func startFlare(c *Common, why string) tea.Cmd {
	st, now, tr := c.Store, c.Now(), c.Tr
	return func() tea.Msg {
		f, err := st.StartFlare(now, 0, why)
		until := f.Until.In(now.Location())
		return askSavedMsg{line: tr.T("ask.flare_on", "Until", tr.T("when.day", "Weekday", tr.Weekday(until.Weekday()), "Date", tr.Date(until))), err: err, flare: &f}
	}
}

// saved takes in what a save reported; a started flare-up applies at once.
func (a asker) saved(c *Common, msg askSavedMsg) asker {
	if msg.err != nil {
		a.said = append(a.said, c.Tr.T("ask.not_saved", "Err", msg.err.Error()))
		return a
	}
	if msg.flare != nil {
		c.Answers.Flare = *msg.flare
	}
	a.said = append(a.said, msg.line)
	return a
}

// lines are the asker's part of a page: the question waiting and what was saved, wrapped to w.
func (a asker) lines(c *Common, w int) []string {
	st, tr := c.Styles, c.Tr
	var out []string
	for _, s := range a.said {
		out = append(out, styled(st.Subtle, text.Wrap(s, w))...)
	}
	if !a.open() {
		return out
	}
	var q string
	switch a.steps[0] {
	case askPain:
		q = tr.T("ask.pain")
	case askStiffness:
		q = tr.T("ask.stiffness_after", "Pain", *ptrOr(a.pain, -1))
		if a.pain == nil {
			q = tr.T("ask.stiffness")
		}
	case askFlare:
		q = tr.T("ask.flare", "Why", text.FlareReasonIn(tr, a.offer))
	case askGoal:
		g := a.goals.List[a.goal]
		q = tr.T("ask.goal", "N", a.goal+1, "Of", len(a.goals.List), "What", g.Activity)
	}
	return append(out, styled(st.Title, text.Wrap(q, w))...)
}

// ptrOr is p, or a pointer to def when nil.
func ptrOr(p *int, def int) *int {
	if p == nil {
		return &def
	}
	return p
}

// ratingText is "pain 3, stiffness 4" (a rating not given is left out).
func ratingText(tr *msg.Tr, pain, stiff *int) string {
	var s string
	if pain != nil {
		s = tr.T("ask.pain_n", "N", *pain)
	}
	if stiff != nil {
		if s != "" {
			s += ", "
		}
		s += tr.T("ask.stiffness_n", "N", *stiff)
	}
	return s
}

// scoreList is "4, 6, 2".
func scoreList(scores []int) string {
	s := ""
	for i, n := range scores {
		if i > 0 {
			s += ", "
		}
		s += strconv.Itoa(n)
	}
	return s
}
