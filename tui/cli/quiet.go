package cli

import (
	"time"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
)

// Quiet is limber quiet ARGS: keep the reminders quiet until a time, end that (off), or say how
// it is (no args). usage is a mistake in the arguments (exit status 2); err anything else.
func Quiet(p Printer, d store.Dir, args []string, now time.Time, tr *msg.Tr) (usage, err error) {
	if len(args) == 0 {
		until, err := d.Quiet()
		if err != nil || !until.After(now) {
			p.Printf("%s\n", tr.T("quiet.not_quiet"))
			return nil, err
		}
		p.Printf("%s\n", tr.T("quiet.is_quiet", "Clock", until.Format("15:04")))
		return nil, nil
	}
	until, off, usage := remind.QuietUntil(args, now, tr)
	switch {
	case usage != nil:
		return usage, nil
	case off:
		if err := d.ClearQuiet(); err != nil {
			return nil, err
		}
		p.Printf("%s\n", tr.T("quiet.over"))
		return nil, nil
	}
	if err := d.SetQuiet(now, until); err != nil {
		return nil, err
	}
	id := "quiet.set"
	if until.Format(time.DateOnly) != now.Format(time.DateOnly) {
		id = "quiet.set_tomorrow"
	}
	p.Printf("%s\n", tr.T(id, "Clock", until.Format("15:04")))
	if !d.RemindRunning() {
		p.Printf("%s\n", tr.T("quiet.none_running"))
	}
	return nil, nil
}
