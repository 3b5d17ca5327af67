package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/store"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/sound"
)

const configUsage = `
usage: limber config [--json]

Prints the settings in effect, written as config.toml would write them (so the
output is a starting point for your own file), and every path limber uses.
Problems in config.toml are listed on stderr with their line, and the exit code
is then 1; limber still runs with the defaults in place of the bad values.
  --json   print the settings and paths as JSON
`

// configPaths are the files and folders limber uses, in the order limber config lists them.
func configPaths(a *app) [][2]string {
	return [][2]string{
		{"config folder", a.configDir()},
		{"settings", a.configPath()},
		{"your content", a.contentDir()},
		{"data folder", a.dataDir()},
		{"history", a.historyPath()},
		{"safety answers", a.data().Path(store.AnswersFile)},
		{"reminder state", a.data().Path(store.RemindStateFile)},
		{"reminder lock", a.data().Path(store.RemindLockFile)},
	}
}

func runConfig(a *app, args []string) error {
	fs := newFlags(a, "config")
	asJSON := fs.Bool("json", false, "")
	pos, help, err := parseFlags(a, fs, configUsage, args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("config: unexpected %q (see limber config -h)", strings.Join(pos, " "))
	}
	s, probs := readSettings(a.configPath())
	a.cfg = &s
	for _, p := range probs {
		fmt.Fprintf(a.stderr, "limber: %s\n", p.Error())
	}
	lib := loadLibrary(a)
	routine := defaultRoutine(a, lib)
	bad := len(probs) > 0 || routine != s.DefaultRoutine
	s.DefaultRoutine = routine // what is in effect (the bad value was reported)
	if *asJSON {
		err = writeConfigJSON(a, s)
	} else {
		writeConfig(a, a.stdout, s, lib)
	}
	if err == nil && bad {
		return errSilent
	}
	return err
}

// writeConfig prints the settings as TOML, with what each resolves to in comments, then the
// paths as comments.
func writeConfig(a *app, w io.Writer, s content.Settings, lib *content.Library) {
	state := "found"
	if _, err := os.Stat(a.configPath()); err != nil {
		state = "not found: these are the defaults"
	}
	fmt.Fprintf(w, "# limber's settings in effect, as config.toml would write them.\n# From %s (%s).\n\n", content.DisplayPath(a.configPath()), state)
	note := map[string]string{
		"bell":              "the terminal bell at 3-2-1, step ends and due breaks",
		"voice":             voiceNote(s.Voice),
		"remind_every":      "limber remind's --every",
		"remind_hours":      "limber remind's --hours (\"always\" for all day)",
		"safety_check_days": "days before the safety questions are asked again",
	}
	if r, ok := lib.Routine(s.DefaultRoutine); ok {
		note["default_routine"] = r.Name
	}
	for _, k := range content.SettingKeys() {
		line := k + " = " + s.Value(k)
		if k == "get_ready" && s.GetReady == nil {
			line, note[k] = "# get_ready = \"10s\"", "not set: each routine's own, else 5s"
		}
		if n := note[k]; n != "" {
			line = fmt.Sprintf("%-34s # %s", line, n)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\n# Paths\n")
	for _, p := range configPaths(a) {
		fmt.Fprintf(w, "#   %-15s %s%s\n", p[0], content.DisplayPath(p[1]), pathNote(a, p[0], p[1]))
	}
}

// voiceNote says what the voice setting resolves to on this machine.
func voiceNote(setting string) string {
	if setting == content.VoiceOff {
		return "off, auto (" + strings.Join(sound.AutoVoices(), ", ") + ") or a command"
	}
	argv, err := sound.Resolve(setting, exec.LookPath)
	if err != nil {
		return "NOT AVAILABLE: " + err.Error()
	}
	return "runs " + strings.Join(argv, " ") + " TEXT"
}

// pathNote is the comment after a path: where it comes from, and whether it exists.
func pathNote(a *app, name, path string) string {
	var from string
	switch name {
	case "config folder":
		from = envSource(a, "LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME")
	case "data folder":
		from = envSource(a, "LIMBER_DATA_DIR", "XDG_DATA_HOME")
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return from + " (not there yet)"
	case name == "your content" && fi.IsDir():
		files, _ := filepath.Glob(filepath.Join(path, "*.toml"))
		return fmt.Sprintf("%s (%s)", from, text.Plural(len(files), ".toml file"))
	}
	return from
}

// envSource names the variable that set a folder, or says it is the default.
func envSource(a *app, vars ...string) string {
	for _, v := range vars {
		if a.getenv(v) != "" {
			return "  from $" + v
		}
	}
	return "  (default)"
}

// writeConfigJSON prints the settings and paths as JSON.
func writeConfigJSON(a *app, s content.Settings) error {
	settings := map[string]any{
		"bell": s.Bell, "voice": s.Voice, "remind_every": s.RemindEvery.String(),
		"remind_hours": s.RemindHours.String(), "default_routine": s.DefaultRoutine,
		"safety_check_days": s.SafetyCheckDays, "get_ready": nil,
	}
	if s.GetReady != nil {
		settings["get_ready"] = s.GetReady.String()
	}
	paths := map[string]string{}
	for _, p := range configPaths(a) {
		paths[strings.ReplaceAll(p[0], " ", "_")] = p[1]
	}
	return writeJSON(a.stdout, map[string]any{"settings": settings, "paths": paths})
}
