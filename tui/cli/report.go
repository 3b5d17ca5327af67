package cli

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/trend"
)

// ReportNotice opens every report, in both formats.
const ReportNotice = "A self-report from an exercise timer (limber), not a clinical record: the sessions are what the timer logged, the ratings and notes are the person's own, and nothing here is a diagnosis or a measurement by a professional."

// reportView is what the HTML template draws: the report with its text cleaned, and the
// charts already laid out as numbers.
type reportView struct {
	trend.Report
	Notice, Period, Generated    string
	Says                         []string
	Caveat, Adherence            string
	Ratings, SessionChart, Goals *chart
	Days                         []calWeek
	Loc                          *time.Location
}

// calWeek is one row of the adherence calendar.
type calWeek struct {
	Label string
	Days  [7]calDay
}

type calDay struct {
	N     int
	Class string
	Title string
}

// chart is an SVG chart laid out in viewBox units: lines of points, bars, labels.
type chart struct {
	W, H, Left, Bottom, Top int
	Title                   string
	Lines                   []chartLine
	Bars                    []chartBar
	XLabels, YLabels        []chartLabel
	Grid                    []int // y positions of grid lines
}

type chartLine struct {
	Label, Color, Points string
	Dots                 []chartDot
	Ranges               []chartRange
}

type chartDot struct{ X, Y float64 }

type chartRange struct{ X, Y1, Y2 float64 }

type chartBar struct {
	X, Y, W, H float64
	Title      string
}

type chartLabel struct {
	X, Y   float64
	Text   string
	Anchor string
}

// ReportHTML writes the report as one self-contained HTML page: inline CSS and SVG, no script,
// nothing fetched. Every text from the log goes through html/template, which escapes it.
func ReportHTML(w io.Writer, r trend.Report, now time.Time) error {
	v := newReportView(r, now)
	return reportTemplate.Execute(w, v)
}

func newReportView(r trend.Report, now time.Time) reportView {
	loc := now.Location()
	v := reportView{Report: r, Notice: ReportNotice, Loc: loc,
		Period:    r.From.In(loc).Format("2 January 2006") + " to " + r.To.In(loc).Format("2 January 2006"),
		Generated: now.Format("2 January 2006, 15:04"),
		Says:      r.Trends.Says, Caveat: r.Trends.Caveat, Adherence: trend.Adherence(r.Trends)}
	v.Ratings = ratingsChart(r.Trends)
	v.SessionChart = sessionsChart(r.Trends)
	v.Goals = goalsChart(r.Trends, r.From, r.To)
	from, _ := time.ParseInLocation(time.DateOnly, r.CalendarFrom, loc)
	for i, wk := range r.Calendar {
		row := calWeek{Label: from.AddDate(0, 0, 7*i).Format("2 Jan")}
		for d, n := range wk {
			day := from.AddDate(0, 0, 7*i+d)
			c := calDay{N: n, Class: "c" + strconv.Itoa(min(n, 3)), Title: day.Format("Mon 2 Jan") + ": " + plural(n, "session")}
			if day.Before(startOfDay(r.From.In(loc))) || day.After(r.To.In(loc)) {
				c.Class, c.Title = "out", ""
			}
			row.Days[d] = c
		}
		v.Days = append(v.Days, row)
	}
	return v
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func plural(n int, w string) string {
	if n == 1 {
		return "1 " + w
	}
	return strconv.Itoa(n) + " " + w + "s"
}

// The charts share one layout: 640 × 190 units, the plot inside margins.
const (
	chartW, chartH            = 640, 190
	chartLeft, chartBottom    = 34, 26
	chartTop, chartRightSpace = 10, 10
)

func newChart(title string) *chart {
	c := &chart{W: chartW, H: chartH, Left: chartLeft, Bottom: chartH - chartBottom, Top: chartTop, Title: title}
	return c
}

// x is the centre of week i of n.
func (c *chart) x(i, n int) float64 {
	plot := float64(c.W - c.Left - chartRightSpace)
	return float64(c.Left) + plot*(float64(i)+0.5)/float64(max(n, 1))
}

// y is value v of a scale from 0 to top.
func (c *chart) y(v, top float64) float64 {
	return float64(c.Bottom) - (float64(c.Bottom-c.Top))*v/top
}

func (c *chart) yAxis(top float64, step int) {
	for v := 0; float64(v) <= top; v += step {
		y := c.y(float64(v), top)
		c.Grid = append(c.Grid, int(math.Round(y)))
		c.YLabels = append(c.YLabels, chartLabel{X: float64(c.Left - 6), Y: y + 4, Text: strconv.Itoa(v), Anchor: "end"})
	}
}

func (c *chart) weekLabels(weeks []trend.Week) {
	every := max(1, (len(weeks)+7)/8)
	for i, w := range weeks {
		if i%every == 0 {
			t, _ := time.Parse(time.DateOnly, w.Start)
			c.XLabels = append(c.XLabels, chartLabel{X: c.x(i, len(weeks)), Y: float64(c.H - 8), Text: t.Format("2 Jan"), Anchor: "middle"})
		}
	}
}

// ratingsChart draws weekly pain and stiffness means, pain with its range.
func ratingsChart(t trend.Trends) *chart {
	if !t.Rated() {
		return nil
	}
	c := newChart("Pain and stiffness, weekly mean (0 none, 10 worst); the bars show pain's range")
	c.yAxis(10, 2)
	c.weekLabels(t.Weeks)
	n := len(t.Weeks)
	for _, m := range []struct {
		label, color string
		of           func(trend.Week) trend.Range
	}{{"pain", "#b3261e", func(w trend.Week) trend.Range { return w.Pain }}, {"stiffness", "#1d5fa8", func(w trend.Week) trend.Range { return w.Stiffness }}} {
		l := chartLine{Label: m.label, Color: m.color}
		var pts []string
		for i, w := range t.Weeks {
			r := m.of(w)
			if r.N == 0 {
				continue
			}
			x, y := c.x(i, n), c.y(r.Mean, 10)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
			l.Dots = append(l.Dots, chartDot{x, y})
			if m.label == "pain" && r.Max > r.Min {
				l.Ranges = append(l.Ranges, chartRange{x, c.y(float64(r.Min), 10), c.y(float64(r.Max), 10)})
			}
		}
		l.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, l)
	}
	return c
}

// sessionsChart draws completed sessions per week.
func sessionsChart(t trend.Trends) *chart {
	c := newChart("Completed sessions per week")
	top := 7.0
	for _, w := range t.Weeks {
		top = max(top, float64(w.Sessions))
	}
	c.yAxis(top, int(math.Max(1, math.Ceil(top/5))))
	c.weekLabels(t.Weeks)
	n := len(t.Weeks)
	bw := float64(c.W-c.Left-chartRightSpace) / float64(max(n, 1)) * 0.6
	for i, w := range t.Weeks {
		y := c.y(float64(w.Sessions), top)
		c.Bars = append(c.Bars, chartBar{X: c.x(i, n) - bw/2, Y: y, W: bw, H: float64(c.Bottom) - y,
			Title: fmt.Sprintf("week of %s: %s, %s", w.Start, plural(w.Sessions, "session"), plural(w.PainStops, "pain stop"))})
	}
	return c
}

// goalsChart draws each function goal's scores over the period.
func goalsChart(t trend.Trends, from, to time.Time) *chart {
	if len(t.Goals) == 0 {
		return nil
	}
	c := newChart("Function goals (0 cannot do it, 10 as well as before)")
	c.yAxis(10, 2)
	span := to.Sub(from).Hours()
	x := func(d string) float64 {
		at, _ := time.ParseInLocation(time.DateOnly, d, to.Location())
		f := at.Add(12*time.Hour).Sub(from).Hours() / math.Max(span, 1)
		return float64(c.Left) + float64(c.W-c.Left-chartRightSpace)*math.Max(0, math.Min(1, f))
	}
	for i := 0; i <= 4; i++ {
		at := from.Add(time.Duration(float64(to.Sub(from)) * float64(i) / 4))
		anchor := [5]string{"start", "middle", "middle", "middle", "end"}[i]
		c.XLabels = append(c.XLabels, chartLabel{X: x(at.Format(time.DateOnly)), Y: float64(c.H - 8), Text: at.Format("2 Jan"), Anchor: anchor})
	}
	colors := []string{"#2e7d32", "#8e44ad", "#c77800"}
	for i, g := range t.Goals {
		l := chartLine{Label: content.Sanitize(g.Activity), Color: colors[i%len(colors)]}
		var pts []string
		for _, p := range g.Scores {
			px, py := x(p.Date), c.y(float64(p.Score), 10)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", px, py))
			l.Dots = append(l.Dots, chartDot{px, py})
		}
		l.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, l)
	}
	return c
}

var reportFuncs = template.FuncMap{
	"clean": content.Sanitize,
	"when": func(t time.Time, loc *time.Location) string {
		return t.In(loc).Format("Mon 2 Jan 2006, 15:04")
	},
	"day": func(t time.Time, loc *time.Location) string {
		if t.IsZero() {
			return "—"
		}
		return t.In(loc).Format("Mon 2 Jan 2006")
	},
	"rating": func(r *int) string {
		if r == nil {
			return "—"
		}
		return strconv.Itoa(*r)
	},
	"side": func(s string) string {
		if s == "" {
			return "—"
		}
		return content.Sanitize(s)
	},
	"f1": func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"cell": func(r trend.Range) string {
		if r.N == 0 {
			return "—"
		}
		s := strings.TrimSuffix(fmt.Sprintf("%.1f", r.Mean), ".0")
		if r.Max > r.Min {
			s += fmt.Sprintf(" (%d–%d)", r.Min, r.Max)
		}
		return s
	},
	"short": func(d string) string {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return d
		}
		return t.Format("2 Jan")
	},
	"scores": func(g trend.Goal) string {
		var s []string
		for _, p := range g.Scores {
			s = append(s, strconv.Itoa(p.Score))
		}
		return strings.Join(s, " → ")
	},
}

var reportTemplate = template.Must(template.New("report").Funcs(reportFuncs).Parse(reportHTML))

// ReportRequest is limber report's flags.
type ReportRequest struct {
	// Since is YYYY-MM-DD ("" for the last trend.Weeks weeks); Format "html", "md" or "" (by
	// Out's extension, else html); Out a file ("" or "-": standard output).
	Since, Format, Out string
}

// WriteReport makes the report of the data folder st as of now and writes it where r says (a
// file is named on errs). A
// file is written whole (a temporary file renamed over it), readable by its owner only: it is
// health information.
func WriteReport(st store.Dir, stdout io.Writer, errs Printer, r ReportRequest, now time.Time) error {
	if r.Format != "" && r.Format != "html" && r.Format != "md" {
		return &Mistake{fmt.Sprintf("--format is html or md, not %q", content.Sanitize(r.Format))}
	}
	loc := now.Location()
	y, m, d := now.Date()
	from := time.Date(y, m, d, 0, 0, 0, 0, loc).AddDate(0, 0, -7*trend.Weeks+1)
	if r.Since != "" {
		var err error
		if from, err = time.ParseInLocation(time.DateOnly, r.Since, loc); err != nil || from.After(now) {
			return &Mistake{fmt.Sprintf("--since wants a date up to today like %s, not %q", now.Format(time.DateOnly), content.Sanitize(r.Since))}
		}
	}
	format := r.Format
	if format == "" {
		format = "html"
		if strings.HasSuffix(strings.ToLower(r.Out), ".md") {
			format = "md"
		}
	}
	rep, err := st.Report(from, now)
	if err != nil {
		return err
	}
	var b strings.Builder
	if format == "md" {
		err = ReportMarkdown(&b, rep, now)
	} else {
		err = ReportHTML(&b, rep, now)
	}
	if err != nil {
		return err
	}
	if r.Out == "" || r.Out == "-" {
		_, err = io.WriteString(stdout, b.String())
		return err
	}
	if err := safefile.WriteFile(r.Out, []byte(b.String()), 0o600, false); err != nil {
		return err
	}
	errs.Printf("Report written to %s. It holds health information: share it with care.\n", content.DisplayPath(r.Out))
	return nil
}
