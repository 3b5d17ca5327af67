package main

import (
	"embed"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/tui/cli/cmdline"
)

// helpTexts are the commands' help texts, help/COMMAND.txt: what -h prints around the flags,
// and what the man page is made of (help/limber.txt is limber's own, help/sections.txt the man
// page's other sections).
//
//go:embed help/*.txt
var helpTexts embed.FS

// helpText is help/name.txt.
func helpText(name string) string {
	b, err := helpTexts.ReadFile("help/" + name + ".txt")
	if err != nil {
		panic("limber: no help text for " + name) // a missing file is a build mistake
	}
	return strings.TrimSpace(string(b))
}

// version is the release; `go install` builds report it with --version.
const version = "0.1.0"

// command is one row of the command table: its declaration (name, summary, flags, arguments:
// the one place each is described) and what runs it.
type command struct {
	cmdline.Command
	run func(a *app, in *cmdline.Parsed) error
}

// plainFlag is --plain of the commands that run a session.
var plainFlag = cmdline.Flag{Name: "plain", Kind: cmdline.Bool, Help: "one line per event, no screen drawing (automatic when input or output is not a terminal: a pipe, a script, a screen reader setup)"}

// readyFlag is --ready for a quick timer whose get-ready is def by default.
func readyFlag(def string) cmdline.Flag {
	return cmdline.Flag{Name: "ready", Kind: cmdline.Duration, Arg: "DURATION", Max: int64(content.MaxGetReady),
		Help: "the time to get into position first, 0s for none; default " + def + " (or get_ready in config.toml)"}
}

// commands is the command table, in the order limber --help lists them.
func commands() []command {
	routineArg := cmdline.Arg{Name: "ID", Optional: true, Source: cmdline.Routines,
		Help: "a routine id (limber list); default: default_routine in config.toml, else desk-break"}
	return []command{
		{cmdline.Command{Name: "run", Summary: "run a routine (the desk break when none is named)", Example: "limber run desk-break",
			Args: []cmdline.Arg{routineArg},
			Flags: []cmdline.Flag{
				{Name: "base", Kind: cmdline.Bool, Help: "the routine as written, without today's adjustments from your history"},
				plainFlag,
			}}, runRun},
		{cmdline.Command{Name: "list", Summary: "list routines or exercises", Example: "limber list exercises",
			Args:  []cmdline.Arg{{Name: "routines|exercises", Optional: true, Choices: []string{"routines", "exercises"}}},
			Flags: []cmdline.Flag{{Name: "json", Kind: cmdline.Bool, Help: "print a JSON array instead of a table"}}}, runList},
		{cmdline.Command{Name: "show", Summary: "show one routine or exercise", Example: "limber show desk-break",
			Args:  []cmdline.Arg{{Name: "ID", Source: cmdline.IDs, Help: "a routine or exercise id (limber list, limber list exercises)"}},
			Flags: []cmdline.Flag{{Name: "json", Kind: cmdline.Bool, Help: "print a JSON object instead"}}}, runShow},
		{cmdline.Command{Name: "validate", Summary: "check content files for mistakes", Example: "limber validate mine.toml",
			Args: []cmdline.Arg{{Name: "PATH", Many: true, Source: cmdline.Files, Help: "a .toml file, or a folder of them; config.toml is checked as settings"}}}, runValidate},
		{cmdline.Command{Name: "history", Summary: "list past sessions; import or export the history", Example: "limber history --limit 10",
			Args: []cmdline.Arg{
				{Name: "import|export", Optional: true, Choices: []string{"import", "export"},
					Help: "import FILE adds the sessions of another log that yours lacks; export prints every device's history as one log"},
				{Name: "FILE", Optional: true, Source: cmdline.Files, Help: "the log to import (an export, a backup, another machine's file)"},
			},
			Flags: []cmdline.Flag{
				{Name: "json", Kind: cmdline.Bool, Group: "format", Help: "print a JSON array of the log's entries"},
				{Name: "csv", Kind: cmdline.Bool, Group: "format", Help: "print CSV with a header row (for a spreadsheet, or to show a physio)"},
				{Name: "since", Kind: cmdline.String, Arg: "DATE", Help: "only sessions on or after DATE (YYYY-MM-DD, local time)"},
				{Name: "limit", Kind: cmdline.Int, Arg: "N", Min: 1, Help: "only the N most recent sessions"},
				{Name: "device", Kind: cmdline.Bool, Help: "show which device wrote each session (a column; a field of --json and --csv)"},
				{Name: "o", Kind: cmdline.String, Arg: "FILE", Source: cmdline.Files, Help: "with export (as -o FILE): write to FILE, whole or not at all, instead of stdout"},
			}}, runHistory},
		{cmdline.Command{Name: "stats", Summary: "streaks, totals and pain stops",
			Flags: []cmdline.Flag{{Name: "json", Kind: cmdline.Bool, Help: "print the numbers as JSON"}}}, runStats},
		{cmdline.Command{Name: "hold", Summary: "time one hold, no routine needed", Example: "limber hold 45s plank",
			Args: []cmdline.Arg{
				{Name: "DURATION", Choices: []string{"30s", "45s", "1m", "2m"}, Help: "each hold's length: 45s, 1m, 1m30s (1s to 10m)"},
				{Name: "EXERCISE", Optional: true, Source: cmdline.Exercises, Help: "an exercise id (limber list exercises): it names the hold and shows its cues"},
			},
			Flags: []cmdline.Flag{
				{Name: "sides", Kind: cmdline.Bool, Help: "hold on the left, then after a switch on the right"},
				{Name: "repeat", Kind: cmdline.Int, Arg: "N", Min: 1, Max: session.QuickRepeatMax, Help: "N holds (on each side); default 1"},
				{Name: "rest", Kind: cmdline.Duration, Arg: "DURATION", Max: int64(session.QuickHoldMax), Help: "the rest between repeated holds; default " + content.FormatDuration(session.DefaultQuickRest)},
				readyFlag("5s"),
				plainFlag,
			}}, runHold},
		{cmdline.Command{Name: "max", Summary: "a max-hold test against your best", Example: "limber max plank",
			Args:  []cmdline.Arg{{Name: "EXERCISE", Source: cmdline.Testable, Help: "a hold the library tags testable, e.g. plank, knee-plank, side-plank; one with sides is tested on the left, then on the right"}},
			Flags: []cmdline.Flag{readyFlag("10s"), plainFlag}}, runMax},
		{cmdline.Command{Name: "remind", Summary: "remind you to take desk breaks, after so long sitting", Example: "limber remind --every 30m",
			Flags: []cmdline.Flag{
				{Name: "every", Kind: cmdline.Duration, Arg: "DURATION", Min: int64(content.MinRemindEvery), Max: int64(content.MaxRemindEvery),
					Choices: []string{"20m", "30m", "45m", "50m", "1h"}, Help: "sitting time before a break, e.g. 50m, 1h30m (default: remind_every in config.toml, else 50m)"},
				{Name: "routine", Kind: cmdline.String, Arg: "ID", Source: cmdline.Routines, Help: "the break routine (default: default_routine, else desk-break)"},
				{Name: "hours", Kind: cmdline.String, Arg: "HOURS", Choices: []string{"always", "09:00-18:00"},
					Help: "only between these clock times on every reminder day, e.g. 09:00-18:00 or 22:00-06:00, or always (default: remind_hours, else 09:00-18:00)"},
				{Name: "days", Kind: cmdline.String, Arg: "DAYS", Choices: []string{"mon-fri", "every day"},
					Help: "only on these days, e.g. mon-fri, mon,wed,fri or every day (default: remind_days, else mon-fri)"},
				{Name: "plain", Kind: cmdline.Bool, Group: "mode", Help: "one line per event instead of the screen (automatic when input or output is not a terminal); commands are then typed with Enter: Enter starts the break, s snoozes, k skips, q quits"},
				{Name: "background", Kind: cmdline.Bool, Group: "mode", Help: "no screen and no input: due breaks come as desktop notifications and in limber status, and start with limber run (limber service runs it for you)"},
				{Name: "explain", Kind: cmdline.Bool, Group: "mode", Help: "say how sitting is counted here — which activity sources this setup has and what each last said — and exit"},
			}}, runRemind},
		{cmdline.Command{Name: "status", Summary: "one line for a status bar or prompt", Example: `limber status --format "[{next}] "`,
			Flags: []cmdline.Flag{{Name: "format", Kind: cmdline.String, Arg: "FORMAT", Choices: []string{"{next}", "{state}", "{since}", "{sitting}"},
				Help: "your own line, with the placeholders above"}}}, runStatus},
		{cmdline.Command{Name: "checkin", Summary: "rate your back pain and stiffness, 0 to 10", Example: "limber checkin --pain 3 --stiffness 5",
			Flags: []cmdline.Flag{
				{Name: "pain", Kind: cmdline.Int, Arg: "N", Max: 10, Help: "back pain now, 0 (none) to 10 (the worst)"},
				{Name: "stiffness", Kind: cmdline.Int, Arg: "N", Max: 10, Help: "stiffness now, 0 to 10"},
				{Name: "note", Kind: cmdline.String, Arg: "TEXT", Help: "a few words for your physio"},
			}}, runCheckin},
		{cmdline.Command{Name: "goals", Summary: "up to three activities your back makes hard, rated weekly", Example: `limber goals --add "sit through a 1-hour meeting" --score 4`,
			Flags: []cmdline.Flag{
				{Name: "add", Kind: cmdline.String, Arg: "TEXT", Group: "do", Help: "name an activity your back makes hard (three at most)"},
				{Name: "score", Kind: cmdline.Int, Arg: "N", Max: 10, Help: "with --add: how well you can do it now, 0 (cannot) to 10 (as before)"},
				{Name: "remove", Kind: cmdline.String, Arg: "N", Group: "do", Help: "remove goal N (its past scores stay)"},
				{Name: "rate", Kind: cmdline.String, Arg: "SCORES", Group: "do", Help: "rate every goal, in order: 4,6,2"},
			}}, runGoals},
		{cmdline.Command{Name: "flare", Summary: "a flare-up plan: gentle routines only for a week", Example: "limber flare",
			Flags: []cmdline.Flag{
				{Name: "days", Kind: cmdline.Int, Arg: "N", Min: 1, Max: 14, Help: "how long it lasts; default 7"},
				{Name: "end", Kind: cmdline.Bool, Help: "end the flare-up plan now"},
			}}, runFlare},
		{cmdline.Command{Name: "report", Summary: "a report of your exercise and check-ins to hand your physio", Example: "limber report -o report.html",
			Flags: []cmdline.Flag{
				{Name: "since", Kind: cmdline.String, Arg: "DATE", Help: "from DATE (YYYY-MM-DD); default: the last 12 weeks"},
				{Name: "format", Kind: cmdline.String, Arg: "FORMAT", Choices: []string{"html", "md"}, Help: "html (to print or open in a browser) or md (Markdown, for an email); default html, or md for an -o FILE.md"},
				{Name: "o", Kind: cmdline.String, Arg: "FILE", Source: cmdline.Files, Help: "write to FILE (readable by you only) instead of standard output"},
			}}, runReport},
		{cmdline.Command{Name: "add", Summary: "install a routine file, as from your physio", Example: "limber add back-plan.toml",
			Args:  []cmdline.Arg{{Name: "FILE", Source: cmdline.Files, Help: "a .toml file of exercises and routines, or - for standard input"}},
			Flags: []cmdline.Flag{{Name: "as", Kind: cmdline.String, Arg: "NAME", Help: "install as NAME.toml, its one routine with the id NAME (when the id or the file name is taken)"}}}, runAdd},
		{cmdline.Command{Name: "export", Summary: "write a routine and its exercises to share", Example: "limber export desk-break -o desk-break.toml",
			Args:  []cmdline.Arg{{Name: "ROUTINE", Source: cmdline.Routines, Help: "a routine id (limber list)"}},
			Flags: []cmdline.Flag{{Name: "o", Kind: cmdline.String, Arg: "FILE", Source: cmdline.Files, Help: "write to FILE (never over one that exists) instead of standard output"}}}, runExportRoutine},
		{cmdline.Command{Name: "quiet", Summary: "keep reminders quiet for a meeting", Example: "limber quiet 45m",
			Args: []cmdline.Arg{{Name: "DURATION|until HH:MM|off", Optional: true, Many: true, Choices: []string{"30m", "1h", "until", "off"},
				Help: "quiet for so long (1m to 12h), until a clock time, or off to end it; with nothing, says whether it is quiet"}}}, runQuiet},
		{cmdline.Command{Name: "hook", Summary: "the shell hook that counts your sitting time", Example: `eval "$(limber hook bash)"`,
			Args: []cmdline.Arg{{Name: "SHELL", Choices: []string{"bash", "zsh", "fish"}, Help: "bash, zsh or fish"}}}, runHook},
		{cmdline.Command{Name: "service", Summary: "run the reminder in the background at every login", Example: "limber service install",
			Args:  []cmdline.Arg{{Name: "install|uninstall|status", Optional: true, Choices: []string{"install", "uninstall", "status"}, Help: "install (write and start), uninstall (stop and remove), or status"}},
			Flags: []cmdline.Flag{{Name: "print", Kind: cmdline.Bool, Help: "print the systemd unit or launchd agent install would write, and write nothing"}}}, runService},
		{cmdline.Command{Name: "config", Summary: "the settings in effect and every path",
			Flags: []cmdline.Flag{{Name: "json", Kind: cmdline.Bool, Help: "print the settings and paths as JSON"}}}, runConfig},
	}
}

// program is limber's command line: the table, with the built-in commands (completion, man,
// help, version) and each command's help text; and the function that runs each of the table's.
func program() (*cmdline.Program, map[string]func(*app, *cmdline.Parsed) error) {
	var specs []*cmdline.Command
	runs := map[string]func(*app, *cmdline.Parsed) error{}
	for _, c := range commands() {
		specs = append(specs, &c.Command)
		runs[c.Name] = c.run
	}
	p := cmdline.New("limber", version, "a terminal coach for back care and desk breaks", specs, helpText)
	p.Global = globalFlags
	return p, runs
}

// globalFlags apply to the whole run, whatever the command (run reads them into the app).
var globalFlags = []cmdline.Flag{
	{Name: "no-figures", Kind: cmdline.Bool, Help: `no exercise figures (figures = "off" in config.toml for always)`},
	{Name: "lang", Kind: cmdline.String, Arg: "LANG", Choices: []string{"en", "de", "es", "fr", "auto"},
		Help: `the language to speak (language = "de" in config.toml for always; else LANG)`},
}

// langArg is the value of --lang on the command line when it names a language limber knows
// ("" when not), read before the parse so that a usage error and the help are already in it.
func langArg(args []string) string {
	for i, w := range args {
		v, ok := "", false
		switch {
		case w == "--":
			return ""
		case strings.HasPrefix(w, "--lang="):
			v, ok = strings.TrimPrefix(w, "--lang="), true
		case w == "--lang" && i+1 < len(args):
			v, ok = args[i+1], true
		}
		if _, _, err := lang.Parse(v); ok && err == nil {
			return v
		}
	}
	return ""
}

// run reads the command line against the table and runs the command it names: with none, the
// coach (or the routine list without a terminal). Every usage error comes from here, in one
// shape, with exit status 2. Ids to complete come from the library, the person's own files
// included; problems in those are not said then.
func run(a *app, args []string) error {
	p, runs := program()
	a.langFlag = langArg(args) // before the parse: its errors and the help are in the language
	in, err := p.Dispatch(args, a.out(), func() cmdline.IDSource {
		lib, _ := content.Load(a.contentDir())
		return cmdline.LibraryIDs(lib)
	})
	if in != nil {
		a.noFigures = in.Bool("no-figures")
		if v := in.String("lang"); v != "" && err == nil {
			if _, _, perr := lang.Parse(v); perr != nil {
				return in.Usagef("--lang: %v", perr)
			}
			a.langFlag = v
		}
	}
	switch {
	case err != nil || in == nil:
		return err
	case in.Command == nil:
		return runHome(a)
	}
	return runs[in.Command.Name](a, in)
}
