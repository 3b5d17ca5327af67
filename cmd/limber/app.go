package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/tui/cli"
)

// app is the small shared context every command receives: where to write, what the
// environment says, what time it is, and where limber keeps its files. Tests build their own.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	now    func() time.Time
	// after is the timer the coach waits on; tests pass a fake clock's.
	after func(time.Duration) <-chan time.Time
	// signals, when set, delivers the signals that stop a run until stop is called (nil in
	// tests).
	signals func() (ch <-chan os.Signal, stop func())
	// lines, when set, replaces reading stdin line by line during a run (tests pre-fill it so
	// input and the fake clock never race).
	lines func() <-chan string
	// stdinTTY, stdoutTTY and stderrTTY report whether those are terminals.
	stdinTTY, stdoutTTY, stderrTTY bool
	// width is the terminal's width in columns when stdout is one (read once, at the start);
	// 0 otherwise.
	width int
	// cfg is config.toml's settings once loaded (settings.go); nil before.
	cfg *content.Settings
	// strings is the interface's strings once made (tr), in the language of the run.
	strings *msg.Tr
	// problems are those found so far in the person's files (library.go, settings.go), for the
	// coach to show where the person is.
	problems content.Problems
	// noFigures is --no-figures: no exercise figure on any screen of this run.
	noFigures bool
	// langFlag is --lang as given ("" when not).
	langFlag string
}

// lang is the language of this run: --lang, then language in config.toml, then LC_ALL,
// LC_MESSAGES and LANG (lang.Choose).
func (a *app) lang() lang.Tag {
	lookup := func(k string) (string, bool) { v := a.getenv(k); return v, v != "" }
	return lang.Detect(lookup, a.settings().Language, a.langFlag)
}

// tr is the interface's strings in this run's language.
// They are made once: reading the catalogue costs milliseconds, and a run asks for them often.
func (a *app) tr() *msg.Tr {
	if a.strings == nil || a.strings.Lang() != a.lang() {
		a.strings = msg.New(a.lang())
	}
	return a.strings
}

// figures is the character set this run draws exercise figures with (none for --no-figures,
// figures = "off", or a terminal that cannot show them).
func (a *app) figures() figure.Charset {
	return a.settings().FigureCharset(a.noFigures, a.getenv)
}

// out is how the command line's views print: on a terminal at its width, in the accent colour
// unless colour is off; into a pipe or a file at 80 columns and plain.
func (a *app) out() cli.Printer {
	if !a.stdoutTTY {
		p := cli.Plain(a.stdout)
		p.Tr = a.tr()
		return p
	}
	return cli.Printer{W: a.stdout, Width: a.width, Color: !colorless(a), Tr: a.tr()}
}

// errs is how errors and warnings print on stderr: "limber:" in the accent colour on a
// terminal.
func (a *app) errs() cli.Printer {
	p := cli.Printer{W: a.stderr, Color: a.stderrTTY && !colorless(a)}
	if a.cfg != nil { // the language reads config.toml, whose own problems are said in English
		p.Tr = a.tr()
	}
	return p
}

// warnf prints an error or a warning on stderr: "limber: " and the message.
func (a *app) warnf(format string, args ...any) { a.errs().Errorf(format, args...) }

// errSilent is a failure whose message has already been printed: exit code 1, nothing more said.
var errSilent = errors.New("failed")

// configDir is where user content and settings live: $LIMBER_CONFIG_DIR, else
// $XDG_CONFIG_HOME/limber, else ~/.config/limber (on macOS too, like most terminal tools).
func (a *app) configDir() string {
	if d := a.getenv("LIMBER_CONFIG_DIR"); d != "" {
		return d
	}
	if d := a.getenv("XDG_CONFIG_HOME"); d != "" {
		return filepath.Join(d, "limber")
	}
	return filepath.Join(a.home(), ".config", "limber")
}

// contentDir is the folder of the user's own exercise and routine files.
func (a *app) contentDir() string { return filepath.Join(a.configDir(), "content") }

// dataDir is where the history log and state live: $LIMBER_DATA_DIR, else
// $XDG_DATA_HOME/limber, else ~/.local/share/limber.
func (a *app) dataDir() string {
	if d := a.getenv("LIMBER_DATA_DIR"); d != "" {
		return d
	}
	if d := a.getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "limber")
	}
	return filepath.Join(a.home(), ".local", "share", "limber")
}

// stateDir is this machine's own folder — its device id, limber remind's state and lock — which
// is never shared between machines, even when the data folder is: $LIMBER_STATE_DIR, else
// $XDG_STATE_HOME/limber, else ~/.local/state/limber.
func (a *app) stateDir() string {
	if d := a.getenv("LIMBER_STATE_DIR"); d != "" {
		return d
	}
	if d := a.getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "limber")
	}
	return filepath.Join(a.home(), ".local", "state", "limber")
}

// data is limber's files: the data folder's (the history, the safety answers) and this
// machine's (its device id, limber remind's state).
func (a *app) data() store.Dir { return store.Dir{Data: a.dataDir(), State: a.stateDir()} }

// historyPath is this device's file of the session log: where to append (made the first time
// it is asked for); every journal reader takes it for the whole log too.
func (a *app) historyPath() string { return a.data().HistoryPath() }

// logPath is the session log for the commands that only read it (every device's file): it
// makes nothing, not even the device id.
func (a *app) logPath() string { return a.data().LogPath() }

func (a *app) home() string {
	if h := a.getenv("HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}
