package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed library/*.toml
var builtinFS embed.FS

// BuiltinPrefix is how built-in files are named in messages: their path in the repository.
const BuiltinPrefix = "content/library/"

// Source is one content file to load.
type Source struct {
	// Name is the file's path as shown in messages.
	Name string
	Data []byte
	// Builtin marks the embedded library: it may define [safety], and user files override it.
	Builtin bool
}

// BuiltinSources returns the embedded library files, in name order.
func BuiltinSources() []Source {
	entries, err := fs.ReadDir(builtinFS, "library")
	if err != nil {
		panic(fmt.Sprintf("content: embedded library unreadable: %v", err)) // cannot happen: go:embed checked it
	}
	var out []Source
	for _, e := range entries {
		data, err := builtinFS.ReadFile(path.Join("library", e.Name()))
		if err != nil {
			panic(fmt.Sprintf("content: embedded %s unreadable: %v", e.Name(), err))
		}
		out = append(out, Source{Name: BuiltinPrefix + e.Name(), Data: data, Builtin: true})
	}
	return out
}

// PathSources reads the given files, and the *.toml files of the given folders, in name order.
// A folder that does not exist is no problem when missingOK is set (the user has no content yet).
func PathSources(paths []string, missingOK bool) ([]Source, Problems) {
	var out []Source
	var probs Problems
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			if !(missingOK && errors.Is(err, fs.ErrNotExist)) {
				probs = append(probs, Problem{File: p, Msg: ioMessage(err)})
			}
			continue
		}
		files := []string{p}
		if info.IsDir() {
			files, err = filepath.Glob(filepath.Join(p, "*.toml"))
			if err != nil {
				probs = append(probs, Problem{File: p, Msg: err.Error()})
				continue
			}
			sort.Strings(files)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				probs = append(probs, Problem{File: f, Msg: ioMessage(err)})
				continue
			}
			out = append(out, Source{Name: f, Data: data})
		}
	}
	return out, probs
}

func ioMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "cannot read: " + err.Error()
}

// LoadBuiltin loads the embedded library alone. Any problem is an error: the built-ins are
// tested to be clean.
func LoadBuiltin() (*Library, error) {
	lib, probs := Build(BuiltinSources())
	return lib, probs.Err()
}

// Load loads the built-in library and the user's *.toml files in userDir. The library is always
// usable: a bad user file is left out and reported in the problems, never fatal.
func Load(userDir string) (*Library, Problems) {
	user, probs := PathSources([]string{userDir}, true)
	lib, more := Build(append(BuiltinSources(), user...))
	return lib, append(probs, more...)
}

// origin remembers where an item was defined, for line numbers in merge-time problems.
type origin struct {
	p   *parsed
	idx int
}

// Build parses the sources, merges user files over built-ins by id, and resolves every routine
// step against the merged exercises. A user file with any problem is left out whole; a routine
// whose steps cannot be resolved is left out. Everything else loads.
func Build(sources []Source) (*Library, Problems) {
	var probs Problems
	var exercises []*Exercise
	var routines []*Routine
	var safety Safety
	builtinEx := map[string]string{} // id → source
	builtinRt := map[string]string{}
	userEx := map[string]string{}
	userRt := map[string]string{}
	where := map[*Routine]origin{}
	exWhere := map[*Exercise]origin{}

	for _, src := range sources {
		p, ps := parseFile(src.Name, src.Data, src.Builtin)
		if p == nil || (!src.Builtin && len(ps) > 0) {
			for i := range ps {
				ps[i].FileLeftOut = !src.Builtin
			}
			probs = append(probs, ps...)
			continue // a bad user file is left out whole
		}
		probs = append(probs, ps...)
		if p.safety != nil {
			safety = *p.safety
		}
		seenEx, seenRt := userEx, userRt
		if src.Builtin {
			seenEx, seenRt = builtinEx, builtinRt
		}
		for _, e := range p.exercises {
			e.Source = src.Name
			if other, dup := seenEx[e.ID]; dup {
				probs = append(probs, Problem{File: src.Name, Line: p.loc.exercise(p.exIndex[e], "id"), Where: fmt.Sprintf("exercise %q", e.ID),
					Msg: fmt.Sprintf("id already defined in %s; this one is ignored", other)})
				continue
			}
			seenEx[e.ID] = src.Name
			if !src.Builtin {
				e.Overrides = builtinEx[e.ID]
			}
			exercises = append(exercises, e)
			exWhere[e] = origin{p, p.exIndex[e]}
		}
		for _, r := range p.routines {
			r.Source = src.Name
			if other, dup := seenRt[r.ID]; dup {
				probs = append(probs, Problem{File: src.Name, Line: p.loc.routine(p.rtIndex[r], "id"), Where: fmt.Sprintf("routine %q", r.ID),
					Msg: fmt.Sprintf("id already defined in %s; this one is ignored", other)})
				continue
			}
			seenRt[r.ID] = src.Name
			if !src.Builtin {
				r.Overrides = builtinRt[r.ID]
			}
			routines = append(routines, r)
			where[r] = origin{p, p.rtIndex[r]}
		}
	}
	lib := NewLibrary(exercises, routines, safety)
	probs = append(probs, lib.checkGentler(exWhere)...)
	probs = append(probs, lib.resolveSteps(where)...)
	return lib, probs
}

// checkGentler clears (and reports) gentler links that name no exercise.
func (l *Library) checkGentler(where map[*Exercise]origin) Problems {
	var probs Problems
	ids := l.exOrder
	for _, e := range l.Exercises() {
		if e.Gentler == "" {
			continue
		}
		if _, ok := l.exercises[e.Gentler]; !ok {
			o := where[e]
			probs = append(probs, Problem{File: e.Source, Line: o.p.loc.exercise(o.idx, "gentler"), Where: fmt.Sprintf("exercise %q", e.ID),
				Msg: fmt.Sprintf("gentler %q names no exercise%s; the exercise loads without a gentler variant", e.Gentler, didYouMean(e.Gentler, ids))})
			e.Gentler = ""
		}
	}
	return probs
}

// resolveSteps applies each step's dose overrides to its exercise's dose and drops routines that
// name unknown exercises or end up with an invalid dose.
func (l *Library) resolveSteps(where map[*Routine]origin) Problems {
	var probs Problems
	for _, r := range l.Routines() {
		o := where[r]
		v := &validator{file: r.Source, loc: o.p.loc}
		for j := range r.Steps {
			st := &r.Steps[j]
			sw := fmt.Sprintf("routine %q step %d", r.ID, j+1)
			e, ok := l.exercises[st.Exercise]
			if !ok {
				v.add(o.p.loc.step(o.idx, j, "exercise"), sw, "unknown exercise %q%s", st.Exercise, didYouMean(st.Exercise, l.exOrder))
				continue
			}
			c := doseChecker{v: v, where: sw, merged: true, line: func(k string) int { return o.p.loc.step(o.idx, j, k) }}
			st.Dose = c.apply(&e.Dose, st.override)
			st.Sides = e.Sides
			c.check(st.Dose, st.Sides)
		}
		if len(v.probs) > 0 {
			for i := range v.probs {
				v.probs[i].Msg += "; the routine is left out until this is fixed"
			}
			probs = append(probs, v.probs...)
			l.removeRoutine(r.ID)
		}
	}
	return probs
}

// Origin describes where an item came from, for `show`: "built-in", or the user file and what
// it overrides.
func Origin(source, overrides string) string {
	switch {
	case strings.HasPrefix(source, BuiltinPrefix):
		return "built-in (" + strings.TrimPrefix(source, BuiltinPrefix) + ")"
	case overrides != "":
		return source + " (overrides the built-in " + strings.TrimPrefix(overrides, BuiltinPrefix) + ")"
	}
	return source
}
