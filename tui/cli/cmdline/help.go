package cmdline

import (
	"regexp"
	"strings"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
	"github.com/limber-coach/limber/tui/cli"
)

// flagForm is how a flag is written in a synopsis: "--json", "--since DATE", "-o FILE".
func flagForm(f Flag) string {
	if f.Kind == Bool || f.Arg == "" {
		return Dashed(f.Name)
	}
	return Dashed(f.Name) + " " + f.Arg
}

// Dashed is a flag's name as help writes it: one dash for a one-letter name ("-o", as such a
// flag is usually typed; "--o" is taken too), two for the rest ("--since").
func Dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
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

// The catalogue's ids of the command table's texts (a summary, a flag's or an argument's help):
// the table holds them in English, the catalogue in every language, and a test keeps the
// catalogue's English the same as the table's (Catalogue).

// SummaryID is the id of command name's summary.
func SummaryID(name string) string { return "cmdhelp.summary." + key(name) }

// FlagID is the id of flag's help on command (GlobalScope for the global flags).
func FlagID(command, flag string) string { return "cmdhelp.flag." + key(command) + "." + key(flag) }

// ArgID is the id of argument arg's help on command.
func ArgID(command, arg string) string { return "cmdhelp.arg." + key(command) + ".arg_" + key(arg) }

// GlobalScope names the global flags in FlagID.
const GlobalScope = "global"

// key is a name as a catalogue key: lower case, letters and digits, the rest "_".
func key(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '_'
	}, s)
}

// Catalogue is every text of the table by its id, in English: the summaries and the help of
// each argument and flag (the global flags' too).
func (p *Program) Catalogue() map[string]string {
	out := map[string]string{SummaryID(p.Name): p.Summary}
	for _, c := range p.Commands {
		out[SummaryID(c.Name)] = c.Summary
		for _, a := range c.Args {
			if a.Help != "" {
				out[ArgID(c.Name, a.Name)] = a.Help
			}
		}
		for _, f := range c.Flags {
			out[FlagID(c.Name, f.Name)] = f.Help
		}
	}
	for _, f := range p.Global {
		out[FlagID(GlobalScope, f.Name)] = f.Help
	}
	return out
}

// translator is the table's texts in the printer's language: a text is translated only when
// the catalogue's English for its id is the same text (else it is another program's, or the
// table changed and the catalogue was not written anew), so help never shows a stale text.
type translator struct {
	pr cli.Printer
	en *msg.Tr
}

func newTranslator(pr cli.Printer) translator { return translator{pr, msg.New(lang.English)} }

// in is the text english of id in the printer's language.
func (t translator) in(id, english string) string {
	if t.en.T(id) != english {
		return english
	}
	return t.pr.T(id)
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

// block is a piece of a help text: a paragraph, an entry of a list ("  {next}     time to the
// next break"), a line kept as it is (an indented example), or a blank line.
type block struct {
	kind int    // para, entry, verbatim or blank
	head string // an entry's head, "  {next}     ", its text's column the head's length
	text string
}

// The kinds of block.
const (
	para = iota
	entry
	verbatim
	blank
)

// blocks splits a help text: lines up to a blank line are a paragraph; an indented line is an
// entry of a list when it has a word, two spaces or more and text (the lines indented past its
// text's column continue it), else kept as it is.
func blocks(s string) []block {
	var out []block
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		line = strings.TrimRight(line, " ")
		last := len(out) - 1
		switch m := listEntry.FindStringSubmatch(line); {
		case line == "":
			out = append(out, block{kind: blank})
		case last >= 0 && out[last].kind == entry && indentOf(line) >= len(out[last].head):
			out[last].text += " " + strings.TrimSpace(line)
		case m != nil:
			out = append(out, block{kind: entry, head: m[1], text: m[2]})
		case line[0] == ' ' || line[0] == '\t':
			out = append(out, block{kind: verbatim, text: line})
		case last >= 0 && out[last].kind == para:
			out[last].text += " " + strings.TrimSpace(line)
		default:
			out = append(out, block{kind: para, text: strings.TrimSpace(line)})
		}
	}
	return out
}

// prose lays out a help text for width columns: paragraphs wrapped anew, each entry of a list
// wrapped under its own text, examples as they are.
func prose(s string, width int) []string {
	var out []string
	for _, b := range blocks(s) {
		switch b.kind {
		case para:
			out = append(out, text.Wrap(b.text, width)...)
		case entry:
			out = append(out, text.Hang(b.text, width, b.head, strings.Repeat(" ", len(b.head)))...)
		case verbatim:
			out = append(out, b.text)
		default:
			out = append(out, "")
		}
	}
	return out
}

// listEntry is an entry of a list in a help text: indented, a word, two spaces or more, text.
var listEntry = regexp.MustCompile(`^(\s+\S+\s{2,})(\S.*)$`)

// indentOf is the number of spaces a line starts with.
func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

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
	t := newTranslator(pr)
	label := pr.T("cmdhelp.usage")
	for i, l := range p.Usage(c, pr.Cols()-(text.Width(label)-len("usage:"))) {
		if i == 0 {
			pr.Printf("%s %s\n", pr.Accent(label), l)
		} else {
			pr.Printf("%s %s\n", strings.Repeat(" ", text.Width(label)), l)
		}
	}
	if c.Help != "" {
		pr.Printf("\n")
		for _, l := range prose(c.Help, pr.Cols()) {
			pr.Printf("%s\n", l)
		}
	}
	var args []item
	for _, a := range c.Args {
		if a.Help != "" {
			args = append(args, item{a.Name, t.in(ArgID(c.Name, a.Name), a.Help)})
		}
	}
	if len(args) > 0 {
		pr.Printf("\n")
		pr.Heading(pr.T("cmdhelp.arguments"))
		list(pr, args)
	}
	var flags []item
	for _, f := range c.Flags {
		flags = append(flags, item{flagForm(f), t.in(FlagID(c.Name, f.Name), f.Help)})
	}
	for _, f := range p.Global {
		flags = append(flags, item{flagForm(f), t.in(FlagID(GlobalScope, f.Name), f.Help)})
	}
	if len(flags) > 0 {
		pr.Printf("\n")
		pr.Heading(pr.T("cmdhelp.flags"))
		list(pr, flags)
	}
}

// WriteMainHelp prints the program's help: what it is, how to call it, its text, the commands
// with their summaries, and the program's own flags.
func (p *Program) WriteMainHelp(pr cli.Printer) {
	t := newTranslator(pr)
	pr.Heading(p.Name + " — " + t.in(SummaryID(p.Name), p.Summary))
	pr.Printf("\n%s %s [COMMAND] [ARGS]\n\n", pr.Accent(pr.T("cmdhelp.usage")), p.Name)
	for _, l := range prose(p.Help, pr.Cols()) {
		pr.Printf("%s\n", l)
	}
	pr.Printf("\n")
	pr.Heading(pr.T("cmdhelp.commands"))
	var cmds []item
	for _, c := range p.Commands {
		cmds = append(cmds, item{c.Name, t.in(SummaryID(c.Name), c.Summary)})
	}
	list(pr, cmds)
	pr.Printf("\n")
	pr.Heading(pr.T("cmdhelp.flags"))
	flags := []item{
		{"-h, --help", pr.T("cmdhelp.help_flag", "Prog", p.Name)},
		{"-v, --version", pr.T("cmdhelp.version_flag")},
	}
	for _, f := range p.Global {
		flags = append(flags, item{flagForm(f), pr.T("cmdhelp.global_flag", "Help", t.in(FlagID(GlobalScope, f.Name), f.Help))})
	}
	list(pr, flags)
}
