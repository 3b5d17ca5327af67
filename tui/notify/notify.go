// Package notify raises desktop notifications from a terminal program, for limber remind: the
// OSC 9 and OSC 777 escape sequences, which many terminals (iTerm2, kitty, WezTerm, foot,
// Ghostty, Windows Terminal, VTE-based ones with the patch) turn into a desktop notification,
// wrapped for tmux's passthrough when inside tmux; and the desktop's own command when it is
// installed: notify-send (Linux, BSD), osascript (macOS).
package notify

import (
	"context"
	"os/exec"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
)

// Bell is the terminal bell.
const Bell = "\a"

// Sequences returns the OSC 9 and OSC 777 notifications for title and body. The text is
// sanitized (nothing in it can end the sequence early) and semicolons, which separate OSC 777's
// fields, become commas. Inside tmux (tmux true) each sequence is wrapped in tmux's DCS
// passthrough, which reaches the outer terminal when tmux has `set -g allow-passthrough on`.
func Sequences(title, body string, tmux bool) string {
	clean := func(s string) string { return strings.ReplaceAll(content.Sanitize(s), ";", ",") }
	t, b := clean(title), clean(body)
	osc9 := "\x1b]9;" + t + ": " + b + "\a"
	osc777 := "\x1b]777;notify;" + t + ";" + b + "\a"
	if tmux {
		return passthrough(osc9) + passthrough(osc777)
	}
	return osc9 + osc777
}

// passthrough wraps seq for tmux: DCS tmux; then seq with every ESC doubled, then ST.
func passthrough(seq string) string {
	return "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\"
}

// sendTimeout bounds a notify-send that hangs (no notification daemon answering).
const sendTimeout = 10 * time.Second

// NotifySend starts `notify-send -a limber TITLE BODY` when notify-send is on PATH and returns
// a function that waits for it to end (nil when it is not installed or could not start). It
// never waits itself; a notify-send that hangs is stopped after ten seconds.
func NotifySend(title, body string) (wait func() error) {
	path, err := exec.LookPath("notify-send")
	if err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
	cmd := exec.CommandContext(ctx, path, "-a", "limber", content.Sanitize(title), content.Sanitize(body))
	if err := cmd.Start(); err != nil {
		cancel()
		return nil
	}
	return func() error {
		defer cancel()
		return cmd.Wait()
	}
}

// Send starts the desktop's own notification — osascript on macOS (goos "darwin"), notify-send
// elsewhere — when that command is on PATH, and returns a function that waits for it (nil when
// there is none or it could not start). It never waits itself; a command that hangs is stopped
// after ten seconds.
func Send(goos, title, body string) (wait func() error) {
	if goos != "darwin" {
		return NotifySend(title, body)
	}
	path, err := exec.LookPath("osascript")
	if err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
	// The text goes in as arguments, never into the script: nothing in it can be AppleScript.
	cmd := exec.CommandContext(ctx, path, "-e", "on run argv", "-e",
		"display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run",
		content.Sanitize(title), content.Sanitize(body))
	if err := cmd.Start(); err != nil {
		cancel()
		return nil
	}
	return func() error {
		defer cancel()
		return cmd.Wait()
	}
}
