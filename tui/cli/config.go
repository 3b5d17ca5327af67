package cli

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/sound"
)

// Path is one of the files and folders limber uses, as limber config lists it: what it is, where,
// and a note (where the place comes from, whether it exists).
type Path struct{ Name, Path, Note string }

// Paths are the files and folders limber uses ({name, path} in the order limber config lists
// them), each with a note: where it comes from (the variable that set it, or the default) and
// whether it is there yet.
func Paths(paths [][2]string, getenv func(string) string) []Path {
	out := make([]Path, len(paths))
	for i, p := range paths {
		out[i] = Path{Name: p[0], Path: p[1], Note: pathNote(p[0], p[1], getenv)}
	}
	return out
}

// pathNote is the comment after a path: where it comes from, and whether it exists.
func pathNote(name, path string, getenv func(string) string) string {
	var from string
	switch name {
	case "config folder":
		from = envSource(getenv, "LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME")
	case "data folder":
		from = envSource(getenv, "LIMBER_DATA_DIR", "XDG_DATA_HOME")
	case "state folder":
		from = envSource(getenv, "LIMBER_STATE_DIR", "XDG_STATE_HOME")
	case "history":
		from = "  (this device's own file)"
	case "older history":
		from = "  (from before devices: read, never written)"
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
func envSource(getenv func(string) string, vars ...string) string {
	for _, v := range vars {
		if getenv(v) != "" {
			return "  from $" + v
		}
	}
	return "  (default)"
}

// Devices is what limber config says of the devices sharing the data folder.
type Devices struct {
	// This is this machine's device id ("" when it could not be had).
	This string
	// Others are the other devices that wrote a file of the history, by id.
	Others []string
	// Copies are the history's other files (sync tools' conflict copies, imports), by path.
	Copies []string
}

// Config prints the settings in effect as config.toml would write them, what each resolves to in
// a comment, then the paths, this machine's device id and the others' as comments. from is the
// settings file; found says whether it exists.
func Config(w io.Writer, s content.Settings, lib *content.Library, from string, found bool, paths []Path, dev Devices) {
	state := "found"
	if !found {
		state = "not found: these are the defaults"
	}
	fmt.Fprintf(w, "# limber's settings in effect, as config.toml would write them.\n# From %s (%s).\n\n", content.DisplayPath(from), state)
	note := map[string]string{
		"bell":              "the terminal bell at 3-2-1, step ends and due breaks",
		"voice":             voiceNote(s.Voice),
		"remind_every":      "limber remind's --every",
		"remind_hours":      "limber remind's --hours (\"always\" for all day)",
		"safety_check_days": "days before the safety questions are asked again",
		"language":          "auto (LC_ALL, LC_MESSAGES, LANG) or " + lang.Codes() + "; --lang wins",
		"checkins":          "0-10 pain and stiffness ratings: off, end (after a session) or both",
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
	for _, p := range paths {
		fmt.Fprintf(w, "#   %-15s %s%s\n", p.Name, content.DisplayPath(p.Path), p.Note)
	}
	fmt.Fprintf(w, "#   %-15s %s  (this machine's, kept in the state folder)\n", "device id", cmp.Or(dev.This, "none"))
	others := "none yet: the data folder holds this machine's history only"
	if len(dev.Others) > 0 {
		others = strings.Join(dev.Others, ", ")
	}
	fmt.Fprintf(w, "#   %-15s %s\n", "other devices", others)
	for _, c := range dev.Copies {
		fmt.Fprintf(w, "#   %-15s %s  (read too, each session once)\n", "copy or import", content.DisplayPath(c))
	}
}

// ConfigJSON writes the settings, the paths, this machine's device id and the others' as JSON.
func ConfigJSON(w io.Writer, s content.Settings, paths []Path, dev Devices) error {
	settings := map[string]any{
		"bell": s.Bell, "voice": s.Voice, "remind_every": s.RemindEvery.String(),
		"remind_hours": s.RemindHours.String(), "default_routine": s.DefaultRoutine,
		"safety_check_days": s.SafetyCheckDays, "get_ready": nil, "language": s.Language,
		"checkins": s.Checkins,
	}
	if s.GetReady != nil {
		settings["get_ready"] = s.GetReady.String()
	}
	where := map[string]string{}
	for _, p := range paths {
		where[strings.ReplaceAll(p.Name, " ", "_")] = p.Path
	}
	return WriteJSON(w, map[string]any{"settings": settings, "paths": where, "device": dev.This,
		"other_devices": append([]string{}, dev.Others...), "history_copies": append([]string{}, dev.Copies...)})
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
