package cli

import (
	"bytes"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/trend"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// sampleReport is three weeks of an ordinary log: sessions with doses that grew, check-ins, a
// goal rated twice, a pain stop with its gentler swap, and a flare-up still on. name names
// what the log names (the pseudo-locale test marks them).
func sampleReport(now time.Time, name func(string) string) trend.Report {
	p := func(n int) *int { return &n }
	day := func(d int) time.Time { return now.AddDate(0, 0, -d) }
	var es []journal.Entry
	for d := 20; d >= 1; d -= 2 {
		reps := 8 + (20-d)/4
		es = append(es, journal.Entry{Kind: journal.KindRoutine, Routine: "desk-break", RoutineName: name("Desk break"), Status: "completed", Started: day(d), Seconds: 300,
			Steps: []journal.Step{
				{Exercise: "cat-cow", Name: name("Cat-cow"), Kind: "reps", Sets: 1, Outcome: "done", PlannedReps: reps},
				{Exercise: "bridge", Name: name("Bridge"), Kind: "hold", Sets: 2, Outcome: "done", PlannedS: 10 + float64(20-d)/2, Side: "left"},
			}})
		es = append(es, journal.Entry{Kind: journal.KindCheckin, Started: day(d), Checkin: &journal.Checkin{Pain: p(d / 3), Stiffness: p(d/3 + 1)}})
	}
	es = append(es, journal.Entry{Kind: journal.KindRoutine, Routine: "desk-break", RoutineName: name("Desk break"), Status: "pain", Started: day(5), Seconds: 120,
		Pain:  []journal.Pain{{Exercise: "bridge", Name: name("Bridge"), Side: "left", At: day(5)}},
		Steps: []journal.Step{{Exercise: "knee-hug", Name: name("Knee hug"), Kind: "hold", Sets: 1, Outcome: "done", PlannedS: 20, Gentler: true}}})
	es = append(es,
		journal.Entry{Kind: journal.KindCheckin, Started: day(4), Checkin: &journal.Checkin{Pain: p(3), Note: name("Long drive today")}},
		journal.Entry{Kind: journal.KindFunction, Started: day(18), Function: []journal.FunctionScore{{Goal: "1", Activity: name("Carry the shopping"), Score: 3}}},
		journal.Entry{Kind: journal.KindFunction, Started: day(3), Function: []journal.FunctionScore{{Goal: "1", Activity: name("Carry the shopping"), Score: 6}}},
		journal.Entry{Kind: journal.KindFlare, Started: day(2), Flare: &journal.FlareEvent{Event: "start", Until: now.AddDate(0, 0, 3), Reason: name("a bad night")}},
	)
	return trend.BuildReport(es, now.AddDate(0, 0, -21), now, time.UTC)
}

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui/cli -run Report -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update if intended):\n%s", path, got)
	}
}

var reportNow = time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)

// TestReportInEveryLanguage keeps the Markdown report as a golden file in each language, and
// checks the HTML says the language and its headings.
func TestReportInEveryLanguage(t *testing.T) {
	same := func(s string) string { return s }
	for _, l := range lang.Supported() {
		tr := msg.New(l)
		var b bytes.Buffer
		if err := ReportMarkdown(&b, sampleReport(reportNow, same), reportNow, tr); err != nil {
			t.Fatal(err)
		}
		goldenFile(t, "report-"+l.String()+".md", b.String())
		b.Reset()
		if err := ReportHTML(&b, sampleReport(reportNow, same), reportNow, tr); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{`<html lang="` + l.String() + `">`, html.EscapeString(tr.T("report.h.stops")), html.EscapeString(tr.T("report.notice"))} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the HTML lacks %q", l, want)
			}
		}
	}
}

var (
	styleRE = regexp.MustCompile(`(?s)<style>.*?</style>`)
	tagRE   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// TestReportBypassesNoCatalogue writes the report, HTML and Markdown, in the pseudo-locale
// with every text of the log marked too: every letter must come through the catalogue or the
// log.
func TestReportBypassesNoCatalogue(t *testing.T) {
	tr := msg.Pseudo()
	mark := func(s string) string { return msg.Open + s + msg.Close }
	r := sampleReport(reportNow, mark)
	var b bytes.Buffer
	if err := ReportHTML(&b, r, reportNow, tr); err != nil {
		t.Fatal(err)
	}
	text := html.UnescapeString(tagRE.ReplaceAllString(styleRE.ReplaceAllString(b.String(), ""), "\n"))
	for _, u := range msg.Unmarked(text) {
		t.Errorf("HTML: %q bypasses the catalogue", u)
	}
	// The chart titles and tooltips are in attributes and <title>: they are checked as text
	// above; the attributes' words are the same messages.
	b.Reset()
	if err := ReportMarkdown(&b, r, reportNow, tr); err != nil {
		t.Fatal(err)
	}
	for _, u := range msg.Unmarked(b.String()) {
		t.Errorf("Markdown: %q bypasses the catalogue", u)
	}
}
