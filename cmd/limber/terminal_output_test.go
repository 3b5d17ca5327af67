package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/tui/cli"
)

// terminalRuns are the commands whose output is laid out for the terminal's width.
var terminalRuns = [][]string{
	{"list"}, {"list", "exercises"}, {"show", "desk-break"}, {"show", "posture-upper-back"}, {"show", "knee-to-chest"},
	{"history"}, {"stats"}, {"help"}, {"help", "hold"}, {"help", "status"}, {"remind", "-h"},
}

// onTerminal makes the test app's stdout and stderr a terminal width columns wide.
func onTerminal(ta *testApp, width int) {
	ta.stdoutTTY, ta.stderrTTY, ta.width = true, true, width
	ta.env["TERM"] = "xterm-256color"
}

// TestOutputFitsTheTerminal: on a terminal the views are laid out for its width, so a 60-column
// pane does not wrap them (nor does a 40-column one, bar the verbatim lists in help), and the
// headings and the "limber:" of errors take the accent colour.
func TestOutputFitsTheTerminal(t *testing.T) {
	for _, width := range []int{60, 100} {
		ta := historyApp(t)
		onTerminal(ta, width)
		for _, args := range terminalRuns {
			if code := ta.run(args...); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, ta.errOut)
			}
			out := ta.out.String()
			for _, line := range strings.Split(out, "\n") {
				if n := ansi.StringWidth(line); n > width {
					t.Errorf("%d columns: limber %s: a line of %d: %q", width, strings.Join(args, " "), n, ansi.Strip(line))
				}
			}
			if !strings.Contains(out, "\x1b[1;36m") {
				t.Errorf("limber %s: no heading in the accent colour:\n%s", strings.Join(args, " "), out)
			}
		}
	}
	ta := newTestApp(t)
	onTerminal(ta, 80)
	ta.run("history", "--jsno")
	if !strings.HasPrefix(ta.errOut.String(), "\x1b[1;36mlimber:\x1b[m history: --jsno is not a flag") {
		t.Errorf("error: %q", ta.errOut)
	}
}

// TestNoColour: NO_COLOR set to anything, TERM=dumb, or a pipe: not one escape code.
func TestNoColour(t *testing.T) {
	for _, env := range []map[string]string{{"NO_COLOR": "1"}, {"NO_COLOR": "no"}, {"TERM": "dumb"}, nil} {
		ta := historyApp(t)
		onTerminal(ta, 80)
		if env == nil {
			ta.stdoutTTY, ta.stderrTTY = false, false // piped
		}
		for k, v := range env {
			ta.env[k] = v
		}
		for _, args := range append(terminalRuns, []string{"history", "--jsno"}) {
			ta.run(args...)
			if strings.Contains(ta.out.String()+ta.errOut.String(), "\x1b") {
				t.Errorf("%v: limber %s: an escape code in %q", env, strings.Join(args, " "), ta.out.String()+ta.errOut.String())
			}
		}
	}
}

// TestPipedOutputIgnoresTheWindow: into a pipe the views are the 80-column ones whatever the
// terminal limber was started from, and list's hint, meant for a person, is left out; on a
// terminal it is said on stderr, so the table on stdout stays the table.
func TestPipedOutputIgnoresTheWindow(t *testing.T) {
	ta := newTestApp(t)
	ta.width = 50 // the window, but stdout is a pipe
	ta.run("list")
	golden(t, "list-routines.golden", ta.out.String())
	if ta.errOut.Len() != 0 {
		t.Errorf("piped list said %q on stderr", ta.errOut)
	}
	onTerminal(ta, cli.Width)
	ta.env["NO_COLOR"] = "1"
	ta.run("list")
	if ta.out.String() != readGolden(t, "list-routines.golden") {
		t.Errorf("list on an 80-column terminal differs from the piped table:\n%s", ta.out)
	}
	if ta.errOut.String() != "\nStart one with: limber run ID    Details: limber show ID\n" {
		t.Errorf("hint %q", ta.errOut)
	}
}

// TestOutputFitsTheTerminalInEveryLanguage: the views laid out for the terminal fit 80 columns
// (and 60) in every language limber speaks, German's long words too; so do the usage errors'
// first lines. Commands named the same in every language, only the words differ.
func TestOutputFitsTheTerminalInEveryLanguage(t *testing.T) {
	for _, code := range []string{"en", "de", "es", "fr"} {
		for _, width := range []int{60, 80} {
			ta := historyApp(t)
			onTerminal(ta, width)
			ta.env["NO_COLOR"] = "1"
			for _, args := range append(terminalRuns, []string{"show", "cat-cow"}, []string{"checkin", "--pain", "3"}, []string{"goals"}, []string{"flare"}) {
				args = append([]string{"--lang", code}, args...)
				if code := ta.run(args...); code != 0 {
					t.Fatalf("%v: exit %d: %s", args, code, ta.errOut)
				}
				for _, line := range strings.Split(ta.out.String(), "\n") {
					if n := ansi.StringWidth(line); n > width {
						t.Errorf("%s, %d columns: limber %s: a line of %d: %q", code, width, strings.Join(args, " "), n, line)
					}
				}
			}
		}
	}
}
