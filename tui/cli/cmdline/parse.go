package cmdline

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// UsageError is a mistake on the command line (exit status 2). It reads as one line that says
// what is wrong and where help is: `history: --jsno is not a flag of history (did you mean
// --json?); see limber history -h`.
type UsageError struct {
	Prog string // "limber"
	Cmd  string // "" for the program itself
	// ID and KV are the message in the catalogue and its placeholders (In words it in a
	// language); Msg is the message as written, for one the catalogue does not have.
	ID  string
	KV  []any
	Msg string
}

// Error is the error in English.
func (e *UsageError) Error() string { return e.In(msg.New(lang.English)) }

// In is the error in tr's language.
func (e *UsageError) In(tr *msg.Tr) string {
	m := e.Msg
	if e.ID != "" {
		m = tr.T(e.ID, e.KV...)
	}
	if e.Cmd == "" {
		return tr.T("usage.see_help", "Msg", m, "Prog", e.Prog)
	}
	return tr.T("usage.see_cmd", "Msg", m, "Prog", e.Prog, "Cmd", e.Cmd)
}

// Parsed is a command line read against its command's declaration: the flags given, as typed
// and as values, and the arguments in order.
type Parsed struct {
	Prog    *Program
	Command *Command // nil: the program with no command (limber alone)
	// Help is set when -h or --help was given: print the help, run nothing.
	Help bool
	Args []string
	raw  map[string]string // flag → its value as typed ("true" for a bool given bare)
	ints map[string]int64  // Int and Duration flags' values
}

// Usagef is a usage error of the parsed command, for the checks only the command can make.
func (in *Parsed) Usagef(format string, args ...any) error {
	e := &UsageError{Prog: in.Prog.Name, Msg: fmt.Sprintf(format, args...)}
	if in.Command != nil {
		e.Cmd = in.Command.Name
	}
	return e
}

// Usage is a usage error of the parsed command: message id of the catalogue, with its
// placeholders kv as name, value pairs.
func (in *Parsed) Usage(id string, kv ...any) error {
	e := &UsageError{Prog: in.Prog.Name, ID: id, KV: kv}
	if in.Command != nil {
		e.Cmd = in.Command.Name
	}
	return e
}

// declared is the flag name of the command, panicking when the table has no such flag of that
// kind: asking for an undeclared flag is a mistake in the program, caught by any test.
func (in *Parsed) declared(name string, k Kind) {
	if f := in.Prog.flag(in.Command, name); f == nil || f.Kind != k {
		panic(fmt.Sprintf("cmdline: %s has no %s flag --%s", in.Prog.Name, k, name))
	}
}

// Given reports whether flag name was on the command line.
func (in *Parsed) Given(name string) bool {
	_, ok := in.raw[name]
	return ok
}

// Raw is flag name's value as typed, "" when not given.
func (in *Parsed) Raw(name string) string { return in.raw[name] }

// Bool is a Bool flag's value.
func (in *Parsed) Bool(name string) bool {
	in.declared(name, Bool)
	v, _ := strconv.ParseBool(in.raw[name])
	return v
}

// String is a String flag's value, "" when not given.
func (in *Parsed) String(name string) string {
	in.declared(name, String)
	return in.raw[name]
}

// Int is an Int flag's value, def when not given.
func (in *Parsed) Int(name string, def int) int {
	in.declared(name, Int)
	if v, ok := in.ints[name]; ok {
		return int(v)
	}
	return def
}

// Duration is a Duration flag's value; ok is false when it was not given.
func (in *Parsed) Duration(name string) (d time.Duration, ok bool) {
	in.declared(name, Duration)
	v, ok := in.ints[name]
	return time.Duration(v), ok
}

// helpFlag reports whether a word asks for help.
func helpFlag(w string) bool { return w == "-h" || w == "--help" || w == "-help" }

// versionFlag reports whether a word asks for the version.
func versionFlag(w string) bool {
	return w == "-v" || w == "-V" || w == "--version" || w == "-version"
}

// Route reads a whole command line (without the program's name): the global flags before the
// command, the command it names, then that command's flags and arguments (global ones among
// them). No command is the program alone (Command nil); -h and --help are the help command,
// -v, -V and --version the version command, when the table has them.
func (p *Program) Route(args []string) (*Parsed, error) {
	n := p.leadingGlobals(args)
	if n == len(args) {
		return p.Parse(nil, args)
	}
	globals, args := args[:n], args[n:]
	name := args[0]
	switch {
	case helpFlag(name) && p.Command("help") != nil:
		name = "help"
	case versionFlag(name) && p.Command("version") != nil:
		name = "version"
	}
	c, err := p.Lookup(name)
	if err != nil {
		return nil, err
	}
	return p.Parse(c, append(append([]string{}, globals...), args[1:]...))
}

// leadingGlobals is how many of the first words are global flags and their values.
func (p *Program) leadingGlobals(args []string) int {
	i := 0
	for i < len(args) {
		typed, _, hasValue := strings.Cut(args[i], "=")
		if !strings.HasPrefix(typed, "--") {
			return i
		}
		f := flagNamed(p.Global, typed[2:])
		switch {
		case f == nil:
			return i
		case f.Kind != Bool && !hasValue:
			i += 2
		default:
			i++
		}
	}
	return min(i, len(args))
}

// Lookup is the command named name, or a usage error that suggests the nearest one.
func (p *Program) Lookup(name string) (*Command, error) {
	if c := p.Command(name); c != nil {
		return c, nil
	}
	e := &UsageError{Prog: p.Name, ID: "usage.not_command"}
	if strings.HasPrefix(name, "-") {
		return nil, p.unknownFlag(&Parsed{Prog: p}, name, strings.TrimLeft(name, "-"))
	}
	var names []string
	for _, c := range p.Commands {
		names = append(names, c.Name)
	}
	var starts []string // "hist" is history's start before it is one letter from list
	for _, n := range names {
		if len(name) >= 2 && strings.HasPrefix(n, name) {
			starts = append(starts, n)
		}
	}
	near := nearest(name, names)
	if len(starts) == 1 {
		near = starts[0]
	}
	if near != "" {
		e.ID = "usage.not_command_near"
	}
	e.KV = []any{"Word", shown(name), "Near", near}
	return nil, e
}

// nearest is the candidate nearest s, or "".
func nearest(s string, candidates []string) string {
	if near := content.Closest(s, candidates, 1); len(near) > 0 { // a typo's, not any word's: --jsno is not --help
		return near[0]
	}
	return ""
}

// shown is a word as typed, made safe for the terminal, and quoted when it would not read as
// one word.
func shown(s string) string {
	c := content.Sanitize(s)
	if c == "" || c != s || strings.ContainsAny(c, " \t\"'") {
		return strconv.Quote(c)
	}
	return c
}

// quoted is a word as typed, made safe for the terminal, in quotes.
func quoted(s string) string { return strconv.Quote(content.Sanitize(s)) }

// Parse reads c's flags (the global ones too) and arguments, in any order, and checks them
// against the table: every flag declared, each value of its kind and in its range, no two flags
// of one group, the number of arguments. -h or --help anywhere (before --) sets Help and ends
// the reading. c nil is the program alone: global flags only.
func (p *Program) Parse(c *Command, args []string) (*Parsed, error) {
	in := &Parsed{Prog: p, Command: c, raw: map[string]string{}, ints: map[string]int64{}}
	flagsDone := false
	for i := 0; i < len(args); i++ {
		w := args[i]
		switch {
		case flagsDone || w == "-" || !strings.HasPrefix(w, "-"):
			in.Args = append(in.Args, w)
			continue
		case w == "--":
			flagsDone = true
			continue
		case helpFlag(w):
			in.Help = true
			return in, nil
		}
		typed, value, hasValue := strings.Cut(w, "=")
		name := strings.TrimPrefix(strings.TrimPrefix(typed, "-"), "-")
		f := p.flag(c, name)
		if f == nil {
			return nil, p.unknownFlag(in, typed, name)
		}
		if f.Kind == Bool {
			if !hasValue {
				value = "true"
			} else if _, err := strconv.ParseBool(value); err != nil {
				return nil, in.Usage("usage.switch", "Flag", typed, "Value", shown(value))
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return nil, in.Usage("usage.needs_value", "Flag", typed, "Arg", f.Arg)
			}
			i++
			value = args[i]
		}
		if err := in.set(f, typed, value); err != nil {
			return nil, err
		}
	}
	if c == nil {
		if len(in.Args) > 0 { // cannot happen from Route: the first word not a flag is the command
			return nil, in.Usage("usage.unexpected", "Word", quoted(in.Args[0]))
		}
		return in, nil
	}
	if err := in.checkGroups(); err != nil {
		return nil, err
	}
	return in, in.checkArgs()
}

// unknownFlag is the usage error for a flag neither the command nor every command has.
func (p *Program) unknownFlag(in *Parsed, typed, name string) error {
	names := []string{"--help"}
	of := p.Name
	if c := in.Command; c != nil {
		of = c.Name
		for _, f := range c.Flags {
			names = append(names, Dashed(f.Name))
		}
	} else {
		names = append(names, "--version")
	}
	for _, f := range p.Global {
		names = append(names, Dashed(f.Name))
	}
	if near := nearest("--"+name, names); near != "" {
		return in.Usage("usage.not_flag_near", "Flag", shown(typed), "Of", of, "Near", near)
	}
	return in.Usage("usage.not_flag", "Flag", shown(typed), "Of", of)
}

// set records flag f's value after checking it against its kind and range.
func (in *Parsed) set(f *Flag, typed, value string) error {
	switch f.Kind {
	case Int:
		n, err := strconv.ParseInt(value, 10, 64)
		switch {
		case err != nil:
			return in.Usage("usage.whole_number", "Flag", typed, "Value", quoted(value))
		case f.Max > 0 && (n < f.Min || n > f.Max):
			return in.Usage("usage.range", "Flag", typed, "Min", f.Min, "Max", f.Max, "Value", value)
		case n < f.Min:
			return in.Usage("usage.at_least", "Flag", typed, "Min", f.Min, "Value", value)
		}
		in.ints[f.Name] = n
	case Duration:
		d, err := in.CheckDuration(typed, value, time.Duration(f.Min), time.Duration(f.Max))
		if err != nil {
			return err
		}
		in.ints[f.Name] = int64(d)
	}
	in.raw[f.Name] = value
	return nil
}

// CheckDuration reads s, the value of what (a flag as typed, or an argument's name), as a
// duration from lo to hi (hi 0: no bound). A bare number is refused with the two readings it
// could have ("45" needs a unit: 45s or 45m); errors echo the value as typed, never as Go would
// print it (25h, not 25h0m0s).
func (in *Parsed) CheckDuration(what, s string, lo, hi time.Duration) (time.Duration, error) {
	if n, err := strconv.Atoi(s); err == nil && n != 0 {
		return 0, in.Usage("usage.needs_unit", "What", what, "Value", strconv.Quote(s), "N", n)
	}
	d, err := time.ParseDuration(s)
	switch {
	case err != nil || d < 0:
		return 0, in.Usage("usage.duration", "What", what, "Value", quoted(s))
	case d < lo || (hi > 0 && d > hi):
		return 0, in.Usage("usage.range", "Flag", what, "Min", content.FormatDuration(lo), "Max", content.FormatDuration(hi), "Value", s)
	}
	return d, nil
}

// checkGroups refuses two given flags of one group.
func (in *Parsed) checkGroups() error {
	seen := map[string]string{}
	for _, f := range in.Command.Flags {
		if f.Group == "" || !in.Given(f.Name) {
			continue
		}
		if other, ok := seen[f.Group]; ok {
			return in.Usage("usage.not_both", "A", "--"+other, "B", "--"+f.Name)
		}
		seen[f.Group] = f.Name
	}
	return nil
}

// checkArgs checks the number of arguments.
func (in *Parsed) checkArgs() error {
	c := in.Command
	lo, hi := c.argRange()
	n := len(in.Args)
	switch {
	case n < lo && c.Example != "":
		return in.Usage("usage.missing_example", "Arg", c.Args[n].Name, "Example", c.Example)
	case n < lo:
		return in.Usage("usage.missing", "Arg", c.Args[n].Name)
	case hi >= 0 && n > hi && hi == 0:
		return in.Usage("usage.no_args", "Word", quoted(in.Args[hi]), "Cmd", c.Name)
	case hi >= 0 && n > hi:
		return in.Usage("usage.too_many", "Word", quoted(in.Args[hi]), "Cmd", c.Name, "Takes", argsSynopsis(c))
	}
	return nil
}
