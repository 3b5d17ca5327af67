package cmdline

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/tui/cli"
)

// testProgram is a small table with every kind of flag and argument.
func testProgram() *Program {
	return &Program{Name: "limber", Version: "9.9", Summary: "a test", Help: "Help text.", Commands: []*Command{
		{Name: "show", Summary: "show one", Example: "limber show plank",
			Args:  []Arg{{Name: "ID", Source: IDs}},
			Flags: []Flag{{Name: "json", Kind: Bool, Help: "as JSON"}}},
		{Name: "history", Summary: "past sessions", Help: "Help text.",
			Flags: []Flag{
				{Name: "json", Kind: Bool, Group: "format", Help: "as JSON"},
				{Name: "csv", Kind: Bool, Group: "format", Help: "as CSV"},
				{Name: "since", Kind: String, Arg: "DATE", Help: "from DATE"},
				{Name: "limit", Kind: Int, Arg: "N", Min: 1, Help: "the N newest"},
			}},
		{Name: "remind", Summary: "breaks",
			Flags: []Flag{{Name: "every", Kind: Duration, Arg: "DURATION", Min: int64(time.Second), Max: int64(24 * time.Hour),
				Choices: []string{"50m", "1h"}, Help: "how often"}}},
		{Name: "validate", Summary: "check", Args: []Arg{{Name: "PATH", Many: true, Source: Files}}},
		{Name: "help", Summary: "help", Args: []Arg{{Name: "COMMAND", Optional: true, Source: Commands}}},
		{Name: "version", Summary: "the version"},
	}}
}

func TestParse(t *testing.T) {
	p := testProgram()
	for _, tc := range []struct {
		args []string
		want string // the Args and flags, or the error
	}{
		{[]string{"show", "plank", "--json"}, "show [plank] json=true"},
		{[]string{"show", "--json", "plank"}, "show [plank] json=true"},
		{[]string{"show", "-json", "plank"}, "show [plank] json=true"},
		{[]string{"show", "--json=false", "plank"}, "show [plank] json=false"},
		{[]string{"show", "--", "-plank"}, "show [-plank]"},
		{[]string{"show", "-"}, "show [-]"},
		{[]string{"history", "--limit", "3", "--since=2026-01-02"}, "history [] since=2026-01-02 limit=3"},
		{[]string{"remind", "--every", "1h30m"}, "remind [] every=1h30m"},
		{[]string{"remind", "--every=20s"}, "remind [] every=20s"},
		{[]string{"validate", "a.toml", "b.toml", "c"}, "validate [a.toml b.toml c]"},
		{[]string{"-V"}, "version []"},
		{[]string{"--version"}, "version []"},
		{[]string{"-h", "show"}, "help [show]"},

		{[]string{"history", "--jsno"}, "history: --jsno is not a flag of history (did you mean --json?); see limber history -h"},
		{[]string{"show", "plank", "-x"}, "show: -x is not a flag of show; see limber show -h"},
		{[]string{"history", "--limit", "0"}, "history: --limit wants 1 or more, not 0; see limber history -h"},
		{[]string{"history", "--limit", "-1"}, "history: --limit wants 1 or more, not -1; see limber history -h"},
		{[]string{"history", "--limit=ten"}, `history: --limit wants a whole number, not "ten"; see limber history -h`},
		{[]string{"history", "--since"}, "history: --since needs a value: --since DATE; see limber history -h"},
		{[]string{"history", "--json", "--csv"}, "history: --json or --csv, not both; see limber history -h"},
		{[]string{"history", "extra"}, `history: unexpected "extra": history takes no arguments; see limber history -h`},
		{[]string{"remind", "--every", "25h"}, "remind: --every wants 1s to 24h, not 25h; see limber remind -h"},
		{[]string{"remind", "--every", "50"}, `remind: --every "50" needs a unit: 50s or 50m; see limber remind -h`},
		{[]string{"remind", "--every", "soon"}, `remind: --every wants a duration like 45s, 1m or 1m30s, not "soon"; see limber remind -h`},
		{[]string{"show"}, "show: ID is missing, e.g. limber show plank; see limber show -h"},
		{[]string{"show", "a", "b"}, `show: unexpected "b": show takes one ID; see limber show -h`},
		{[]string{"show", "--json=maybe", "a"}, "show: --json is a switch: give it alone, or =true or =false, not =maybe; see limber show -h"},
		{[]string{"shwo"}, "shwo is not a command (did you mean show?); see limber --help"},
		{[]string{"nope"}, "nope is not a command; see limber --help"},
		{[]string{"ver"}, "ver is not a command (did you mean version?); see limber --help"},
		{[]string{"hist"}, "hist is not a command (did you mean history?); see limber --help"},
		{[]string{"--jsno"}, "--jsno is not a flag of limber; see limber --help"},
		{[]string{"show", "\x1b[31mx\x1b[0m", "y"}, `show: unexpected "y": show takes one ID; see limber show -h`},
	} {
		in, err := p.Route(tc.args)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = describe(in)
		}
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.args, got, tc.want)
		}
	}
	// -h and --help anywhere before -- ask for help, whatever else is wrong.
	for _, args := range [][]string{{"history", "--nope", "-h"}, {"history", "--help"}, {"show", "-help"}} {
		if in, err := p.Route(args); err == nil && !in.Help {
			t.Errorf("%q: no help", args)
		}
	}
	if in, _ := p.Route(nil); in.Command != nil {
		t.Error("no words must be the program alone")
	}
}

// describe writes a parsed line as the table of TestParse does.
func describe(in *Parsed) string {
	s := in.Command.Name + " [" + strings.Join(in.Args, " ") + "]"
	for _, f := range in.Command.Flags {
		if in.Given(f.Name) {
			s += " " + f.Name + "=" + in.Raw(f.Name)
		}
	}
	return s
}

func TestValues(t *testing.T) {
	p := testProgram()
	in, err := p.Route([]string{"history", "--limit", "7", "--json"})
	if err != nil {
		t.Fatal(err)
	}
	if in.Int("limit", 0) != 7 || !in.Bool("json") || in.Bool("csv") || in.String("since") != "" {
		t.Errorf("values: %v", in)
	}
	in, _ = p.Route([]string{"remind", "--every", "1m30s"})
	if d, ok := in.Duration("every"); !ok || d != 90*time.Second {
		t.Errorf("every: %v %v", d, ok)
	}
	defer func() {
		if recover() == nil {
			t.Error("asking for a flag the table does not have must panic")
		}
	}()
	in.Bool("every")
}

func TestHelp(t *testing.T) {
	p := testProgram()
	var b bytes.Buffer
	p.WriteHelp(cli.Printer{W: &b, Width: 40}, p.Command("history"))
	want := `usage: limber history [--json|--csv]
                      [--since DATE]
                      [--limit N]

Help text.

flags:
  --json        as JSON
  --csv         as CSV
  --since DATE  from DATE
  --limit N     the N newest
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	p.WriteHelp(cli.Printer{W: &b, Width: 80, Color: true}, p.Command("history"))
	if !strings.HasPrefix(b.String(), "\x1b[1;36musage:\x1b[m limber history") || !strings.Contains(b.String(), "\x1b[1;36mflags:\x1b[m") {
		t.Errorf("no accent on the headings: %q", b.String())
	}
}

func TestProse(t *testing.T) {
	got := prose("One two three four five six.\nSeven.\n\n  limber man > x\n  {next}  the time to\n          the next break\nAfter.", 20)
	want := []string{"One two three four", "five six. Seven.", "", "  limber man > x",
		"  {next}  the time", "          to the", "          next break", "After."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q", got)
	}
}

func TestComplete(t *testing.T) {
	p := testProgram()
	ids := func(s Source) []Candidate {
		if s == IDs {
			return []Candidate{{"plank", "Plank"}, {"side-plank", "Side plank"}}
		}
		return nil
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{nil, "show history remind validate help version"},
		{[]string{"h"}, "history help"},
		{[]string{"show", "p"}, "plank"},
		{[]string{"show", ""}, "plank side-plank"},
		{[]string{"show", "plank", ""}, ""},
		{[]string{"show", "--json", "s"}, "side-plank"},
		{[]string{"history", "--json", "-"}, "--csv --since --limit --help"},
		{[]string{"history", "--since", ""}, ""},
		{[]string{"remind", "--every", ""}, "50m 1h"},
		{[]string{"remind", "--every=1"}, "--every=1h"},
		{[]string{"validate", "x"}, FilesMarker},
		{[]string{"help", "v"}, "validate version"},
		{[]string{"help", "show", ""}, ""},
		{[]string{"nope", ""}, ""},
	} {
		var got []string
		for _, c := range Complete(p, tc.words, ids) {
			got = append(got, c.Value)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: %q, want %q", tc.words, got, tc.want)
		}
	}
	if c := (Candidate{"plank", "Plank"}); c.String() != "plank\tPlank" {
		t.Errorf("candidate line %q", c.String())
	}
}

func TestScripts(t *testing.T) {
	p := testProgram()
	for _, sh := range Shells() {
		s, ok := Script(p, sh)
		if !ok || !strings.Contains(s, "limber __complete") || strings.Contains(s, "PROG") {
			t.Errorf("%s:\n%s", sh, s)
		}
	}
	if _, ok := Script(p, "csh"); ok {
		t.Error("csh")
	}
}

func TestRoff(t *testing.T) {
	for in, want := range map[string]string{
		`--json`:     `\-\-json`,
		`.start`:     `\&.start`,
		`'quote`:     `\&'quote`,
		`a\b`:        `a\eb`,
		`pause — go`: `pause \[u2014] go`,
	} {
		if got := roff(in); got != want {
			t.Errorf("roff(%q) = %q, want %q", in, got, want)
		}
	}
}

// globalProgram is testProgram with two flags every command takes.
func globalProgram() *Program {
	p := testProgram()
	p.Global = []Flag{
		{Name: "lang", Kind: String, Arg: "LANG", Choices: []string{"de", "fr"}, Help: "the language"},
		{Name: "quiet", Kind: Bool, Help: "say less"},
	}
	return p
}

// A global flag reads before the command, after it, or alone; the program's own mistakes name
// it among the flags it suggests.
func TestGlobalFlags(t *testing.T) {
	p := globalProgram()
	for _, tc := range []struct {
		args []string
		want string // the command ("-" for none), args and the global flags given, or the error
	}{
		{[]string{"--lang", "de"}, "- [] lang=de"},
		{[]string{"--lang=de", "--quiet"}, "- [] lang=de quiet=true"},
		{[]string{"--lang", "de", "show", "plank"}, "show [plank] lang=de"},
		{[]string{"show", "plank", "--lang", "fr", "--json"}, "show [plank] lang=fr"},
		{[]string{"--quiet", "history", "--limit", "2"}, "history [] quiet=true"},
		{[]string{"--quiet", "--version"}, "version [] quiet=true"},
		{[]string{"--lang"}, "--lang needs a value: --lang LANG; see limber --help"},
		{[]string{"--lnag", "de"}, "--lnag is not a flag of limber (did you mean --lang?); see limber --help"},
		{[]string{"show", "--quite", "x"}, "show: --quite is not a flag of show (did you mean --quiet?); see limber show -h"},
	} {
		in, err := p.Route(tc.args)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = "-"
			if in.Command != nil {
				got = in.Command.Name
			}
			got += " [" + strings.Join(in.Args, " ") + "]"
			for _, f := range p.Global {
				if in.Given(f.Name) {
					got += " " + f.Name + "=" + in.Raw(f.Name)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.args, got, tc.want)
		}
	}
	in, _ := p.Route([]string{"show", "x", "--lang", "de"})
	if in.String("lang") != "de" || in.Bool("quiet") {
		t.Error("global values")
	}
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"--lang", ""}, "de fr"},
		{[]string{"--lang", "de", "sh"}, "show"},
		{[]string{"--quiet", "-"}, "--lang --help --version"},
		{[]string{"show", "--lang", "f"}, "fr"},
		{[]string{"history", "--json", "--l"}, "--limit --lang"},
	} {
		var got []string
		for _, c := range Complete(p, tc.words, nil) {
			got = append(got, c.Value)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("complete %q: %q, want %q", tc.words, got, tc.want)
		}
	}
	var b bytes.Buffer
	p.WriteMainHelp(cli.Printer{W: &b, Width: 80})
	if !strings.Contains(b.String(), "--lang LANG") || !strings.Contains(b.String(), "before or after any command") {
		t.Errorf("main help without the global flags:\n%s", b.String())
	}
	b.Reset()
	p.WriteHelp(cli.Printer{W: &b, Width: 80}, p.Command("show"))
	if !strings.Contains(b.String(), "--quiet") {
		t.Errorf("a command's help without the global flags:\n%s", b.String())
	}
}
