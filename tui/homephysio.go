package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// homePhysio is home's part in the check-ins: the flare-up in force, the weekly goals when they
// are due (r asks them, one key each), and a flare-up plan offered after sharp-pain stops close
// together (f starts it).
type homePhysio struct {
	ask   asker
	due   bool   // the goals are due and not asked yet
	offer string // why a flare-up is offered, "" for none
}

// newHomePhysio is what home says after reading the history.
func newHomePhysio(c *Common, msg homeLoadedMsg) homePhysio {
	_, why := policy.OfferFlare(c.Now(), c.Answers.Flare, nil, msg.stops)
	return homePhysio{ask: asker{goals: msg.ask.goals}, due: msg.ask.due, offer: why}
}

// painStops are the times of the sharp-pain stops in the window that offers a flare-up, read
// from the end of the log.
func painStops(path string, now time.Time) []time.Time {
	es, _, err := journal.ReadNewest(path, 0, now.Add(-policy.FlarePainWindow-24*time.Hour))
	if err != nil {
		return nil
	}
	var out []time.Time
	for _, e := range es {
		for _, p := range e.Pain {
			out = append(out, p.At)
		}
	}
	return out
}

// key handles r (rate the goals), f (start the flare-up offered) and the answers to the goals'
// questions; handled is false for any other key.
func (h homePhysio) key(msg tea.KeyPressMsg, c *Common) (homePhysio, tea.Cmd, bool) {
	k := c.Keys
	switch {
	case h.ask.open():
		a, cmd, ok := h.ask.key(msg, c)
		h.ask = a
		return h, cmd, ok
	case h.due && key.Matches(msg, k.Goals):
		h.due = false
		h.ask = newAsker(false, askLoadedMsg{goals: h.ask.goals, due: true})
		return h, nil, true
	case h.offer != "" && key.Matches(msg, k.Flare):
		why := h.offer
		h.offer = ""
		return h, startFlare(c, why), true
	}
	return h, nil, false
}

// lines are home's lines about the check-ins, clipped to w.
func (h homePhysio) lines(c *Common, w int) []string {
	st, now := c.Styles, c.Now()
	var out []string
	if f := c.Answers.Flare; f.On(now) {
		what := c.Tr.T("home.flare_gentle")
		if f.Easing {
			what = c.Tr.T("home.flare_easing")
		}
		until := c.Tr.Date(f.Until.In(now.Location()))
		out = append(out, st.Warn.Render(clip(c.Tr.T("home.flare_day", "Day", f.Day(now), "Until", until, "What", what), w)))
		if f.SeeSomeone(now) {
			out = append(out, styled(st.Danger, text.Wrap(c.Tr.T("home.flare_see"), w))...)
		}
	}
	if h.offer != "" {
		out = append(out, st.Warn.Render(clip(c.Tr.T("home.flare_offer", "Why", text.FlareReasonIn(c.Tr, h.offer), "Key", c.Keys.Flare.Help().Key), w)))
	}
	if h.due {
		out = append(out, st.Accent.Render(clip(c.Tr.T("home.goals_due", "Key", c.Keys.Goals.Help().Key), w)))
	}
	return append(out, h.ask.lines(c, w)...)
}
