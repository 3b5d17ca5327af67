package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"strings"
)

// helpTexts are the commands' help texts, help/COMMAND.txt: what -h prints, and what the man page
// is made of.
//
//go:embed help/*.txt
var helpTexts embed.FS

// usage is command's help text.
func usage(command string) string {
	b, err := helpTexts.ReadFile("help/" + command + ".txt")
	if err != nil {
		panic("limber: no help text for " + command) // a missing file is a build mistake
	}
	return string(b)
}

// version is the release; `go install` builds report it with --version.
const version = "0.1.0"

// command is one subcommand: its name, a one-line summary, its usage text and its runner.
type command struct {
	name    string
	summary string
	usage   string
	run     func(a *app, args []string) error
}

// commands returns the subcommands in the order `limber --help` lists them.
func commands() []command {
	return []command{
		{"run", "run a routine (the desk break when none is named)", usage("run"), runRun},
		{"list", "list routines or exercises", usage("list"), runList},
		{"show", "show one routine or exercise", usage("show"), runShow},
		{"validate", "check content files for mistakes", usage("validate"), runValidate},
		{"history", "list past sessions", usage("history"), runHistory},
		{"stats", "streaks, totals and pain stops", usage("stats"), runStats},
		{"hold", "time one hold, no routine needed", usage("hold"), runHold},
		{"max", "a max-hold test against your best", usage("max"), runMax},
		{"remind", "remind you to take desk breaks", usage("remind"), runRemind},
		{"status", "one line for a status bar or prompt", usage("status"), runStatus},
		{"config", "the settings in effect and every path", usage("config"), runConfig},
		{"help", "help on a command", usage("help"), runHelp},
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func mainUsage(w io.Writer) {
	fmt.Fprintf(w, `limber — a terminal coach for back care and desk breaks

usage: limber [COMMAND] [ARGS]

With no command, limber opens the coach (in a terminal) or lists the routines.

commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
flags:
  -h, --help     show this help (limber help COMMAND for a command's own)
  --version      print the version

A stretch is a gentle pull, never sharp pain: if it hurts, stop (press !).
limber is not medical advice.
`)
}

func runHelp(a *app, args []string) error {
	if len(args) == 0 {
		mainUsage(a.stdout)
		return nil
	}
	c, ok := findCommand(args[0])
	if !ok {
		return usagef("help: unknown command %q; commands: %s", args[0], commandNames())
	}
	fmt.Fprintln(a.stdout, strings.TrimSpace(c.usage))
	return nil
}

func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// newFlags returns a FlagSet that reports errors instead of exiting and prints usage to stderr.
func newFlags(a *app, c string) *flag.FlagSet {
	fs := flag.NewFlagSet(c, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args, interspersed flags and positionals allowed (`limber show plank --json`),
// and turns -h into printing the command's usage.
func parseFlags(a *app, fs *flag.FlagSet, usage string, args []string) ([]string, bool, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fmt.Fprintln(a.stdout, strings.TrimSpace(usage))
				return nil, true, nil
			}
			return nil, false, usagef("%s: %v\n%s", fs.Name(), err, strings.TrimSpace(usage))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, false, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
