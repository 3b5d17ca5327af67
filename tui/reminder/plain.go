package reminder

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/hooks"
)

// Plain is limber remind without a terminal: one line per event, each starting with the clock
// time, and commands (each followed by Enter) read from a channel of lines. With no input (the
// channel closed) it goes on reminding; a due break nobody can answer is announced and then
// dropped without counting.
type Plain struct {
	o     Options
	out   io.Writer
	lines <-chan string
	after func(time.Duration) <-chan time.Time
	// started is set once the introduction was written.
	started bool
	// why is why it was quiet, as of the last events (to say which quiet ended).
	why remind.Why
}

// NewPlain returns a plain reminder writing to out and reading commands from lines (nil: no
// input). after is the timer to wait on; nil means time.After.
func NewPlain(o Options, out io.Writer, lines <-chan string, after func(time.Duration) <-chan time.Time) *Plain {
	o.defaults()
	if after == nil {
		after = time.After
	}
	if lines == nil {
		closed := make(chan string)
		close(closed)
		lines = closed
	}
	return &Plain{o: o, out: out, lines: lines, after: after}
}

// Run reminds until the person asks for the break (ActionStart: run it, call BreakOver, then
// Run again), quits (ActionQuit), or ctx is cancelled (ActionSignal and context.Cause).
func (p *Plain) Run(ctx context.Context) (Action, error) {
	s := p.o.Schedule
	now := p.o.Now()
	if !p.started {
		p.started = true
		p.say(now, "%s", p.o.Tr.T("remind.plain.intro", "Headline", p.o.headline(), "Commands", p.o.Tr.T("remind.plain.commands")))
	}
	events := p.look(now)
	if !p.announce(events, now) {
		p.sayStatus(now)
	}
	p.save(now)
	for {
		var timer <-chan time.Time
		if w := s.NextWake(now); !w.IsZero() {
			timer = p.after(max(min(w.Sub(now.Round(0)), p.o.poll()), 0))
		}
		// Input and signals that are already waiting go before a timer that is also due.
		select {
		case <-ctx.Done():
			return ActionSignal, context.Cause(ctx)
		case line, ok := <-p.lines:
			if a, done := p.input(line, ok); done {
				return a, nil
			}
			now = p.o.Now()
			continue
		default:
		}
		select {
		case <-ctx.Done():
			return ActionSignal, context.Cause(ctx)
		case line, ok := <-p.lines:
			if a, done := p.input(line, ok); done {
				return a, nil
			}
		case <-timer:
			t := p.o.Now()
			if p.announce(p.look(t), t) {
				p.save(t)
			}
		}
		now = p.o.Now()
	}
}

// input handles one receive from the lines: a command, or the end of input.
func (p *Plain) input(line string, ok bool) (Action, bool) {
	s := p.o.Schedule
	now := p.o.Now()
	if !ok {
		p.lines = nil
		p.dismissIfDue(now)
		return 0, false
	}
	p.o.press(now)
	p.announce(p.look(now), now)
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "", "start", "y", "yes":
		s.Start(now)
		p.o.fire(hooks.Start, now, "")
		p.save(now)
		p.say(now, "%s", p.o.Tr.T("remind.plain.starting", "Routine", p.o.Routine.Name))
		return ActionStart, true
	case "s", "snooze":
		if s.Snooze(now) {
			p.say(now, "%s", p.o.Tr.T("remind.plain.snoozed", "Clock", clockText(p.o.Tr, now, s.Status(now).Next)))
		} else {
			p.say(now, "%s", p.o.Tr.T("remind.plain.nothing_to_snooze"))
		}
	case "k", "skip":
		if s.Skip(now) {
			p.o.fire(hooks.Skipped, now, "")
			p.say(now, "%s", p.o.Tr.T("remind.plain.skipped", "Clock", clockText(p.o.Tr, now, s.Status(now).Next)))
		} else {
			p.say(now, "%s", p.o.Tr.T("remind.plain.nothing_to_skip"))
		}
	case "q", "quit", "stop":
		p.say(now, "%s", p.o.Tr.T("remind.plain.stopped", "Today", todayText(p.o.Tr, s.Status(now).Today)))
		return ActionQuit, true
	default:
		p.say(now, "%s", p.o.Tr.T("remind.plain.unknown", "Line", fmt.Sprintf("%q", content.Sanitize(line)), "Commands", p.o.Tr.T("remind.plain.commands")))
		return 0, false
	}
	p.save(now)
	return 0, false
}

// look reads the world and ticks the schedule; what is said once (a calendar's problem, a
// failing hook) is said here.
func (p *Plain) look(now time.Time) []remind.Event {
	obs := p.o.observe(now)
	events := p.o.tick(now, obs)
	for _, l := range append(obs.Problems, p.o.Hooks.Failures()...) {
		p.say(now, "%s", l)
	}
	return events
}

// announce writes a line (and the alert) per event, and runs the hooks; it reports whether
// there were any events.
func (p *Plain) announce(events []remind.Event, now time.Time) bool {
	p.o.fireEvents(events, now)
	for _, e := range events {
		switch e {
		case remind.EventDue:
			if a := p.o.alert(); a != "" {
				io.WriteString(p.out, a)
			}
			p.say(now, "%s", p.o.Tr.T("remind.plain.due", "Title", p.o.dueTitle()))
			if p.o.Desktop != nil {
				title, body := p.o.notification()
				p.o.Desktop(title, body)
			}
			if p.o.Speak != nil {
				p.o.Speak(p.o.Tr.T("remind.speak"))
			}
			p.dismissIfDue(now)
		case remind.EventQuiet:
			p.sayStatus(now)
		case remind.EventOpen:
			if p.why.Meeting() {
				p.say(now, "%s", p.o.Tr.T("remind.quiet_over"))
			} else {
				p.say(now, "%s", p.o.Tr.T("remind.hours_begun"))
			}
			p.sayStatus(now)
		case remind.EventMoves:
			p.o.offerMoves(now)
			p.say(now, "%s", p.o.Tr.T("remind.sentence", "Text", p.o.eventNote(e, now)))
		case remind.EventAway, remind.EventRested, remind.EventLogged:
			p.say(now, "%s", p.o.eventNote(e, now))
			p.sayStatus(now)
		case remind.EventBack:
			p.sayStatus(now)
		}
	}
	p.why = p.o.Schedule.Status(now).Why
	return len(events) > 0
}

// dismissIfDue drops a due break when there is no input left to answer it.
func (p *Plain) dismissIfDue(now time.Time) {
	if p.lines == nil && p.o.Schedule.Dismiss(now) {
		p.say(now, "%s", p.o.Tr.T("remind.plain.no_input"))
		p.sayStatus(now)
		p.save(now)
	}
}

// sayStatus writes where the schedule is: the next break, quiet until when, or away.
func (p *Plain) sayStatus(now time.Time) {
	x := p.o.Schedule.Status(now)
	switch x.Phase {
	case remind.PhaseCounting, remind.PhaseSnoozed:
		p.say(now, "%s", p.o.Tr.T("remind.plain.next", "Clock", clockText(p.o.Tr, now, x.Next), "In", p.o.Tr.DurUp(x.Left)))
	case remind.PhaseQuiet:
		if x.Why == remind.WhyHours || x.Why == remind.WhyDays {
			p.say(now, "%s", p.o.Tr.T("remind.plain.outside", "Week", weekText(p.o.Tr, p.o.Schedule.Config().Week), "Clock", clockText(p.o.Tr, now, x.Opens)))
		} else {
			p.say(now, "%s", p.o.Tr.T("remind.sentence", "Text", quietText(p.o.Tr, now, x)))
		}
	case remind.PhaseIdle:
		p.say(now, "%s", p.o.Tr.T("remind.plain.idle"))
	case remind.PhaseDue:
		p.say(now, "%s", p.o.Tr.T("remind.plain.due_now"))
	}
}

func (p *Plain) save(now time.Time) {
	if p.o.Save != nil {
		p.o.Save(p.o.State(now))
	}
}

func (p *Plain) say(now time.Time, format string, args ...any) {
	fmt.Fprintf(p.out, "%s %s\n", now.Format("15:04"), fmt.Sprintf(format, args...))
}
