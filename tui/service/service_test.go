package service

import (
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fake is a service for a person whose limber lives at an awkward path.
func fake(t *testing.T, goos string) Service {
	home := t.TempDir()
	exe := filepath.Join(home, "my tools", "limber")
	if err := os.MkdirAll(filepath.Dir(exe), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return Service{GOOS: goos, Exe: exe, Home: home, ConfigHome: filepath.Join(home, ".config"),
		Env: []string{"XDG_DATA_HOME=" + home + "/50% data", "PATH=/usr/bin:/bin"}, UID: 501}
}

// TestUnitVerifies writes the systemd unit and has systemd-analyze verify it, where it is
// installed.
func TestUnitVerifies(t *testing.T) {
	s := fake(t, "linux")
	unit, err := s.Content()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`ExecStart="` + s.Exe + `" remind --background`, `Environment="XDG_DATA_HOME=` + s.Home + `/50%% data"`, "Restart=on-failure", "WantedBy=default.target"} {
		if !strings.Contains(unit, want) {
			t.Errorf("the unit has no %q:\n%s", want, unit)
		}
	}
	if _, err := exec.LookPath("systemd-analyze"); err != nil {
		t.Skip("systemd-analyze is not installed: the unit is not verified here")
	}
	path := filepath.Join(t.TempDir(), Unit)
	if err := os.WriteFile(path, []byte(unit), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("systemd-analyze", "verify", "--man=no", path).CombinedOutput()
	if err != nil {
		t.Errorf("systemd-analyze verify: %v\n%s\n%s", err, out, unit)
	}
}

// TestPlistLints writes the launchd agent and has plutil check it, where it is installed
// (macOS); elsewhere Go's XML reader checks it is well formed.
func TestPlistLints(t *testing.T) {
	s := fake(t, "darwin")
	s.Env = append(s.Env, "LIMBER_CONFIG_DIR=/Users/a&b/<limber>")
	plist, err := s.Content()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<string>" + s.Exe + "</string>", "<string>--background</string>", "/Users/a&amp;b/&lt;limber&gt;", Label} {
		if !strings.Contains(plist, want) {
			t.Errorf("the plist has no %q:\n%s", want, plist)
		}
	}
	path := filepath.Join(t.TempDir(), Label+".plist")
	if err := os.WriteFile(path, []byte(plist), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("plutil"); err != nil {
		t.Log("plutil is not installed (not macOS): the plist is only checked as XML here")
		if err := wellFormed(plist); err != nil {
			t.Errorf("the plist is not well-formed XML: %v\n%s", err, plist)
		}
		return
	}
	if out, err := exec.Command("plutil", "-lint", path).CombinedOutput(); err != nil {
		t.Errorf("plutil -lint: %v\n%s", err, out)
	}
}

// TestInstallAndUninstall writes the unit where systemd looks, runs systemctl through a fake,
// and removes it again.
func TestInstallAndUninstall(t *testing.T) {
	s := fake(t, "linux")
	var ran []string
	s.Run = func(_ context.Context, name string, args ...string) ([]byte, error) {
		ran = append(ran, name+" "+strings.Join(args, " "))
		return nil, nil
	}
	var out strings.Builder
	if err := s.Install(&out); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(s.ConfigHome, "systemd", "user", Unit)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("install wrote no %s: %v", path, err)
	}
	if !strings.Contains(out.String(), "Wrote "+path) || !strings.Contains(out.String(), "ExecStart=") {
		t.Errorf("install did not show what it wrote:\n%s", out.String())
	}
	if want := "systemctl --user enable --now " + Unit; !strings.Contains(strings.Join(ran, "\n"), want) {
		t.Errorf("install ran %q, not %q", ran, want)
	}
	out.Reset()
	if err := s.Status(&out); err != nil || !strings.Contains(out.String(), "Installed: "+path) {
		t.Errorf("status: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := s.Uninstall(&out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("uninstall left %s", path)
	}
	out.Reset()
	s.Status(&out)
	if !strings.Contains(out.String(), "Not installed") {
		t.Errorf("status after uninstall:\n%s", out.String())
	}
}

func TestUnsupported(t *testing.T) {
	if _, err := (Service{GOOS: "windows"}).Content(); err != ErrUnsupported {
		t.Errorf("windows: %v", err)
	}
}

// wellFormed reads s as XML to its end.
func wellFormed(s string) error {
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
