package cli

import (
	"time"

	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
)

// Quiet is limber quiet ARGS: keep the reminders quiet until a time, end that (off), or say how
// it is (no args). usage is a mistake in the arguments (exit status 2); err anything else.
func Quiet(p Printer, d store.Dir, args []string, now time.Time) (usage, err error) {
	if len(args) == 0 {
		until, err := d.Quiet()
		if err != nil || !until.After(now) {
			p.Printf("Reminders are not quiet. limber quiet 45m, or limber quiet until 14:00, keeps them quiet for a meeting.\n")
			return nil, err
		}
		p.Printf("Reminders are quiet until %s (limber quiet off ends it).\n", until.Format("15:04"))
		return nil, nil
	}
	until, off, usage := remind.QuietUntil(args, now)
	switch {
	case usage != nil:
		return usage, nil
	case off:
		if err := d.ClearQuiet(); err != nil {
			return nil, err
		}
		p.Printf("Quiet time over: reminders are back.\n")
		return nil, nil
	}
	if err := d.SetQuiet(now, until); err != nil {
		return nil, err
	}
	day := ""
	if until.Format(time.DateOnly) != now.Format(time.DateOnly) {
		day = " tomorrow"
	}
	p.Printf("Quiet until %s%s: no break reminders meanwhile, and the break comes after (limber quiet off ends it sooner).\n", until.Format("15:04"), day)
	if !d.RemindRunning() {
		p.Printf("No limber remind is running now; one started meanwhile keeps quiet too.\n")
	}
	return nil, nil
}
