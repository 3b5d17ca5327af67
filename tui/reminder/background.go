package reminder

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/limber-coach/limber/session/remind"
)

// Background is limber remind --background: no screen and no input, for a service or a shell's
// background job. A due break arrives as a desktop notification (and, when out is a terminal
// and Options.Notify is set, the OSC ones) that says how to start it; the break itself is run
// with limber run or from the coach's home, and the reminder sees it in the history. It writes
// one line per event to out (a service's log).
type Background struct {
	o     Options
	out   io.Writer
	after func(time.Duration) <-chan time.Time
	// StartWith is the command that starts the break, for the notification.
	StartWith string
	// renotified is set once a due break was notified a second time.
	renotified bool
	why        remind.Why
}

// NewBackground returns the background reminder writing its log to out; after is the timer to
// wait on (nil: time.After).
func NewBackground(o Options, out io.Writer, after func(time.Duration) <-chan time.Time) *Background {
	o.defaults()
	if after == nil {
		after = time.After
	}
	return &Background{o: o, out: out, after: after, StartWith: "limber run " + o.Routine.ID} // a command: not translated
}

// Run reminds until ctx is cancelled, and returns its cause.
func (b *Background) Run(ctx context.Context) error {
	o, s := &b.o, b.o.Schedule
	now := o.Now()
	b.say(now, "%s", o.Tr.T("remind.bg.intro", "Headline", o.headline(), "Command", b.StartWith))
	b.look(now)
	b.save(now)
	for {
		var timer <-chan time.Time
		if w := s.NextWake(now); !w.IsZero() {
			timer = b.after(max(min(w.Sub(now.Round(0)), o.poll()), 0))
		}
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case <-timer:
		}
		now = o.Now()
		if b.look(now) {
			b.save(now)
		}
	}
}

// notify raises a desktop notification, and the OSC ones when writing to a terminal.
func (b *Background) notify(title, body string, bell bool) {
	o := &b.o
	if o.Desktop != nil {
		o.Desktop(title, body)
	}
	if bell {
		if a := o.alert(); a != "" {
			io.WriteString(b.out, a)
		}
	}
}

// look reads the world, ticks, and acts on the events; it reports whether any came.
func (b *Background) look(now time.Time) bool {
	o, s := &b.o, b.o.Schedule
	obs := o.observe(now)
	events := o.tick(now, obs)
	for _, l := range append(obs.Problems, o.Hooks.Failures()...) {
		b.say(now, "%s", l)
	}
	o.fireEvents(events, now)
	for _, e := range events {
		switch e {
		case remind.EventDue:
			b.renotified = false
			title, body := o.notification()
			body = o.Tr.T("remind.bg.due", "Title", body, "Command", b.StartWith)
			b.notify(title, body, true)
			if o.Speak != nil {
				o.Speak(o.Tr.T("remind.speak"))
			}
			b.say(now, "%s", o.Tr.T("remind.sentence", "Text", body))
		case remind.EventMoves:
			o.offerMoves(now)
			b.say(now, "%s", o.Tr.T("remind.sentence", "Text", o.eventNote(e, now)))
		case remind.EventQuiet:
			x := s.Status(now)
			b.say(now, "%s", o.Tr.T("remind.sentence", "Text", quietText(o.Tr, now, x)))
		case remind.EventOpen:
			if b.why.Meeting() {
				b.say(now, "%s", o.Tr.T("remind.quiet_over"))
			} else {
				b.say(now, "%s", o.Tr.T("remind.hours_begun"))
			}
		case remind.EventAway, remind.EventRested, remind.EventLogged:
			b.say(now, "%s", o.eventNote(e, now))
		}
	}
	b.why = s.Status(now).Why
	// Nobody answers a notification: one reminder more if the break is still due after two
	// snoozes' time, then the status line keeps saying it.
	if x := s.Status(now); x.Phase == remind.PhaseDue && !b.renotified && now.Sub(x.DueSince) >= 2*s.Config().Snooze {
		b.renotified = true
		title, body := o.notification()
		body = o.Tr.T("remind.bg.still", "Sitting", o.Tr.Dur(x.Sitting.Truncate(time.Minute)), "Title", body, "Command", b.StartWith)
		b.notify(title, body, false)
		b.say(now, "%s", o.Tr.T("remind.sentence", "Text", body))
	}
	return len(events) > 0
}

func (b *Background) save(now time.Time) {
	if b.o.Save != nil {
		b.o.Save(b.o.State(now))
	}
}

func (b *Background) say(now time.Time, format string, args ...any) {
	fmt.Fprintf(b.out, "%s %s\n", now.Format("15:04"), fmt.Sprintf(format, args...))
}
