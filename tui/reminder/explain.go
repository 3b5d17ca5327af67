package reminder

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
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
	// Tr is the interface's strings in the person's language; nil means English.
	Tr *msg.Tr
}

// Explain writes the explanation to w, wrapped to width columns (0: 80). It reads every source
// once.
func Explain(w io.Writer, e Explanation) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*activity.ReadTimeout)
	defer cancel()
	obs := e.Desk.Observe(ctx, e.Now)
	tr := e.Tr
	if tr == nil {
		tr = msg.New(lang.English)
	}
	width := e.Width
	if width <= 0 {
		width = 80
	}
	para := func(s string) {
		for _, l := range text.Wrap(s, width) {
			fmt.Fprintln(w, l)
		}
	}
	para(tr.T("remind.explain.counts", "Routine", e.Routine.Name, "Every", tr.DurUp(e.Every), "Idle", tr.Dur(e.IdleReset)))
	fmt.Fprintln(w)
	para(tr.T("remind.explain.sources"))
	item := func(name string, used bool, note string) {
		use := tr.T("remind.explain.not_used")
		if used {
			use = tr.T("remind.explain.used")
		}
		for _, l := range text.Hang(name+": "+use+"; "+content.Sanitize(note), width, "  • ", "    ") {
			fmt.Fprintln(w, l)
		}
	}
	for _, l := range e.Desk.Watcher.Lines() {
		item(l.Name, l.Used, l.Note)
	}
	item(tr.T("remind.explain.keys"), true, tr.T("remind.explain.keys_note"))
	if obs.Seen.Clock {
		para(tr.T("remind.explain.clock"))
	} else {
		para(tr.T("remind.explain.latest", "Ago", tr.Dur(e.Now.Sub(obs.Seen.Active).Truncate(time.Second))))
	}
	fmt.Fprintln(w)
	para(tr.T("remind.explain.ring", "Week", weekText(tr, e.Week)))
	quiet := tr.T("remind.explain.quiet_off")
	for _, q := range obs.Quiet {
		if q.Why == remind.WhyQuiet {
			quiet = tr.T("remind.explain.quiet_until", "Clock", clockText(tr, e.Now, q.Until))
		}
	}
	para(quiet)
	if e.Desk.Calendar == nil {
		para(tr.T("remind.explain.calendar_none"))
	} else {
		para(tr.T("remind.explain.calendar", "Note", content.Sanitize(e.Desk.Calendar.Line(e.Now).Note)))
	}
	var set []string
	for _, ev := range []hooks.Event{hooks.Due, hooks.Start, hooks.Done, hooks.Skipped} {
		if argv := e.Hooks[ev.Setting()]; len(argv) > 0 {
			set = append(set, tr.T("remind.explain.hook_runs", "Setting", ev.Setting(), "Command", strings.Join(argv, " ")))
		}
	}
	if len(set) == 0 {
		set = []string{tr.T("remind.explain.none")}
	}
	para(tr.T("remind.explain.hooks", "Hooks", content.Sanitize(strings.Join(set, "; "))))
}
