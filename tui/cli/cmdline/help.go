package cmdline

import (
	"strings"

	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/cli"
)

// flagForm is how a flag is written in a synopsis: "--json", "--since DATE".
func flagForm(f Flag) string {
	if f.Kind == Bool || f.Arg == "" {
		return "--" + f.Name
	}
	return "--" + f.Name + " " + f.Arg
}

// argForm is how an argument is written in a synopsis: "ID", "[ID]", "[PATH...]".
func argForm(a Arg) string {
	switch {
	case a.Many:
		return "[" + a.Name + "...]"
	case a.Optional:
		return "[" + a.Name + "]"
	}
	return a.Name
}

// argsSynopsis is the arguments of c as the synopsis writes them, "one ID" for a single one.
func argsSynopsis(c *Command) string {
	lo, hi := c.argRange()
	if lo == 1 && hi == 1 {
		return "one " + c.Args[0].Name
	}
	var parts []string
	for _, a := range c.Args {
		parts = append(parts, argForm(a))
	}
	return strings.Join(parts, " ")
}

// synopsis is the words of c's usage line after the program's name: its name, its arguments,
// then each flag (or group of flags) in brackets.
func synopsis(c *Command) []string {
	words := []string{c.Name}
	for _, a := range c.Args {
		words = append(words, argForm(a))
	}
	done := map[string]bool{}
	for _, f := range c.Flags {
		if f.Group == "" {
			words = append(words, "["+flagForm(f)+"]")
			continue
		}
		if done[f.Group] {
			continue
		}
		done[f.Group] = true
		var alts []string
		for _, g := range c.Flags {
			if g.Group == f.Group {
				alts = append(alts, flagForm(g))
			}
		}
		words = append(words, "["+strings.Join(alts, "|")+"]")
	}
	return words
}

// Usage is c's usage line, "limber history [--json|--csv] [--since DATE] [--limit N]", its
// words wrapped to width under the first argument.
func (p *Program) Usage(c *Command, width int) []string {
	const label = len("usage: ")
	words := synopsis(c)
	lead := p.Name + " " + words[0]
	indent := strings.Repeat(" ", len(lead)+1)
	lines := []string{lead}
	fresh := true // the last line has no argument or flag yet
	for _, w := range words[1:] {
		last := &lines[len(lines)-1]
		if !fresh && label+text.Width(*last)+1+text.Width(w) > width {
			lines = append(lines, indent+w)
			continue
		}
		*last += " " + w
		fresh = false
	}
	return lines
}

// prose lays out a help text for width columns: each paragraph (lines up to a blank line) is
// wrapped anew; an indented line is kept as it is, being a list or an example.
func prose(s string, width int) []string {
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, text.Wrap(strings.Join(para, " "), width)...)
			para = nil
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			flush()
			out = append(out, "")
		case line[0] == ' ' || line[0] == '\t':
			flush()
			out = append(out, strings.TrimRight(line, " "))
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flush()
	return out
}

// item is one entry of a list of flags, arguments or commands: what you type and what it does.
type item struct{ name, help string }

// list prints items in two columns, the second wrapped under itself; a name too long for the
// column puts its text on the next line.
func list(pr cli.Printer, items []item) {
	const gap, most = 2, 20
	col := 0
	for _, it := range items {
		if n := text.Width(it.name); n <= most {
			col = max(col, n)
		}
	}
	col += 2 + gap
	for _, it := range items {
		lines := text.Wrap(it.help, pr.Cols()-col)
		head := "  " + it.name
		if text.Width(head)+gap > col && len(lines) > 0 {
			pr.Printf("%s\n", head)
			head = ""
		}
		if len(lines) == 0 {
			pr.Printf("%s\n", head)
		}
		for i, l := range lines {
			if i > 0 {
				head = ""
			}
			pr.Printf("%s%s\n", text.Pad(head, col), l)
		}
	}
}

// WriteHelp prints c's help: the usage line, its text, its arguments and its flags.
func (p *Program) WriteHelp(pr cli.Printer, c *Command) {
	for i, l := range p.Usage(c, pr.Cols()) {
		if i == 0 {
			pr.Printf("%s %s\n", pr.Accent("usage:"), l)
		} else {
			pr.Printf("       %s\n", l)
		}
	}
	pr.Printf("\n")
	for _, l := range prose(c.Help, pr.Cols()) {
		pr.Printf("%s\n", l)
	}
	var args []item
	for _, a := range c.Args {
		if a.Help != "" {
			args = append(args, item{a.Name, a.Help})
		}
	}
	if len(args) > 0 {
		pr.Printf("\n")
		pr.Heading("arguments:")
		list(pr, args)
	}
	var flags []item
	for _, f := range c.Flags {
		flags = append(flags, item{flagForm(f), f.Help})
	}
	if len(flags) > 0 {
		pr.Printf("\n")
		pr.Heading("flags:")
		list(pr, flags)
	}
}

// WriteMainHelp prints the program's help: what it is, how to call it, its text, the commands
// with their summaries, and the program's own flags.
func (p *Program) WriteMainHelp(pr cli.Printer) {
	pr.Heading(p.Name + " — " + p.Summary)
	pr.Printf("\n%s %s [COMMAND] [ARGS]\n\n", pr.Accent("usage:"), p.Name)
	for _, l := range prose(p.Help, pr.Cols()) {
		pr.Printf("%s\n", l)
	}
	pr.Printf("\n")
	pr.Heading("commands:")
	var cmds []item
	for _, c := range p.Commands {
		cmds = append(cmds, item{c.Name, c.Summary})
	}
	list(pr, cmds)
	pr.Printf("\n")
	pr.Heading("flags:")
	list(pr, []item{
		{"-h, --help", "show this help (" + p.Name + " help COMMAND, or " + p.Name + " COMMAND -h, for a command's own)"},
		{"-v, --version", "print the version"},
	})
}
