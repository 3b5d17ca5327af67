package main

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/tui"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
	"github.com/limber-coach/limber/tui/notify"
	"github.com/limber-coach/limber/tui/reminder"
)

func runRemind(a *app, in *cmdline.Parsed) error {
	cfg := a.settings()
	every, hours := cfg.RemindEvery, cfg.RemindHours
	if d, ok := in.Duration("every"); ok {
		every = d
	}
	if h := in.String("hours"); h != "" {
		var err error
		if hours, err = content.ParseHours(h); err != nil {
			return in.Usagef("--hours: %v", err)
		}
	}
	lib := loadLibrary(a)
	id := in.String("routine")
	if id == "" {
		id = defaultRoutine(a, lib)
	}
	r, ok := lib.Routine(id)
	if !ok {
		return cli.UnknownRoutine(lib, id)
	}

	d := a.data()
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
		a.warnf("%v; today's counts start from zero", err)
	}
	sched := remind.New(remind.Config{Every: every, Hours: hours}, a.now(), prev.Counts())
	w := store.NewStateWriter(d)
	v := openVoice(a)
	o := reminder.Options{
		Schedule: sched, Routine: r, Length: policy.Length(lib, cfg, r), Now: a.now,
		Bell: cfg.Bell, Speak: v.Speak(), Save: w.Save, Desktop: desktopNotify,
		Every: content.FormatDuration(every), Hours: hours.String(), Tmux: a.getenv("TMUX") != "",
	}
	w.Save(remind.StateOf(sched, a.now(), o.Every, o.Hours, r.ID, r.Name))
	req := policy.Request{Routine: r}
	if !in.Bool("plain") && useCoach(a) {
		o.Notify = true
		sigs, stop := watchSignals(a)
		err = reminder.RunScreen(o, !colorless(a), sigs, func() (bool, error) {
			res, err := runCoach(a, lib, tui.Options{Start: &req}, true)
			return res.Run != nil, breakEnds(err)
		}, tea.WithColorProfile(colorProfile(a)))
		stop()
	} else {
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
	final := remind.StateOf(sched, a.now(), o.Every, o.Hours, r.ID, r.Name)
	final.Running = false
	if werr := w.Close(final); werr != nil {
		a.warnf("%v (limber status and limber stats may be out of date)", werr)
	}
	return asSignal(err)
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

// desktopNotify raises the notification through notify-send when it is installed, without
// waiting for it.
func desktopNotify(title, body string) {
	go func() { // finding and starting notify-send is work too: keep it off the screen's Update
		if wait := notify.NotifySend(title, body); wait != nil {
			wait()
		}
	}()
}
