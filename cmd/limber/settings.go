package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/tui/sound"
)

// configPath is the settings file, config.toml in the config folder.
func (a *app) configPath() string { return filepath.Join(a.configDir(), "config.toml") }

// settings returns config.toml's settings, reading the file on first use. Its problems are
// printed on stderr then, once, each naming the line and the default used instead, and kept for
// the coach (a.problems); a missing file means the defaults and says nothing.
func (a *app) settings() content.Settings {
	if a.cfg == nil {
		s, probs := content.ReadSettings(a.configPath())
		for _, p := range probs {
			a.warnf("%s", p.Error())
		}
		a.problems = append(a.problems, probs...)
		a.cfg = &s
	}
	return *a.cfg
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
	a.warnf("%s", p.Error())
	return content.DefaultRoutine
}

// openVoice starts the voice of the settings for one run. A command that cannot be found is
// said on stderr at once, and the run goes on without voice.
func openVoice(a *app) *sound.Voice {
	v, note := openVoiceNote(a)
	if note != "" {
		a.warnf("%s", a.tr().T("cmd.no_voice", "Err", note))
	}
	return v
}

// openVoiceNote is openVoice that returns what it would say instead (the coach shows it, and
// says it once its screen is gone).
func openVoiceNote(a *app) (*sound.Voice, string) {
	v, err := sound.Open(a.settings().Voice, exec.LookPath, a.lang())
	if err != nil {
		return v, err.Error()
	}
	return v, ""
}

// closeVoice lets the last phrase finish within grace, stops the voice, and says once on stderr
// if its command failed during the run.
func closeVoice(a *app, v *sound.Voice, grace time.Duration) {
	if err := v.Close(grace); err != nil {
		a.warnf("%s", a.tr().T("cmd.voice_off", "Err", err.Error()))
	}
}
