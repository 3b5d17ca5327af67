package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session/msg"
)

// ErrNotAdded is Add's error when it said why nothing was installed (exit status 1).
var ErrNotAdded = errors.New("nothing was added")

// Add checks a content file (name: its path, or "-" for standard input) and installs it into
// the content folder dir, or says on errs what is wrong or clashes and changes nothing. What it
// says is in the printers' language; the problems themselves (content's) stay English.
func Add(out, errs Printer, dir, name string, stdin io.Reader, as string) error {
	data, err := content.ReadInput(name, stdin)
	if err != nil {
		return err
	}
	shown := name
	if name == "-" {
		shown = "standard input"
	}
	a := content.PlanAdd(dir, shown, data, as)
	if name == "-" {
		shown = out.T("add.stdin")
	}
	switch {
	case len(a.Problems) > 0:
		for _, p := range a.Problems {
			errs.Printf("%s\n", p.Error())
		}
		errs.Errorf("%s", errs.N("add.problems", a.Problems.Count(), "File", content.DisplayPath(shown)))
		return ErrNotAdded
	case len(a.Clashes) > 0:
		for _, c := range a.Clashes {
			errs.Errorf("%s", c)
		}
		errs.Errorf("%s", errs.T("add.clash", "File", content.DisplayPath(shown)))
		return ErrNotAdded
	case len(a.Routines) == 0 && len(a.Exercises) == 0:
		out.Printf("%s\n", out.N("add.nothing", len(a.Same), "IDs", strings.Join(a.Same, ", ")))
		return nil
	}
	if err := content.Install(a); errors.Is(err, content.ErrTargetExists) {
		errs.Errorf("%s", errs.T("add.exists", "File", content.DisplayPath(a.Target)))
		return ErrNotAdded
	} else if err != nil {
		return err
	}
	var parts []string
	if len(a.Routines) > 0 {
		parts = append(parts, out.N("add.routines", len(a.Routines), "IDs", strings.Join(a.Routines, ", ")))
	}
	if len(a.Exercises) > 0 {
		parts = append(parts, out.N("add.exercises", len(a.Exercises)))
	}
	if len(a.Same) > 0 {
		parts = append(parts, out.N("add.same", len(a.Same)))
	}
	out.Printf("%s\n", out.T("add.added", "File", content.DisplayPath(a.Target), "What", strings.Join(parts, "; ")))
	if len(a.Routines) > 0 {
		out.Printf("%s\n", out.T("add.try", "ID", a.Routines[0]))
	}
	return nil
}

// Export writes routine id with every exercise it uses to w, or to file when set (never over an
// existing one). tr is the language of its mistakes (nil: English).
func Export(tr *msg.Tr, lib *content.Library, id, file string, w io.Writer) error {
	data, err := content.Export(lib, id)
	if err != nil {
		return &Mistake{err.Error()}
	}
	if file == "" || file == "-" {
		_, err = w.Write(data)
		return err
	}
	if err := safefile.WriteFile(file, data, 0o644, true); err != nil {
		if errors.Is(err, content.ErrTargetExists) || strings.Contains(err.Error(), "exist") {
			return &Mistake{Printer{Tr: tr}.T("export.exists", "File", content.DisplayPath(file))}
		}
		return err
	}
	return nil
}
