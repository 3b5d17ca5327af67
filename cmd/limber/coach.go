package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui"
)

// coachFPS is the renderer's frame rate, coachProcs the Go scheduler's processors once the coach
// has started, and coachSettle how long after the start that switch waits.
//
// Bubble Tea v2 flushes frames only on a fixed ticker at the frame rate (Program.startRenderer):
// the first frame comes one frame period after the program starts, a key press shows on the
// next tick (half a period on average), and every tick wakes the process whether or not
// anything changed — about four thread wake-ups a tick with Go's runtime (the timer's sleep in
// epoll is rounded down to whole milliseconds, so it wakes twice; sysmon wakes twice). So the
// frame rate trades the first frame and key latency against CPU, and no rate meets both the
// latency and the CPU targets (docs/performance.md has the figures, and what Bubble Tea would
// need: a flush on render instead of a ticker). At 40 fps a key is on screen in about 22 ms
// (30 fps: about 30 ms, over the 25 ms target) and the first frame comes one 25 ms period after
// the program starts; it costs about 2.7 times the wake-ups of 15 fps. limber's own ticks come
// only when the engine says the screen changes (once a second in a hold), and a hold ends on its
// deadline whatever the frame rate: the frame rate only bounds how late a change is drawn.
//
// Both processors are kept while the coach starts, so the first screen's Cmds (the saved
// answers, then the policy's reading of the history, which scans with one worker per
// processor) run beside Bubble Tea's own start and the event loop's first Views; then one
// processor, which removes about a quarter of each tick's wake-ups (no second thread woken to
// look for work that is not there).
const (
	coachFPS    = 40
	coachProcs  = 1
	coachSettle = time.Second
)

// useCoach reports whether the full-screen coach can run: both stdin and stdout are terminals,
// and the terminal is not a dumb one (TERM=dumb: an Emacs shell buffer, some CI logs), which
// cannot move the cursor nor switch to the alternate screen; those get plain mode.
func useCoach(a *app) bool { return a.stdinTTY && a.stdoutTTY && a.getenv("TERM") != "dumb" }

// colorless reports whether the UI should be drawn without colour: NO_COLOR set to anything
// (not only the values strconv.ParseBool accepts), or TERM=dumb.
func colorless(a *app) bool { return a.getenv("NO_COLOR") != "" || a.getenv("TERM") == "dumb" }

// colorProfile is the terminal's colour profile from the environment alone: the styles use only
// the 16 ANSI colours, so Bubble Tea's own detection (a terminfo read and, inside tmux, running
// `tmux info`) would only add start-up time.
func colorProfile(a *app) colorprofile.Profile {
	if colorless(a) {
		return colorprofile.Ascii
	}
	return colorprofile.Env(os.Environ())
}

// runCoach runs the full-screen coach, opening where o says (home, a preview, or a start the
// policy decides on). The settings apply: bell, voice, get_ready, safety_check_days. Whatever
// ends it — quitting, Ctrl+C, SIGTERM, SIGHUP, a panic — a session in progress is saved as
// stopped. The result says whether a session ran (limber remind counts a break taken). Each
// session saved leaves one line in the terminal's scrollback ("Saved: Desk break, completed,
// 5:22") unless quiet (limber remind, whose screen comes back at once).
func runCoach(a *app, lib *content.Library, o tui.Options, quiet bool) (*tui.Result, error) {
	cfg := a.settings()
	v, voiceNote := openVoiceNote(a)
	o.Library, o.Settings, o.Store, o.Now, o.Tr = lib, cfg, a.data(), a.now, a.tr()
	o.Color, o.Bell, o.Speak = !colorless(a), cfg.Bell, v.Speak()
	// quiet is limber remind's break: q goes back to the reminder.
	o.Problems, o.VoiceNote, o.InRemind = a.problems, voiceNote, quiet
	o.NoFigures, o.Getenv = a.noFigures, a.getenv
	var selfStop func() // set below, before the program runs
	o.OnSuspend = func() { selfStop() }
	m := tui.New(o)
	res := m.Result()
	fps := coachFPS
	if n, err := strconv.Atoi(a.getenv("LIMBER_FPS")); err == nil && n > 0 && n <= 120 {
		fps = n // for measuring the trade-off (docs/performance.md); not a user setting
	}
	p := tea.NewProgram(m, tea.WithFPS(fps), tea.WithoutSignalHandler(), tea.WithColorProfile(colorProfile(a)))
	selfStop, jobsDone := jobControl(a, func() { p.Send(tui.SuspendMsg()) })
	defer jobsDone()
	if a.getenv("GOMAXPROCS") == "" { // an explicit setting wins (for measuring)
		settle := time.AfterFunc(coachSettle, func() { runtime.GOMAXPROCS(coachProcs) })
		defer settle.Stop()
	}
	sigs, stop := watchSignals(a)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case s := <-sigs:
				p.Send(tui.SignalMsg(s))
			case <-done:
				return
			}
		}
	}()
	_, runErr := p.Run()
	close(done)
	stop()
	closeVoice(a, v, time.Second)
	if voiceNote != "" && !quiet { // said after the screen, not behind it; remind said it at its start
		fmt.Fprintf(a.stderr, "limber: %s\n", a.tr().T("cmd.no_voice", "Err", voiceNote))
	}
	if !quiet {
		for _, rec := range res.Saved {
			fmt.Fprintf(a.stdout, "Saved: %s, %s, %s\n", content.Sanitize(rec.RoutineName), rec.Status, text.Clock(rec.Active))
		}
	}
	saved := res.Run == nil || keepSession(a, res)
	switch {
	case runErr != nil && !errors.Is(runErr, tea.ErrInterrupted):
		return res, fmt.Errorf("the coach stopped: %w", runErr)
	case res.Signal != nil:
		return res, signalError{res.Signal}
	case errors.Is(runErr, tea.ErrInterrupted):
		return res, signalError{os.Interrupt}
	case !saved:
		return res, errSilent // as in plain mode: a session that could not be saved fails the run
	}
	return res, nil
}

// keepSession makes sure the coach's last session is in the history: one still in progress is
// stopped and saved as stopped; one whose save failed (a full disk) is tried once more. The
// terminal has been restored by now, so the outcome is printed plainly. It reports whether the
// session is in the history.
func keepSession(a *app, res *tui.Result) bool {
	if res.Run.Saved() {
		return true
	}
	stopped, err := res.Run.Abandon(a.now())
	switch {
	case err != nil:
		fmt.Fprintf(a.stderr, "limber: this session was NOT saved to your history: %v\n", err)
		return false
	case stopped:
		fmt.Fprintf(a.stderr, "limber: session stopped; saved to your history as %s.\n", res.Run.Record().Status)
	case res.Run.Saved():
		fmt.Fprintf(a.stderr, "limber: saved to your history on a second try.\n")
	}
	return true
}
