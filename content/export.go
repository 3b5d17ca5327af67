package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/limber-coach/limber/content/safefile"
)

// Export returns routine id as a self-contained TOML file: the routine and every exercise it
// uses, with their gentler variants, so that limber add on another machine (whatever its
// built-ins) accepts it as is. Step doses are written in full.
func Export(lib *Library, id string) ([]byte, error) {
	r, ok := lib.Routine(id)
	if !ok {
		return nil, fmt.Errorf("there is no routine %q (limber list)", id)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: a limber routine with every exercise it uses.\n# Install it with: limber add FILE\n", oneLine(r.Name))
	for _, ex := range exercisesOf(lib, r) {
		b.WriteString("\n")
		writeExercise(&b, ex)
	}
	b.WriteString("\n")
	writeRoutine(&b, r)
	return []byte(b.String()), nil
}

// exercisesOf is every exercise r uses, and their gentler variants, each once, in order.
func exercisesOf(lib *Library, r *Routine) []*Exercise {
	var out []*Exercise
	seen := map[string]bool{}
	var add func(id string)
	add = func(id string) {
		e, ok := lib.Exercise(id)
		if !ok || seen[id] {
			return
		}
		seen[id] = true
		out = append(out, e)
		if e.Gentler != "" {
			add(e.Gentler)
		}
	}
	for _, st := range r.Steps {
		add(st.Exercise)
	}
	return out
}

func writeExercise(b *strings.Builder, e *Exercise) {
	b.WriteString("[[exercise]]\n")
	kv(b, "id", str(e.ID))
	kv(b, "name", str(e.Name))
	kv(b, "position", str(e.Position.String()))
	if len(e.Equipment) > 0 {
		kv(b, "equipment", strs(e.Equipment))
	}
	if len(e.Targets) > 0 {
		kv(b, "targets", strs(e.Targets))
	}
	kv(b, "cues", strs(e.Cues))
	if e.Caution != "" {
		kv(b, "caution", str(e.Caution))
	}
	kv(b, "sides", str(e.Sides.String()))
	writeDose(b, e.Dose)
	if e.Gentler != "" {
		kv(b, "gentler", str(e.Gentler))
	}
	if len(e.Tags) > 0 {
		kv(b, "tags", strs(e.Tags))
	}
}

func writeRoutine(b *strings.Builder, r *Routine) {
	b.WriteString("[[routine]]\n")
	kv(b, "id", str(r.ID))
	kv(b, "name", str(r.Name))
	if r.Summary != "" {
		kv(b, "summary", str(r.Summary))
	}
	if len(r.For) > 0 {
		kv(b, "for", strs(r.For))
	}
	if r.GetReady != nil {
		kv(b, "get_ready", dur(*r.GetReady))
	}
	kv(b, "rest", dur(r.Rest))
	if len(r.Tags) > 0 {
		kv(b, "tags", strs(r.Tags))
	}
	for _, st := range r.Steps {
		b.WriteString("\n[[routine.step]]\n")
		kv(b, "exercise", str(st.Exercise))
		writeDose(b, st.Dose)
		if st.Rest != r.Rest {
			kv(b, "rest", dur(st.Rest))
		}
		if st.Note != "" {
			kv(b, "note", str(st.Note))
		}
	}
}

// writeDose writes every key of a dose, defaults included, so the file means the same under
// any version's defaults.
func writeDose(b *strings.Builder, d Dose) {
	switch d.Kind {
	case DoseHold:
		kv(b, "hold", dur(d.Hold))
		kv(b, "repeat", strconv.Itoa(d.Repeat))
		kv(b, "release", dur(d.Release))
	case DoseReps:
		kv(b, "reps", strconv.Itoa(d.Reps))
		if d.Tempo > 0 {
			kv(b, "tempo", dur(d.Tempo))
		}
	case DoseBreath:
		var ph []string
		for _, p := range d.Breath {
			ph = append(ph, p.Kind.String()+" "+FormatDuration(p.Duration))
		}
		kv(b, "breath", strs(ph))
		kv(b, "repeat", strconv.Itoa(d.Repeat))
	}
	kv(b, "sets", strconv.Itoa(d.Sets))
	kv(b, "set_rest", dur(d.SetRest))
	if p := d.Progress; p != nil {
		add, top := strconv.Itoa(p.AddReps), strconv.Itoa(p.MaxReps)
		if d.Kind == DoseHold {
			add, top = dur(p.AddHold), dur(p.MaxHold)
		}
		kv(b, "progress", fmt.Sprintf("{ every = %d, add = %s, max = %s }", p.Every, add, top))
	}
}

func kv(b *strings.Builder, k, v string) { fmt.Fprintf(b, "%s = %s\n", k, v) }

func dur(d time.Duration) string { return str(FormatDuration(d)) }

// str is s as a TOML basic string.
func str(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func strs(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = str(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Addition is what limber add would install: the file's problems, or where it goes and what it
// adds, and what clashes with what is there.
type Addition struct {
	// Target is the file it would be written to.
	Target string
	// Data is what would be written: the file as given, or re-written under a new routine id.
	Data []byte
	// Problems are the file's own mistakes: nothing is installed.
	Problems Problems
	// Clashes say what differs from an id already there, and how to go on: nothing is
	// installed.
	Clashes []string
	// Routines and Exercises are the new ids; Same the ids already there with the same
	// definition (kept as they are).
	Routines, Exercises, Same []string
}

// ErrTargetExists is PlanAdd's and Install's error when the target file exists.
var ErrTargetExists = errors.New("a file of that name is already in your content folder")

// PlanAdd checks data (a content file named name, as from a physiotherapist) for installing in
// the user's content folder dir, against the built-ins and the files there: its problems, and
// every id it shares with an exercise or routine already there whose definition differs. as,
// when set, is the name to install under: the file name, and the id of its one routine.
func PlanAdd(dir, name string, data []byte, as string) Addition {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if as != "" {
		base = as
	}
	unnamed := as == "" && (!idRE.MatchString(base) || len(base) > MaxID)
	if unnamed {
		base = "added" // standard input, or a file name that is no id: see below
	}
	a := Addition{Target: filepath.Join(dir, base+".toml"), Data: data}
	if !idRE.MatchString(base) || len(base) > MaxID {
		a.Problems = Problems{{File: name, Msg: fmt.Sprintf("%q cannot name the file; give --as NAME with lower-case letters, digits and dashes", base)}}
		return a
	}
	builtin := BuiltinSources()
	user, _ := FolderSources(dir)
	existing, _ := Build(append(slices.Clone(builtin), user...))
	src := Source{Name: name, Data: data}
	alone, probs := Build(append(slices.Clone(builtin), src))
	for _, p := range probs {
		if p.File == name {
			a.Problems = append(a.Problems, p)
		}
	}
	if len(a.Problems) > 0 {
		return a
	}
	var mine []*Routine
	for _, r := range alone.Routines() {
		if r.Source == name {
			mine = append(mine, r)
		}
	}
	var exs []*Exercise
	for _, e := range alone.Exercises() {
		if e.Source == name {
			exs = append(exs, e)
		}
	}
	if len(mine) == 0 && len(exs) == 0 {
		a.Problems = Problems{{File: name, Msg: "has no [[exercise]] or [[routine]] to add"}}
		return a
	}
	if unnamed && len(mine) == 1 { // a routine from standard input is filed under its id
		a.Target = filepath.Join(dir, mine[0].ID+".toml")
	}
	if as != "" && len(mine) == 1 && mine[0].ID != as {
		renamed := *mine[0]
		renamed.ID = as
		mine[0] = &renamed
		var b strings.Builder
		fmt.Fprintf(&b, "# Added as %s from %s.\n", as, oneLine(filepath.Base(name)))
		for _, e := range exs {
			b.WriteString("\n")
			writeExercise(&b, e)
		}
		b.WriteString("\n")
		writeRoutine(&b, &renamed)
		a.Data = []byte(b.String())
	}
	for _, e := range exs {
		old, ok := existing.Exercise(e.ID)
		switch {
		case !ok:
			a.Exercises = append(a.Exercises, e.ID)
		case exerciseText(old) == exerciseText(e):
			a.Same = append(a.Same, e.ID)
		default:
			a.Clashes = append(a.Clashes, fmt.Sprintf("exercise %q differs from the one in %s: rename its id in the file (and in its routine's steps), or remove yours first", e.ID, place(old.Source)))
		}
	}
	for _, r := range mine {
		old, ok := existing.Routine(r.ID)
		switch {
		case !ok:
			a.Routines = append(a.Routines, r.ID)
		case routineText(old) == routineText(r):
			a.Same = append(a.Same, r.ID)
		default:
			hint := "add it under another id with --as NAME"
			if len(mine) > 1 {
				hint = "rename its id in the file"
			}
			a.Clashes = append(a.Clashes, fmt.Sprintf("routine %q differs from the one in %s: %s", r.ID, place(old.Source), hint))
		}
	}
	return a
}

// Install writes a's file into the content folder, never over an existing file.
func Install(a Addition) error {
	if err := mkdirAll(filepath.Dir(a.Target)); err != nil {
		return err
	}
	err := safefile.WriteFile(a.Target, a.Data, 0o644, true)
	if errors.Is(err, fs.ErrExist) {
		return ErrTargetExists
	}
	return err
}

// place names where an item is defined: "the built-ins" or its file.
func place(source string) string {
	if strings.HasPrefix(source, BuiltinPrefix) {
		return "the built-ins"
	}
	return DisplayPath(source)
}

func exerciseText(e *Exercise) string {
	var b strings.Builder
	writeExercise(&b, e)
	return b.String()
}

func routineText(r *Routine) string {
	var b strings.Builder
	writeRoutine(&b, r)
	return b.String()
}

func mkdirAll(dir string) error { return os.MkdirAll(dir, 0o755) }

// ReadInput reads a content file as the loader does — a regular file of at most MaxFileSize,
// never blocking — or, for "-", standard input up to the same size.
func ReadInput(name string, stdin io.Reader) ([]byte, error) {
	if name != "-" {
		return safefile.ReadFile(name, MaxFileSize)
	}
	data, err := io.ReadAll(io.LimitReader(stdin, MaxFileSize+1))
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("standard input is over %d KiB, more than a content file may hold", MaxFileSize>>10)
	}
	return data, err
}
