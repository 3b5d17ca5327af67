package reminder

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
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
	// Width is the columns to wrap to; 0 means 80.
	Width int
}

// Explain writes the explanation to w, wrapped to width columns (0: 80). It reads every source
// once.
func Explain(w io.Writer, e Explanation) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*activity.ReadTimeout)
	defer cancel()
	obs := e.Desk.Observe(ctx, e.Now)
	width := e.Width
	if width <= 0 {
		width = 80
	}
	para := func(s string) {
		for _, l := range text.Wrap(s, width) {
			fmt.Fprintln(w, l)
		}
	}
	para(fmt.Sprintf("limber remind counts sitting time: %s is due after %s of it, and %s with no activity at all is a break (idle_reset). A session logged from any door (limber run, the coach, limber hold) counts as a break too.",
		e.Routine.Name, text.DurUp(e.Every), text.Dur(e.IdleReset)))
	fmt.Fprintln(w)
	para("Activity sources on this machine, read just now:")
	item := func(name string, used bool, note string) {
		use := "not used"
		if used {
			use = "used"
		}
		for _, l := range text.Hang(name+": "+use+"; "+content.Sanitize(note), width, "  • ", "    ") {
			fmt.Fprintln(w, l)
		}
	}
	for _, l := range e.Desk.Watcher.Lines() {
		item(l.Name, l.Used, l.Note)
	}
	item("keys in remind", true, "the keys you press in limber remind's own screen, while it runs")
	if obs.Seen.Clock {
		para("No source has seen you yet, so the clock stands in: every minute of your hours counts as sitting until one does. Add the shell hook (limber hook bash|zsh|fish) to count real sitting time.")
	} else {
		para(fmt.Sprintf("Latest activity: %s ago.", text.Compact(e.Now.Sub(obs.Seen.Active), false)))
	}
	fmt.Fprintln(w)
	para(fmt.Sprintf("Reminders ring: %s (remind_days, remind_hours).", e.Week))
	quiet := "off"
	for _, q := range obs.Quiet {
		if q.Why == remind.WhyQuiet {
			quiet = "until " + clockText(e.Now, q.Until) + " (limber quiet off ends it)"
		}
	}
	para(fmt.Sprintf("limber quiet: %s.", quiet))
	if e.Desk.Calendar == nil {
		para(`Calendar: none (calendar = "PATH.ics" in config.toml makes its busy events quiet times).`)
	} else {
		para(fmt.Sprintf("Calendar: %s.", content.Sanitize(e.Desk.Calendar.Line(e.Now).Note)))
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
	para(fmt.Sprintf("Hooks: %s.", content.Sanitize(strings.Join(set, "; "))))
}
