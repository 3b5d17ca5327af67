// Package cmdline is limber's command line as data: each command declares its name, summary,
// help text, flags and arguments once, in a table, and everything else is made from that table
// — the parser and its usage errors, the -h help, the "did you mean", shell completion for bash,
// zsh and fish, and the limber(1) man page. A flag is described in one place only.
//
// The grammar is the one people expect from a modern CLI: --flag value and --flag=value, flags
// and arguments in any order (limber show plank --json), -- ends the flags, -h and --help
// anywhere ask for the command's help. A single dash works for long names too (-json), as Go's
// flag package allowed before.
package cmdline

import "github.com/limber-coach/limber/content/enum"

// Kind is what a flag takes.
type Kind int

// The kinds of flag.
const (
	Bool     Kind = iota // --json: set or not; --json=false also works
	String               // --format FORMAT
	Int                  // --limit N: a whole number within Min..Max
	Duration             // --every 50m: a duration with its unit, within Min..Max
)

var kindNames = enum.Names[Kind]{"bool", "string", "int", "duration"}

// String names the kind.
func (k Kind) String() string { return kindNames.Of(k) }

// Source is where completion finds the values of a flag or an argument beyond its Choices.
type Source int

// The sources of completion candidates.
const (
	NoSource  Source = iota
	Routines         // routine ids, the person's own included
	Exercises        // exercise ids, the person's own included
	IDs              // both
	Testable         // the exercises limber max can test
	Commands         // the commands
	Files            // file names: the shell's own completion
)

var sourceNames = enum.Names[Source]{"none", "routines", "exercises", "ids", "testable", "commands", "files"}

// String names the source.
func (s Source) String() string { return sourceNames.Of(s) }

// Flag is one flag of a command.
type Flag struct {
	// Name is the flag's name without dashes: "json".
	Name string
	Kind Kind
	// Arg names what the flag takes in the synopsis and the help: "N", "DATE", "DURATION".
	Arg string
	// Help says what the flag does, in one sentence (wrapped as the width allows).
	Help string
	// Group: flags that share a group exclude each other, and the synopsis shows them as
	// [--json|--csv].
	Group string
	// Min and Max bound an Int (a count) or a Duration (in nanoseconds); Max 0 is no bound.
	Min, Max int64
	// Choices are values to complete; Source finds more.
	Choices []string
	Source  Source
}

// Arg is one positional argument.
type Arg struct {
	// Name is how the synopsis writes it: "ID", "DURATION", "PATH".
	Name string
	Help string
	// Optional arguments may be left out; a Many argument takes any number (it is the last).
	Optional, Many bool
	Choices        []string
	Source         Source
}

// Command is one subcommand.
type Command struct {
	Name    string
	Summary string
	// Help is the command's own text, as help/NAME.txt has it: paragraphs separated by blank
	// lines, and indented lines that are kept as they are (a list, an example).
	Help  string
	Args  []Arg
	Flags []Flag
	// Example is one typical use, "limber hold 45s plank": said when an argument is missing,
	// and listed in the man page.
	Example string
}

// Program is the whole command line: its name, what it is, and its commands in the order the
// help lists them.
type Program struct {
	Name    string
	Version string
	// Summary is the one line under the name in the help and the man page's NAME.
	Summary string
	// Help is the text of limber --help and the man page's DESCRIPTION; Sections are the man
	// page's other sections, as "TITLE\ntext" blocks (help/sections.txt).
	Help     string
	Sections string
	Commands []*Command
	// Global are the flags every command takes, and the program alone before any command
	// (limber --lang de, limber run --no-figures): what applies to the whole run.
	Global []Flag
}

// Command is the command named name, or nil.
func (p *Program) Command(name string) *Command {
	for _, c := range p.Commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// CompleteCommand is the command the completion scripts call back, limber __complete WORD...:
// not in the table (its words are read as typed, flags and all), nor in the help.
const CompleteCommand = "__complete"

// flag is the flag named name, or nil.
func (c *Command) flag(name string) *Flag { return flagNamed(c.Flags, name) }

// flagNamed is the flag of flags named name, or nil.
func flagNamed(flags []Flag, name string) *Flag {
	for i := range flags {
		if flags[i].Name == name {
			return &flags[i]
		}
	}
	return nil
}

// flag is the flag named name, of c or of every command (c nil: the program alone), or nil.
func (p *Program) flag(c *Command, name string) *Flag {
	if c != nil {
		if f := c.flag(name); f != nil {
			return f
		}
	}
	return flagNamed(p.Global, name)
}

// argRange is how many arguments c takes: at least lo, at most hi (-1: any number).
func (c *Command) argRange() (lo, hi int) {
	for _, a := range c.Args {
		if !a.Optional && !a.Many {
			lo++
		}
		if a.Many {
			return lo, -1
		}
	}
	return lo, len(c.Args)
}

// arg is the declaration of the i-th argument (the last one for a Many), or nil.
func (c *Command) arg(i int) *Arg {
	switch {
	case i < len(c.Args):
		return &c.Args[i]
	case len(c.Args) > 0 && c.Args[len(c.Args)-1].Many:
		return &c.Args[len(c.Args)-1]
	}
	return nil
}
