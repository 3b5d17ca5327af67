package cmdline

import (
	"strings"

	"github.com/limber-coach/limber/content"
)

// Candidate is one completion: the word, and what it is (a command's summary, a flag's help, a
// routine's name) for the shells that show it.
type Candidate struct{ Value, Desc string }

// String is the line limber __complete prints: the value, then a tab and the description.
func (c Candidate) String() string {
	if c.Desc == "" {
		return c.Value
	}
	return c.Value + "\t" + c.Desc
}

// FilesMarker is the one line __complete prints when the word is a file name: the shell
// completes it with its own file completion.
const FilesMarker = ":files"

// IDSource finds candidates from the library: routine and exercise ids, with their names.
type IDSource func(Source) []Candidate

// Complete is the candidates for the last of words (the command line after the program's name;
// the last word is the one being typed, "" for a new one): a command, a flag of the command, a
// flag's value or an argument, as the table declares them, those starting with what is typed.
func Complete(p *Program, words []string, ids IDSource) []Candidate {
	if len(words) == 0 {
		words = []string{""}
	}
	cur, before := words[len(words)-1], words[:len(words)-1]
	g := p.leadingGlobals(before)
	if g == len(before) { // no command yet
		if len(before) > 0 {
			last := before[len(before)-1]
			if f := flagNamed(p.Global, strings.TrimPrefix(last, "--")); f != nil && f.Kind != Bool && !strings.Contains(last, "=") {
				return values(p, cur, "", f.Choices, f.Source, ids)
			}
		}
		if strings.HasPrefix(cur, "-") {
			return matching(cur, append(unused(p.Global, before), Candidate{"--help", "show the help"}, Candidate{"--version", "print the version"}))
		}
		return matching(cur, commandCandidates(p))
	}
	before = before[g:]
	c := p.Command(before[0])
	if c == nil {
		return nil
	}
	n, value, flagsDone := 0, (*Flag)(nil), false
	for _, w := range before[1:] {
		switch {
		case value != nil:
			value = nil // w was the flag's value
		case flagsDone || w == "-" || !strings.HasPrefix(w, "-"):
			n++
		case w == "--":
			flagsDone = true
		case !strings.Contains(w, "="):
			if f := p.flag(c, strings.TrimLeft(w, "-")); f != nil && f.Kind != Bool {
				value = f
			}
		}
	}
	switch {
	case value != nil:
		return values(p, cur, "", value.Choices, value.Source, ids)
	case !flagsDone && strings.HasPrefix(cur, "-"):
		if typed, v, ok := strings.Cut(cur, "="); ok {
			if f := p.flag(c, strings.TrimLeft(typed, "-")); f != nil && f.Kind != Bool {
				return values(p, v, typed+"=", f.Choices, f.Source, ids)
			}
			return nil
		}
		return matching(cur, flagCandidates(p, c, before[1:]))
	}
	a := c.arg(n)
	if a == nil {
		return nil
	}
	return values(p, cur, "", a.Choices, a.Source, ids)
}

// values is the choices and the source's candidates that start with cur, each behind prefix
// (--every= when the value is typed in the same word as its flag).
func values(p *Program, cur, prefix string, choices []string, s Source, ids IDSource) []Candidate {
	var all []Candidate
	for _, v := range choices {
		all = append(all, Candidate{Value: v})
	}
	switch s {
	case Files:
		return []Candidate{{Value: FilesMarker}}
	case Commands:
		all = append(all, commandCandidates(p)...)
	case NoSource:
	default:
		if ids != nil {
			all = append(all, ids(s)...)
		}
	}
	out := matching(cur, all)
	for i := range out {
		out[i].Value = prefix + out[i].Value
	}
	return out
}

// matching is the candidates that start with cur, without repeats.
func matching(cur string, all []Candidate) []Candidate {
	var out []Candidate
	seen := map[string]bool{}
	for _, c := range all {
		if strings.HasPrefix(c.Value, cur) && !seen[c.Value] {
			seen[c.Value] = true
			out = append(out, c)
		}
	}
	return out
}

func commandCandidates(p *Program) []Candidate {
	var out []Candidate
	for _, c := range p.Commands {
		out = append(out, Candidate{c.Name, c.Summary})
	}
	return out
}

// flagCandidates is c's flags and the global ones not given yet (given is the words so far),
// and --help.
func flagCandidates(p *Program, c *Command, given []string) []Candidate {
	flags := append(append([]Flag{}, c.Flags...), p.Global...)
	return append(unused(flags, given), Candidate{"--help", "show the help of " + c.Name})
}

// unused is the flags not among the words given.
func unused(flags []Flag, given []string) []Candidate {
	had := map[string]bool{}
	for _, w := range given {
		name, _, _ := strings.Cut(strings.TrimLeft(w, "-"), "=")
		had[name] = true
	}
	var out []Candidate
	for _, f := range flags {
		if !had[f.Name] {
			out = append(out, Candidate{"--" + f.Name, short(f.Help)})
		}
	}
	return out
}

// short is a description cut to its first clause, for a completion menu.
func short(s string) string {
	if i := strings.IndexAny(s, ";("); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// LibraryIDs is the IDSource of a library: routine and exercise ids with their names, and the
// exercises a max test can time (testable holds).
func LibraryIDs(lib *content.Library) IDSource {
	return func(s Source) []Candidate {
		var out []Candidate
		if s == Routines || s == IDs {
			for _, r := range lib.Routines() {
				out = append(out, Candidate{r.ID, r.Name})
			}
		}
		for _, e := range lib.Exercises() {
			testable := e.HasTag("testable") && e.Dose.Kind == content.DoseHold
			if s == Exercises || s == IDs || (s == Testable && testable) {
				out = append(out, Candidate{e.ID, e.Name})
			}
		}
		return out
	}
}
