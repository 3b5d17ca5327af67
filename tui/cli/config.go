package cli

import (
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/tui/sound"
)

// Path is one of the files and folders limber uses, as limber config lists it: what it is, where,
// and a note (where the place comes from, whether it exists).
type Path struct{ Name, Path, Note string }

// Config prints the settings in effect as config.toml would write them, what each resolves to in
// a comment, then the paths as comments. from is the settings file; found says whether it exists.
func Config(w io.Writer, s content.Settings, lib *content.Library, from string, found bool, paths []Path) {
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
}

// ConfigJSON writes the settings and paths as JSON.
func ConfigJSON(w io.Writer, s content.Settings, paths []Path) error {
	settings := map[string]any{
		"bell": s.Bell, "voice": s.Voice, "remind_every": s.RemindEvery.String(),
		"remind_hours": s.RemindHours.String(), "default_routine": s.DefaultRoutine,
		"safety_check_days": s.SafetyCheckDays, "get_ready": nil,
	}
	if s.GetReady != nil {
		settings["get_ready"] = s.GetReady.String()
	}
	where := map[string]string{}
	for _, p := range paths {
		where[strings.ReplaceAll(p.Name, " ", "_")] = p.Path
	}
	return WriteJSON(w, map[string]any{"settings": settings, "paths": where})
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
