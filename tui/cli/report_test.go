package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/trend"
)

// hostileReport is a report whose every text from the log tries to inject markup.
func hostileReport(now time.Time) trend.Report {
	p := func(n int) *int { return &n }
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>](http://x.test) *b* | cell`
	es := []journal.Entry{
		{Kind: journal.KindRoutine, RoutineName: evil, Status: "pain", Started: now.Add(-48 * time.Hour), Seconds: 300,
			Steps: []journal.Step{{Exercise: "x", Name: evil, Kind: "hold", Sets: 1, Outcome: "done", PlannedS: 10}},
			Pain:  []journal.Pain{{Exercise: "x", Name: evil, Side: `"><svg onload=alert(3)>`, At: now.Add(-48 * time.Hour)}}},
		{Kind: journal.KindCheckin, Started: now.Add(-24 * time.Hour), Checkin: &journal.Checkin{Pain: p(5), Note: evil}},
		{Kind: journal.KindFunction, Started: now.Add(-24 * time.Hour), Function: []journal.FunctionScore{{Goal: "1", Activity: evil, Score: 3}}},
		{Kind: journal.KindFlare, Started: now.Add(-20 * time.Hour), Flare: &journal.FlareEvent{Event: "start", Until: now, Reason: evil}},
	}
	return trend.BuildReport(es, now.AddDate(0, 0, -14), now, time.UTC)
}

func TestReportHTMLEscapesTheLog(t *testing.T) {
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := ReportHTML(&b, hostileReport(now), now, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img", "<svg onload", "ZgotmplZ", `href="http`, `src="http`, "<a "} {
		if strings.Contains(out, bad) {
			t.Errorf("the HTML has %q", bad)
		}
	}
	for _, want := range []string{"not a clinical record", "&lt;script&gt;alert(1)&lt;/script&gt;", "Sharp-pain stops", "Flare-ups", "Notes from check-ins", "<svg viewBox", "@page"} {
		if !strings.Contains(out, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
}

func TestReportMarkdownEscapesTheLog(t *testing.T) {
	now := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := ReportMarkdown(&b, hostileReport(now), now, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<img", " | cell", " *b*"} {
		if strings.Contains(out, bad) {
			t.Errorf("the Markdown has %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{"> **Please note:** A self-report from an exercise timer (limber), not a clinical record", "&lt;script&gt;", `\| cell`, `\](http`, `\*b\*`, "## Flare-ups", "1 sharp-pain stop,"} {
		if !strings.Contains(out, want) {
			t.Errorf("the Markdown lacks %q:\n%s", want, out)
		}
	}
	for _, c := range []struct{ in, want string }{{"# title", `\# title`}, {"- item", `\- item`}, {"12. Nov", `12\. Nov`}, {"plain 3.5", "plain 3.5"}} {
		if got := md(c.in); got != c.want {
			t.Errorf("md(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
