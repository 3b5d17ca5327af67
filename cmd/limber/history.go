package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/limber-coach/limber/tui/cli"
	"github.com/limber-coach/limber/tui/cli/cmdline"

	"github.com/limber-coach/limber/session/journal"
)

// emptyHistory is what history and stats say before the first session (in English; a run
// says it in its language with the id history.empty).
const emptyHistory = "No sessions yet. Start one with: limber run desk-break"

func runHistory(a *app, in *cmdline.Parsed) error {
	if len(in.Args) > 0 {
		switch in.Args[0] {
		case "import":
			return runImport(a, in)
		case "export":
			return runExport(a, in)
		}
		return in.Usage("history.not_a_verb", "Word", quote(in.Args[0]))
	}
	if err := onlyFlags(in, "history", "json", "csv", "since", "limit", "device"); err != nil {
		return err
	}
	asJSON, asCSV, since, limit := in.Bool("json"), in.Bool("csv"), in.String("since"), in.Int("limit", 0)
	device := in.Bool("device")
	now := a.now()
	loc := now.Location()
	var from time.Time
	if since != "" {
		var err error
		if from, err = time.ParseInLocation(time.DateOnly, since, loc); err != nil {
			return in.Usage("history.since_date", "Example", now.Format(time.DateOnly), "Value", quote(since))
		}
	}

	// Newest first, from the end of each device's file, reading only as far back as the
	// sessions shown need, and printing each as it comes: neither --limit nor a long history
	// makes it hold more than a day's sessions (see journal.Newest).
	path := a.logPath()
	hist, err := journal.OpenNewest(path, from)
	if err != nil {
		return err
	}
	defer hist.Close()
	if !asJSON && !asCSV {
		hist.SkipSteps() // the table shows none
	}
	first, found := hist.Next()
	entries := func(yield func(journal.Entry) bool) {
		for e, ok, n := first, found, 1; ok; n++ {
			if !device {
				e.Device = "" // as before devices: --device asks for them
			}
			if !yield(e) || limit > 0 && n >= limit {
				return
			}
			e, ok = hist.Next()
		}
	}
	w := bufio.NewWriter(a.stdout)
	switch {
	case asJSON:
		err = cli.HistoryJSON(w, entries)
	case asCSV:
		err = cli.HistoryCSV(w, entries, device)
	case !found && hist.Seen() == 0:
		fmt.Fprintln(w, a.tr().T("history.empty"))
	case !found:
		fmt.Fprintln(w, a.tr().T("history.none_since", "Date", from.Format(time.DateOnly)))
	default:
		p := a.out()
		p.W = w
		cli.HistoryTable(p, entries, loc, device)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	damaged, derr := hist.Damaged()
	cli.Damaged(a.errs(), path, damaged)
	return cmp.Or(hist.Err(), err, derr)
}

// runImport is limber history import FILE: the entries of FILE the history does not have yet
// go into a file of their own in the data folder (see journal.Import).
func runImport(a *app, in *cmdline.Parsed) error {
	if err := onlyFlags(in, "history import"); err != nil {
		return err
	}
	if len(in.Args) < 2 {
		return in.Usage("history.import_needs_file")
	}
	from := in.Args[1]
	res, err := a.data().Import(from, a.now())
	cli.Damaged(a.errs(), from, res.Damaged)
	if err != nil {
		return err
	}
	cli.Imported(a.out(), from, res)
	return nil
}

// runExport is limber history export [-o FILE]: the whole history, every device's, as one log,
// oldest first, to stdout or written whole to FILE.
func runExport(a *app, in *cmdline.Parsed) error {
	if err := onlyFlags(in, "history export", "o"); err != nil {
		return err
	}
	if len(in.Args) > 1 {
		return in.Usage("history.export_args", "Word", quote(in.Args[1]))
	}
	path := a.logPath()
	to := in.String("o")
	var (
		n       int
		damaged []journal.Damage
		err     error
	)
	if to == "" || to == "-" {
		n, damaged, err = journal.Export(a.stdout, path)
	} else {
		err = writeWhole(to, func(w io.Writer) error {
			var err error
			n, damaged, err = journal.Export(w, path)
			return err
		})
	}
	cli.Damaged(a.errs(), path, damaged)
	if err == nil && to != "" && to != "-" {
		cli.Exported(a.errs(), to, n)
	}
	return err
}

// onlyFlags refuses the flags of the history command that what (history, its import or its
// export) does not take.
func onlyFlags(in *cmdline.Parsed, what string, allowed ...string) error {
	for _, f := range in.Command.Flags {
		if in.Given(f.Name) && !slices.Contains(allowed, f.Name) {
			dashes := "--"
			if len(f.Name) == 1 {
				dashes = "-"
			}
			return in.Usage("history.does_not_take", "What", what, "Flag", dashes+f.Name)
		}
	}
	return nil
}

// writeWhole writes the file at path with write, whole: into a temporary file beside it
// (0600), synced, then renamed over path, so the file is never seen half written.
func writeWhole(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // nothing once renamed
	w := bufio.NewWriter(f)
	err = write(w)
	err = cmp.Or(err, w.Flush(), f.Sync(), f.Close())
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
