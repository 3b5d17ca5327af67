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
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/sound"
)

// Path is one of the files and folders limber uses, as limber config lists it: what it is (in
// English, the key --json writes), where, and a note in the reader's language (where the place
// comes from, whether it exists).
type Path struct{ Name, Path, Note string }

// Paths are the files and folders limber uses ({name, path} in the order limber config lists
// them), each with a note: where it comes from (the variable that set it, or the default) and
// whether it is there yet. tr is the language of the notes (nil: English).
func Paths(tr *msg.Tr, paths [][2]string, getenv func(string) string) []Path {
	p := Printer{Tr: tr}
	out := make([]Path, len(paths))
	for i, pa := range paths {
		out[i] = Path{Name: pa[0], Path: pa[1], Note: pathNote(p, pa[0], pa[1], getenv)}
	}
	return out
}

// pathNote is the comment after a path: where it comes from, and whether it exists.
func pathNote(p Printer, name, path string, getenv func(string) string) string {
	var from string
	switch name {
	case "config folder":
		from = envSource(p, getenv, "LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME")
	case "data folder":
		from = envSource(p, getenv, "LIMBER_DATA_DIR", "XDG_DATA_HOME")
	case "state folder":
		from = envSource(p, getenv, "LIMBER_STATE_DIR", "XDG_STATE_HOME")
	case "history":
		from = "  " + p.T("config.note.own_file")
	case "older history":
		from = "  " + p.T("config.note.older")
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return from + " " + p.T("config.note.not_there")
	case name == "your content" && fi.IsDir():
		files, _ := filepath.Glob(filepath.Join(path, "*.toml"))
		return from + " " + p.N("config.note.toml_files", len(files))
	}
	return from
}

// envSource names the variable that set a folder, or says it is the default.
func envSource(p Printer, getenv func(string) string, vars ...string) string {
	for _, v := range vars {
		if getenv(v) != "" {
			return "  " + p.T("config.note.from", "Var", "$"+v)
		}
	}
	return "  " + p.T("config.note.default")
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
// settings file; found says whether it exists. The keys and values are config.toml's; the
// comments are in tr's language (nil: English).
func Config(w io.Writer, tr *msg.Tr, s content.Settings, lib *content.Library, from string, found bool, paths []Path, dev Devices) {
	p := Printer{W: w, Tr: tr}
	state := p.T("config.found")
	if !found {
		state = p.T("config.not_found")
	}
	fmt.Fprintf(w, "# %s\n# %s\n\n", p.T("config.head"), p.T("config.from", "File", content.DisplayPath(from), "State", state))
	note := map[string]string{
		"bell":              p.T("config.note.bell"),
		"voice":             voiceNote(p, s.Voice),
		"remind_every":      p.T("config.note.remind_every"),
		"remind_hours":      p.T("config.note.remind_hours"),
		"safety_check_days": p.T("config.note.safety_check_days"),
		"language":          p.T("config.note.language", "Codes", lang.Codes()),
		"checkins":          p.T("config.note.checkins"),
	}
	if r, ok := lib.Routine(s.DefaultRoutine); ok {
		note["default_routine"] = r.Name
	}
	for _, k := range content.SettingKeys() {
		line := k + " = " + s.Value(k)
		if k == "get_ready" && s.GetReady == nil {
			line, note[k] = "# get_ready = \"10s\"", p.T("config.note.get_ready")
		}
		if n := note[k]; n != "" {
			line = fmt.Sprintf("%-34s # %s", line, n)
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\n# %s\n", p.T("config.paths"))
	name := func(key string) string { return p.T("config.path." + strings.ReplaceAll(key, " ", "_")) }
	nameW := 15
	for _, key := range []string{"device id", "other devices", "copy or import"} {
		nameW = max(nameW, len([]rune(name(key))))
	}
	for _, pa := range paths {
		nameW = max(nameW, len([]rune(name(pa.Name))))
	}
	for _, pa := range paths {
		fmt.Fprintf(w, "#   %s %s%s\n", text.Pad(name(pa.Name), nameW), content.DisplayPath(pa.Path), pa.Note)
	}
	fmt.Fprintf(w, "#   %s %s  %s\n", text.Pad(name("device id"), nameW), cmp.Or(dev.This, p.T("config.none")), p.T("config.note.device"))
	others := p.T("config.note.no_others")
	if len(dev.Others) > 0 {
		others = strings.Join(dev.Others, ", ")
	}
	fmt.Fprintf(w, "#   %s %s\n", text.Pad(name("other devices"), nameW), others)
	for _, c := range dev.Copies {
		fmt.Fprintf(w, "#   %s %s  %s\n", text.Pad(name("copy or import"), nameW), content.DisplayPath(c), p.T("config.note.copy"))
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
func voiceNote(p Printer, setting string) string {
	if setting == content.VoiceOff {
		return p.T("config.note.voice_off", "Auto", strings.Join(sound.AutoVoices(), ", "))
	}
	argv, err := sound.Resolve(setting, exec.LookPath)
	if err != nil {
		return p.T("config.note.voice_missing", "Err", err.Error())
	}
	return p.T("config.note.voice_runs", "Command", strings.Join(argv, " "))
}
