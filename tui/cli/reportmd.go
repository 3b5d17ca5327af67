package cli

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/trend"
)

// ReportMarkdown writes the report as Markdown for an email: the same sections as the HTML,
// with tables and numbers instead of charts. Text from the log is cleaned, its HTML escaped
// and its Markdown punctuation quoted, so a hand-edited log cannot add links, markup or
// table cells.
func ReportMarkdown(w io.Writer, r trend.Report, now time.Time) error {
	loc := now.Location()
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Back exercise report\n\n%s to %s · made %s by limber\n\n", r.From.In(loc).Format("2 January 2006"), r.To.In(loc).Format("2 January 2006"), now.Format("2 January 2006, 15:04"))
	p("> **Please note:** %s\n\n", ReportNotice)
	p("%s logged, %d completed, %d minutes active, %s, %s.\n\n", plural(r.Sessions, "session"), r.Completed, r.Minutes, plural(len(r.PainStops), "sharp-pain stop"), plural(len(r.Flares), "flare-up"))

	p("## Pain and stiffness\n\n")
	if len(r.Trends.Says) == 0 {
		p("No pain or stiffness ratings in this period.\n\n")
	} else {
		for _, s := range r.Trends.Says {
			p("- %s\n", md(s))
		}
		p("\n*%s*\n\n", md(r.Trends.Caveat))
		p("| Week of | Pain | Stiffness | Ratings | Sessions | Breaks a workday | Pain stops |\n|---|--:|--:|--:|--:|--:|--:|\n")
		for _, wk := range r.Trends.Weeks {
			if wk.Pain.N+wk.Stiffness.N+wk.Sessions == 0 {
				continue
			}
			p("| %s | %s | %s | %d | %d | %g | %d |\n", dayOf(wk.Start), rangeText(wk.Pain), rangeText(wk.Stiffness), wk.Pain.N, wk.Sessions, wk.BreaksPerWorkday(), wk.PainStops)
		}
		p("\n")
	}
	p("## Function goals\n\n")
	if len(r.Trends.Goals) == 0 {
		p("No function goals were rated in this period.\n\n")
	} else {
		p("| Activity | Scores, oldest first (0 cannot, 10 as before) |\n|---|---|\n")
		for _, g := range r.Trends.Goals {
			var s []string
			for _, x := range g.Scores {
				s = append(s, strconv.Itoa(x.Score)+" ("+dayOf(x.Date)+")")
			}
			p("| %s | %s |\n", md(g.Activity), strings.Join(s, " → "))
		}
		p("\n")
	}
	p("## Adherence\n\n%s\n\n", md(trend.Adherence(r.Trends)))
	p("| Week of | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n|---|--:|--:|--:|--:|--:|--:|--:|\n")
	from, _ := time.ParseInLocation(time.DateOnly, r.CalendarFrom, loc)
	for i, wk := range r.Calendar {
		p("| %s |", from.AddDate(0, 0, 7*i).Format("2 Jan"))
		for _, n := range wk {
			cell := "·"
			if n > 0 {
				cell = strconv.Itoa(n)
			}
			p(" %s |", cell)
		}
		p("\n")
	}
	p("\n## Routines\n\n")
	if len(r.Routines) == 0 {
		p("No sessions in this period.\n\n")
	} else {
		p("| Routine | Sessions | Completed | Last |\n|---|--:|--:|---|\n")
		for _, x := range r.Routines {
			p("| %s | %d | %d | %s |\n", md(x.Name), x.Sessions, x.Completed, x.Last.In(loc).Format("Mon 2 Jan"))
		}
		p("\n")
	}
	p("## Exercises and doses\n\n")
	if len(r.Exercises) == 0 {
		p("No exercise was done in full in this period.\n\n")
	} else {
		p("| Exercise | Sessions done in full | Dose at first | Dose lately |\n|---|--:|---|---|\n")
		for _, x := range r.Exercises {
			p("| %s | %d | %s | %s |\n", md(x.Name), x.Sessions, md(x.First), md(x.Latest))
		}
		p("\n")
	}
	p("## Sharp-pain stops\n\n")
	if len(r.PainStops) == 0 {
		p("No sharp-pain stops in this period.\n\n")
	} else {
		p("| When | Exercise | Side | In |\n|---|---|---|---|\n")
		for _, x := range r.PainStops {
			p("| %s | %s | %s | %s |\n", x.At.In(loc).Format("Mon 2 Jan 2006, 15:04"), md(x.Name), md(orDash(x.Side)), md(x.Routine))
		}
		p("\n")
	}
	if len(r.Swaps) > 0 {
		p("Gentler variants done instead after pain:\n\n")
		for _, x := range r.Swaps {
			p("- %s: %s (%s)\n", x.At.In(loc).Format("Mon 2 Jan"), md(x.Name), md(x.Routine))
		}
		p("\n")
	}
	p("## Flare-ups\n\n")
	if len(r.Flares) == 0 {
		p("No flare-ups in this period.\n\n")
	} else {
		for _, f := range r.Flares {
			end := "still on"
			if !f.End.IsZero() {
				end = f.End.In(loc).Format("Mon 2 Jan")
			}
			p("- %s to %s (why: %s)\n", f.Start.In(loc).Format("Mon 2 Jan"), end, md(orDash(f.Reason)))
		}
		p("\n")
	}
	p("## Notes from check-ins\n\n")
	if len(r.Notes) == 0 {
		p("No notes in this period.\n")
	} else {
		for _, n := range r.Notes {
			p("- %s (pain %s, stiffness %s): %s\n", n.At.In(loc).Format("Mon 2 Jan, 15:04"), ratingOr(n.Pain), ratingOr(n.Stiffness), md(n.Text))
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

func rangeText(r trend.Range) string {
	if r.N == 0 {
		return "—"
	}
	s := strings.TrimSuffix(fmt.Sprintf("%.1f", r.Mean), ".0")
	if r.Max > r.Min {
		s += fmt.Sprintf(" (%d–%d)", r.Min, r.Max)
	}
	return s
}

func dayOf(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("2 Jan")
}
