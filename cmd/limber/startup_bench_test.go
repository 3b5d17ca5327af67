package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/limber-coach/limber/tui"
)

// BenchmarkCoachStart is the coach's own work between main and its first View, as `limber` does
// it: the library loaded (the built-ins and a user file), the settings read, the model made and
// its first View drawn at 100×30. The first frame waits on this, then on Bubble Tea's start and
// one frame period (docs/performance.md, "Start-up").
func BenchmarkCoachStart(b *testing.B) {
	dir := b.TempDir()
	env := map[string]string{"HOME": dir, "LIMBER_CONFIG_DIR": filepath.Join(dir, "config"),
		"LIMBER_DATA_DIR": filepath.Join(dir, "data")}
	if err := os.MkdirAll(filepath.Join(dir, "config", "content"), 0o700); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config", "content", "mine.toml"), []byte(`
[[exercise]]
id = "my-hold"
name = "My hold"
position = "standing"
cues = ["Stand tall and breathe."]
hold = "30s"

[[routine]]
id = "mine"
name = "Mine"
[[routine.step]]
exercise = "my-hold"
`), 0o600); err != nil {
		b.Fatal(err)
	}
	a := &app{stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string { return env[k] }, now: time.Now}
	b.ReportAllocs()
	for b.Loop() {
		lib := loadLibrary(a)
		a.cfg = nil // read again, as each start does
		m := tui.New(tui.Options{Library: lib, Settings: a.settings(), Store: a.data(), Now: a.now, Color: true})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = next.View()
	}
}
