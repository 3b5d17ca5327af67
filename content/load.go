package content

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"

	"github.com/limber-coach/limber/content/lang"
)

//go:embed library/*.toml library/locale/*.toml
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
	// Skip marks a built-in translation this run does not read (LoadIn): its language still
	// counts as shipped, so a user's file cannot replace that language's safety text.
	Skip bool
}

// BuiltinSources returns the embedded library files, in name order, and then its translations
// (library/locale/*.toml), in name order.
func BuiltinSources() []Source {
	return append(embedded("library"), embedded("library/"+LocaleDir)...)
}

// embedded returns the embedded *.toml files of dir, in name order.
func embedded(dir string) []Source {
	entries, err := fs.ReadDir(builtinFS, dir)
	if err != nil {
		panic(fmt.Sprintf("content: embedded library unreadable: %v", err)) // cannot happen: go:embed checked it
	}
	var out []Source
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		name := path.Join(dir, e.Name())
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			panic(fmt.Sprintf("content: embedded %s unreadable: %v", name, err))
		}
		out = append(out, Source{Name: BuiltinPrefix + strings.TrimPrefix(name, "library/"), Data: data, Builtin: true})
	}
	return out
}

// LoadBuiltin loads the embedded library alone. Any problem is an error: the built-ins are
// tested to be clean.
func LoadBuiltin() (*Library, error) {
	lib, probs := Build(BuiltinSources())
	return lib, probs.Err()
}

// LoadIn is Load for a run in language t: of the built-in translations it reads only t's (none
// for English), since parsing all of them is most of the start-up's work and a run shows one
// language. The user's translations are all read, so their problems are reported as by Load.
// limber validate and the tests use Load (or Check), which read every translation.
func LoadIn(userDir string, t lang.Tag) (*Library, Problems) {
	user, probs := FolderSources(userDir)
	builtin := embedded("library")
	for _, src := range embedded("library/" + LocaleDir) {
		code, _ := localeOf(src.Name)
		src.Skip = code != t.String()
		builtin = append(builtin, src)
	}
	lib, more := Build(append(builtin, user...))
	return lib, append(probs, more...)
}

// Load loads the built-in library and the user's *.toml files in userDir, and the translations
// in userDir/locale. The library is always usable: a bad user file is left out and reported in
// the problems, never fatal.
func Load(userDir string) (*Library, Problems) {
	user, probs := FolderSources(userDir)
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
// whose steps cannot be resolved is left out. Everything else loads. At most
// MaxProblemsPerFile problems are listed per file, then one line counting the rest.
//
// Sources in a folder named locale are translations (see translation.go); they are read once
// the content is merged, checked against it, and kept in the library for Localize.
func Build(sources []Source) (*Library, Problems) {
	var probs Problems
	bs := budgets{}
	var exercises []*Exercise
	var routines []*Routine
	var safety Safety
	builtinEx := map[string]string{} // id → source
	builtinRt := map[string]string{}
	userEx := map[string]string{}
	userRt := map[string]string{}
	where := map[*Routine]origin{}
	exWhere := map[*Exercise]origin{}
	builtinFiles := map[string]bool{}
	var locales []Source

	var files []Source
	for _, src := range sources {
		if _, ok := localeOf(src.Name); ok {
			locales = append(locales, src)
			continue
		}
		files = append(files, src)
	}
	for i, pf := range parseAll(files, bs) {
		src, p, ps := files[i], pf.p, pf.probs
		if src.Builtin {
			builtinFiles[src.Name] = true
		}
		if p == nil || (!src.Builtin && pf.found) {
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
			if keep(src, &e.Source, &e.Overrides, e.ID, "exercise", p.loc.exercise(p.exIndex[e], "id"), seenEx, builtinEx, bs, &probs) {
				exercises = append(exercises, e)
				exWhere[e] = origin{p, p.exIndex[e]}
			}
		}
		for _, r := range p.routines {
			if keep(src, &r.Source, &r.Overrides, r.ID, "routine", p.loc.routine(p.rtIndex[r], "id"), seenRt, builtinRt, bs, &probs) {
				routines = append(routines, r)
				where[r] = origin{p, p.rtIndex[r]}
			}
		}
	}
	lib := NewLibrary(exercises, routines, safety)
	lib.builtinFiles = builtinFiles
	probs = append(probs, lib.checkGentler(exWhere, bs)...)
	probs = append(probs, lib.gentlerLoops(exWhere, bs)...)
	probs = append(probs, lib.resolveSteps(where, bs)...)
	probs = append(probs, lib.readTranslations(locales, bs)...)
	return lib, bs.close(probs)
}

// parsedFile is one source parsed: the result of parseFile, and whether it found a problem.
type parsedFile struct {
	p     *parsed
	probs Problems
	found bool
}

// parseAll parses every source, up to one goroutine per processor (the coach's first frame
// waits on loading the library, most of it parsing). The results are in the sources' order and
// the same as parsing one after another: parseFile reads only its source and writes only its
// file's budget. Sources that share a name share a budget, so they are parsed in turn.
func parseAll(sources []Source, bs budgets) []parsedFile {
	out := make([]parsedFile, len(sources))
	named := map[string]int{}
	for _, src := range sources {
		named[src.Name]++
		bs.of(src.Name) // every budget made here: the map is not written concurrently
	}
	parse := func(i int) {
		src := sources[i]
		b := bs[src.Name]
		before := b.n
		p, ps := parseFile(src.Name, src.Data, src.Builtin, b)
		out[i] = parsedFile{p: p, probs: ps, found: b.n > before}
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(sources)) {
		wg.Go(func() {
			for i := range next {
				parse(i)
			}
		})
	}
	var shared []int
	for i, src := range sources {
		if named[src.Name] > 1 {
			shared = append(shared, i)
			continue
		}
		next <- i
	}
	close(next)
	wg.Wait()
	for _, i := range shared {
		parse(i)
	}
	return out
}

// readTranslations parses the translation files and keeps those that may be used: a built-in
// one always (its bad parts are left out), a user one only when it has no problem at all (like
// a user content file, it is left out whole).
func (l *Library) readTranslations(locales []Source, bs budgets) Problems {
	var probs Problems
	shipped := map[lang.Tag]bool{}
	for _, src := range locales {
		if code, _ := localeOf(src.Name); src.Builtin {
			if t, ok := lang.FromCode(code); ok {
				shipped[t] = true
			}
		}
	}
	for _, src := range locales {
		if src.Skip {
			continue // shipped (so its safety text stays limber's), not wanted by this run
		}
		b := bs.of(src.Name)
		code, _ := localeOf(src.Name)
		t, ok := lang.FromCode(code)
		if !ok || t == lang.English {
			msg := fmt.Sprintf("a translation file is named for its language (%s.toml …), and limber speaks %s; %s is not one of them",
				lang.German, lang.Codes(), quoted(code))
			if ok {
				msg = "English is the library's own language: change the content files themselves, not a translation"
			}
			bs.add(&probs, Problem{File: src.Name, Msg: msg, FileLeftOut: !src.Builtin})
			continue
		}
		before := b.n
		tr, ps := parseTranslation(src, t, l.safety, src.Builtin || !shipped[t], b)
		if !src.Builtin && (tr == nil || b.n > before) {
			for i := range ps {
				ps[i].FileLeftOut = true
			}
			probs = append(probs, ps...)
			continue
		}
		probs = append(probs, ps...)
		if tr != nil {
			l.translations = append(l.translations, tr)
		}
	}
	return probs
}

// resolveSteps applies each step's dose overrides to its exercise's dose and drops routines that
// name unknown exercises, end up with an invalid dose, or would run for longer than
// MaxRoutineLength or MaxRoutineParts allow.
func (l *Library) resolveSteps(where map[*Routine]origin, bs budgets) Problems {
	var probs Problems
	drop := map[string]bool{}
	for _, r := range l.Routines() {
		o := where[r]
		v := &validator{file: r.Source, loc: o.p.loc, b: bs.of(r.Source)}
		for j := range r.Steps {
			st := &r.Steps[j]
			sw := fmt.Sprintf("routine %q step %d", r.ID, j+1)
			e, ok := l.exercises[st.Exercise]
			if !ok {
				v.add(o.p.loc.step(o.idx, j, "exercise"), sw, "unknown exercise %s%s", quoted(st.Exercise), v.didYouMean(st.Exercise, l.exOrder))
				continue
			}
			c := doseChecker{v: v, where: sw, merged: true, line: func(k string) int { return o.p.loc.step(o.idx, j, k) }}
			n := v.found
			st.Dose = c.apply(&e.Dose, st.override)
			st.Sides = e.Sides
			c.check(st.Dose, st.Sides)
			if v.found == n {
				c.checkDoseSize(st.Dose, st.Sides)
			}
		}
		if v.found == 0 {
			checkRoutineLength(v, r, o.p.loc.routine(o.idx, ""))
		}
		if v.found > 0 {
			for i := range v.probs {
				v.probs[i].Msg += "; the routine is left out until this is fixed"
			}
			probs = append(probs, v.probs...)
			drop[r.ID] = true
		}
	}
	l.removeRoutines(drop)
	return probs
}

// Origin describes where an item came from, for `show`: "built-in", or the user file and what
// it overrides. Paths are shown with DisplayPath: a file name cannot drive the terminal.
func Origin(source, overrides string) string {
	switch {
	case strings.HasPrefix(source, BuiltinPrefix):
		return "built-in (" + DisplayPath(strings.TrimPrefix(source, BuiltinPrefix)) + ")"
	case overrides != "":
		return DisplayPath(source) + " (overrides the built-in " + DisplayPath(strings.TrimPrefix(overrides, BuiltinPrefix)) + ")"
	}
	return DisplayPath(source)
}

// keep reports whether an exercise or routine (what) with this id, defined at line of src, is
// the first of its id among the built-ins (or among the user's files); a second one is a
// problem naming the file of the first. A kept user definition notes the built-in it replaces.
func keep(src Source, source, overrides *string, id, what string, line int, seen, builtin map[string]string, bs budgets, probs *Problems) bool {
	*source = src.Name
	if other, dup := seen[id]; dup {
		bs.add(probs, Problem{File: src.Name, Line: line, Where: fmt.Sprintf("%s %q", what, id),
			Msg: fmt.Sprintf("id already defined in %s; this one is ignored", DisplayPath(other))})
		return false
	}
	seen[id] = src.Name
	if !src.Builtin {
		*overrides = builtin[id]
	}
	return true
}
