// Package hooks runs the person's commands for a break's events (on_break_due,
// on_break_start, on_break_done, on_break_skipped in config.toml), so they can pause music,
// set a chat status or log elsewhere. A command is a list of words run without a shell, with
// the event's details in LIMBER_* environment variables. Hooks never hold up the reminder:
// Fire starts the command and returns, a command that runs past its time is stopped, and a
// failing hook is reported once (Failures), then still run.
package hooks

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/limber-coach/limber/content"
)

// Event is a break's event.
type Event string

// The events, with the setting that names each one's command.
const (
	Due     Event = "break_due"
	Start   Event = "break_start"
	Done    Event = "break_done"
	Skipped Event = "break_skipped"
)

// Setting is the config.toml key of the event's command.
func (e Event) Setting() string { return "on_" + string(e) }

// Timeout is how long a hook may run before it is stopped.
const Timeout = 30 * time.Second

// Runner runs the hooks. The zero Runner (or nil) runs nothing.
type Runner struct {
	cmds    map[string][]string
	env     []string
	timeout time.Duration

	mu       sync.Mutex
	failed   map[string]bool // settings whose failure was reported
	failures []string        // not yet taken
	running  sync.WaitGroup
	cancels  map[int]context.CancelFunc
	next     int
}

// New returns a runner for the commands by setting name (content.Settings.Hooks); env is the
// environment the commands start from (os.Environ()).
func New(cmds map[string][]string, env []string) *Runner {
	return &Runner{cmds: cmds, env: env, timeout: Timeout, failed: map[string]bool{}, cancels: map[int]context.CancelFunc{}}
}

// Has reports whether a command is set for e.
func (r *Runner) Has(e Event) bool { return r != nil && len(r.cmds[e.Setting()]) > 0 }

// Fire starts e's command, if one is set, with vars (names without the LIMBER_ prefix:
// "ROUTINE" → LIMBER_ROUTINE) and LIMBER_EVENT in its environment. It never waits.
func (r *Runner) Fire(e Event, vars map[string]string) {
	if !r.Has(e) {
		return
	}
	argv := r.cmds[e.Setting()]
	env := append(append([]string{}, r.env...), "LIMBER_EVENT="+string(e))
	for k, v := range vars {
		env = append(env, "LIMBER_"+k+"="+v)
	}
	r.mu.Lock()
	id := r.next
	r.next++
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	r.cancels[id] = cancel
	r.running.Add(1)
	r.mu.Unlock()
	go func() {
		defer r.running.Done()
		defer func() {
			r.mu.Lock()
			delete(r.cancels, id)
			r.mu.Unlock()
			cancel()
		}()
		cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &limited{w: &stderr, left: 512} // stdout is dropped: the reminder's screen is not the hook's
		cmd.WaitDelay = time.Second
		err := cmd.Run()
		if err == nil {
			return
		}
		why := err.Error()
		if ctx.Err() == context.DeadlineExceeded {
			why = fmt.Sprintf("it ran longer than %s and was stopped", content.FormatDuration(r.timeout))
		} else if msg := strings.TrimSpace(stderr.String()); msg != "" {
			line, _, _ := strings.Cut(msg, "\n")
			why += ": " + line
		}
		r.fail(e.Setting(), why)
	}()
}

// fail records the first failure of a setting's hook.
func (r *Runner) fail(setting, why string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failed[setting] {
		return
	}
	r.failed[setting] = true
	r.failures = append(r.failures, content.Sanitize(fmt.Sprintf("%s (%s) failed: %s; it is still run, but not reported again",
		setting, strings.Join(r.cmds[setting], " "), why)))
}

// Failures returns the failures not yet taken: each hook's first only.
func (r *Runner) Failures() []string {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.failures
	r.failures = nil
	return out
}

// Wait waits up to grace for the hooks still running, then stops them.
func (r *Runner) Wait(grace time.Duration) {
	if r == nil {
		return
	}
	done := make(chan struct{})
	go func() { r.running.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-time.After(grace):
	}
	r.mu.Lock()
	for _, cancel := range r.cancels {
		cancel()
	}
	r.mu.Unlock()
	<-done
}

// limited writes up to left bytes to w and drops the rest.
type limited struct {
	w    *bytes.Buffer
	left int
}

func (l *limited) Write(p []byte) (int, error) {
	if l.left > 0 {
		n := min(len(p), l.left)
		l.w.Write(p[:n])
		l.left -= n
	}
	return len(p), nil
}

// Environ is the environment hooks start from: this process's.
func Environ() []string { return os.Environ() }
