package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/tui"
)

// coachFPS is the renderer's frame rate, and coachProcs the Go scheduler's processors while the
// coach runs. Bubble Tea v2 draws its first frame on the first tick of a fixed frame ticker and
// checks for changes on every tick after that, so the frame rate sets both the launch-to-first-
// frame time (one frame period plus ~15 ms of start-up) and most of the idle cost (each tick is a
// handful of thread wake-ups). At 10 fps the first frame came after ~120 ms; at 15 fps after
// ~85 ms. One processor instead of two removes about a quarter of the wake-ups per tick (no
// second thread woken to look for work that is not there), so 15 fps on one processor costs less
// CPU during a hold than 10 fps on two (docs/performance.md has the figures). limber's own ticks
// come only when the engine says the screen changes (once a second in a hold) and a hold ends on
// its deadline whatever the frame rate; the frame rate only bounds how late a change is drawn.
const (
	coachFPS   = 15
	coachProcs = 1
)

// useCoach reports whether the full-screen coach can run: both stdin and stdout are terminals.
func useCoach(a *app) bool { return a.stdinTTY && a.stdoutTTY }

// colorless reports whether the UI should be drawn without colour: NO_COLOR set to anything
// (not only the values strconv.ParseBool accepts), or TERM=dumb.
func colorless(a *app) bool { return a.getenv("NO_COLOR") != "" || a.getenv("TERM") == "dumb" }

// runCoach runs the full-screen coach, on the home screen or straight into start. Whatever ends
// it — quitting, Ctrl+C, SIGTERM, SIGHUP, a panic — a session in progress is saved as stopped.
func runCoach(a *app, lib *content.Library, start *content.Routine) error {
	_, err := coachStart(a, lib, coachOpen{start: start})
	return err
}

// coachToday is the coach for routine r with today's version res: straight into it, or — when
// pain changed it (held back, a gentler variant, an exercise skipped) — on its preview, which
// says why, so nobody meets the change unexplained. The result is the program's (limber remind
// counts a break as taken when a session ran).
func coachToday(a *app, lib *content.Library, r *content.Routine, res adapt.Result) (*tui.Result, error) {
	if afterPain(res) {
		return coachStart(a, lib, coachOpen{preview: r})
	}
	return coachStart(a, lib, coachOpen{start: res.Routine})
}

// coachOpen is what the coach opens on: a routine to start, a quick timer to start, a
// routine's preview, or (all nil) the home screen.
type coachOpen struct {
	start   *content.Routine
	quick   *session.Quick
	preview *content.Routine
}

// coachStart runs the coach, opening on o. The settings apply: bell, voice, get_ready,
// safety_check_days.
func coachStart(a *app, lib *content.Library, o coachOpen) (*tui.Result, error) {
	start := o.start
	cfg := a.settings()
	lib = sessionLibrary(lib, cfg)
	if start != nil && start.GetReady == nil && cfg.GetReady != nil {
		r := *start // today's doses stay; only a get-ready it does not set itself changes
		r.GetReady = cfg.GetReady
		start = &r
	}
	v := startVoice(a, cfg)
	m := tui.New(tui.Options{
		Library:         lib,
		HistoryPath:     a.historyPath(),
		SafetyPath:      filepath.Join(a.dataDir(), "safety.json"),
		Now:             a.now,
		Start:           start,
		StartQuick:      o.quick,
		Preview:         o.preview,
		Color:           !colorless(a),
		Bell:            cfg.Bell,
		Speak:           v.speak(),
		SafetyCheckDays: cfg.SafetyCheckDays,
		DefaultRoutine:  cfg.DefaultRoutine,
	})
	res := m.Result()
	fps := coachFPS
	if n, err := strconv.Atoi(a.getenv("LIMBER_FPS")); err == nil && n > 0 && n <= 120 {
		fps = n // for measuring the trade-off (docs/performance.md); not a user setting
	}
	// The colour profile comes from the environment alone: the styles use only the 16 ANSI
	// colours, so Bubble Tea's own detection (a terminfo read and, inside tmux, running
	// `tmux info`) would only add start-up time.
	profile := colorprofile.Ascii
	if !colorless(a) {
		profile = colorprofile.Env(os.Environ())
	}
	opts := []tea.ProgramOption{tea.WithFPS(fps), tea.WithoutSignalHandler(), tea.WithColorProfile(profile)}
	p := tea.NewProgram(m, opts...)
	if a.getenv("GOMAXPROCS") == "" { // an explicit setting wins (for measuring)
		runtime.GOMAXPROCS(coachProcs)
	}

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer close(sigs) // runs after Stop: ends the forwarding goroutine
	defer signal.Stop(sigs)
	go func() {
		for s := range sigs {
			p.Send(tui.SignalMsg(signalName(s)))
		}
	}()

	_, runErr := p.Run()
	v.stop(a, time.Second)
	saved := !res.Pending() || savePending(a, res)
	switch {
	case runErr != nil && !errors.Is(runErr, tea.ErrInterrupted):
		return res, fmt.Errorf("the coach stopped: %w", runErr)
	case res.Signal == "SIGTERM":
		return res, exitStatus(143)
	case res.Signal == "SIGHUP":
		return res, exitStatus(129)
	case res.Interrupted || res.Signal == "SIGINT" || errors.Is(runErr, tea.ErrInterrupted):
		return res, errInterrupted
	case !saved:
		return res, errSilent // as in plain mode: a session that could not be saved fails the run
	}
	return res, nil
}

// savePending saves the session the coach has not saved: one still in progress is stopped and
// saved as stopped; one that ended but could not be saved (a full disk) is tried once more. The
// terminal has been restored by now, so the outcome is printed plainly. It reports whether the
// session is in the history now.
func savePending(a *app, res *tui.Result) bool {
	inProgress := res.Engine.State() != session.StateFinished
	if inProgress {
		res.Engine.Stop(a.now())
	}
	rec := res.Engine.Record()
	if err := journal.Append(a.historyPath(), journal.FromRecord(rec, journal.NewID(rec.Started))); err != nil {
		fmt.Fprintf(a.stderr, "limber: this session was NOT saved to your history: %v\n", err)
		return false
	}
	res.Saved = true
	if inProgress {
		fmt.Fprintf(a.stderr, "limber: session stopped; saved to your history as stopped.\n")
	} else {
		fmt.Fprintf(a.stderr, "limber: saved to your history on a second try.\n")
	}
	return true
}

func signalName(s os.Signal) string {
	switch s {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return s.String()
}

// exitStatus is an error that only sets the exit code (its cause was already reported).
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }
