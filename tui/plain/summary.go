package plain

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"

	"github.com/limber-coach/limber/session"
)

// Summary writes the end-of-session lines: how it ended, its active time (pauses left out, as
// the coach counts it), what was done per exercise (the coach's count: tally), and any pain
// report with the advice to mention it to a professional.
func Summary(w io.Writer, rec session.Record) {
	SummaryIn(w, msg.New(lang.English), nil, rec, rec.RoutineName)
}

// SummaryIn is Summary in tr's language, naming the session name (the record keeps English
// names; the person reads theirs, from lib when not nil).
func SummaryIn(w io.Writer, tr *msg.Tr, lib *content.Library, rec session.Record, name string) {
	how := map[session.Status]string{
		session.StatusCompleted: tr.T("plain.session_complete"),
		session.StatusStopped:   tr.T("plain.session_stopped"),
		session.StatusPain:      tr.T("plain.session_pain"),
	}[rec.Status]
	fmt.Fprintf(w, "%s\n", tr.T("plain.summary", "How", how, "Name", name, "Time", text.Clock(rec.Active)))
	fmt.Fprintf(w, "%s.\n", strings.Join(text.OverviewIn(tr, text.Tallies(rec.Steps)), ", "))
	for _, p := range rec.Pain {
		what := cmp.Or(p.Name, tr.T("plain.the_hold"))
		if lib != nil {
			if x, ok := lib.Exercise(p.Exercise); ok {
				what = x.Name
			}
		}
		if w := text.SideIn(tr, p.Side); w != "" {
			what += " (" + w + ")"
		}
		fmt.Fprintf(w, "%s\n", tr.T("plain.pain_reported", "What", what, "At", p.At.Format("15:04")))
	}
}
