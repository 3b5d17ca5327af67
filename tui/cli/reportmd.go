package cli

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/trend"
)

// ReportMarkdown writes the report as Markdown for an email, in tr's language (nil: English):
// the same sections as the HTML, with tables and numbers instead of charts. Text from the log
// is cleaned, its HTML escaped and its Markdown punctuation quoted, so a hand-edited log
// cannot add links, markup or table cells.
func ReportMarkdown(w io.Writer, r trend.Report, now time.Time, tr *msg.Tr) error {
	if tr == nil {
		tr = msg.New(lang.English)
	}
	loc := now.Location()
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	row := func(cells ...string) { p("| %s |\n", strings.Join(cells, " | ")) }
	period := tr.T("report.period", "From", longDate(tr, r.From.In(loc)), "To", longDate(tr, r.To.In(loc)))
	generated := tr.T("report.date_time", "Date", longDate(tr, now), "Clock", now.Format("15:04"))
	p("# %s\n\n%s\n\n", tr.T("report.title"), tr.T("report.made", "Period", period, "When", generated))
	p("> **%s** %s\n\n", tr.T("report.please_note"), tr.T("report.notice"))
	p("%s\n\n", tr.T("report.facts", "Sessions", tr.N("report.sessions_logged", r.Sessions), "Completed", r.Completed,
		"Minutes", tr.N("report.minutes_active", r.Minutes), "Stops", tr.N("report.pain_stops", len(r.PainStops)), "Flares", tr.N("report.flares", len(r.Flares))))

	p("## %s\n\n", tr.T("report.h.ratings"))
	if says := trend.SayIn(r.Trends, tr); len(says) == 0 {
		p("%s\n\n", tr.T("report.none.ratings"))
	} else {
		for _, s := range says {
			p("- %s\n", md(s))
		}
		p("\n*%s*\n\n", md(trend.CaveatIn(tr)))
		row(tr.T("report.col.week_of"), tr.T("report.col.pain"), tr.T("report.col.stiffness"), tr.T("report.col.ratings"),
			tr.T("report.col.sessions"), tr.T("report.col.breaks"), tr.T("report.col.stops"))
		p("|---|--:|--:|--:|--:|--:|--:|\n")
		for _, wk := range r.Trends.Weeks {
			if wk.Pain.N+wk.Stiffness.N+wk.Sessions == 0 {
				continue
			}
			row(shortDate(tr, wk.Start), mean(tr, wk.Pain), mean(tr, wk.Stiffness), strconv.Itoa(wk.Pain.N), strconv.Itoa(wk.Sessions),
				num(tr, wk.BreaksPerWorkday()), strconv.Itoa(wk.PainStops))
		}
		p("\n")
	}
	p("## %s\n\n", tr.T("report.h.goals"))
	if len(r.Trends.Goals) == 0 {
		p("%s\n\n", tr.T("report.none.goals"))
	} else {
		row(tr.T("report.col.activity"), tr.T("report.col.scores"))
		p("|---|---|\n")
		for _, g := range r.Trends.Goals {
			var s []string
			for _, x := range g.Scores {
				s = append(s, strconv.Itoa(x.Score)+" ("+shortDate(tr, x.Date)+")")
			}
			row(md(g.Activity), strings.Join(s, " → "))
		}
		p("\n")
	}
	p("## %s\n\n%s\n\n", tr.T("report.h.adherence"), md(trend.AdherenceIn(r.Trends, tr)))
	head := []string{tr.T("report.col.week_of")}
	for i := range 7 {
		head = append(head, tr.T(weekdayIDs[(i+1)%7]))
	}
	row(head...)
	p("|---|--:|--:|--:|--:|--:|--:|--:|\n")
	from, _ := time.ParseInLocation(time.DateOnly, r.CalendarFrom, loc)
	for i, wk := range r.Calendar {
		cells := []string{tr.Date(from.AddDate(0, 0, 7*i))}
		for _, n := range wk {
			cell := "·"
			if n > 0 {
				cell = strconv.Itoa(n)
			}
			cells = append(cells, cell)
		}
		row(cells...)
	}
	p("\n## %s\n\n", tr.T("report.h.routines"))
	if len(r.Routines) == 0 {
		p("%s\n\n", tr.T("report.none.sessions"))
	} else {
		row(tr.T("report.col.routine"), tr.T("report.col.sessions"), tr.T("report.col.completed"), tr.T("report.col.last"))
		p("|---|--:|--:|---|\n")
		for _, x := range r.Routines {
			row(md(x.Name), strconv.Itoa(x.Sessions), strconv.Itoa(x.Completed), dayDate(tr, x.Last.In(loc), false))
		}
		p("\n")
	}
	p("## %s\n\n", tr.T("report.h.exercises"))
	if len(r.Exercises) == 0 {
		p("%s\n\n", tr.T("report.none.exercises"))
	} else {
		row(tr.T("report.col.exercise"), tr.T("report.col.done_in_full"), tr.T("report.col.dose_first"), tr.T("report.col.dose_lately"))
		p("|---|--:|---|---|\n")
		for _, x := range r.Exercises {
			row(md(x.Name), strconv.Itoa(x.Sessions), md(trend.DoseIn(x.First, tr)), md(trend.DoseIn(x.Latest, tr)))
		}
		p("\n")
	}
	p("## %s\n\n", tr.T("report.h.stops"))
	if len(r.PainStops) == 0 {
		p("%s\n\n", tr.T("report.none.stops"))
	} else {
		row(tr.T("report.col.when"), tr.T("report.col.exercise"), tr.T("report.col.side"), tr.T("report.col.in"))
		p("|---|---|---|---|\n")
		for _, x := range r.PainStops {
			row(when(tr, x.At.In(loc), true), md(x.Name), md(sideWord(tr, x.Side)), md(x.Routine))
		}
		p("\n")
	}
	if len(r.Swaps) > 0 {
		p("%s\n\n", tr.T("report.swaps"))
		for _, x := range r.Swaps {
			p("- %s: %s (%s)\n", dayDate(tr, x.At.In(loc), false), md(x.Name), md(x.Routine))
		}
		p("\n")
	}
	p("## %s\n\n", tr.T("report.h.flares"))
	if len(r.Flares) == 0 {
		p("%s\n\n", tr.T("report.none.flares"))
	} else {
		for _, f := range r.Flares {
			end := tr.T("report.still_on")
			if !f.End.IsZero() {
				end = dayDate(tr, f.End.In(loc), false)
			}
			p("- %s\n", tr.T("report.flare_line", "From", dayDate(tr, f.Start.In(loc), false), "To", end, "Why", md(orDash(f.Reason))))
		}
		p("\n")
	}
	p("## %s\n\n", tr.T("report.h.notes"))
	if len(r.Notes) == 0 {
		p("%s\n", tr.T("report.none.notes"))
	} else {
		for _, n := range r.Notes {
			p("- %s\n", tr.T("report.note_line", "When", when(tr, n.At.In(loc), false), "Pain", ratingOr(n.Pain), "Stiffness", ratingOr(n.Stiffness), "Note", md(n.Text)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// md is text from the log made inert in Markdown: control characters removed, HTML escaped,
// and the characters that make links, emphasis, code or table cells quoted.
func md(s string) string {
	s = html.EscapeString(content.Sanitize(s))
	var b strings.Builder
	for i, r := range s {
		// Anywhere: code, emphasis, links, table cells, strikethrough; at the start: a heading,
		// a list item or a numbered one.
		if strings.ContainsRune("\\`*_[]|~", r) || i == 0 && strings.ContainsRune("#+-", r) || i == numbered(s) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// numbered is where the "." or ")" of a leading "12." or "3)" is, -1 when s has none.
func numbered(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return i
	}
	return -1
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func ratingOr(r *int) string {
	if r == nil {
		return "—"
	}
	return strconv.Itoa(*r)
}
