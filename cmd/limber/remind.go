package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/tui"
	"github.com/limber-coach/limber/tui/activity"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
	"github.com/limber-coach/limber/tui/hooks"
	"github.com/limber-coach/limber/tui/notify"
	"github.com/limber-coach/limber/tui/reminder"
)

// movesRoutine is the routine offered in a long meeting.
const movesRoutine = "meeting-moves"

func runRemind(a *app, in *cmdline.Parsed) error {
	cfg := a.settings()
	every := cfg.RemindEvery
	if d, ok := in.Duration("every"); ok {
		every = d
	}
	week, err := cfg.Week().Override(in.String("hours"), in.String("days"))
	if err != nil {
		return in.Usagef("%v", err)
	}
	lib := loadLibrary(a)
	id := in.String("routine")
	if id == "" {
		id = defaultRoutine(a, lib)
	}
	r, ok := lib.Routine(id)
	if !ok {
		return cli.UnknownRoutine(a.tr(), lib, id)
	}
	d := a.data()
	desk := newDesk(a, cfg, a.now())
	if in.Bool("explain") {
		reminder.Explain(a.stdout, reminder.Explanation{Now: a.now(), Desk: desk, Every: every, IdleReset: cfg.IdleReset,
			Week: week, Routine: r, Hooks: cfg.Hooks, Width: a.out().Cols(), Tr: a.tr()})
		return nil
	}
	unlock, err := d.LockRemind()
	if errors.Is(err, store.ErrRemindRunning) {
		return fmt.Errorf("%w (limber status says what it is doing)", err)
	}
	if err != nil {
		return err
	}
	defer unlock()
	prev, err := d.RemindState()
	if err != nil {
		a.warnf("%s", a.tr().T("cmd.counts_zero", "Err", err.Error()))
	}
	sched := remind.New(remind.Config{Every: every, IdleReset: cfg.IdleReset, Week: week}, a.now(), prev.Counts())
	w := store.NewStateWriter(d)
	v := openVoice(a)
	hk := hooks.New(cfg.Hooks, hooks.Environ())
	keys := &activity.Keys{}
	o := reminder.Options{
		Schedule: sched, Routine: r, Length: policy.Length(lib, cfg, r), Now: a.now,
		Observe: func(now time.Time) activity.Observation { return desk.Observe(context.Background(), now) },
		Bell:    cfg.Bell, Speak: v.Speak(), Save: w.Save, Desktop: desktopNotify, Hooks: hk,
		Every: content.FormatDuration(every), Hours: week.String(), Tmux: a.getenv("TMUX") != "",
		Background: in.Bool("background"), Tr: a.tr(),
	}
	if m, ok := lib.Routine(movesRoutine); ok {
		o.Moves, o.MovesLength = m, policy.Length(lib, cfg, m)
	}
	w.Save(o.State(a.now()))
	if !o.Background {
		desk.Watcher.Add(keys) // the keys pressed in the reminder itself
		o.Pressed = keys.Press
	}
	req := policy.Request{Routine: r}
	switch {
	case o.Background:
		o.Bell, o.Notify = o.Bell && a.stdoutTTY, a.stdoutTTY
		ctx, cancel := signalContext(a)
		err = reminder.NewBackground(o, a.stdout, a.after).Run(ctx)
		cancel(nil)
	case !in.Bool("plain") && useCoach(a):
		o.Notify = true
		sigs, stop := watchSignals(a)
		err = reminder.RunScreen(o, !colorless(a), sigs, func() (bool, error) {
			res, err := runCoach(a, lib, tui.Options{Start: &req}, true)
			return res.Run != nil, breakEnds(err)
		}, tea.WithColorProfile(colorProfile(a)))
		stop()
	default:
		o.Bell = o.Bell && a.stdoutTTY // no bells or escape codes into a pipe or a file
		o.Notify = a.stdoutTTY
		ctx, cancel := signalContext(a)
		lines := inputLines(a)
		err = reminder.RunLines(ctx, o, a.stdout, lines, a.after, func() (bool, error) {
			ran, err := plainSession(a, ctx, lib, req, lines, nil)
			return ran, breakEnds(err)
		})
		cancel(nil)
	}
	closeVoice(a, v, time.Second)
	hk.Wait(2 * time.Second)
	for _, f := range hk.Failures() {
		a.warnf("%s", f)
	}
	final := o.State(a.now())
	final.Running = false
	if werr := w.Close(final); werr != nil {
		a.warnf("%s", a.tr().T("cmd.out_of_date", "Err", werr.Error()))
	}
	return asSignal(err)
}

// newDesk is what limber remind looks at: this machine's activity sources, the history, limber
// quiet and the calendar of the settings.
func newDesk(a *app, cfg content.Settings, now time.Time) *activity.Desk {
	return activity.NewDesk(activity.Env{Path: a.getenv("PATH"), GOOS: runtime.GOOS, Dir: a.data()}, now, cfg.IdleReset,
		activity.CalendarPath(cfg.Calendar, a.home(), a.configDir()))
}

// breakEnds is what of a break's error ends limber remind: a signal (or Ctrl+C). A break that
// was refused or could not be saved has been said, and the reminder goes on.
func breakEnds(err error) error {
	var sig signalError
	if errors.As(err, &sig) {
		return err
	}
	return nil
}

// desktopNotify raises the desktop's own notification (notify-send, osascript) when it is
// installed, without waiting for it.
func desktopNotify(title, body string) {
	go func() { // finding and starting the command is work too: keep it off the screen's Update
		if wait := notify.Send(runtime.GOOS, title, body); wait != nil {
			wait()
		}
	}()
}

// runQuiet is limber quiet: silence the reminders for a meeting, end that, or say how it is.
func runQuiet(a *app, in *cmdline.Parsed) error {
	usage, err := cli.Quiet(a.out(), a.data(), in.Args, a.now(), a.tr())
	if usage != nil {
		return in.Usagef("%v", usage)
	}
	return err
}

// runHook is limber hook SHELL: the prompt hook that feeds limber remind's sitting time.
func runHook(a *app, in *cmdline.Parsed) error {
	s, err := activity.HookScript(in.Args[0], a.data().HeartbeatPath())
	if err != nil { // the catalogue is read only when there is something to say
		return in.Usagef("%s", a.tr().T("hook.unknown_shell", "Shell", fmt.Sprintf("%q", content.Sanitize(in.Args[0]))))
	}
	if err := a.data().PrepareHeartbeat(); err != nil {
		a.warnf("%s", a.tr().T("hook.no_folder", "Err", err.Error()))
	}
	fmt.Fprint(a.stdout, s)
	return nil
}
