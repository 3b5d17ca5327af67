package journal

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// checkIn is an entry of a kind this version does not know, with a field it does not know.
const checkIn = `{"v":1,"id":"CHECKIN1","device":"laptop-aaaaaa","kind":"mood","started":"2026-06-03T21:00:00Z","ended":"2026-06-03T21:00:00Z","mood":4,"steps":[],"pain":[]}`

// TestKindsPassThrough: an entry of a kind (and with fields) this version does not know is
// skipped by the readers of sessions (a newer writer's kind is never counted as a session, see
// events.go), and exported and imported byte for byte.
func TestKindsPassThrough(t *testing.T) {
	ds := newDevices(t, "laptop-aaaaaa", "desktop-bbbbbb")
	laptop, desktop := ds[0], ds[1]
	laptop.session(t, "S1", day(2, 8))
	f, err := os.OpenFile(laptop.own(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(checkIn + "\n")
	f.Close()
	laptop.session(t, "S2", day(4, 8))
	entries, _, err := Read(laptop.main)
	if err != nil || !slices.Equal(ids(entries), []string{"S1", "S2"}) {
		t.Fatalf("Read: %v %v", ids(entries), err)
	}
	var out bytes.Buffer
	if n, _, err := Export(&out, laptop.own()); err != nil || n != 3 || !strings.Contains(out.String(), checkIn+"\n") {
		t.Fatalf("export (%d, %v) lost the check-in as it was:\n%s", n, err, out.String())
	}
	backup := filepath.Join(t.TempDir(), "backup.jsonl")
	os.WriteFile(backup, out.Bytes(), 0o600)
	res, err := Import(desktop.main, backup, syncNow)
	if err != nil || res.Added != 3 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	if b, _ := os.ReadFile(res.File); !bytes.Contains(b, []byte(checkIn+"\n")) {
		t.Errorf("the import file lost the check-in as it was:\n%s", b)
	}
	newest, _, _ := ReadNewest(desktop.main, 0, time.Time{})
	if !slices.Equal(ids(newest), []string{"S2", "S1"}) {
		t.Errorf("newest first: %v", ids(newest))
	}
}

// TestExportIsOneLogOldestFirst: the export of three devices' files and history.jsonl holds each
// entry once, oldest first, each line as it is in its file; it reads back as the same history.
func TestExportIsOneLogOldestFirst(t *testing.T) {
	ds := newDevices(t, "a-aaaaaa", "b-bbbbbb", "c-cccccc")
	var lines []string
	old := ""
	for i := range 5 {
		l := line(t, sampleEntry(fmt.Sprintf("old%d", i), day(1, 6+i), "completed"))
		old += l
		lines = append(lines, l)
	}
	os.MkdirAll(filepath.Dir(ds[0].main), 0o700)
	os.WriteFile(ds[0].main, []byte(old), 0o600)
	for i := range 30 {
		d := ds[i%3]
		d.session(t, fmt.Sprintf("s%02d", i), day(2, 0).Add(time.Duration(i)*37*time.Minute))
	}
	for _, d := range ds[1:] {
		copyFile(t, d, ds[0], filepath.Join("history.d", d.name+".jsonl"), 0)
	}
	for _, d := range ds {
		b, _ := os.ReadFile(ds[0].file(filepath.Join("history.d", d.name+".jsonl")))
		lines = append(lines, strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	// and a conflict copy, whose entries are there already
	os.WriteFile(ds[0].file("history (conflicted copy).jsonl"), []byte(old), 0o600)

	var out bytes.Buffer
	n, damaged, err := Export(&out, ds[0].main)
	if err != nil || len(damaged) != 0 || n != 35 {
		t.Fatalf("export: %d, %v, %v", n, damaged, err)
	}
	got := strings.SplitAfter(strings.TrimSuffix(out.String(), "\n"), "\n")
	for i := range got {
		if !strings.HasSuffix(got[i], "\n") {
			got[i] += "\n"
		}
	}
	if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(fixNL(lines)))) {
		t.Errorf("the export's lines are not the files' lines, each once:\n%s", out.String())
	}
	exported := filepath.Join(t.TempDir(), "all.jsonl")
	os.WriteFile(exported, out.Bytes(), 0o600)
	es, _, _ := Read(exported)
	if !slices.IsSortedFunc(es, func(a, b Entry) int { return a.Started.Compare(b.Started) }) || len(es) != 35 {
		t.Errorf("not oldest first: %v", ids(es))
	}
	want, _, _ := ReadStats(ds[0].main, syncNow, time.UTC)
	if s, _, _ := ReadStats(exported, syncNow, time.UTC); s.Total != want.Total || s.LongestStreak != want.LongestStreak {
		t.Errorf("the export's stats %+v differ from the log's %+v", s.Total, want.Total)
	}
}

func fixNL(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l+"\n")
		}
	}
	return out
}

// TestImport: an import adds what is new in a file of its own (0600, in end order), says what
// was known and damaged, changes no existing file, and importing again adds nothing.
func TestImport(t *testing.T) {
	d := newDevices(t, "laptop-aaaaaa")[0]
	d.session(t, "have1", day(1, 8))
	d.session(t, "have2", day(2, 8))
	before, _ := os.ReadFile(d.own())
	src := line(t, sampleEntry("new2", day(3, 9), "completed")) + // out of order in the file
		line(t, sampleEntry("have1", day(1, 8), "completed")) +
		"{damaged\n" +
		line(t, sampleEntry("new1", day(3, 8), "completed")) +
		line(t, sampleEntry("new1", day(3, 8), "completed")) + // twice
		`{"v":1,"id":"torn","started":"2026-06-0`
	from := filepath.Join(t.TempDir(), "backup.jsonl")
	os.WriteFile(from, []byte(src), 0o600)
	res, err := Import(d.own(), from, syncNow)
	if err != nil || res.Added != 2 || res.Known != 2 || len(res.Damaged) != 2 ||
		res.Damaged[0].Line != 3 || res.Damaged[1].Line != 6 || res.Damaged[0].File != from {
		t.Fatalf("import: %+v, %v", res, err)
	}
	if filepath.Dir(res.File) != filepath.Dir(d.own()) || !strings.HasPrefix(filepath.Base(res.File), "import-") {
		t.Errorf("imported into %s, want a file of its own beside the device's", res.File)
	}
	if fi, err := os.Stat(res.File); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("import file: %v, %v", fi, err)
	}
	var imported []Entry // the file alone: Read(res.File) would read the whole log
	f, _ := os.Open(res.File)
	Scan(f, func(e Entry) error { imported = append(imported, e); return nil })
	f.Close()
	if !slices.Equal(ids(imported), []string{"new1", "new2"}) {
		t.Errorf("import file holds %v, want new1, new2 in end order", ids(imported))
	}
	if after, _ := os.ReadFile(d.own()); !bytes.Equal(before, after) {
		t.Error("the device's own file changed")
	}
	again, err := Import(d.own(), from, syncNow)
	if err != nil || again.File != "" || again.Added != 0 || again.Known != 4 {
		t.Errorf("import again: %+v, %v", again, err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(d.own()), ".import-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	entries, _, _ := Read(d.main)
	if !slices.Equal(ids(entries), []string{"have1", "have2", "new1", "new2"}) {
		t.Errorf("history after the import: %v", ids(entries))
	}
	if _, err := Import(d.own(), filepath.Join(t.TempDir(), "missing.jsonl"), syncNow); err == nil {
		t.Error("importing a missing file: no error")
	}
}

// TestSameBackupImportedOnTwoDevices: both machines import one backup before they sync; after
// the sync each session counts once.
func TestSameBackupImportedOnTwoDevices(t *testing.T) {
	ds := newDevices(t, "laptop-aaaaaa", "desktop-bbbbbb")
	var src string
	var want []string
	for i := range 4 {
		src += line(t, sampleEntry(fmt.Sprintf("b%d", i), day(1+i, 7), "completed"))
		want = append(want, fmt.Sprintf("b%d", i))
	}
	from := filepath.Join(t.TempDir(), "backup.jsonl")
	os.WriteFile(from, []byte(src), 0o600)
	for i, d := range ds {
		d.session(t, d.name, day(6, 7+i))
		want = append(want, d.name)
		res, err := Import(d.own(), from, syncNow.Add(time.Duration(i)*time.Second))
		if err != nil || res.Added != 4 {
			t.Fatal(res, err)
		}
	}
	syncAll(t, ds...)
	for _, from := range ds {
		files, _ := filepath.Glob(from.file("history.d/import-*.jsonl"))
		for _, f := range files {
			for _, to := range ds {
				if to != from {
					copyFile(t, from, to, filepath.Join("history.d", filepath.Base(f)), 0)
				}
			}
		}
	}
	exactlyOnce(t, want, syncNow, ds...)
}

// TestOriginalsAreNotRemembered: a million sessions in the devices' own files would cost no
// memory to tell copies; entries of a conflict copy or an import are remembered, once each.
func TestOriginalsAreNotRemembered(t *testing.T) {
	ds := newDevices(t, "a-aaaaaa", "b-bbbbbb")
	for i := range 50 {
		ds[i%2].session(t, fmt.Sprintf("s%02d", i), day(1, 0).Add(time.Duration(i)*time.Hour))
	}
	copyFile(t, ds[1], ds[0], "history.d/b-bbbbbb.jsonl", 0)
	r, err := forEach(ds[0].main, noSteps, func(Entry) error { return nil })
	if err != nil || r.remembered != 0 || r.files != 2 {
		t.Fatalf("two devices' files: %+v, %v; want nothing remembered", r, err)
	}
	b, _ := os.ReadFile(ds[0].own())
	os.WriteFile(ds[0].file("history.d/a-aaaaaa.sync-conflict-20260601-000000-X.jsonl"), b, 0o600)
	count := 0
	r, err = forEach(ds[0].main, noSteps, func(Entry) error { count++; return nil })
	if err != nil || r.remembered != 25 || count != 50 {
		t.Errorf("with a conflict copy of 25: %+v, %d entries, %v", r, count, err)
	}
}

// TestSyncCopyNames: the names the sync tools give conflict copies, and the ones they are not.
func TestSyncCopyNames(t *testing.T) {
	for name, want := range map[string]bool{
		"history.sync-conflict-20260605-190102-ABCDEFG.jsonl": true,
		"history (conflicted copy 2026-06-05).jsonl":          true,
		"history (Jane's conflicted copy 2026-06-05).jsonl":   true,
		"history-DESKTOP-4F2K1.jsonl":                         true,
		"history 2.jsonl":                                     true,
		"history(1).jsonl":                                    true,
		"history.jsonl":                                       false,
		"history2.jsonl":                                      false,
		"historyx.jsonl":                                      false,
		"history.jsonl.lock":                                  false,
		".syncthing.history.jsonl.tmp":                        false,
		"~syncthing~history.jsonl.tmp":                        false,
		".history.sync-conflict-1.jsonl":                      false,
		"history.sync-conflict-1.json":                        false,
	} {
		if got := SyncCopy(name, "history.jsonl"); got != want {
			t.Errorf("SyncCopy(%q) = %v, want %v", name, got, want)
		}
	}
	if !SyncCopy("safety.sync-conflict-20260101-000000-X.json", "safety.json") || SyncCopy("safety.jsonl", "safety.json") {
		t.Error("safety.json's copies")
	}
}

// BenchmarkIDSet measures what telling copies costs, per id, with a million ids remembered
// (a million-session conflict copy, the worst case), against a map of the ids as strings.
func BenchmarkIDSet(b *testing.B) {
	const n = 1_000_000
	idList := make([]string, n)
	for i := range idList {
		idList[i] = NewID(time.Unix(int64(i), 0))
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for b.Loop() {
		before := heap()
		s := newIDSet()
		for _, id := range idList {
			s.add(id)
		}
		hashed := heap() - before
		before = heap()
		m := map[string]struct{}{}
		for _, id := range idList {
			m[strings.Clone(id)] = struct{}{} // a reader's ids are its own strings
		}
		strs := heap() - before
		b.ReportMetric(float64(hashed)/n, "B/id")
		b.ReportMetric(float64(strs)/n, "B/id-as-string")
		runtime.KeepAlive(s)
		runtime.KeepAlive(m)
	}
}
