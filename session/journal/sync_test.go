package journal

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// A device in these tests is one machine's data folder: its own copy of the shared folder, in
// which it appends only to its own file. sync copies the files between the folders as a sync
// tool does, each file from the one machine that writes it.

type device struct {
	name string
	main string // its data folder's history.jsonl
}

func newDevices(t *testing.T, names ...string) []*device {
	t.Helper()
	root := t.TempDir()
	var ds []*device
	for _, n := range names {
		ds = append(ds, &device{name: n, main: filepath.Join(root, n, "history.jsonl")})
	}
	return ds
}

// own is the device's file of the log.
func (d *device) own() string { return DeviceFile(d.main, d.name) }

// file is the device's copy of a file of the shared folder, by its path in the folder.
func (d *device) file(rel string) string { return filepath.Join(filepath.Dir(d.main), rel) }

// session appends one completed session started at the given time, as Save does.
func (d *device) session(t *testing.T, id string, started time.Time) {
	t.Helper()
	e := sampleEntry(id, started, "completed")
	if err := Append(d.own(), e); err != nil {
		t.Fatal(err)
	}
}

// copyFile copies a file of the shared folder from one device's copy to another's, whole or
// (cut > 0) without its last cut bytes, as a copy taken while a line was being written.
func copyFile(t *testing.T, from, to *device, rel string, cut int) {
	t.Helper()
	b, err := os.ReadFile(from.file(rel))
	if err != nil {
		t.Fatal(err)
	}
	b = b[:len(b)-cut]
	if err := os.MkdirAll(filepath.Dir(to.file(rel)), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to.file(rel), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// syncAll gives every device every other device's file, as written.
func syncAll(t *testing.T, ds ...*device) {
	t.Helper()
	for _, from := range ds {
		for _, to := range ds {
			if from != to {
				if _, err := os.Stat(from.own()); err == nil {
					copyFile(t, from, to, filepath.Join("history.d", from.name+".jsonl"), 0)
				}
			}
		}
	}
}

// view is what every reader says of a device's log: each reader's ids, sorted, and the stats.
type view struct {
	read, where, newest, export []string
	stats                       Stats
	last                        time.Time
	damaged                     int
}

func look(t *testing.T, d *device, now time.Time) view {
	t.Helper()
	var v view
	entries, damaged, err := Read(d.own())
	if err != nil {
		t.Fatal(err)
	}
	v.read, v.damaged = ids(entries), len(damaged)
	kept, _, err := ReadWhere(d.main, func(e Entry) (Entry, bool) { return e, true })
	if err != nil {
		t.Fatal(err)
	}
	v.where = ids(kept)
	newest, _, err := ReadNewest(d.own(), 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	v.newest = ids(newest)
	var out bytes.Buffer
	if _, _, err := Export(&out, d.main); err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(out.String()) {
		e, reason := decodeLine([]byte(strings.TrimSpace(line)), noSteps)
		if reason != "" {
			t.Fatalf("export: %s: %q", reason, line)
		}
		v.export = append(v.export, e.ID)
	}
	if v.stats, _, err = ReadStats(d.main, now, time.UTC); err != nil {
		t.Fatal(err)
	}
	v.last, _, _ = LastEnded(d.own())
	for _, l := range [][]string{v.read, v.where, v.newest, v.export} {
		slices.Sort(l)
	}
	return v
}

// exactlyOnce checks that every reader of every device sees each of want once, and that they
// agree on the stats.
func exactlyOnce(t *testing.T, want []string, now time.Time, ds ...*device) {
	t.Helper()
	want = slices.Sorted(slices.Values(want))
	first := look(t, ds[0], now)
	for _, d := range ds {
		v := look(t, d, now)
		for name, got := range map[string][]string{"Read": v.read, "ReadWhere": v.where, "ReadNewest": v.newest, "Export": v.export} {
			if !slices.Equal(got, want) {
				t.Errorf("%s: %s has %d entries, want %d:\n got %v\nwant %v", d.name, name, len(got), len(want), got, want)
			}
		}
		if !reflect.DeepEqual(v.stats, first.stats) || !v.last.Equal(first.last) {
			t.Errorf("%s: stats %+v, last %v\nwant (as %s) %+v, %v", d.name, v.stats, v.last, ds[0].name, first.stats, first.last)
		}
		if v.stats.Total.Sessions != len(want) {
			t.Errorf("%s: stats count %d sessions, want %d", d.name, v.stats.Total.Sessions, len(want))
		}
	}
}

var syncNow = time.Date(2026, 6, 10, 20, 0, 0, 0, time.UTC)

// day is the morning of day n of June 2026.
func day(n, hour int) time.Time { return time.Date(2026, 6, n, hour, 0, 0, 0, time.UTC) }

// TestTwoDevicesUpgradeAtOnce: two machines share a folder holding the history.jsonl of before
// devices, upgrade at the same time, and go on with sessions on both; after each sync every
// session is on both once, history.jsonl is never written, and the streaks agree.
func TestTwoDevicesUpgradeAtOnce(t *testing.T) {
	laptop, desktop := func() (*device, *device) { ds := newDevices(t, "laptop-aaaaaa", "desktop-bbbbbb"); return ds[0], ds[1] }()
	var want []string
	var old bytes.Buffer
	for i := 1; i <= 3; i++ {
		id := fmt.Sprintf("old%d", i)
		old.WriteString(line(t, sampleEntry(id, day(i, 8), "completed")))
		want = append(want, id)
	}
	for _, d := range []*device{laptop, desktop} {
		if err := os.MkdirAll(filepath.Dir(d.main), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(d.main, old.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	exactlyOnce(t, want, syncNow, laptop, desktop)

	// Both upgraded: each writes its own file, before either has seen the other's.
	for i := 4; i <= 7; i++ {
		laptop.session(t, fmt.Sprintf("lap%d", i), day(i, 9))
		desktop.session(t, fmt.Sprintf("desk%d", i), day(i, 18))
		want = append(want, fmt.Sprintf("lap%d", i), fmt.Sprintf("desk%d", i))
	}
	syncAll(t, laptop, desktop)
	exactlyOnce(t, want, syncNow, laptop, desktop)
	for _, d := range []*device{laptop, desktop} {
		if b, _ := os.ReadFile(d.main); !bytes.Equal(b, old.Bytes()) {
			t.Errorf("%s: history.jsonl was written", d.name)
		}
	}
	if s := look(t, laptop, syncNow).stats; s.CurrentStreak != 0 || s.LongestStreak != 7 {
		t.Errorf("streaks %d/%d, want 0/7 (days 1 to 7)", s.CurrentStreak, s.LongestStreak)
	}

	// More sessions, another sync.
	laptop.session(t, "lap9", day(9, 9))
	desktop.session(t, "desk10", day(10, 7))
	want = append(want, "lap9", "desk10")
	syncAll(t, laptop, desktop)
	exactlyOnce(t, want, syncNow, laptop, desktop)
	if s := look(t, desktop, syncNow).stats; s.CurrentStreak != 2 {
		t.Errorf("current streak %d, want 2 (days 9 and 10, from both machines)", s.CurrentStreak)
	}
}

// TestThreeDevicesWithATornCopy: a copy taken while the laptop was writing a line reaches the
// desktop with that line torn; the desktop reads the rest (and says which line of which file
// is damaged), writes on, and after the next sync everything is there once, everywhere.
func TestThreeDevicesWithATornCopy(t *testing.T) {
	ds := newDevices(t, "laptop-aaaaaa", "desktop-bbbbbb", "work-cccccc")
	laptop, desktop, work := ds[0], ds[1], ds[2]
	var want []string
	for i, d := range ds {
		for j := range 3 {
			id := fmt.Sprintf("%s-%d", d.name[:4], j)
			d.session(t, id, day(1+j, 8+i))
			want = append(want, id)
		}
	}
	syncAll(t, ds...)
	exactlyOnce(t, want, syncNow, ds...)

	laptop.session(t, "lap-late", day(5, 9))
	copyFile(t, laptop, desktop, "history.d/laptop-aaaaaa.jsonl", 40) // mid-write
	v := look(t, desktop, syncNow)
	if v.damaged != 1 || slices.Contains(v.read, "lap-late") || len(v.read) != len(want) {
		t.Errorf("desktop with a torn copy: %d damaged, %d entries (%v)", v.damaged, len(v.read), v.read)
	}
	_, damaged, _ := Read(desktop.main)
	if len(damaged) != 1 || !strings.HasSuffix(damaged[0].File, filepath.Join("history.d", "laptop-aaaaaa.jsonl")) || damaged[0].Line != 4 {
		t.Errorf("damage %+v: want line 4 of the laptop's file", damaged)
	}
	desktop.session(t, "desk-late", day(5, 20))
	want = append(want, "lap-late", "desk-late")
	syncAll(t, ds...)
	exactlyOnce(t, want, syncNow, laptop, desktop, work)
	if b, _ := os.ReadFile(desktop.own()); bytes.Contains(b, []byte("lap-late")) {
		t.Error("the desktop wrote into its own file what it read from the laptop's")
	}
}

// TestConflictCopies: two machines that got one device id (a home folder copied to a new
// machine) both write one file; the sync tool keeps one version and puts the other beside it
// as a conflict copy — Syncthing's and Dropbox's names — and a conflict copy of history.jsonl
// from before devices lies in the data folder. Every session counts once; temporary files of
// the sync tools are not read at all.
func TestConflictCopies(t *testing.T) {
	ds := newDevices(t, "twin-aaaaaa", "twin-aaaaaa-2")
	a, b := ds[0], ds[1]
	b.name = a.name // the copied state folder: the same id
	var want []string
	for i := range 3 {
		a.session(t, fmt.Sprintf("common%d", i), day(1+i, 8))
		want = append(want, fmt.Sprintf("common%d", i))
	}
	copyFile(t, a, b, "history.d/twin-aaaaaa.jsonl", 0)
	a.session(t, "only-a", day(5, 8))
	b.session(t, "only-b", day(5, 19))
	want = append(want, "only-a", "only-b")
	// The tool keeps a's version on both and b's beside it.
	loser, _ := os.ReadFile(b.own())
	for _, d := range ds {
		copyFile(t, a, d, "history.d/twin-aaaaaa.jsonl", 0)
		for _, name := range []string{"twin-aaaaaa.sync-conflict-20260605-190102-ABCDEFG.jsonl", "twin-aaaaaa (b's conflicted copy 2026-06-05).jsonl"} {
			if err := os.WriteFile(d.file(filepath.Join("history.d", name)), loser, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	// history.jsonl and its copy from before devices, and what sync tools leave while working.
	var old bytes.Buffer
	old.WriteString(line(t, sampleEntry("old1", day(1, 6), "completed")))
	copyOld := old.String() + line(t, sampleEntry("old2", day(2, 6), "completed"))
	want = append(want, "old1", "old2")
	stray := line(t, sampleEntry("never-read", day(6, 6), "completed"))
	for _, d := range ds {
		for name, body := range map[string]string{
			"history.jsonl": old.String(), "history.sync-conflict-20260602-060000-XYZ.jsonl": copyOld,
			".syncthing.history.jsonl.tmp": stray, "history.d/.syncthing.twin-aaaaaa.jsonl.tmp": stray,
			"history.d/~syncthing~twin.jsonl.tmp": stray, "history.d/~$twin.jsonl": stray,
			"history.d/twin.jsonl.tmp": stray, "history.d/twin.jsonl.lock": "",
		} {
			if err := os.WriteFile(d.file(name), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	exactlyOnce(t, want, syncNow, a, b)
}

// TestConcurrentWritersOnOneDevice: six processes of one device append to its file at once and
// lose nothing, as on one file before devices; the log read from the main path holds them all.
func TestConcurrentWritersOnOneDevice(t *testing.T) {
	const procs, each = 6, 30
	d := newDevices(t, "laptop-aaaaaa")[0]
	var cmds []interface{ Wait() error }
	for w := range procs {
		cmds = append(cmds, helper(t, d.own(), w, each))
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	entries, damaged, err := Read(d.main)
	if err != nil || len(damaged) != 0 || len(entries) != procs*each {
		t.Fatalf("%d entries (want %d), damaged %v, %v", len(entries), procs*each, damaged, err)
	}
	for _, e := range entries {
		if e.Device != d.name {
			t.Fatalf("entry %s names device %q, want %q", e.ID, e.Device, d.name)
		}
	}
	for _, p := range []string{d.own(), d.own() + ".lock", filepath.Dir(d.own())} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := os.FileMode(0o600); fi.IsDir() && fi.Mode().Perm() != 0o700 || !fi.IsDir() && fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v", p, fi.Mode())
		}
	}
}

// TestOneMachineNotYetUpgraded: the laptop runs the new version while the desktop, sharing the
// folder, still runs one from before devices and appends to history.jsonl. Each file still has
// one writer — the desktop history.jsonl, the laptop its own — so the sync tool sees no
// conflict, and every session is read once on both. When the desktop upgrades at last, its
// sessions go to its own file and history.jsonl stays as the old version left it.
func TestOneMachineNotYetUpgraded(t *testing.T) {
	ds := newDevices(t, "laptop-aaaaaa", "desktop-bbbbbb")
	laptop, desktop := ds[0], ds[1]
	var want []string
	for i := 1; i <= 3; i++ {
		laptop.session(t, fmt.Sprintf("lap%d", i), day(i, 9))
		old := sampleEntry(fmt.Sprintf("old%d", i), day(i, 18), "completed") // no device
		if err := Append(desktop.main, old); err != nil {
			t.Fatal(err)
		}
		want = append(want, fmt.Sprintf("lap%d", i), fmt.Sprintf("old%d", i))
		syncAll(t, laptop, desktop)
		copyFile(t, desktop, laptop, "history.jsonl", 0)
	}
	exactlyOnce(t, want, syncNow, laptop, desktop)
	before, _ := os.ReadFile(desktop.main)
	if bytes.Contains(before, []byte(`"device"`)) {
		t.Fatalf("the old version's lines name a device:\n%s", before)
	}

	desktop.session(t, "desk4", day(4, 18)) // upgraded
	want = append(want, "desk4")
	syncAll(t, laptop, desktop)
	exactlyOnce(t, want, syncNow, laptop, desktop)
	for _, d := range ds {
		if after, _ := os.ReadFile(d.main); !bytes.Equal(after, before) {
			t.Errorf("%s: history.jsonl changed after the upgrade", d.name)
		}
	}
	if s := look(t, laptop, syncNow).stats; s.LongestStreak != 4 {
		t.Errorf("longest streak %d, want 4 (days 1 to 4, from both machines and both versions)", s.LongestStreak)
	}
}
