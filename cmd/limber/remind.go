package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/notify"
	"github.com/limber-coach/limber/tui/reminder"
)

const remindUsage = `
usage: limber remind [--every 50m] [--routine ID] [--hours 09:00-18:00]
                     [--plain]

Counts down to your next desk break and, when it is due, rings the bell, sends
a desktop notification (OSC 9 and OSC 777, which many terminals show;
notify-send too when installed) and asks: enter starts the break routine now, s
snoozes it 5 minutes, k skips it. After the routine (q on its summary) it
counts again. Outside your hours it waits quietly. Breaks taken and skipped
today show on its screen, in limber stats and through limber status.
  --every D      time between breaks, 1s or more, e.g. 50m, 1h30m
                 (default: remind_every in config.toml, else 50m)
  --routine ID   the break routine (default: default_routine, else desk-break)
  --hours H      only between these clock times, e.g. 09:00-18:00 or
                 22:00-06:00, or always (default: remind_hours, else
                 09:00-18:00)
  --plain        one line per event instead of the screen (automatic when
                 input or output is not a terminal); commands are then typed
                 with Enter: Enter starts the break, s snoozes, k skips, q quits

Only one limber remind runs at a time.
`

func runRemind(a *app, args []string) error {
	fs := newFlags(a, "remind")
	everyFlag := fs.String("every", "", "")
	routineFlag := fs.String("routine", "", "")
	hoursFlag := fs.String("hours", "", "")
	plainFlag := fs.Bool("plain", false, "")
	pos, help, err := parseFlags(a, fs, remindUsage, args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("remind: unexpected %q (see limber remind -h)", strings.Join(pos, " "))
	}
	cfg := a.settings()
	every, hours := cfg.RemindEvery, cfg.RemindHours
	if *everyFlag != "" {
		if every, err = parseEvery(*everyFlag); err != nil {
			return err
		}
	}
	if *hoursFlag != "" {
		if hours, err = content.ParseHours(*hoursFlag); err != nil {
			return usagef("remind: --hours: %v", err)
		}
	}
	lib := loadLibrary(a)
	id := *routineFlag
	if id == "" {
		id = defaultRoutine(a, lib)
	}
	r, ok := lib.Routine(id)
	if !ok {
		return unknownRoutine(lib, id)
	}

	dir := a.dataDir()
	unlock, err := remind.Lock(dir)
	if errors.Is(err, remind.ErrRunning) {
		return fmt.Errorf("%w (limber status says what it is doing)", err)
	}
	if err != nil {
		return err
	}
	defer unlock()
	statePath := filepath.Join(dir, remind.StateFile)
	prev, err := remind.LoadState(statePath)
	if err != nil {
		fmt.Fprintf(a.stderr, "limber: %v; today's counts start from zero\n", err)
	}
	sched := remind.New(remind.Config{Every: every, Hours: hours}, a.now(), prev.Counts())
	w := newStateWriter(statePath)
	w.save(remind.StateOf(sched, a.now(), durText(every), hours.String(), r.ID, r.Name))
	v := startVoice(a, cfg)
	o := reminder.Options{
		Schedule: sched, Routine: r, Length: routineTotal(sessionLibrary(lib, cfg), r), Now: a.now,
		Bell: cfg.Bell, Speak: v.speak(), Save: w.save, Desktop: desktopNotify,
		Every: durText(every), Hours: hours.String(), Tmux: a.getenv("TMUX") != "",
	}
	b := breaker{a: a, lib: lib, r: r, sched: sched, save: w.save, o: &o}
	if !*plainFlag && useCoach(a) {
		o.Notify = true
		err = b.screen()
	} else {
		o.Bell = o.Bell && a.stdoutTTY // no bells or escape codes into a pipe or a file
		o.Notify = a.stdoutTTY
		err = b.lines()
	}
	v.stop(a, time.Second)
	final := remind.StateOf(sched, a.now(), o.Every, o.Hours, r.ID, r.Name)
	final.Running = false
	if werr := w.close(final); werr != nil {
		fmt.Fprintf(a.stderr, "limber: %v (limber status and limber stats may be out of date)\n", werr)
	}
	return err
}

// parseEvery reads --every: a duration of a second or more, up to a day.
func parseEvery(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	switch {
	case err != nil:
		return 0, usagef("remind: --every %q is not a duration; write it like 50m, 1h30m or 20s", content.Sanitize(s))
	case d < content.MinRemindEvery || d > content.MaxRemindEvery:
		return 0, usagef("remind: --every %s is out of range; use 1s to 24h", d)
	}
	return d, nil
}

// durText is a duration as the flag would be written: "50m", "1h30m", "20s".
func durText(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// desktopNotify raises the notification through notify-send when it is installed, without
// waiting for it.
func desktopNotify(title, body string) {
	go func() { // finding and starting notify-send is work too: keep it off the screen's Update
		if wait := notify.NotifySend(title, body); wait != nil {
			wait()
		}
	}()
}

// breaker runs limber remind's loop: the reminder until the person asks for the break, the
// routine, then the reminder again.
type breaker struct {
	a     *app
	lib   *content.Library
	r     *content.Routine
	sched *remind.Schedule
	save  func(remind.State)
	o     *reminder.Options
}

// over ends a break: counting starts again and the state file says so.
func (b *breaker) over(taken bool) {
	now := b.a.now()
	b.sched.BreakOver(now, taken)
	b.save(remind.StateOf(b.sched, now, b.o.Every, b.o.Hours, b.r.ID, b.r.Name))
}

// today is the break routine with today's doses; ok is false (and it is said) when every
// exercise is skipped today.
func (b *breaker) today() (res adapt.Result, ok bool) {
	res = today(b.a, b.lib, b.r, false)
	if len(res.Routine.Steps) == 0 {
		fmt.Fprintf(b.a.stderr, "limber: %v\n", allSkipped(b.r))
		return res, false
	}
	return res, true
}

// screen is the loop on a terminal: the reminder's inline screen, then the full-screen coach
// for the break.
func (b *breaker) screen() error {
	a := b.a
	var cur atomic.Pointer[tea.Program]
	var pending atomic.Value // a signal that came while no reminder screen was running
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer close(sigs) // runs after Stop: ends the forwarding goroutine
	defer signal.Stop(sigs)
	go func() {
		for s := range sigs {
			// Stored too: a screen that is already quitting drops what it is sent, and the
			// loop must not then start a break in a terminal that is going away.
			pending.Store(signalName(s))
			if p := cur.Load(); p != nil {
				p.Send(reminder.SignalMsg(signalName(s)))
			}
		}
	}()
	for {
		if name, ok := pending.Load().(string); ok {
			return signalExit(name)
		}
		m := reminder.New(*b.o, !colorless(a))
		opts := []tea.ProgramOption{tea.WithoutSignalHandler()}
		if colorless(a) {
			opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
		}
		p := tea.NewProgram(m, opts...)
		cur.Store(p)
		_, err := p.Run()
		cur.Store(nil)
		if err != nil && !errors.Is(err, tea.ErrInterrupted) {
			return fmt.Errorf("the reminder stopped: %w", err)
		}
		res := m.Result()
		switch res.Action {
		case reminder.ActionQuit:
			return nil
		case reminder.ActionInterrupt:
			return errInterrupted
		case reminder.ActionSignal:
			return signalExit(res.Signal)
		}
		if name, ok := pending.Load().(string); ok {
			return signalExit(name)
		}
		today, ok := b.today()
		if !ok {
			b.over(false)
			continue
		}
		cres, err := coachToday(a, b.lib, b.r, today)
		b.over(cres != nil && cres.Engine != nil)
		if err != nil && !errors.Is(err, errSilent) {
			return err // Ctrl+C or a signal in the coach ends limber remind too
		} // a break that could not be saved was reported; the reminder goes on
	}
}

// lines is the loop without a terminal: plain lines for the reminder and for the break.
func (b *breaker) lines() error {
	a := b.a
	ctx, cancel := signalContext(a)
	defer cancel(nil)
	in := inputLines(a)
	p := reminder.NewPlain(*b.o, a.stdout, in, a.after)
	for {
		act, err := p.Run(ctx)
		switch act {
		case reminder.ActionQuit:
			return nil
		case reminder.ActionSignal:
			return err
		}
		res, ok := b.today()
		if !ok {
			b.over(false)
			continue
		}
		fmt.Fprintln(a.stdout)
		writeToday(a.stdout, b.lib, res)
		ran, err := runPlain(a, ctx, b.lib, res.Routine, in)
		fmt.Fprintln(a.stdout)
		b.over(ran)
		if err != nil && !errors.Is(err, errSilent) {
			return err // a signal
		}
	}
}

// signalExit is the error that gives a signal's exit code: 130 for SIGINT, 143 for SIGTERM,
// 129 for SIGHUP.
func signalExit(name string) error {
	switch name {
	case "SIGTERM":
		return exitStatus(143)
	case "SIGHUP":
		return exitStatus(129)
	}
	return errInterrupted
}
