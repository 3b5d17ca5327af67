package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/tui"
	"github.com/limber-coach/limber/tui/notify"
	"github.com/limber-coach/limber/tui/reminder"
)

func runRemind(a *app, args []string) error {
	fs := newFlags(a, "remind")
	everyFlag := fs.String("every", "", "")
	routineFlag := fs.String("routine", "", "")
	hoursFlag := fs.String("hours", "", "")
	plainFlag := fs.Bool("plain", false, "")
	pos, help, err := parseFlags(a, fs, usage("remind"), args)
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
		fmt.Fprintf(a.stderr, "limber: %v; today's counts start from zero\n", err)
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
	if !*plainFlag && useCoach(a) {
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
		in := inputLines(a)
		err = reminder.RunLines(ctx, o, a.stdout, in, a.after, func() (bool, error) {
			ran, err := plainSession(a, ctx, lib, req, in, nil)
			return ran, breakEnds(err)
		})
		cancel(nil)
	}
	closeVoice(a, v, time.Second)
	final := remind.StateOf(sched, a.now(), o.Every, o.Hours, r.ID, r.Name)
	final.Running = false
	if werr := w.Close(final); werr != nil {
		fmt.Fprintf(a.stderr, "limber: %v (limber status and limber stats may be out of date)\n", werr)
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

// desktopNotify raises the notification through notify-send when it is installed, without
// waiting for it.
func desktopNotify(title, body string) {
	go func() { // finding and starting notify-send is work too: keep it off the screen's Update
		if wait := notify.NotifySend(title, body); wait != nil {
			wait()
		}
	}()
}
