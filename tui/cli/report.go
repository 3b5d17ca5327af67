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
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/trend"
)

// reportView is what the HTML template draws: the report with its text cleaned, and the
// charts already laid out as numbers.
type reportView struct {
	trend.Report
	Lang, Notice, Period, Generated string
	Says                            []string
	Caveat, Adherence               string
	Ratings, SessionChart, Goals    *chart
	Days                            []calWeek
	Loc                             *time.Location
	// WeekDays are the calendar's column heads, Monday first.
	WeekDays [7]string
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

// ReportHTML writes the report as one self-contained HTML page in tr's language (nil: English):
// inline CSS and SVG, no script, nothing fetched. Every text from the log goes through
// html/template, which escapes it.
func ReportHTML(w io.Writer, r trend.Report, now time.Time, tr *msg.Tr) error {
	if tr == nil {
		tr = msg.New(lang.English)
	}
	v := newReportView(r, now, tr)
	t, err := reportTemplate.Clone()
	if err != nil {
		return err
	}
	return t.Funcs(reportWords(tr)).Execute(w, v)
}

func newReportView(r trend.Report, now time.Time, tr *msg.Tr) reportView {
	loc := now.Location()
	v := reportView{Report: r, Lang: tr.Lang().String(), Notice: tr.T("report.notice"), Loc: loc,
		Period:    tr.T("report.period", "From", longDate(tr, r.From.In(loc)), "To", longDate(tr, r.To.In(loc))),
		Generated: tr.T("report.date_time", "Date", longDate(tr, now), "Clock", now.Format("15:04")),
		Says:      trend.SayIn(r.Trends, tr), Caveat: trend.CaveatIn(tr), Adherence: trend.AdherenceIn(r.Trends, tr)}
	for i := range v.WeekDays {
		v.WeekDays[i] = tr.T(weekdayIDs[(i+1)%7])
	}
	v.Ratings = ratingsChart(r.Trends, tr)
	v.SessionChart = sessionsChart(r.Trends, tr)
	v.Goals = goalsChart(r.Trends, r.From, r.To, tr)
	from, _ := time.ParseInLocation(time.DateOnly, r.CalendarFrom, loc)
	for i, wk := range r.Calendar {
		row := calWeek{Label: tr.Date(from.AddDate(0, 0, 7*i))}
		for d, n := range wk {
			day := from.AddDate(0, 0, 7*i+d)
			c := calDay{N: n, Class: "c" + strconv.Itoa(min(n, 3)), Title: dayDate(tr, day, false) + ": " + tr.N("report.sessions", n)}
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

// weekdayIDs are the days' short names, indexed by time.Weekday ("Mon", "Mo", "lun.").
var weekdayIDs = [...]string{"remind.clock_day.sun", "remind.clock_day.mon", "remind.clock_day.tue",
	"remind.clock_day.wed", "remind.clock_day.thu", "remind.clock_day.fri", "remind.clock_day.sat"}

var longMonthIDs = [...]string{"report.month.jan", "report.month.feb", "report.month.mar", "report.month.apr",
	"report.month.may", "report.month.jun", "report.month.jul", "report.month.aug", "report.month.sep",
	"report.month.oct", "report.month.nov", "report.month.dec"}

// longDate is a date written out: "2 January 2026", "2. Januar 2026", "2 de enero de 2026".
func longDate(tr *msg.Tr, t time.Time) string {
	return tr.T("report.long_date", "Day", t.Day(), "Month", tr.T(longMonthIDs[t.Month()-1]), "Year", t.Year())
}

// dayDate is a day with its weekday, and the year when year is set: "Mon 2 Jan", "Mon 2 Jan 2026".
func dayDate(tr *msg.Tr, t time.Time, year bool) string {
	if year {
		return tr.T("report.day_year", "Weekday", tr.T(weekdayIDs[t.Weekday()]), "Date", tr.Date(t), "Year", t.Year())
	}
	return tr.T("report.day", "Weekday", tr.T(weekdayIDs[t.Weekday()]), "Date", tr.Date(t))
}

// when is a moment with its day: "Mon 2 Jan 2026, 15:04".
func when(tr *msg.Tr, t time.Time, year bool) string {
	return tr.T("report.date_time", "Date", dayDate(tr, t, year), "Clock", t.Format("15:04"))
}

// shortDate is "2 Jan" for a YYYY-MM-DD date, in the language.
func shortDate(tr *msg.Tr, d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return tr.Date(t)
}

// num is a number with one decimal, none when whole: "4.5", "7", German "4,5".
func num(tr *msg.Tr, f float64) string {
	return strings.TrimSuffix(tr.Dec(f, 1), tr.T("num.decimal")+"0")
}

// sideWord is a logged side ("left", "right") in the language, "—" for none; anything else
// stays as logged.
func sideWord(tr *msg.Tr, s string) string {
	switch s {
	case "":
		return "—"
	case "left":
		return tr.T("side.word_left")
	case "right":
		return tr.T("side.word_right")
	}
	return content.Sanitize(s)
}

// mean is a weekly mean and its range: "4.5 (3–6)".
func mean(tr *msg.Tr, r trend.Range) string {
	if r.N == 0 {
		return "—"
	}
	s := num(tr, r.Mean)
	if r.Max > r.Min {
		s += fmt.Sprintf(" (%d–%d)", r.Min, r.Max)
	}
	return s
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

func (c *chart) weekLabels(weeks []trend.Week, tr *msg.Tr) {
	every := max(1, (len(weeks)+7)/8)
	for i, w := range weeks {
		if i%every == 0 {
			t, _ := time.Parse(time.DateOnly, w.Start)
			c.XLabels = append(c.XLabels, chartLabel{X: c.x(i, len(weeks)), Y: float64(c.H - 8), Text: tr.Date(t), Anchor: "middle"})
		}
	}
}

// ratingsChart draws weekly pain and stiffness means, pain with its range.
func ratingsChart(t trend.Trends, tr *msg.Tr) *chart {
	if !t.Rated() {
		return nil
	}
	c := newChart(tr.T("report.chart.ratings"))
	c.yAxis(10, 2)
	c.weekLabels(t.Weeks, tr)
	n := len(t.Weeks)
	for _, m := range []struct {
		label, color string
		of           func(trend.Week) trend.Range
	}{{tr.T("report.legend.pain"), "#b3261e", func(w trend.Week) trend.Range { return w.Pain }}, {tr.T("report.legend.stiffness"), "#1d5fa8", func(w trend.Week) trend.Range { return w.Stiffness }}} {
		l := chartLine{Label: m.label, Color: m.color}
		pain := m.color == "#b3261e"
		var pts []string
		for i, w := range t.Weeks {
			r := m.of(w)
			if r.N == 0 {
				continue
			}
			x, y := c.x(i, n), c.y(r.Mean, 10)
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
			l.Dots = append(l.Dots, chartDot{x, y})
			if pain && r.Max > r.Min {
				l.Ranges = append(l.Ranges, chartRange{x, c.y(float64(r.Min), 10), c.y(float64(r.Max), 10)})
			}
		}
		l.Points = strings.Join(pts, " ")
		c.Lines = append(c.Lines, l)
	}
	return c
}

// sessionsChart draws completed sessions per week.
func sessionsChart(t trend.Trends, tr *msg.Tr) *chart {
	c := newChart(tr.T("report.chart.sessions"))
	top := 7.0
	for _, w := range t.Weeks {
		top = max(top, float64(w.Sessions))
	}
	c.yAxis(top, int(math.Max(1, math.Ceil(top/5))))
	c.weekLabels(t.Weeks, tr)
	n := len(t.Weeks)
	bw := float64(c.W-c.Left-chartRightSpace) / float64(max(n, 1)) * 0.6
	for i, w := range t.Weeks {
		y := c.y(float64(w.Sessions), top)
		c.Bars = append(c.Bars, chartBar{X: c.x(i, n) - bw/2, Y: y, W: bw, H: float64(c.Bottom) - y,
			Title: tr.T("report.chart.bar", "Week", shortDate(tr, w.Start), "Sessions", tr.N("report.sessions", w.Sessions), "Stops", tr.N("report.stops", w.PainStops))})
	}
	return c
}

// goalsChart draws each function goal's scores over the period.
func goalsChart(t trend.Trends, from, to time.Time, tr *msg.Tr) *chart {
	if len(t.Goals) == 0 {
		return nil
	}
	c := newChart(tr.T("report.chart.goals"))
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
		c.XLabels = append(c.XLabels, chartLabel{X: x(at.Format(time.DateOnly)), Y: float64(c.H - 8), Text: tr.Date(at), Anchor: anchor})
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

// reportFuncs are the template's functions; the ones that write words are stand-ins here, for
// parsing, and reportWords gives them in a language.
var reportFuncs = template.FuncMap{
	"clean": content.Sanitize,
	"rating": func(r *int) string {
		if r == nil {
			return "—"
		}
		return strconv.Itoa(*r)
	},
	"f1": func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"scores": func(g trend.Goal) string {
		var s []string
		for _, p := range g.Scores {
			s = append(s, strconv.Itoa(p.Score))
		}
		return strings.Join(s, " → ")
	},
	"t":     func(string, ...any) string { return "" },
	"n":     func(string, int, ...any) string { return "" },
	"when":  func(time.Time, *time.Location) string { return "" },
	"day":   func(time.Time, *time.Location) string { return "" },
	"side":  func(string) string { return "" },
	"cell":  func(trend.Range) string { return "" },
	"short": func(string) string { return "" },
	"num":   func(float64) string { return "" },
	"dose":  func(journal.Step) string { return "" },
}

// reportWords are the template's functions that write words, numbers and dates in tr's
// language.
func reportWords(tr *msg.Tr) template.FuncMap {
	return template.FuncMap{
		"t": tr.T,
		"n": tr.N,
		"when": func(t time.Time, loc *time.Location) string {
			return when(tr, t.In(loc), true)
		},
		"day": func(t time.Time, loc *time.Location) string {
			if t.IsZero() {
				return "—"
			}
			return dayDate(tr, t.In(loc), true)
		},
		"side":  func(s string) string { return sideWord(tr, s) },
		"cell":  func(r trend.Range) string { return mean(tr, r) },
		"short": func(d string) string { return shortDate(tr, d) },
		"num":   func(f float64) string { return num(tr, f) },
		"dose":  func(s journal.Step) string { return trend.DoseIn(s, tr) },
	}
}

var reportTemplate = template.Must(template.New("report").Funcs(reportFuncs).Parse(reportHTML))

// ReportRequest is limber report's flags.
type ReportRequest struct {
	// Since is YYYY-MM-DD ("" for the last trend.Weeks weeks); Format "html", "md" or "" (by
	// Out's extension, else html); Out a file ("" or "-": standard output).
	Since, Format, Out string
	// Tr is the language of the report (nil: English); Lib, when set, is the library in that
	// language, for the names of built-in routines and exercises.
	Tr  *msg.Tr
	Lib *content.Library
}

// WriteReport makes the report of the data folder st as of now and writes it where r says (a
// file is named on errs). A
// file is written whole (a temporary file renamed over it), readable by its owner only: it is
// health information.
func WriteReport(st store.Dir, stdout io.Writer, errs Printer, r ReportRequest, now time.Time) error {
	tr := r.Tr
	if tr == nil {
		tr = msg.New(lang.English)
	}
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
	if r.Lib != nil && tr.Lang() != lang.English { // English keeps the names as logged
		rep = LocalizeReport(rep, r.Lib)
	}
	var b strings.Builder
	if format == "md" {
		err = ReportMarkdown(&b, rep, now, tr)
	} else {
		err = ReportHTML(&b, rep, now, tr)
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
	errs.Printf("%s\n", tr.T("report.written", "Path", content.DisplayPath(r.Out)))
	return nil
}
