package cmdline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// WriteMan writes the manual page PROG(1) as roff, made from the same table and help texts as
// the -h help: NAME, SYNOPSIS, DESCRIPTION (the program's help), COMMANDS (each command's usage
// line, text, arguments and flags), EXAMPLES, and the sections of p.Sections. Every character
// outside ASCII is written as a roff escape, so groff reads it right with or without preconv.
func (p *Program) WriteMan(w io.Writer) error {
	b := bufio.NewWriter(w)
	m := man{b}
	m.line(`.\" %s(1), made by: %s man`, p.Name, p.Name)
	m.line(`.TH %s 1 "" "%s %s" "User Commands"`, strings.ToUpper(p.Name), p.Name, p.Version)
	m.line(".nh")   // no hyphenation: flags and ids are typed as they are printed
	m.line(".ad l") // ragged right, no stretched spaces
	m.line(".SH NAME")
	m.line(`%s \- %s`, p.Name, roff(p.Summary))
	m.line(".SH SYNOPSIS")
	m.line(`.B %s`, p.Name)
	m.line(`[\fICOMMAND\fR] [\fIARGS\fR]`)
	for _, c := range p.Commands {
		m.line(".br")
		m.line(`.B %s %s`, p.Name, c.Name)
		if rest := synopsis(c)[1:]; len(rest) > 0 {
			m.line("%s", roff(strings.Join(rest, " ")))
		}
	}
	m.line(".SH DESCRIPTION")
	m.prose(p.Help)
	m.line(".SH OPTIONS")
	m.item(`\fB\-h\fR, \fB\-\-help\fR`, "show the help; "+p.Name+" COMMAND -h shows a command's own")
	m.item(`\fB\-v\fR, \fB\-\-version\fR`, "print the version")
	for _, f := range p.Global {
		m.flag(f, " (before or after any command)")
	}
	m.line(".SH COMMANDS")
	for _, c := range p.Commands {
		m.line(`.SS "%s"`, roff(p.Name+" "+strings.Join(synopsis(c), " ")))
		m.prose(c.Help)
		for _, a := range c.Args {
			if a.Help != "" {
				m.item(`\fI`+roff(a.Name)+`\fR`, a.Help)
			}
		}
		for _, f := range c.Flags {
			m.flag(f, "")
		}
	}
	m.line(".SH EXAMPLES")
	for _, c := range p.Commands {
		if c.Example != "" {
			m.item(`\fB`+roff(c.Example)+`\fR`, c.Summary)
		}
	}
	for _, s := range sections(p.Sections) {
		m.line(`.SH %s`, roff(s.title))
		m.prose(s.body)
	}
	return b.Flush()
}

type man struct{ w *bufio.Writer }

// flag is an item for flag f, its help followed by more.
func (m man) flag(f Flag, more string) {
	form := `\fB` + roff(Dashed(f.Name)) + `\fR`
	if f.Kind != Bool && f.Arg != "" {
		form += ` \fI` + roff(f.Arg) + `\fR`
	}
	m.item(form, f.Help+more)
}

func (m man) line(format string, args ...any) { fmt.Fprintf(m.w, format+"\n", args...) }

// item is a tagged paragraph: a flag or argument and what it does.
func (m man) item(tag, help string) {
	m.line(".TP")
	m.line("%s", tag)
	m.line("%s", roff(help))
}

// prose writes a help text: each paragraph as .PP (on one input line: roff would read a line
// ending in "!" as a sentence's end), each entry of a list as a tagged paragraph, each example
// as it is (.nf), indented.
func (m man) prose(s string) {
	bs := blocks(s)
	for i, b := range bs {
		switch b.kind {
		case para:
			m.line(".PP")
			m.line("%s", roff(b.text))
		case entry: // a run of entries is one indented list, without space between them
			if i == 0 || bs[i-1].kind != entry {
				m.line(".RS 2")
				m.line(".PD 0")
			}
			m.line(".TP %d", len(b.head)-2)
			m.line("%s", roff(strings.TrimSpace(b.head)))
			m.line("%s", roff(b.text))
			if i == len(bs)-1 || bs[i+1].kind != entry {
				m.line(".PD")
				m.line(".RE")
			}
		case verbatim:
			m.line(".RS 2")
			m.line(".nf")
			m.line("%s", roff(strings.TrimPrefix(b.text, "  ")))
			m.line(".fi")
			m.line(".RE")
		}
	}
}

// section is one of the man page's own sections: a title in capitals, then its text.
type section struct{ title, body string }

// sections splits the sections text (help/sections.txt) at its titles: lines of capitals alone.
func sections(s string) []section {
	var out []section
	for _, l := range strings.Split(s, "\n") {
		if isTitle(l) {
			out = append(out, section{title: l})
			continue
		}
		if len(out) > 0 {
			out[len(out)-1].body += l + "\n"
		}
	}
	return out
}

func isTitle(l string) bool {
	if strings.TrimSpace(l) == "" || l[0] == ' ' {
		return false
	}
	for _, r := range l {
		if r != ' ' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// roff escapes text for a roff line: backslashes, dashes (so that a flag reads as typed and
// can be copied), a leading . or ', and every non-ASCII character as \[uXXXX].
func roff(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case i == 0 && (r == '.' || r == '\''):
			b.WriteString(`\&` + string(r))
		case r > 126:
			fmt.Fprintf(&b, `\[u%04X]`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
