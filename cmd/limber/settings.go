package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/tui/sound"
)

// configPath is the settings file, config.toml in the config folder.
func (a *app) configPath() string { return filepath.Join(a.configDir(), "config.toml") }

// settings returns config.toml's settings, reading the file on first use. Its problems are
// printed on stderr then, once, each naming the line and the default used instead; a missing
// file means the defaults and says nothing.
func (a *app) settings() content.Settings {
	if a.cfg == nil {
		s, probs := readSettings(a.configPath())
		for _, p := range probs {
			fmt.Fprintf(a.stderr, "limber: %s\n", p.Error())
		}
		a.cfg = &s
	}
	return *a.cfg
}

// readSettings reads and checks the settings file at path: a regular file only, never
// blocking on a named pipe, within content.MaxSettingsSize (content.ReadSettings).
func readSettings(path string) (content.Settings, content.Problems) {
	return content.ReadSettings(path)
}

// defaultRoutine is the routine to run when none is named: the default_routine setting, or the
// desk break when that names no routine (said on stderr, with the setting's line).
func defaultRoutine(a *app, lib *content.Library) string {
	s := a.settings()
	if _, ok := lib.Routine(s.DefaultRoutine); ok {
		return s.DefaultRoutine
	}
	var ids []string
	for _, r := range lib.Routines() {
		ids = append(ids, r.ID)
	}
	p := content.Problem{File: a.configPath(), Line: s.Lines["default_routine"],
		Msg: fmt.Sprintf("default_routine: no routine has the id %q", s.DefaultRoutine)}
	if near := content.Closest(s.DefaultRoutine, ids, 3); len(near) > 0 {
		p.Msg += " (did you mean " + strings.Join(near, ", ") + "?)"
	}
	p.Msg += "; using " + content.DefaultRoutine
	fmt.Fprintf(a.stderr, "limber: %s\n", p.Error())
	return content.DefaultRoutine
}

// sessionLibrary is lib as sessions run it: the get_ready setting, when set, is the get-ready
// time of every routine that sets none of its own (a routine's own get_ready wins).
func sessionLibrary(lib *content.Library, s content.Settings) *content.Library {
	if s.GetReady == nil {
		return lib
	}
	return lib.WithGetReady(*s.GetReady)
}

// planOptions are the session options of the settings: the get_ready setting is the get-ready
// time of a routine that sets none of its own (session.Options.GetReady's meaning).
func planOptions(s content.Settings) session.Options {
	var o session.Options
	if s.GetReady != nil {
		o.GetReady = *s.GetReady
		if o.GetReady == 0 {
			o.GetReady = session.NoGetReady
		}
	}
	return o
}

// voice is the speaking side of a run: a Speaker for the voice setting (nil when off or when
// no command was found) and the first failure, kept to be reported once when the run ends.
type voice struct {
	sp   *sound.Speaker
	errs chan error
}

// startVoice starts the voice of the settings. A command that cannot be found is reported on
// stderr at once; a command that fails later is reported by report.
func startVoice(a *app, s content.Settings) *voice {
	v := &voice{errs: make(chan error, 1)}
	argv, err := sound.Resolve(s.Voice, exec.LookPath)
	switch {
	case err != nil:
		fmt.Fprintf(a.stderr, "limber: %v; going on without voice\n", err)
	case argv != nil:
		v.sp = sound.NewSpeaker(argv, func(err error) { v.errs <- err })
	}
	return v
}

// say queues a phrase; it never blocks.
func (v *voice) say(text string) { v.sp.Say(text) }

// speak returns the function to put in Options.Speak: nil when there is no voice.
func (v *voice) speak() func(string) {
	if v.sp == nil {
		return nil
	}
	return v.say
}

// stop lets the last phrase finish within grace, stops the voice, and reports a failure once.
func (v *voice) stop(a *app, grace time.Duration) {
	v.sp.Close(grace)
	v.report(a)
}

// report prints the voice's failure on stderr, once.
func (v *voice) report(a *app) {
	select {
	case err := <-v.errs:
		fmt.Fprintf(a.stderr, "limber: %v; the voice was turned off for the rest of the run (see limber config)\n", err)
	default:
	}
}
