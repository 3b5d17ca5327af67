package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestManPage: limber man is roff that groff and man read without a warning, and it has every
// command and every flag of the table, and each command's own text.
func TestManPage(t *testing.T) {
	ta := newTestApp(t)
	if code := ta.run("man"); code != 0 {
		t.Fatalf("exit %d: %s", code, ta.errOut)
	}
	page := ta.out.String()
	p, _ := program()
	for _, c := range p.Commands {
		if !strings.Contains(page, `.SS "limber `+c.Name) {
			t.Errorf("no section for %s", c.Name)
		}
		for _, f := range c.Flags {
			if !strings.Contains(page, `\fB\-\-`+strings.ReplaceAll(f.Name, "-", `\-`)+`\fR`) {
				t.Errorf("%s: no --%s", c.Name, f.Name)
			}
		}
	}
	for _, want := range []string{".SH EXIT STATUS", ".SH ENVIRONMENT", "LIMBER_DATA_DIR", `\[u2014]`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	file := filepath.Join(t.TempDir(), "limber.1")
	must(t, os.WriteFile(file, []byte(page), 0o644))
	if _, err := exec.LookPath("groff"); err == nil {
		var stderr bytes.Buffer
		cmd := exec.Command("groff", "-man", "-Tutf8", "-ww", "-z", file)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("groff: %v\n%s", err, stderr.String())
		}
	} else {
		t.Log("groff is not installed: the page is not rendered")
	}
	if _, err := exec.LookPath("man"); err == nil {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command("man", "--warnings", "-l", file)
		cmd.Env = append(os.Environ(), "MANWIDTH=80", "MANPAGER=cat", "PAGER=cat")
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 {
			t.Errorf("man -l: %v\n%s", err, stderr.String())
		}
		for _, want := range []string{"limber hold DURATION [EXERCISE]", "--every DURATION", "EXIT STATUS"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("man -l shows no %q:\n%s", want, stdout.String())
			}
		}
	}
}
