package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin whatever the machine has installed

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/store"
)

// historyApp is a test app whose clock reads Thursday 2026-05-14 10:00 in Berlin, with a history
// of eight sessions over five weeks (one with an escape sequence in its routine name), saved on
// the device laptop-4f9k2m (a fixed id, so history --device reads the same on every machine).
func historyApp(t *testing.T) *testApp {
	t.Helper()
	ta := newTestApp(t)
	if err := os.MkdirAll(ta.data().State, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ta.data().StatePath(store.DeviceFile), []byte("laptop-4f9k2m\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	ta.clock.t = time.Date(2026, 5, 14, 10, 0, 0, 0, berlin)
	at := func(m time.Month, d, hh, mm int) time.Time { return time.Date(2026, m, d, hh, mm, 0, 0, berlin) }
	add := func(start time.Time, routine, name, status string, secs int, pain ...journal.Pain) {
		t.Helper()
		e := journal.Entry{V: 1, ID: journal.NewID(start), Routine: routine, RoutineName: name,
			Kind: journal.KindRoutine, Status: status, Started: start,
			Ended: start.Add(time.Duration(secs) * time.Second), Seconds: secs, Pain: pain,
			Steps: []journal.Step{
				{Exercise: "seated-twist", Name: "Seated twist", Kind: "hold", Side: "left", Set: 1, Sets: 1, Outcome: "done", PlannedS: 15, AchievedS: 15},
				{Exercise: "chin-tuck", Name: "Chin tuck", Kind: "reps", Set: 1, Sets: 1, Outcome: "skipped", PlannedReps: 10},
			}}
		if err := journal.Append(ta.historyPath(), e); err != nil {
			t.Fatal(err)
		}
	}
	pain := func(ex, name, side string, at time.Time) journal.Pain {
		return journal.Pain{Exercise: ex, Name: name, Side: side, At: at}
	}
	add(at(4, 13, 7, 45), "desk-break", "Desk break", "completed", 372)
	add(at(4, 20, 12, 5), "low-back", "Lower back ease", "pain", 200,
		pain("plank", "Plank", "left", at(4, 20, 12, 8)))
	add(at(5, 4, 18, 30), "low-back", "Lower back ease", "pain", 415,
		pain("plank", "Plank", "left", at(5, 4, 18, 33)), pain("bird-dog", "Bird dog", "right", at(5, 4, 18, 36)),
		pain("cat-cow", "Cat-cow", "", at(5, 4, 18, 37)))
	add(at(5, 11, 8, 0), "desk-break", "Desk break", "completed", 360)
	add(at(5, 12, 23, 50), "neck", "Neck \x1b[31mreset\x1b[0m", "completed", 20)
	add(at(5, 13, 9, 15), "desk-break", "Desk break", "stopped", 95)
	add(at(5, 13, 17, 0), "desk-break", "Desk break", "completed", 361)
	add(at(5, 14, 8, 2), "evening-unwind-with-a-very-long-name", "Evening unwind with a very long name", "completed", 900)
	return ta
}

func TestHistoryTable(t *testing.T) {
	ta := historyApp(t)
	if code := ta.run("history"); code != 0 || ta.errOut.Len() > 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	if strings.Contains(out, "\x1b") {
		t.Error("an escape sequence from the log reached the terminal")
	}
	for _, l := range strings.Split(out, "\n") {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line is %d columns: %q", n, l)
		}
	}
	golden(t, "history.golden", out)
}

// TestHistoryNarrowGolden: below 80 columns the history table gives way as limber list's
// does, two lines a session, so neither it nor its --device form runs past a 40-column pane.
func TestHistoryNarrowGolden(t *testing.T) {
	for _, width := range []int{40, 60, 79, 80} {
		for _, args := range [][]string{{"history"}, {"history", "--device"}} {
			ta := historyApp(t)
			onTerminal(ta, width)
			ta.env["NO_COLOR"] = "1"
			if code := ta.run(args...); code != 0 || ta.errOut.Len() > 0 {
				t.Fatalf("%v: exit %d: %s", args, code, ta.errOut)
			}
			out := ta.out.String()
			for _, l := range strings.Split(out, "\n") {
				if n := len([]rune(l)); n > width {
					t.Errorf("%d columns: limber %s: a line of %d: %q", width, strings.Join(args, " "), n, l)
				}
			}
			if !strings.Contains(out, "Evening unwind") || !strings.Contains(out, "Bird dog") {
				t.Errorf("%d columns: limber %s: a session or a note is missing:\n%s", width, strings.Join(args, " "), out)
			}
			if width == 40 {
				golden(t, strings.ReplaceAll(strings.Join(args, "-"), "--", "")+"-40.golden", out)
			}
		}
	}
}

func TestHistoryEmpty(t *testing.T) {
	ta := newTestApp(t)
	for args, want := range map[string]string{
		"history":        emptyHistory + "\n",
		"history --json": "[]\n",
		"history --csv":  "started,ended,routine,routine_name,kind,status,seconds,minutes,steps,steps_done,steps_skipped,pain,id\n",
	} {
		if code := ta.run(strings.Fields(args)...); code != 0 || ta.out.String() != want {
			t.Errorf("%s: exit %d, %q; want %q", args, code, ta.out, want)
		}
	}
}

func TestHistoryJSON(t *testing.T) {
	ta := historyApp(t)
	if code := ta.run("history", "--json", "--limit", "3"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	var got []journal.Entry
	if err := json.Unmarshal(ta.out.Bytes(), &got); err != nil {
		t.Fatalf("not a JSON array of entries: %v\n%s", err, ta.out)
	}
	if len(got) != 3 || got[0].Routine != "evening-unwind-with-a-very-long-name" || got[2].Status != "stopped" {
		t.Errorf("want the three newest, newest first: %+v", got)
	}
	if !strings.Contains(ta.out.String(), `"pain":[]`) || len(got[0].Steps) != 2 {
		t.Errorf("steps or pain missing:\n%s", ta.out)
	}
}

func TestHistoryCSV(t *testing.T) {
	ta := historyApp(t)
	if code := ta.run("history", "--csv"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(ta.out.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 9 || rows[0][0] != "started" || rows[0][len(rows[0])-1] != "id" {
		t.Fatalf("want a header and 8 rows, got %d: %v", len(rows), rows[:1])
	}
	want := []string{"2026-05-04T18:30:00+02:00", "2026-05-04T18:36:55+02:00", "low-back", "Lower back ease",
		"routine", "pain", "415", "6.9", "2", "1", "1", "Plank (left); Bird dog (right); Cat-cow"}
	if got := rows[6][:len(want)]; !slices.Equal(got, want) {
		t.Errorf("row 6\n got %q\nwant %q", got, want)
	}
	if got := rows[4][3]; got != "Neck reset" {
		t.Errorf("routine name %q, want the escape sequences removed: \"Neck reset\"", got)
	}
}

// TestHistoryCSVIsSanitized checks that no control character or escape sequence from the log
// (a hand-edited or hostile history.jsonl) reaches the CSV, in any text column. (A kind no
// version knows is skipped by every reader, so only a known one reaches the CSV.)
func TestHistoryCSVIsSanitized(t *testing.T) {
	ta := newTestApp(t)
	at := ta.clock.t.Add(-time.Hour)
	e := journal.Entry{V: 1, ID: "id\x1b]0;owned\x07-1", Routine: "r\x1b[2J", RoutineName: "Name\u009b31m\r\nnext",
		Kind: "routine", Status: "stopped\x1b[0m", Started: at, Ended: at.Add(time.Minute), Seconds: 60,
		Pain: []journal.Pain{{Exercise: "plank", Name: "Plank\x1b[5m\u202e", Side: "left\x00", At: at}}}
	if err := journal.Append(ta.historyPath(), e); err != nil {
		t.Fatal(err)
	}
	if code := ta.run("history", "--csv"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for i, r := range out {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x202e {
			t.Fatalf("control character %U at byte %d of the CSV: %q", r, i, out)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows, %v:\n%s", len(rows), err, out)
	}
	want := []string{"r", "Name next", "routine", "stopped"}
	if got := rows[1][2:6]; !slices.Equal(got, want) || rows[1][11] != "Plank (left)" || rows[1][12] != "id-1" {
		t.Errorf("row %q, want %q with pain \"Plank (left)\" and id \"id-1\"", rows[1], want)
	}
}

func TestHistorySinceAndLimit(t *testing.T) {
	ta := historyApp(t)
	for _, tc := range []struct {
		args  string
		dates []string
	}{
		{"--since 2026-05-13", []string{"2026-05-14 08:02", "2026-05-13 17:00", "2026-05-13 09:15"}},
		{"--since 2026-05-12 --limit 2", []string{"2026-05-14 08:02", "2026-05-13 17:00"}},
		{"--limit 1", []string{"2026-05-14 08:02"}},
		{"", []string{"2026-05-14 08:02", "2026-05-13 17:00", "2026-05-13 09:15", "2026-05-12 23:50",
			"2026-05-11 08:00", "2026-05-04 18:30", "2026-04-20 12:05", "2026-04-13 07:45"}},
	} {
		if code := ta.run(append([]string{"history"}, strings.Fields(tc.args)...)...); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.args, code, ta.errOut)
		}
		var dates []string
		for _, l := range strings.Split(ta.out.String(), "\n")[1:] {
			if len(l) > 16 && l[0] == '2' {
				dates = append(dates, l[:16])
			}
		}
		if !slices.Equal(dates, tc.dates) {
			t.Errorf("%s: %v, want %v", tc.args, dates, tc.dates)
		}
	}
	if ta.run("history", "--since", "2026-06-01"); ta.out.String() != "No sessions since 2026-06-01.\n" {
		t.Errorf("since the future: %q", ta.out)
	}
}

func TestHistoryUsageErrors(t *testing.T) {
	ta := historyApp(t)
	for _, args := range []string{
		"--since 2026-13-01", "--since yesterday", "--since", "--limit -1", "--limit 0", "--limit ten",
		"--json --csv", "--nope", "extra",
	} {
		if code := ta.run(append([]string{"history"}, strings.Fields(args)...)...); code != 2 {
			t.Errorf("history %s: exit %d, want 2 (stderr %q)", args, code, ta.errOut)
		}
		if ta.out.Len() > 0 || !strings.HasPrefix(ta.errOut.String(), "limber: history: ") {
			t.Errorf("history %s: stdout %q, stderr %q", args, ta.out, ta.errOut)
		}
	}
	if code := ta.run("history", "-h"); code != 0 || !strings.Contains(ta.out.String(), "usage: limber history") {
		t.Errorf("-h: exit %d, %q", code, ta.out)
	}
}

func TestHistoryReportsDamagedLines(t *testing.T) {
	ta := historyApp(t)
	f, err := os.OpenFile(ta.historyPath(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "{not json\n")
	for range 12 {
		fmt.Fprint(f, `{"v":1}`+"\n")
	}
	fmt.Fprint(f, `{"v":1,"id":"torn","started":"2026-05-14T09:`)
	f.Close()
	if code := ta.run("history"); code != 0 {
		t.Fatalf("exit %d", code)
	}
	warnings := strings.Split(strings.TrimSpace(ta.errOut.String()), "\n")
	name := filepath.Join("data", store.HistoryDevices, filepath.Base(ta.historyPath()))
	if len(warnings) != 11 || !strings.Contains(warnings[0], name+":9: damaged line skipped (invalid JSON") ||
		!strings.Contains(warnings[1], ":10: damaged line skipped (no id)") ||
		!strings.HasSuffix(warnings[10], ": 4 more damaged lines skipped") {
		t.Errorf("warnings:\n%s", ta.errOut)
	}
	if strings.Count(ta.out.String(), "\n2026-") != 8 {
		t.Errorf("the good sessions must still be listed:\n%s", ta.out)
	}
}

func TestHistoryUnreadable(t *testing.T) {
	ta := newTestApp(t)
	if err := os.MkdirAll(ta.historyPath(), 0o700); err != nil { // a folder where the file should be
		t.Fatal(err)
	}
	if code := ta.run("history"); code != 1 || !strings.Contains(ta.errOut.String(), filepath.Base(ta.historyPath())) {
		t.Errorf("exit %d, stderr %q", code, ta.errOut)
	}
}

// TestHistoryJSONCannotActOnATerminal checks that text from the log that could act on a
// terminal — controls, bidi and zero-width characters, line separators — comes out of
// history --json as \u escapes: still valid JSON, with the data unchanged.
func TestHistoryJSONCannotActOnATerminal(t *testing.T) {
	ta := newTestApp(t)
	at := ta.clock.t.Add(-time.Hour)
	name := "Desk\u202ebreak\u200b\u009b31m\u2028\u2066x\u2069\ufeff\x7f"
	e := journal.Entry{V: 1, ID: "id-1", Routine: "desk-break", RoutineName: name, Kind: "routine",
		Status: "completed", Started: at, Ended: at.Add(time.Minute), Seconds: 60,
		Pain: []journal.Pain{{Exercise: "plank", Name: "Plank\u061c\u200e", At: at}}}
	if err := journal.Append(ta.historyPath(), e); err != nil {
		t.Fatal(err)
	}
	if code := ta.run("history", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	out := ta.out.String()
	for i, r := range out {
		if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || r >= 0x200b && r <= 0x200f || r >= 0x2028 && r <= 0x202e ||
			r >= 0x2066 && r <= 0x2069 || r == 0x061c || r == 0xfeff {
			t.Fatalf("%U raw at byte %d of %q", r, i, out)
		}
	}
	var got []journal.Entry
	if err := json.Unmarshal(ta.out.Bytes(), &got); err != nil || len(got) != 1 {
		t.Fatalf("not valid JSON: %v\n%s", err, out)
	}
	if got[0].RoutineName != name || got[0].Pain[0].Name != "Plank\u061c\u200e" {
		t.Errorf("the data changed: %q, %q", got[0].RoutineName, got[0].Pain[0].Name)
	}
}

// TestHistoryLimitOnAnOutOfOrderLog checks --limit and --since on a log written the way two
// front ends write it: a session appended when it ends, so a long one started first is written
// after a short one started during it.
func TestHistoryLimitOnAnOutOfOrderLog(t *testing.T) {
	ta := newTestApp(t)
	at := func(h, m int) time.Time { return time.Date(2026, 11, 20, h, m, 0, 0, time.UTC) }
	for _, s := range []struct {
		id           string
		start, ended time.Time
	}{
		{"a", at(8, 0), at(8, 10)},
		{"c", at(9, 0), at(9, 40)}, // started before b, ended after it
		{"b", at(9, 5), at(9, 15)}, // appended late: out of end order too
		{"d", at(10, 0), at(10, 5)},
	} {
		e := journal.Entry{V: 1, ID: s.id, Routine: "desk-break", RoutineName: "Desk " + s.id, Kind: "routine",
			Status: "completed", Started: s.start, Ended: s.ended, Seconds: 60}
		if err := journal.Append(ta.historyPath(), e); err != nil {
			t.Fatal(err)
		}
	}
	for args, want := range map[string]string{
		"--limit 1":                    "d",
		"--limit 2":                    "d b",
		"--limit 3":                    "d b c",
		"":                             "d b c a",
		"--since 2026-11-20 --limit 3": "d b c",
		"--since 2026-11-21":           "",
	} {
		if code := ta.run(append([]string{"history", "--csv"}, strings.Fields(args)...)...); code != 0 {
			t.Fatalf("%s: exit %d: %s", args, code, ta.errOut)
		}
		rows, _ := csv.NewReader(strings.NewReader(ta.out.String())).ReadAll()
		var got []string
		for _, r := range rows[1:] {
			got = append(got, r[len(r)-1])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("history %s: %v, want %s", args, got, want)
		}
	}
}
