package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/store"
)

// machine is a test app on another machine that shares ta's data folder (its own home, so its
// own state folder and device id).
func machine(t *testing.T, ta *testApp) *testApp {
	t.Helper()
	other := newTestApp(t)
	other.env["LIMBER_DATA_DIR"] = ta.dataDir()
	other.clock.t = ta.clock.t
	return other
}

func device(t *testing.T, ta *testApp) string {
	t.Helper()
	id, err := ta.data().Device()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestRunAfterUpgrade: with a history.jsonl from before devices, a run is saved to this
// device's own file; history.jsonl is left as it was, and history and stats show both.
func TestRunAfterUpgrade(t *testing.T) {
	ta := newTestApp(t)
	old := ta.data().LogPath()
	addSessionAt(t, old, time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC))
	before, _ := os.ReadFile(old)
	if code := ta.run("run", "--plain"); code != 0 {
		t.Fatalf("run: exit %d, %s", code, ta.errOut)
	}
	if after, _ := os.ReadFile(old); string(after) != string(before) {
		t.Error("history.jsonl was written")
	}
	if b, err := os.ReadFile(ta.historyPath()); err != nil || strings.Count(string(b), "\n") != 1 ||
		!strings.Contains(string(b), `"device":"`+device(t, ta)+`"`) {
		t.Errorf("this device's file: %v\n%s", err, b)
	}
	if code := ta.run("history", "--device"); code != 0 || strings.Count(ta.out.String(), "\n") != 3 ||
		!strings.Contains(ta.out.String(), device(t, ta)) || !strings.Contains(ta.out.String(), "completed  -\n") {
		t.Errorf("history --device: exit %d\n%q%s", code, ta.out, ta.errOut)
	}
	if code := ta.run("stats", "--json"); code != 0 || !strings.Contains(ta.out.String(), `"sessions": 2`) {
		t.Errorf("stats: exit %d\n%s", code, ta.out)
	}
}

func addSessionAt(t *testing.T, path string, started time.Time) string {
	t.Helper()
	e := journal.Entry{V: 1, ID: journal.NewID(started), Routine: "desk-break", RoutineName: "Desk break",
		Kind: journal.KindRoutine, Status: "completed", Started: started, Ended: started.Add(5 * time.Minute), Seconds: 300}
	if err := journal.Append(path, e); err != nil {
		t.Fatal(err)
	}
	return e.ID
}

// TestTwoMachinesOneFolder: the laptop and the desktop share the data folder; each writes its
// own file and both see every session once, with which device wrote it.
func TestTwoMachinesOneFolder(t *testing.T) {
	laptop := newTestApp(t)
	desktop := machine(t, laptop)
	if device(t, laptop) == device(t, desktop) {
		t.Fatal("two machines, one device id")
	}
	base := time.Date(2026, 11, 18, 8, 0, 0, 0, time.UTC)
	for i := range 3 {
		addSessionAt(t, laptop.historyPath(), base.Add(time.Duration(i)*24*time.Hour))
		addSessionAt(t, desktop.historyPath(), base.Add(time.Duration(i)*24*time.Hour+9*time.Hour))
	}
	var outs []string
	for _, ta := range []*testApp{laptop, desktop} {
		if code := ta.run("stats"); code != 0 {
			t.Fatalf("stats: %d %s", code, ta.errOut)
		}
		outs = append(outs, ta.out.String())
		if code := ta.run("history", "--csv", "--device"); code != 0 {
			t.Fatalf("history: %d %s", code, ta.errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(ta.out.String())).ReadAll()
		if err != nil || len(rows) != 7 || rows[0][len(rows[0])-1] != "device" {
			t.Fatalf("csv: %v %v", err, rows)
		}
		byDevice := map[string]int{}
		for _, r := range rows[1:] {
			byDevice[r[len(r)-1]]++
		}
		if byDevice[device(t, laptop)] != 3 || byDevice[device(t, desktop)] != 3 {
			t.Errorf("sessions by device: %v", byDevice)
		}
		if code := ta.run("history", "--json", "--device", "--limit", "1"); code != 0 ||
			!strings.Contains(ta.out.String(), `"device":"`+device(t, desktop)+`"`) {
			t.Errorf("--json --device: %s", ta.out)
		}
		if code := ta.run("history", "--json", "--limit", "1"); code != 0 || strings.Contains(ta.out.String(), `"device"`) {
			t.Errorf("--json without --device names the device: %s", ta.out)
		}
	}
	if outs[0] != outs[1] || !strings.Contains(outs[0], "6 sessions") {
		t.Errorf("the machines disagree:\n%s\n%s", outs[0], outs[1])
	}

	// limber config names this machine and the other; a conflict copy the sync tool left is
	// listed as read too, and counts nothing twice.
	b, err := os.ReadFile(desktop.historyPath())
	if err != nil {
		t.Fatal(err)
	}
	conflict := strings.TrimSuffix(desktop.historyPath(), ".jsonl") + ".sync-conflict-20261120-100000-ABCDEFG.jsonl"
	if err := os.WriteFile(conflict, b, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, ta := range []*testApp{laptop, desktop} {
		other := device(t, desktop)
		if ta == desktop {
			other = device(t, laptop)
		}
		if code := ta.run("config"); code != 0 {
			t.Fatalf("config: exit %d, %s", code, ta.errOut)
		}
		out := ta.out.String()
		for _, want := range []string{"#   device id       " + device(t, ta), "#   other devices   " + other + "\n",
			"#   copy or import  " + conflict + "  (read too, each session once)"} {
			if !strings.Contains(out, want) {
				t.Errorf("config lacks %q:\n%s", want, out)
			}
		}
		if code := ta.run("stats"); code != 0 || ta.out.String() != outs[0] {
			t.Errorf("stats with a conflict copy:\n%s\nwant\n%s", ta.out, outs[0])
		}
	}
	if code := laptop.run("config", "--json"); code != 0 {
		t.Fatal(laptop.errOut)
	}
	var v struct {
		Device string
		Others []string `json:"other_devices"`
		Copies []string `json:"history_copies"`
	}
	if err := json.Unmarshal(laptop.out.Bytes(), &v); err != nil || v.Device != device(t, laptop) ||
		len(v.Others) != 1 || v.Others[0] != device(t, desktop) || len(v.Copies) != 1 || v.Copies[0] != conflict {
		t.Errorf("config --json: %+v %v", v, err)
	}
}

// TestImportExport: export writes every device's history as one file, oldest first; import of
// another machine's file adds only what is new, in a file of its own, and says so.
func TestImportExport(t *testing.T) {
	ta := newTestApp(t)
	base := time.Date(2026, 11, 10, 8, 0, 0, 0, time.UTC)
	for i := range 4 {
		addSessionAt(t, ta.historyPath(), base.Add(time.Duration(i)*24*time.Hour))
	}
	elsewhere := newTestApp(t) // a machine that never shared the folder
	addSessionAt(t, elsewhere.historyPath(), base.Add(-24*time.Hour))
	addSessionAt(t, elsewhere.historyPath(), base.Add(100*time.Hour))
	out := filepath.Join(t.TempDir(), "all.jsonl")
	if code := ta.run("history", "export", "-o", out); code != 0 || !strings.Contains(ta.errOut.String(), "Exported 4 entries to") {
		t.Fatalf("export: exit %d, %s", code, ta.errOut)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("export file: %v %v", fi, err)
	}
	if code := elsewhere.run("history", "import", out); code != 0 ||
		!strings.Contains(elsewhere.out.String(), "Imported 4 entries from") {
		t.Fatalf("import: exit %d, %s%s", code, elsewhere.out, elsewhere.errOut)
	}
	if code := elsewhere.run("history", "import", out); code != 0 || !strings.Contains(elsewhere.out.String(), "Nothing new in") {
		t.Errorf("import again: exit %d, %s", code, elsewhere.out)
	}
	files, _ := filepath.Glob(filepath.Join(elsewhere.dataDir(), store.HistoryDevices, "import-*.jsonl"))
	if len(files) != 1 {
		t.Errorf("import files %v", files)
	}
	if code := elsewhere.run("history", "export"); code != 0 {
		t.Fatal(elsewhere.errOut)
	}
	var prev time.Time
	n := 0
	for line := range strings.Lines(elsewhere.out.String()) {
		var e journal.Entry
		if err := json.Unmarshal([]byte(line), &e); err != nil || e.Started.Before(prev) {
			t.Fatalf("export line %d: %v, started %v after %v", n, err, e.Started, prev)
		}
		prev = e.Started
		n++
	}
	if n != 6 {
		t.Errorf("export to stdout: %d lines, want 6", n)
	}
}

func TestHistoryImportExportMistakes(t *testing.T) {
	ta := newTestApp(t)
	for args, want := range map[string]string{
		"history import":                 "import needs the FILE",
		"history import a.jsonl --json":  "history import does not take --json",
		"history export --limit 3":       "history export does not take --limit",
		"history export x.jsonl":         `unexpected "x.jsonl"`,
		"history -o x.jsonl":             "history does not take -o",
		"history sync":                   `"sync" is not something history does`,
		"history import a b c":           "unexpected",
		"history import /no/such.jsonl":  "no such file",
		"history export -o /no/such/dir": "/no/such/dir",
	} {
		code := ta.run(strings.Fields(args)...)
		if code == 0 || !strings.Contains(ta.errOut.String(), want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", args, code, ta.errOut, want)
		}
	}
}

// TestReadingMakesNothing: the commands that only read the history (status, stats, history,
// export, goals, report, export ROUTINE) make no file on a fresh machine, not even the device id.
func TestReadingMakesNothing(t *testing.T) {
	ta := newTestApp(t)
	for _, args := range []string{"status", "stats", "history", "history --limit 2", "history export", "goals", "report", "report --format md", "export desk-break"} {
		if code := ta.run(strings.Fields(args)...); code != 0 {
			t.Fatalf("%s: exit %d", args, code)
		}
		if entries, _ := os.ReadDir(ta.env["HOME"]); len(entries) != 0 {
			t.Errorf("limber %s made %v", args, entries)
		}
	}
}
