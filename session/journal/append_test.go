package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

var testStart = time.Date(2026, 5, 12, 8, 30, 0, 0, time.FixedZone("CEST", 2*3600))

func TestAppendCreatesPrivateFileAndFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "limber")
	path := filepath.Join(dir, "history.jsonl")
	if err := Append(path, sampleEntry("A1", testStart, "completed")); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]fs.FileMode{dir: fs.ModeDir | 0o700, path: 0o600, path + ".lock": 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode(), want)
		}
	}
	entries, damaged, err := Read(path)
	if err != nil || len(damaged) != 0 || len(entries) != 1 || entries[0].ID != "A1" {
		t.Fatalf("Read = %v, %v, %v", entries, damaged, err)
	}
}

func TestAppendRejectsEntryWithoutIDOrStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	if err := Append(path, Entry{Started: testStart}); err == nil {
		t.Error("no id: want an error")
	}
	if err := Append(path, Entry{ID: "x"}); err == nil {
		t.Error("no start: want an error")
	}
}

func TestAppendAfterTornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	first, _ := Marshal(sampleEntry("A1", testStart, "completed"))
	torn, _ := Marshal(sampleEntry("A2", testStart.Add(time.Hour), "completed"))
	if err := os.WriteFile(path, append(first, torn[:len(torn)/2]...), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Append(path, sampleEntry("A3", testStart.Add(2*time.Hour), "completed")); err != nil {
		t.Fatal(err)
	}
	entries, damaged, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].ID != "A1" || entries[1].ID != "A3" {
		t.Errorf("entries = %v, want A1 and A3", ids(entries))
	}
	if len(damaged) != 1 || damaged[0].Line != 2 {
		t.Errorf("damaged = %v, want line 2", damaged)
	}
	data, _ := os.ReadFile(path)
	if !bytes.HasSuffix(data, []byte("}\n")) || bytes.Count(data, []byte("\n")) != 3 {
		t.Errorf("file does not end in three whole lines:\n%s", data)
	}
}

// fakeFile is an appendFile whose operations fail on demand.
type fakeFile struct {
	bytes.Buffer
	statErr, writeErr, syncErr error
	short                      bool
}

// Truncate cuts the file to size, as os.File.Truncate does.
func (f *fakeFile) Truncate(size int64) error {
	f.Buffer.Truncate(int(size))
	return nil
}

func (f *fakeFile) Stat() (os.FileInfo, error) {
	if f.statErr != nil {
		return nil, f.statErr
	}
	return fakeInfo{size: int64(f.Len())}, nil
}

func (f *fakeFile) ReadAt(p []byte, off int64) (int, error) { return copy(p, f.Bytes()[off:]), nil }

func (f *fakeFile) Write(p []byte) (int, error) {
	switch {
	case f.writeErr != nil:
		return 0, f.writeErr
	case f.short:
		return f.Buffer.Write(p[:len(p)/2])
	}
	return f.Buffer.Write(p)
}

func (f *fakeFile) Sync() error { return f.syncErr }

type fakeInfo struct {
	os.FileInfo
	size int64
}

func (fi fakeInfo) Size() int64 { return fi.size }

func TestAppendLineReportsEveryFailure(t *testing.T) {
	line := []byte(`{"v":1}` + "\n")
	for name, f := range map[string]*fakeFile{
		"disk full":   {writeErr: syscall.ENOSPC},
		"short write": {short: true},
		"sync":        {syncErr: syscall.EIO},
		"stat":        {statErr: syscall.EIO},
	} {
		f.WriteString("{\"v\":1,\"id\":\"old\"}\n")
		if _, err := appendLine(f, line); err == nil {
			t.Errorf("%s: appendLine returned nil", name)
		}
		if got := f.String(); got != "{\"v\":1,\"id\":\"old\"}\n" {
			t.Errorf("%s: the log was left as %q, want it as it was", name, got)
		}
	}
	f := &fakeFile{}
	f.WriteString("{torn")
	if _, err := appendLine(f, line); err != nil || f.String() != "{torn\n"+string(line) {
		t.Errorf("after a torn line: %q, %v", f.String(), err)
	}
}

func TestAppendReportsUnusableFolder(t *testing.T) {
	// A file where the folder should be fails even for root.
	parent := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(parent, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Append(filepath.Join(parent, "h.jsonl"), sampleEntry("A", testStart, "completed")); err == nil {
		t.Error("Append under a file returned nil")
	}
}

// TestHelperAppend is not a test: the process tests run the test binary with
// LIMBER_JOURNAL_HELPER=path,worker,count and it appends count entries (forever when count is 0).
func TestHelperAppend(t *testing.T) {
	spec := os.Getenv("LIMBER_JOURNAL_HELPER")
	if spec == "" {
		t.Skip("helper process only")
	}
	var path string
	var worker, count int
	if _, err := fmt.Sscanf(spec, "%d,%d,%s", &worker, &count, &path); err != nil {
		t.Fatal(err)
	}
	for i := 0; count == 0 || i < count; i++ {
		e := sampleEntry(NewID(time.Now()), testStart.Add(time.Duration(i)*time.Minute), "completed")
		e.Routine = "w" + strconv.Itoa(worker) + "-" + strconv.Itoa(i)
		if err := Append(path, e); err != nil {
			t.Fatal(err)
		}
	}
}

func helper(t *testing.T, path string, worker, count int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperAppend$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("LIMBER_JOURNAL_HELPER=%d,%d,%s", worker, count, path))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func TestAppendFromManyProcesses(t *testing.T) {
	const procs, each = 6, 50
	path := filepath.Join(t.TempDir(), "history.jsonl")
	var cmds []*exec.Cmd
	for w := range procs {
		cmds = append(cmds, helper(t, path, w, each))
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatal(err)
		}
	}
	entries, damaged, err := Read(path)
	if err != nil || len(damaged) != 0 {
		t.Fatalf("Read: %v, damaged %v", err, damaged)
	}
	if len(entries) != procs*each {
		t.Errorf("%d entries, want %d", len(entries), procs*each)
	}
	seenID, seenRoutine := map[string]bool{}, map[string]bool{}
	for _, e := range entries {
		if seenID[e.ID] || seenRoutine[e.Routine] {
			t.Errorf("duplicate %s / %s", e.ID, e.Routine)
		}
		seenID[e.ID], seenRoutine[e.Routine] = true, true
	}
	for w := range procs {
		for i := range each {
			if !seenRoutine[fmt.Sprintf("w%d-%d", w, i)] {
				t.Errorf("lost append %d of process %d", i, w)
			}
		}
	}
}

func TestAppendSurvivesKill9(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	cmd := helper(t, path, 0, 0)
	cmd.Stderr = nil
	deadline := time.Now().Add(20 * time.Second)
	for {
		if fi, err := os.Stat(path); err == nil && fi.Size() > 20_000 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("helper wrote nothing")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	var exitErr *exec.ExitError
	if err := cmd.Wait(); !errors.As(err, &exitErr) {
		t.Fatalf("helper: %v, want killed", err)
	}
	data, _ := os.ReadFile(path)
	lines := bytes.Count(data, []byte("\n"))
	entries, damaged, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(damaged) > 1 || len(damaged) == 1 && damaged[0].Line != lines+1 {
		t.Fatalf("damaged %v in %d lines: only a torn last line is allowed", damaged, lines)
	}
	for i, e := range entries {
		if want := fmt.Sprintf("w0-%d", i); e.Routine != want {
			t.Fatalf("entry %d is %s, want %s: an earlier append was lost", i, e.Routine, want)
		}
	}
	if err := Append(path, sampleEntry("after", testStart, "completed")); err != nil {
		t.Fatal(err)
	}
	again, damaged2, _ := Read(path)
	if len(again) != len(entries)+1 || again[len(again)-1].ID != "after" || len(damaged2) != len(damaged) {
		t.Errorf("after another append: %d entries (want %d), damaged %v", len(again), len(entries)+1, damaged2)
	}
}

func ids(entries []Entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.ID)
	}
	return out
}
