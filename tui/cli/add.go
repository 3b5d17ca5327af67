package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session/text"
)

// ErrNotAdded is Add's error when it said why nothing was installed (exit status 1).
var ErrNotAdded = errors.New("nothing was added")

// Add checks a content file (name: its path, or "-" for standard input) and installs it into
// the content folder dir, or says on errs what is wrong or clashes and changes nothing.
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
	switch {
	case len(a.Problems) > 0:
		for _, p := range a.Problems {
			errs.Printf("%s\n", p.Error())
		}
		errs.Errorf("%s not added: %s; nothing was changed", content.DisplayPath(shown), text.Plural(a.Problems.Count(), "problem"))
		return ErrNotAdded
	case len(a.Clashes) > 0:
		for _, c := range a.Clashes {
			errs.Errorf("%s", c)
		}
		errs.Errorf("%s not added; nothing was changed", content.DisplayPath(shown))
		return ErrNotAdded
	case len(a.Routines) == 0 && len(a.Exercises) == 0:
		out.Printf("Nothing to add: %s %s already in your library, the same.\n", strings.Join(a.Same, ", "), isAre(len(a.Same)))
		return nil
	}
	if err := content.Install(a); errors.Is(err, content.ErrTargetExists) {
		errs.Errorf("%s is already in your content folder; add this one under another name with --as NAME. Nothing was changed", content.DisplayPath(a.Target))
		return ErrNotAdded
	} else if err != nil {
		return err
	}
	out.Printf("Added %s", content.DisplayPath(a.Target))
	var parts []string
	if len(a.Routines) > 0 {
		parts = append(parts, "routine "+strings.Join(a.Routines, ", "))
	}
	if len(a.Exercises) > 0 {
		parts = append(parts, text.Plural(len(a.Exercises), "new exercise"))
	}
	if len(a.Same) > 0 {
		parts = append(parts, fmt.Sprintf("%d already in your library, the same", len(a.Same)))
	}
	out.Printf(": %s.\n", strings.Join(parts, "; "))
	if len(a.Routines) > 0 {
		out.Printf("Try it: limber show %s, then limber run %s\n", a.Routines[0], a.Routines[0])
	}
	return nil
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// Export writes routine id with every exercise it uses to w, or to file when set (never over an
// existing one).
func Export(lib *content.Library, id, file string, w io.Writer) error {
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
			return &Mistake{fmt.Sprintf("%s exists; give another -o FILE", content.DisplayPath(file))}
		}
		return err
	}
	return nil
}
