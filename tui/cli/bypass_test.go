package cli_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/msg/msgtest"
	"github.com/limber-coach/limber/session/trend"
	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"
	"github.com/limber-coach/limber/tui/sound"
)

// isTag reports whether w is one of the library's tags: identifiers, as the TOML writes them
// in every language (a translation never changes a tag).
func isTag(lib *content.Library, w string) bool {
	for _, e := range lib.Exercises() {
		if slices.Contains(e.Tags, w) {
			return true
		}
	}
	return false
}

// allowed are the words a view may print outside the catalogue: ids typed back in, tags, what the
// person typed (quoted), flags, file names, command names, placeholders of a synopsis, units
// of a duration as typed ("30s", "50m"), languages by their own names, and the program's name.
func allowed(lib *content.Library, w string) bool {
	w = strings.Trim(w, ",;:()?")
	switch {
	case slices.Contains(lib.IDs(), w), isTag(lib, w), strings.HasPrefix(w, `"`), strings.HasPrefix(w, "-"), strings.Contains(w, "."):
		return true
	case slices.Contains([]string{"ID", "FILE", "N"}, w): // placeholders typed as they are
		return true
	case slices.ContainsFunc(lang.Supported(), func(t lang.Tag) bool { return w == t.Name() || w == t.String() }):
		return true // a language by its own name and its code
	}
	w = strings.TrimLeft(w, "0123456789×")
	return slices.Contains([]string{"", "s", "m", "limber", "hold", "run", "show", "list", "history", "hist"}, w)
}

// A word of the command line's views that bypasses the catalogue fails here: limber list (both
// tables and hints), the history table, the stats with trends and today's breaks, the flare-up
// plan, the goals, an unknown id and the parser's errors, drawn with the pseudo-locale and a
// pseudo-localized library, where every word that came through either is inside ⟦ ⟧. The
// logged names are given marked, as a pseudo-localized library would have named them.
func TestNoStringBypassesTheCatalogue(t *testing.T) {
	lib, probs := msgtest.PseudoLibrary(content.BuiltinSources())
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	tr := msg.Pseudo()
	var out strings.Builder
	p := cli.Printer{W: &out, Width: 80, Tr: tr}
	cli.RoutineTable(p, lib, content.Settings{})
	cli.ListHint(p, false)
	cli.ExerciseTable(p, lib)
	cli.ListHint(p, true)
	p.Width = 50
	cli.RoutineTable(p, lib, content.Settings{})
	p.Width = 80

	loc := time.UTC
	now := time.Date(2026, 5, 14, 10, 0, 0, 0, loc)
	seven, three := 7, 3
	entries := []journal.Entry{
		{V: 1, Routine: "desk-break", RoutineName: msg.Open + "Desk break" + msg.Close, Kind: journal.KindRoutine, Status: "completed",
			Started: now.Add(-30 * time.Hour), Seconds: 372},
		{V: 1, Routine: "low-back", RoutineName: msg.Open + "Low back" + msg.Close, Kind: journal.KindRoutine, Status: "pain",
			Started: now.Add(-5 * time.Hour), Seconds: 200,
			Pain: []journal.Pain{{Exercise: "plank", Name: msg.Open + "Plank" + msg.Close, Side: "left", At: now.Add(-5 * time.Hour)}}},
		{V: 1, Kind: journal.KindCheckin, Started: now.Add(-200 * time.Hour), Checkin: &journal.Checkin{Pain: &seven, Stiffness: &three}},
		{V: 1, Kind: journal.KindCheckin, Started: now.Add(-2 * time.Hour), Checkin: &journal.Checkin{Pain: &three}},
	}
	cli.HistoryTable(p, slices.Values(entries[:2]), loc, true)
	cli.Stats(p, journal.Compute(entries, now, loc), loc)
	cli.Trends(p, trend.Compute(entries, now, loc, 4))
	cli.TodaysBreaks(p, &cli.Breaks{Taken: 2, Skipped: 1, LongestMin: 70, Long: 1, Every: "50m"})
	cli.Imported(p, "backup.jsonl", journal.Imported{File: "imported.jsonl", Added: 2, Known: 1})
	cli.Exported(p, "all.jsonl", 3)
	showViews(t, p, lib, now)
	plank := msg.Open + "Plank" + msg.Close
	cli.MaxResults(p, []journal.MaxResult{
		{Exercise: "plank", Name: plank, Seconds: 42.3, Counts: true, NewBest: true, Prev: journal.Best{MaxS: 40}},
		{Exercise: "side-plank", Name: plank, Side: "left", Seconds: 20, Counts: true, Prev: journal.Best{MaxS: 25}},
		{Exercise: "side-plank", Name: plank, Side: "right", Seconds: 20, Counts: true, NewBest: true},
		{Exercise: "plank", Name: plank, Seconds: 3, Outcome: session.OutcomePain},
	})
	for _, err := range []error{cli.UnknownRoutine(tr, lib, "plank"), cli.UnknownRoutine(tr, lib, "desk-brake"),
		cli.UnknownID(tr, lib, "nothing"), cli.UnknownExercise(tr, lib, "desk-break", false)} {
		out.WriteString(err.Error() + "\n")
	}

	prog := cmdline.New("limber", "0", "coach", []*cmdline.Command{{Name: "history", Summary: "s",
		Flags: []cmdline.Flag{{Name: "json", Kind: cmdline.Bool}, {Name: "csv", Kind: cmdline.Bool, Group: "f"},
			{Name: "limit", Kind: cmdline.Int, Arg: "N", Min: 1}}}}, func(string) string { return "" })
	for _, args := range [][]string{{"hist"}, {"history", "--jsno"}, {"history", "--limit", "x"}, {"history", "extra"}} {
		_, err := prog.Route(args)
		var ue *cmdline.UsageError
		if !errors.As(err, &ue) {
			t.Fatalf("%v: %v", args, err)
		}
		out.WriteString(ue.In(tr) + "\n")
	}

	out.WriteString(configComments(t, tr, lib))
	out.WriteString(addViews(t, tr))
	cli.Validated(p, false, 2, "", "", 1, 1)
	cli.Validated(p, true, 0, "~/.config/limber/content", "config.toml", 40, 12)
	cli.ValidateFailed(p, 3, 1)
	cli.TranslationGaps(p, 2, lang.German)

	var bad []string
	for _, u := range msg.Unmarked(out.String()) {
		for _, w := range strings.Fields(u) {
			if strings.ContainsFunc(w, unicode.IsLetter) && !allowed(lib, w) {
				bad = append(bad, w)
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("%q outside the catalogue:\n%s", bad, out.String())
	}
}

// showViews draws limber show for every built-in routine, one with today's changes, and every
// exercise with its figure, at 80 columns and at 40.
func showViews(t *testing.T, p cli.Printer, lib *content.Library, now time.Time) {
	t.Helper()
	for _, width := range []int{80, 40} {
		p.Width = width
		for _, r := range lib.Routines() {
			cli.Routine(p, lib, content.Settings{}, r, adapt.Result{Routine: r})
		}
		r, _ := lib.Routine("desk-break")
		if len(r.Steps) < 2 {
			t.Fatal("desk-break has fewer than two steps")
		}
		st := r.Steps[1]
		cli.Routine(p, lib, content.Settings{}, r, adapt.Result{Routine: r, Adjustments: []adapt.Adjustment{
			{Step: 0, Exercise: r.Steps[0].Exercise, Change: adapt.Skipped, PainDays: []time.Time{now.AddDate(0, 0, -2), now.AddDate(0, 0, -1)}},
			{Step: 1, Exercise: st.Exercise, Change: adapt.Progressed, Base: st.Dose, Dose: st.Dose, Clean: 3}}})
		for _, e := range lib.Exercises() {
			cli.Exercise(p, lib, e, cli.ShowOptions{Figures: figure.Braille})
		}
	}
	p.Width = 80
}

// configComments are limber config's comments in tr's language (the settings' keys and
// values are config.toml's, in no language, and left out), with the paths, the devices and a
// copy; what fills placeholders from outside (paths, device ids, language codes, the voice
// programs) is dropped too.
func configComments(t *testing.T, tr *msg.Tr, lib *content.Library) string {
	t.Helper()
	dir := t.TempDir()
	paths := cli.Paths(tr, [][2]string{{"config folder", dir}, {"settings", dir + "/config.toml"}, {"your content", dir},
		{"data folder", dir}, {"history", dir + "/h.jsonl"}, {"older history", dir + "/history.jsonl"},
		{"safety answers", dir + "/a.json"}, {"state folder", dir}, {"reminder state", dir + "/r.json"},
		{"reminder lock", dir + "/r.lock"}}, func(v string) string { return map[string]string{"XDG_DATA_HOME": dir}[v] })
	var b strings.Builder
	s := content.DefaultSettings()
	s.DefaultRoutine = "desk-break"
	cli.Config(&b, tr, s, lib, dir+"/config.toml", false, paths, cli.Devices{This: "d1", Copies: []string{dir + "/copy.jsonl"}})
	s.Voice = content.VoiceOff
	cli.Config(&b, tr, s, lib, dir+"/config.toml", true, paths, cli.Devices{Others: []string{"d2"}})
	var out strings.Builder
	for _, line := range strings.Split(b.String(), "\n") {
		if _, note, ok := strings.Cut(strings.TrimPrefix(line, "# get_ready"), " # "); ok {
			line = note
		} else if !strings.HasPrefix(line, "#") {
			continue
		}
		for _, filled := range []string{dir, "d1", "d2", lang.Codes(), "$XDG_DATA_HOME", strings.Join(sound.AutoVoices(), ", ")} {
			line = strings.ReplaceAll(line, filled, "")
		}
		out.WriteString(line + "\n")
	}
	return out.String()
}

// addViews exports a routine, exports it again over the same file (a mistake), adds the file
// to an empty content folder under a new id and adds it a second time (nothing to add); the
// new id, which fills a placeholder, is dropped. The English library is exported: its
// exercises are the built-ins', so they are the same, not clashes.
func addViews(t *testing.T, tr *msg.Tr) string {
	t.Helper()
	en, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := dir + "/shared.toml"
	if err := cli.Export(tr, en, "desk-break", file, nil); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	p := cli.Printer{W: &b, Width: 80, Tr: tr}
	if err := cli.Export(tr, en, "desk-break", file, nil); err != nil {
		p.Printf("%s\n", err)
	}
	for range 2 {
		if err := cli.Add(p, p, dir+"/content", file, nil, "shared-desk"); err != nil {
			t.Fatalf("%v:\n%s", err, b.String())
		}
	}
	return strings.ReplaceAll(b.String(), "shared-desk", "")
}
