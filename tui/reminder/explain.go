package reminder

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/activity"
	"github.com/limber-coach/limber/tui/hooks"
)

// Explanation is what limber remind --explain says: how sitting is counted here, which activity
// sources this setup has and what each said just now, the quiet times, and the hooks.
type Explanation struct {
	Now              time.Time
	Desk             *activity.Desk
	Every, IdleReset time.Duration
	Week             content.Week
	Routine          *content.Routine
	// Hooks are the commands by setting (content.Settings.Hooks).
	Hooks map[string][]string
}

// Explain writes the explanation to w. It reads every source once.
func Explain(w io.Writer, e Explanation) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*activity.ReadTimeout)
	defer cancel()
	obs := e.Desk.Observe(ctx, e.Now)
	fmt.Fprintf(w, "limber remind counts sitting time: %s is due after %s of it, and %s with no activity at all is a break (idle_reset).\n",
		e.Routine.Name, text.DurUp(e.Every), text.Dur(e.IdleReset))
	fmt.Fprintf(w, "A session logged from any door (limber run, the coach, limber hold) counts as a break too.\n\n")
	fmt.Fprintln(w, "Activity sources on this machine, read just now:")
	lines := e.Desk.Watcher.Lines()
	width := 0
	for _, l := range lines {
		width = max(width, len(l.Name))
	}
	for _, l := range lines {
		use := "not used"
		if l.Used {
			use = "used"
		}
		fmt.Fprintf(w, "  %-*s  %-8s  %s\n", width, l.Name, use, content.Sanitize(l.Note))
	}
	fmt.Fprintf(w, "  %-*s  %-8s  %s\n", width, "keys in remind", "used", "keys pressed in limber remind's own screen, while it runs")
	if obs.Seen.Clock {
		fmt.Fprintln(w, "No source has seen you yet, so the clock stands in: every minute of your hours counts as")
		fmt.Fprintln(w, "sitting until one does. Add the shell hook (limber hook bash|zsh|fish) to count real sitting time.")
	} else {
		fmt.Fprintf(w, "Latest activity: %s ago.\n", text.Compact(e.Now.Sub(obs.Seen.Active), false))
	}
	fmt.Fprintf(w, "\nReminders ring: %s (remind_days, remind_hours).\n", e.Week)
	quiet := "off"
	for _, q := range obs.Quiet {
		if q.Why.String() == "quiet" {
			quiet = "until " + clockText(e.Now, q.Until) + " (limber quiet off ends it)"
		}
	}
	fmt.Fprintf(w, "limber quiet: %s.\n", quiet)
	if e.Desk.Calendar == nil {
		fmt.Fprintln(w, "Calendar: none (calendar = \"PATH.ics\" in config.toml makes its busy events quiet times).")
	} else {
		fmt.Fprintf(w, "Calendar: %s.\n", content.Sanitize(e.Desk.Calendar.Line(e.Now).Note))
	}
	var set []string
	for _, ev := range []hooks.Event{hooks.Due, hooks.Start, hooks.Done, hooks.Skipped} {
		if argv := e.Hooks[ev.Setting()]; len(argv) > 0 {
			set = append(set, ev.Setting()+" runs "+strings.Join(argv, " "))
		}
	}
	if len(set) == 0 {
		set = []string{"none"}
	}
	fmt.Fprintf(w, "Hooks: %s.\n", content.Sanitize(strings.Join(set, "; ")))
}
