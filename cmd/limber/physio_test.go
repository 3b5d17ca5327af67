package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

// events reads the check-ins, function scores and flare entries saved.
func (ta *testApp) events(t *testing.T) []journal.Entry {
	t.Helper()
	evs, damaged, err := journal.ReadEvents(ta.historyPath(), time.Time{})
	if err != nil || len(damaged) > 0 {
		t.Fatal(err, damaged)
	}
	return evs
}

func TestCheckinCommand(t *testing.T) {
	ta := newTestApp(t)
	for _, bad := range [][]string{{"checkin", "--pain", "11"}, {"checkin", "--stiffness", "-1"}, {"checkin"}, {"checkin", "--pain", "x"}} {
		if code := ta.run(bad...); code != 2 || !strings.Contains(ta.errOut.String(), "limber: checkin:") {
			t.Errorf("%v: exit %d, %s", bad, code, ta.errOut)
		}
	}
	if len(ta.events(t)) != 0 {
		t.Fatal("a bad check-in saved something")
	}
	if code := ta.run("checkin", "--pain", "3", "--stiffness", "5", "--note", "after the train"); code != 0 || !strings.Contains(ta.out.String(), "Check-in saved: pain 3, stiffness 5, a note.") {
		t.Fatalf("exit %d: %s %s", code, ta.out, ta.errOut)
	}
	// Interactive on a terminal: a rating off the scale is asked again.
	ta.app.stdinTTY = true
	defer func() { ta.app.stdinTTY = false }()
	if code := ta.runWithInput("12\n8\n\nstiff morning\ny\n", "checkin"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for _, want := range []string{"is not a rating", "Check-in saved: pain 8, a note.", "That is a lot (pain rated 8)", "Flare-up plan: day 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q:\n%s", want, out)
		}
	}
	evs := ta.events(t)
	if len(evs) != 3 || *evs[0].Checkin.Pain != 3 || evs[1].Checkin.Stiffness != nil || evs[1].Checkin.Note != "stiff morning" || evs[2].Kind != journal.KindFlare {
		t.Errorf("saved %+v", evs)
	}
	// Stats count no check-in as a session.
	ta.run("stats", "--json")
	if !strings.Contains(ta.out.String(), `"sessions": 0`) {
		t.Errorf("stats counted a check-in:\n%.400s", ta.out)
	}
}

func TestGoalsCommand(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("goals"); code != 0 || !strings.Contains(ta.out.String(), "No function goals yet") {
		t.Fatalf("exit %d: %s", code, ta.out)
	}
	steps := []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"goals", "--add", "Sit through a 1-hour meeting", "--score", "4"}, 0, "Goal 1 added."},
		{[]string{"goals", "--add", "  "}, 2, "a goal needs words"},
		{[]string{"goals", "--add", ""}, 2, "a goal needs words"}, // given empty is not "not given"
		{[]string{"goals", "--add="}, 2, "a goal needs words"},
		{[]string{"goals", "--rate", ""}, 2, "not a rating"},
		{[]string{"goals", "--remove", ""}, 2, `there is no goal ""`},
		{[]string{"goals", "--add", "Lift my daughter", "--score", "11"}, 2, "--score wants 0 to 10"},
		{[]string{"goals", "--add", "Lift my daughter"}, 0, "Goal 2 added."},
		{[]string{"goals", "--add", "Walk to the station", "--score", "2"}, 0, "Goal 3 added."},
		{[]string{"goals", "--add", "Garden"}, 2, "3 goals already"},
		{[]string{"goals", "--rate", "5,3"}, 2, "2 scores for 3 goals"},
		{[]string{"goals", "--rate", "5,3,x"}, 2, "not a rating"},
		{[]string{"goals", "--rate", "5,3,3"}, 0, "Goals rated: 5, 3, 3."},
		{[]string{"goals", "--remove", "7"}, 2, `there is no goal "7"`},
		{[]string{"goals", "--add", "Garden", "--rate", "1"}, 2, "--add or --rate, not both"},
	}
	for _, s := range steps {
		code := ta.run(s.args...)
		if all := ta.out.String() + ta.errOut.String(); code != s.code || !strings.Contains(all, s.say) {
			t.Errorf("%v: exit %d, want %d saying %q:\n%s", s.args, code, s.code, s.say, all)
		}
	}
	ta.run("goals")
	out := ta.out.String()
	if !strings.Contains(out, "5 now, 4 at first") || strings.Contains(out, "Time for the weekly rating") {
		t.Errorf("the list:\n%s", out)
	}
	evs := ta.events(t)
	if len(evs) != 3 || len(evs[2].Function) != 3 {
		t.Errorf("function entries %+v", evs)
	}
}

func TestFlareCommand(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("flare", "--end"); code != 0 || !strings.Contains(ta.out.String(), "No flare-up plan is on.") {
		t.Fatalf("exit %d: %s", code, ta.out)
	}
	if code := ta.run("flare", "--days", "15"); code != 2 {
		t.Errorf("--days 15: exit %d", code)
	}
	if code := ta.run("flare"); code != 0 || !strings.Contains(ta.out.String(), "Flare-up plan: day 1, until Saturday 28 Nov") {
		t.Fatalf("exit %d: %s", code, ta.out)
	}
	ta.run("status")
	if !strings.Contains(ta.out.String(), "flare-up day 1") {
		t.Errorf("status: %q", ta.out)
	}
	ta.clock.t = ta.clock.t.Add(3 * 24 * time.Hour)
	if code := ta.run("flare", "--end"); code != 0 || !strings.Contains(ta.out.String(), "ended after 4 days") {
		t.Fatalf("exit %d: %s", code, ta.out)
	}
	ta.run("status")
	if strings.Contains(ta.out.String(), "flare") {
		t.Errorf("status after the end: %q", ta.out)
	}
}

func TestReportCommand(t *testing.T) {
	ta := newTestApp(t)
	ta.run("checkin", "--pain", "4", "--note", "<b>stiff</b>")
	dir := t.TempDir()
	for _, bad := range [][]string{{"report", "--format", "pdf"}, {"report", "--since", "yesterday"}, {"report", "--since", "2030-01-01"}} {
		if code := ta.run(bad...); code != 2 {
			t.Errorf("%v: exit %d: %s", bad, code, ta.errOut)
		}
	}
	html, md := dir+"/r.html", dir+"/r.md"
	if code := ta.run("report", "-o", html); code != 0 || !strings.Contains(ta.errOut.String(), "Report written to") {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	if code := ta.run("report", "--since", "2026-11-01", "-o", md); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	for file, want := range map[string]string{html: "<!DOCTYPE html>", md: "# Back exercise report"} {
		fi, err := os.Stat(file)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("%s: %v %v", file, fi, err)
		}
		data, _ := os.ReadFile(file)
		if !strings.Contains(string(data), want) || !strings.Contains(string(data), "&lt;b&gt;stiff&lt;/b&gt;") {
			t.Errorf("%s:\n%.300s", file, data)
		}
	}
	if code := ta.run("report", "--format", "md"); code != 0 || !strings.HasPrefix(ta.out.String(), "# Back exercise report") {
		t.Errorf("to stdout: exit %d %.100s", code, ta.out)
	}
}
