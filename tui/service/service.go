// Package service installs limber remind --background as the person's own service, so
// reminders run without a terminal open: a systemd user unit on Linux, a launchd agent on
// macOS. It writes the file, says what it wrote, starts the service through systemctl --user
// or launchctl, and takes it away again. Only one reminder runs per user whichever way it was
// started (limber remind's lock): a service that finds one running exits and is started again
// later by its manager, so it takes over when the terminal's reminder quits.
package service

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// Unit is the systemd unit's name; Label the launchd agent's.
const (
	Unit  = "limber-remind.service"
	Label = "com.github.limber-coach.limber.remind"
)

// Runner runs a program and returns its combined output.
type Runner func(ctx context.Context, name string, args ...string) ([]byte, error)

// Service is the service of this machine and person.
type Service struct {
	// GOOS is the system ("linux", "darwin").
	GOOS string
	// Exe is limber's absolute path, which the service runs.
	Exe string
	// Home and ConfigHome ($XDG_CONFIG_HOME, or ~/.config) are where the file goes.
	Home, ConfigHome string
	// Env are the variables the service keeps ("KEY=value"): limber's folders, PATH.
	Env []string
	// UID is the person's user id, for launchctl's gui/UID domain.
	UID int
	// Run runs systemctl or launchctl; nil runs nothing (the file only).
	Run Runner
	// Tr is the language of what it says to the person (not of the file it writes); nil
	// means English.
	Tr *msg.Tr
}

// tr is the service's language, English when none was set.
func (s Service) tr() *msg.Tr {
	if s.Tr == nil {
		return msg.New(lang.English)
	}
	return s.Tr
}

// ThisMachine is the service for this limber on this machine: its own path (links followed),
// the person's config folder, and the variables it keeps from getenv — limber's folders and
// PATH, so the service finds the same files and programs as the shell it was installed from.
func ThisMachine(getenv func(string) string, home string) (Service, error) {
	exe, err := os.Executable()
	if err != nil {
		return Service{}, err
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	configHome := getenv("XDG_CONFIG_HOME")
	if configHome == "" {
		configHome = filepath.Join(home, ".config")
	}
	var env []string
	for _, k := range []string{"LIMBER_CONFIG_DIR", "LIMBER_DATA_DIR", "LIMBER_STATE_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "PATH"} {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	run := func(ctx context.Context, name string, args ...string) ([]byte, error) {
		return exec.CommandContext(ctx, name, args...).CombinedOutput()
	}
	return Service{GOOS: runtime.GOOS, Exe: exe, Home: home, ConfigHome: configHome, Env: env, UID: os.Getuid(), Run: run}, nil
}

// ErrUnsupported is the error on systems with neither systemd nor launchd.
var ErrUnsupported = errors.New("limber service knows systemd (Linux) and launchd (macOS); on this system, start limber remind --background from your session's startup instead")

// Path is the file the service is described in.
func (s Service) Path() (string, error) {
	switch s.GOOS {
	case "darwin":
		return filepath.Join(s.Home, "Library", "LaunchAgents", Label+".plist"), nil
	case "windows", "plan9", "js", "wasip1":
		return "", ErrUnsupported
	}
	return filepath.Join(s.ConfigHome, "systemd", "user", Unit), nil
}

// LogPath is where the launchd agent's output goes (systemd's goes to the journal).
func (s Service) LogPath() string {
	return filepath.Join(s.Home, "Library", "Logs", "limber-remind.log")
}

// Content is the unit or the agent, as Install writes it.
func (s Service) Content() (string, error) {
	if _, err := s.Path(); err != nil {
		return "", err
	}
	if s.GOOS == "darwin" {
		return s.plist(), nil
	}
	return s.unit(), nil
}

// unit is the systemd user unit.
func (s Service) unit() string {
	var b strings.Builder
	b.WriteString("# limber remind in the background: desk-break reminders that count your sitting time.\n")
	b.WriteString("# Written by `limber service install`; `limber service uninstall` removes it.\n")
	b.WriteString("[Unit]\nDescription=limber desk-break reminders (limber remind --background)\nDocumentation=man:limber(1)\n\n")
	b.WriteString("[Service]\nType=exec\n")
	fmt.Fprintf(&b, "ExecStart=%s remind --background\n", systemdQuote(s.Exe))
	for _, kv := range s.Env {
		fmt.Fprintf(&b, "Environment=%s\n", systemdQuote(kv))
	}
	b.WriteString("Restart=on-failure\nRestartSec=30\n")
	b.WriteString("# limber exits 143 when stopped (SIGTERM) and 129 on SIGHUP: both are a clean stop.\n")
	b.WriteString("SuccessExitStatus=129 143\n\n")
	b.WriteString("[Install]\nWantedBy=default.target\n")
	return b.String()
}

// systemdQuote writes a word for a unit file: quoted when it has spaces or quotes, with the
// specifier (%) and variable ($) signs doubled so they stay as written.
func systemdQuote(s string) string {
	s = strings.NewReplacer("%", "%%", "$", "$$").Replace(s)
	if !strings.ContainsAny(s, " \t\"'\\;") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// plist is the launchd agent.
func (s Service) plist() string {
	var b strings.Builder
	esc := func(v string) string {
		var e strings.Builder
		xml.EscapeText(&e, []byte(v))
		return e.String()
	}
	str := func(v string) string { return "<string>" + esc(v) + "</string>" }
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- limber remind in the background: desk-break reminders that count your sitting time.
     Written by limber service install; limber service uninstall removes it. -->
<plist version="1.0">
<dict>
`)
	fmt.Fprintf(&b, "\t<key>Label</key>\n\t%s\n", str(Label))
	fmt.Fprintf(&b, "\t<key>ProgramArguments</key>\n\t<array>\n\t\t%s\n\t\t%s\n\t\t%s\n\t</array>\n", str(s.Exe), str("remind"), str("--background"))
	if len(s.Env) > 0 {
		b.WriteString("\t<key>EnvironmentVariables</key>\n\t<dict>\n")
		for _, kv := range s.Env {
			k, v, _ := strings.Cut(kv, "=")
			fmt.Fprintf(&b, "\t\t<key>%s</key>\n\t\t%s\n", esc(k), str(v))
		}
		b.WriteString("\t</dict>\n")
	}
	b.WriteString("\t<key>RunAtLoad</key>\n\t<true/>\n")
	b.WriteString("\t<key>KeepAlive</key>\n\t<dict>\n\t\t<key>SuccessfulExit</key>\n\t\t<false/>\n\t</dict>\n")
	b.WriteString("\t<key>ThrottleInterval</key>\n\t<integer>30</integer>\n")
	fmt.Fprintf(&b, "\t<key>StandardOutPath</key>\n\t%s\n\t<key>StandardErrorPath</key>\n\t%s\n", str(s.LogPath()), str(s.LogPath()))
	b.WriteString("</dict>\n</plist>\n")
	return b.String()
}

// run runs a manager command, saying it on w; it returns the command's error with its output.
func (s Service) run(w io.Writer, name string, args ...string) error {
	fmt.Fprintf(w, "$ %s %s\n", name, strings.Join(args, " "))
	if s.Run == nil {
		return errors.New("not run")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := s.Run(ctx, name, args...)
	if msg := strings.TrimSpace(string(out)); msg != "" {
		for line := range strings.SplitSeq(msg, "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	return err
}

// Install writes the file, says what it wrote, and starts the service.
func (s Service) Install(w io.Writer) error {
	path, err := s.Path()
	if err != nil {
		return err
	}
	text, _ := s.Content()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if s.GOOS == "darwin" {
		if err := os.MkdirAll(filepath.Dir(s.LogPath()), 0o755); err != nil {
			return err
		}
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return err
	}
	tr := s.tr()
	fmt.Fprintf(w, "%s\n\n%s\n", tr.T("service.wrote", "Path", path), text)
	if s.GOOS == "darwin" {
		domain := fmt.Sprintf("gui/%d", s.UID)
		_ = s.run(io.Discard, "launchctl", "bootout", domain+"/"+Label) // an older one, if loaded
		if err := s.run(w, "launchctl", "bootstrap", domain, path); err != nil {
			return errors.New(tr.T("service.launchctl_failed", "Err", err.Error(), "Command", "launchctl bootstrap "+domain+" "+path))
		}
		fmt.Fprintln(w, tr.T("service.started", "Log", s.LogPath()))
		return nil
	}
	if err := s.run(w, "systemctl", "--user", "daemon-reload"); err != nil {
		return errors.New(tr.T("service.systemctl_unreachable", "Err", err.Error(), "Command", "systemctl --user enable --now "+Unit))
	}
	if err := s.run(w, "systemctl", "--user", "enable", "--now", Unit); err != nil {
		return errors.New(tr.T("service.systemctl_failed", "Err", err.Error(), "Command", "systemctl --user status "+Unit))
	}
	fmt.Fprintln(w, tr.T("service.started", "Log", "journalctl --user -u "+Unit))
	return nil
}

// Uninstall stops the service and removes its file.
func (s Service) Uninstall(w io.Writer) error {
	path, err := s.Path()
	if err != nil {
		return err
	}
	if s.GOOS == "darwin" {
		_ = s.run(w, "launchctl", "bootout", fmt.Sprintf("gui/%d/%s", s.UID, Label))
	} else {
		_ = s.run(w, "systemctl", "--user", "disable", "--now", Unit)
	}
	switch err := os.Remove(path); {
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintln(w, s.tr().T("service.was_not_installed", "Path", path))
	case err != nil:
		return err
	default:
		fmt.Fprintln(w, s.tr().T("service.removed", "Path", path))
	}
	if s.GOOS != "darwin" {
		_ = s.run(io.Discard, "systemctl", "--user", "daemon-reload")
	}
	return nil
}

// Status says whether the file is there and what the manager says of the service.
func (s Service) Status(w io.Writer) error {
	path, err := s.Path()
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintln(w, s.tr().T("service.not_installed", "Path", path))
		return nil
	}
	fmt.Fprintln(w, s.tr().T("service.installed", "Path", path))
	if s.GOOS == "darwin" {
		_ = s.run(w, "launchctl", "print", fmt.Sprintf("gui/%d/%s", s.UID, Label))
		return nil
	}
	_ = s.run(w, "systemctl", "--user", "is-enabled", Unit)
	_ = s.run(w, "systemctl", "--user", "is-active", Unit)
	return nil
}

// Running says whether a reminder runs, and how: "A reminder is running in the background:
// break in 12m".
func Running(tr *msg.Tr, running, background bool, line string) string {
	if !running {
		return tr.T("service.none_running")
	}
	id := "service.running_terminal"
	if background {
		id = "service.running_background"
	}
	if line != "" {
		return tr.T(id+"_line", "Line", line)
	}
	return tr.T(id)
}
