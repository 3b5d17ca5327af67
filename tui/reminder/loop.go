package reminder

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/tui/hooks"
)

// Break runs the break routine when the person asks for it. taken reports whether a session
// ran (a break taken); a non-nil stop ends limber remind (a signal during the break), anything
// else that went wrong has been reported and the reminder goes on.
type Break func() (taken bool, stop error)

// Signaled is the error the loops return when a signal (or Ctrl+C, os.Interrupt) ended them.
type Signaled struct{ Sig os.Signal }

func (e *Signaled) Error() string { return "stopped by " + e.Sig.String() }

// over ends a break: counting starts again, the hook of a break done runs, and the state file
// says so.
func (o *Options) over(taken bool) {
	now := o.Now()
	o.Schedule.BreakOver(now, taken)
	if taken {
		o.fire(hooks.Done, now, "remind")
	}
	if o.Save != nil {
		o.Save(o.State(now))
	}
}

// RunScreen is limber remind on a terminal: the reminder's inline screen until the person asks
// for the break, the break (the full-screen coach, through brk), then the reminder again — until
// they quit or a signal from sigs ends it. programOpts are given to each screen's program.
func RunScreen(o Options, color bool, sigs <-chan os.Signal, brk Break, programOpts ...tea.ProgramOption) error {
	o.defaults()
	var cur atomic.Pointer[tea.Program]
	var pending atomic.Value // a signal that came while no reminder screen was running
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case s := <-sigs:
				// Stored too: a screen that is already quitting drops what it is sent, and the
				// loop must not then start a break in a terminal that is going away.
				pending.Store(&Signaled{s})
				if p := cur.Load(); p != nil {
					p.Send(SignalMsg(s))
				}
			case <-done:
				return
			}
		}
	}()
	for {
		if s, ok := pending.Load().(*Signaled); ok {
			return s
		}
		m := New(o, color)
		p := tea.NewProgram(m, append([]tea.ProgramOption{tea.WithoutSignalHandler()}, programOpts...)...)
		cur.Store(p)
		_, err := p.Run()
		cur.Store(nil)
		if err != nil && !errors.Is(err, tea.ErrInterrupted) {
			return fmt.Errorf("the reminder stopped: %w", err)
		}
		switch res := m.Result(); res.Action {
		case ActionQuit:
			return nil
		case ActionSignal:
			return &Signaled{res.Signal}
		}
		if s, ok := pending.Load().(*Signaled); ok {
			return s
		}
		taken, stop := brk()
		o.over(taken)
		if stop != nil {
			return stop
		}
	}
}

// RunLines is limber remind without a terminal: plain lines for the reminder (and brk for the
// break), until the person quits or ctx is cancelled (its cause is returned).
func RunLines(ctx context.Context, o Options, out io.Writer, lines <-chan string, after func(time.Duration) <-chan time.Time, brk Break) error {
	p := NewPlain(o, out, lines, after)
	for {
		act, err := p.Run(ctx)
		switch act {
		case ActionQuit:
			return nil
		case ActionSignal:
			return err
		}
		fmt.Fprintln(out)
		taken, stop := brk()
		fmt.Fprintln(out)
		p.o.over(taken)
		if stop != nil {
			return stop
		}
	}
}
