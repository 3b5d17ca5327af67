package tui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/runner"
	"github.com/limber-coach/limber/session/store"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// t0 is the tests' start time.
var t0 = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

// clock is a settable fake clock.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time          { return c.t }
func (c *clock) Advance(d time.Duration) { c.t = c.t.Add(d) }
func (c *clock) Set(d time.Duration)     { c.t = t0.Add(d) }
func newClock() *clock                   { return &clock{t: t0} }

// The embedded library and the English strings, read once for the test binary: a Library and
// a Tr never change once built, and reading them for every test was 40% of the package's test
// time (most of it under the race detector in .ci/run).
var (
	loadBuiltinOnce = sync.OnceValues(content.LoadBuiltin)
	englishOnce     = sync.OnceValue(func() *msg.Tr { return msg.New(lang.English) })
)

// builtinLib is the embedded library, or fails the test.
func builtinLib(t testing.TB) *content.Library {
	t.Helper()
	lib, err := loadBuiltinOnce()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// testCommon is a Common at the given size, with colour off and temp paths.
func testCommon(t testing.TB, w, h int, clk *clock) *Common {
	t.Helper()
	dir := t.TempDir()
	st := store.Dir{Data: filepath.Join(dir, "data"), State: filepath.Join(dir, "state")}
	return &Common{Lib: builtinLib(t), Tr: englishOnce(), Settings: content.DefaultSettings(), Store: st, HistoryPath: st.HistoryPath(),
		Styles: NewStyles(false), Keys: DefaultKeys(englishOnce()), Width: w, Height: h, Now: clk.Now}
}

// press makes the KeyPressMsg a terminal sends for a key name: "q", "!", "space", "enter",
// "esc", "up", "down", "ctrl+c".
func press(name string) tea.KeyPressMsg {
	switch name {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// plainView strips ANSI codes and trailing spaces, for golden comparison.
func plainView(s string) string {
	lines := strings.Split(ansi.Strip(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// golden compares got (ANSI stripped) with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	got = plainView(got)
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
		t.Fatalf("%v (go test ./tui -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("view differs from %s (rerun with -update if intended):\n%s", path, got)
	}
}

// fitsIn fails when any line of the view is wider than w or there are more than h lines.
func fitsIn(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(ansi.Strip(view), "\n")
	if len(lines) > h {
		t.Errorf("view has %d lines, terminal has %d", len(lines), h)
	}
	for _, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line is %d cells wide, terminal has %d: %q", n, w, l)
		}
	}
}

func TestKeyNames(t *testing.T) {
	for _, k := range []string{"q", "!", "space", "enter", "esc", "up", "down", "ctrl+c", "/", "?"} {
		if got := press(k).String(); got != k {
			t.Errorf("press(%q).String() = %q", k, got)
		}
	}
}

// testRun is the runner the root would make for plan: saving to the Common's store, speaking
// with its voice.
func testRun(c *Common, plan *session.Plan) *runner.Run {
	return runner.New(plan, runner.Options{Save: c.Store.Save, Speak: c.Speak})
}
