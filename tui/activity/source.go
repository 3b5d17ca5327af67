// Package activity reads the signs that someone is at the computer, for limber remind's
// sitting time: the shell's prompt hook (a heartbeat file), tmux's record of the last key, the
// keys pressed in limber remind itself, and where a desktop keeps it cheaply, its idle time
// (systemd-logind's IdleHint, macOS's HIDIdleTime). None needs a desktop hook, so they work over
// SSH, on a Linux console, under Wayland, X11 or macOS. A Watcher reads each as often as it is
// worth (a file's time at every look, a process every 15–30 s), and Desk adds what else a tick
// needs: the newest logged session, limber quiet and the calendar's busy times.
package activity

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/text"
)

// Reading is what a source said when it was read.
type Reading struct {
	// Last is the latest activity it knows of; zero when it knows of none.
	Last time.Time
	// Note says what it saw, for limber remind --explain ("last prompt 12s ago").
	Note string
	// Off is set when the source does not work here (no tmux server, not a desktop session),
	// with Note saying why.
	Off bool
}

// Source is one sign of activity.
type Source interface {
	// Name is how --explain names it.
	Name() string
	// Every is how often it is worth reading (0: at every look).
	Every() time.Duration
	// Read reads it now. It may run a process; ctx bounds it.
	Read(ctx context.Context, now time.Time) Reading
}

// Runner runs a program and returns its standard output (tests pass a fake).
type Runner func(ctx context.Context, name string, args ...string) ([]byte, error)

// Run is the real Runner: the program found on PATH, its output, a bounded wait.
func Run(ctx context.Context, name string, args ...string) ([]byte, error) {
	return exec.CommandContext(ctx, name, args...).Output()
}

// ago is "12s ago", "3m ago".
func ago(now, t time.Time) string { return text.Compact(now.Sub(t), false) + " ago" }

// Heartbeat is the shell's prompt hook: a file touched at every prompt (limber hook).
type Heartbeat struct{ Dir store.Dir }

// Name implements Source.
func (Heartbeat) Name() string { return "shell prompt" }

// Every implements Source: a file's time is cheap to read.
func (Heartbeat) Every() time.Duration { return 0 }

// Read implements Source.
func (h Heartbeat) Read(_ context.Context, now time.Time) Reading {
	last, ok, err := h.Dir.Heartbeat()
	switch {
	case err != nil:
		return Reading{Off: true, Note: "cannot read " + h.Dir.HeartbeatPath() + ": " + err.Error()}
	case !ok:
		return Reading{Off: true, Note: "no prompt seen yet: add the hook to your shell (limber hook bash|zsh|fish)"}
	}
	return Reading{Last: last, Note: "last prompt " + ago(now, last) + " (" + h.Dir.HeartbeatPath() + ")"}
}

// Tmux is tmux's own record of the last key pressed in each attached client
// (client_activity), read with `tmux list-clients`: the server of $TMUX when limber runs inside
// tmux, else the default one.
type Tmux struct{ Run Runner }

// Name implements Source.
func (Tmux) Name() string { return "tmux" }

// Every implements Source: a process start each time.
func (Tmux) Every() time.Duration { return 15 * time.Second }

// Read implements Source.
func (t Tmux) Read(ctx context.Context, now time.Time) Reading {
	out, err := t.Run(ctx, "tmux", "list-clients", "-F", "#{client_activity}")
	if err != nil {
		return Reading{Off: true, Note: "no tmux server to ask (" + firstLine(err) + ")"}
	}
	var last time.Time
	n := 0
	for _, f := range strings.Fields(string(out)) {
		var sec int64
		if _, err := fmt.Sscan(f, &sec); err == nil && sec > 0 {
			n++
			if at := time.Unix(sec, 0); at.After(last) {
				last = at
			}
		}
	}
	if n == 0 {
		return Reading{Off: true, Note: "no client attached to tmux"}
	}
	return Reading{Last: last, Note: fmt.Sprintf("last key %s (%d client%s attached)", ago(now, last), n, map[bool]string{true: "", false: "s"}[n == 1])}
}

// Keys are the keys pressed in limber remind's own screen (or lines typed in plain mode).
type Keys struct {
	mu   sync.Mutex
	last time.Time
}

// Press records a key pressed at t.
func (k *Keys) Press(t time.Time) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if t.After(k.last) {
		k.last = t.Round(0)
	}
}

// Name implements Source.
func (*Keys) Name() string { return "keys in limber remind" }

// Every implements Source.
func (*Keys) Every() time.Duration { return 0 }

// Read implements Source.
func (k *Keys) Read(_ context.Context, now time.Time) Reading {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.last.IsZero() {
		return Reading{Note: "no key pressed yet"}
	}
	return Reading{Last: k.last, Note: "last key " + ago(now, k.last)}
}

// firstLine is an error's first line, short.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		s, _, _ = strings.Cut(strings.TrimSpace(string(ee.Stderr)), "\n")
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// LookPath finds a program on path (a PATH value) the way a shell would, without looking at
// this process's environment (tests pass their own).
func LookPath(path, name string) bool {
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			continue
		}
		if _, err := exec.LookPath(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}
