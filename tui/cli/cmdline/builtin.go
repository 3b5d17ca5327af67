package cmdline

import (
	"io"
	"strings"

	"github.com/limber-coach/limber/tui/cli"
)

// builtins are the commands every program gets from its table alone: its help, its version,
// its manual page and its shell completion. Their texts come, like the others', from Help.
func builtins() []*Command {
	return []*Command{
		{Name: "completion", Summary: "a shell completion script", Example: "limber completion bash",
			Args: []Arg{{Name: "bash|zsh|fish", Choices: Shells(), Help: "the shell to complete in"}}},
		{Name: "man", Summary: "the manual page, as roff"},
		{Name: "help", Summary: "help on a command", Example: "limber help hold",
			Args: []Arg{{Name: "COMMAND", Optional: true, Source: Commands}}},
		{Name: "version", Summary: "print the version"},
	}
}

// New is a program of the commands given, followed by the built-in ones (completion, man, help,
// version). help is a command's help text by its name.
func New(name, version, summary string, commands []*Command, help func(name string) string) *Program {
	p := &Program{Name: name, Version: version, Summary: summary, Help: help(name), Sections: help("sections")}
	p.Commands = append(commands, builtins()...)
	for _, c := range p.Commands {
		c.Help = help(c.Name)
	}
	return p
}

// Dispatch reads a command line and answers what the program answers by itself: -h on any
// command, help, version, man, completion, and the completion scripts' calls (__complete). For
// a command of the caller's it returns the parsed line to run (Command nil: no command at all);
// for one it answered, nil. out is where the answers go; ids finds the routines and exercises
// to complete, called only when they are asked for.
func (p *Program) Dispatch(args []string, out cli.Printer, ids func() IDSource) (*Parsed, error) {
	if len(args) > 0 && args[0] == CompleteCommand { // the words as typed, flags and all
		var b strings.Builder
		for _, c := range Complete(p, args[1:], func(s Source) []Candidate { return ids()(s) }) {
			b.WriteString(c.String() + "\n")
		}
		_, err := io.WriteString(out.W, b.String())
		return nil, err
	}
	in, err := p.Route(args)
	if err != nil || in.Command == nil {
		return in, err
	}
	switch name := in.Command.Name; {
	case in.Help:
		p.WriteHelp(out, in.Command)
	case name == "help" && len(in.Args) == 0:
		p.WriteMainHelp(out)
	case name == "help":
		c, err := p.Lookup(in.Args[0])
		if err != nil {
			return nil, err
		}
		p.WriteHelp(out, c)
	case name == "version":
		out.Printf("%s %s\n", p.Name, p.Version)
	case name == "man":
		return nil, p.WriteMan(out.W)
	case name == "completion":
		script, ok := Script(p, in.Args[0])
		if !ok {
			return nil, in.Usagef("no completion for %s; there is for %s", quoted(in.Args[0]), strings.Join(Shells(), ", "))
		}
		_, err := io.WriteString(out.W, script)
		return nil, err
	default:
		return in, nil
	}
	return nil, nil
}
