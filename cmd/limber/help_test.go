package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/limber-coach/limber/tui/cli/cmdline"
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
			if !strings.Contains(page, `\fB`+strings.ReplaceAll(cmdline.Dashed(f.Name), "-", `\-`)+`\fR`) {
				t.Errorf("%s: no %s", c.Name, cmdline.Dashed(f.Name))
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

// TestCommandLineMistakes: each usage error is one line on stderr in one shape — what is wrong,
// the nearest right thing, where the help is — with exit status 2, and values as typed.
func TestCommandLineMistakes(t *testing.T) {
	ta := newTestApp(t)
	for _, tc := range []struct {
		args []string
		say  string
	}{
		{[]string{"history", "--jsno"}, "limber: history: --jsno is not a flag of history (did you mean --json?); see limber history -h\n"},
		{[]string{"runn"}, "limber: runn is not a command (did you mean run?); see limber --help\n"},
		{[]string{"remind", "--every", "25h"}, "limber: remind: --every wants 1s to 24h, not 25h; see limber remind -h\n"},
		{[]string{"history", "--limit", "0"}, "limber: history: --limit wants 1 or more, not 0; see limber history -h\n"},
		{[]string{"history", "--json", "--csv"}, "limber: history: --json or --csv, not both; see limber history -h\n"},
		{[]string{"show"}, "limber: show: ID is missing, e.g. limber show desk-break; see limber show -h\n"},
		{[]string{"list", "walks"}, `limber: list: "walks" is not a list; use routines or exercises; see limber list -h` + "\n"},
		{[]string{"help", "hist"}, "limber: hist is not a command (did you mean history?); see limber --help\n"},
		{[]string{"completion", "tcsh"}, `limber: completion: no completion for "tcsh"; there is for bash, zsh, fish; see limber completion -h` + "\n"},
	} {
		if code := ta.run(tc.args...); code != 2 || ta.errOut.String() != tc.say || ta.out.Len() != 0 {
			t.Errorf("%q: exit %d, stderr %q, want 2 and %q", tc.args, code, ta.errOut, tc.say)
		}
	}
}

// TestCommandLineForms: flags anywhere among the arguments, --flag=value and --flag value, the
// version four ways, help on help.
func TestCommandLineForms(t *testing.T) {
	ta := newTestApp(t)
	for _, args := range [][]string{{"show", "plank", "--json"}, {"show", "--json", "plank"}, {"show", "--json=true", "plank"}} {
		if code := ta.run(args...); code != 0 || !strings.HasPrefix(ta.out.String(), "{") {
			t.Errorf("%q: exit %d, %q", args, code, ta.out)
		}
	}
	for _, args := range [][]string{{"-v"}, {"-V"}, {"--version"}, {"version"}} {
		if code := ta.run(args...); code != 0 || ta.out.String() != "limber "+version+"\n" {
			t.Errorf("%q: exit %d, %q", args, code, ta.out)
		}
	}
	for _, args := range [][]string{{"help", "help"}, {"help", "--help"}, {"help", "-h"}} {
		if code := ta.run(args...); code != 0 || !strings.HasPrefix(ta.out.String(), "usage: limber help [COMMAND]") {
			t.Errorf("%q: exit %d, %q", args, code, ta.out)
		}
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		if code := ta.run(args...); code != 0 || !strings.Contains(ta.out.String(), "  completion  a shell completion script") {
			t.Errorf("%q: exit %d, %q", args, code, ta.out)
		}
	}
	if code := ta.run("history", "--since=2026-01-01", "--limit", "3"); code != 0 {
		t.Errorf("--since=DATE --limit N: exit %d, %s", code, ta.errOut)
	}
}

// TestRunAnExercise: limber run with an exercise's id says what to type instead: a hold of
// its own length (and sides and repeats), or show for one that is no hold.
func TestRunAnExercise(t *testing.T) {
	ta := newTestApp(t)
	for id, want := range map[string]string{
		"plank":      "plank is an exercise, not a routine; time it with: limber hold 10s plank --repeat 3, or read it with: limber show plank",
		"side-plank": "limber hold 15s side-plank --sides",
		"cat-cow":    "cat-cow is an exercise, not a routine; read it with: limber show cat-cow\n",
	} {
		if code := ta.run("run", id); code != 1 || !strings.Contains(ta.errOut.String(), want) {
			t.Errorf("run %s: exit %d, %q", id, code, ta.errOut)
		}
	}
}

// Every command's help is made from the table: each flag and argument is listed, and no flag is
// described in its help text by hand.
func TestHelpIsMadeFromTheTable(t *testing.T) {
	p, runs := program()
	for _, c := range p.Commands {
		ta := newTestApp(t)
		if code := ta.run(c.Name, "-h"); code != 0 {
			t.Fatalf("%s -h: exit %d", c.Name, code)
		}
		for _, f := range c.Flags {
			if !strings.Contains(ta.out.String(), "\n  "+cmdline.Dashed(f.Name)) {
				t.Errorf("%s -h lacks %s:\n%s", c.Name, cmdline.Dashed(f.Name), ta.out)
			}
			if strings.Contains(c.Help, "  "+cmdline.Dashed(f.Name)) {
				t.Errorf("help/%s.txt describes --%s by hand", c.Name, f.Name)
			}
		}
		if _, ok := runs[c.Name]; !ok && !slices.Contains([]string{"help", "version", "man", "completion"}, c.Name) {
			t.Errorf("%s runs nothing", c.Name)
		}
	}
}
