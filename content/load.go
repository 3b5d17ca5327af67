package content

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/limber-coach/limber/content/safefile"
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

// Bounds on a content folder, far above a real one (limber's own library is 12 files, 70 KiB).
const (
	// MaxFolderFiles is the most *.toml files read from one folder.
	MaxFolderFiles = 1000
	// MaxFolderSize is the most bytes read from one folder's files together.
	MaxFolderSize = 16 << 20
)

// FolderSources reads the *.toml files of the user's content folder, in name order. A folder
// that does not exist is no problem (the user has no content yet); anything else there — a
// regular file named like the folder, a named pipe — is reported, never read as content.
func FolderSources(dir string) ([]Source, Problems) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, Problems{{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}}
	case !info.IsDir():
		return nil, Problems{{File: dir, FileLeftOut: true,
			Msg: "is " + what(info.Mode()) + ", not a folder: limber reads your exercises and routines from the *.toml files in a folder of this name (move this file into one)"}}
	}
	return folderSources(dir)
}

// PathSources reads the given files, and the *.toml files of the given folders, in name order.
// Every file is read with safefile: regular files only, never blocking, at most MaxFileSize.
func PathSources(paths []string) ([]Source, Problems) {
	var out []Source
	var probs Problems
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			probs = append(probs, Problem{File: p, Msg: readMessage(err, contentLimits), FileLeftOut: true})
			continue
		}
		if info.IsDir() {
			srcs, ps := folderSources(p)
			out, probs = append(out, srcs...), append(probs, ps...)
			continue
		}
		if src, prob := readSource(p); prob != nil {
			probs = append(probs, *prob)
		} else {
			out = append(out, src)
		}
	}
	return out, probs
}

// folderSources reads the *.toml files of dir, in name order, within MaxFolderFiles and
// MaxFolderSize. Names are listed in chunks and only those ending in .toml kept, so a folder
// flooded with other files costs no more memory than its .toml names.
func folderSources(dir string) ([]Source, Problems) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, Problems{{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}}
	}
	defer f.Close()
	var names []string
	for {
		chunk, err := f.Readdirnames(256)
		for _, n := range chunk {
			if strings.HasSuffix(n, ".toml") {
				names = append(names, n)
			}
		}
		if len(names) > MaxFolderFiles {
			return nil, Problems{{File: dir, FileLeftOut: true,
				Msg: fmt.Sprintf("holds more than %s .toml files; none of them is loaded (a content folder needs a few dozen at most)", thousands(MaxFolderFiles))}}
		}
		if err == io.EOF || len(chunk) == 0 {
			break
		}
		if err != nil {
			return nil, Problems{{File: dir, Msg: readMessage(err, contentLimits), FileLeftOut: true}}
		}
	}
	sort.Strings(names)
	var out []Source
	var probs Problems
	total := 0
	for _, n := range names {
		file := filepath.Join(dir, n)
		if total >= MaxFolderSize {
			probs = append(probs, Problem{File: file, FileLeftOut: true,
				Msg: fmt.Sprintf("not read: the files before it in %s already add up to %s, the most limber reads from one folder", DisplayPath(dir), safefile.Size(MaxFolderSize))})
			continue
		}
		src, prob := readSource(file)
		if prob != nil {
			probs = append(probs, *prob)
			continue
		}
		total += len(src.Data)
		out = append(out, src)
	}
	return out, probs
}

// readSource reads one content file with safefile.
func readSource(file string) (Source, *Problem) {
	data, err := safefile.ReadFile(file, MaxFileSize)
	if err != nil {
		return Source{}, &Problem{File: file, Msg: readMessage(err, contentLimits), FileLeftOut: true}
	}
	return Source{Name: file, Data: data}, nil
}

// readMessage says why a file could not be read, without its path (the problem names the file,
// quoted when need be).
func readMessage(err error, lim scanLimits) string {
	var tb *safefile.TooBigError
	if errors.As(err, &tb) {
		return tooBig(tb.Size, tb.Limit, lim.what)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "cannot be read: " + err.Error()
}

// tooBig says a file is over its size limit; in bytes when it is barely over, so that the two
// figures never read the same ("1.0 MiB; at most 1 MiB").
func tooBig(size, limit int64, what string) string {
	s, l := safefile.Size(size), safefile.Size(limit)
	if size-limit < limit/100 {
		s, l = thousands(int(size))+" bytes", thousands(int(limit))+" bytes"
	}
	return fmt.Sprintf("the file is %s; %s may be at most %s (limber's own files are under 12 KiB)", s, what, l)
}

// what names the kind of file a mode is: "a regular file", "a named pipe", ….
func what(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "a regular file"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "not a folder"
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

	for _, src := range sources {
		b := bs.of(src.Name)
		before := b.n
		p, ps := parseFile(src.Name, src.Data, src.Builtin, b)
		if p == nil || (!src.Builtin && b.n > before) {
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
				bs.add(&probs, Problem{File: src.Name, Line: p.loc.exercise(p.exIndex[e], "id"), Where: fmt.Sprintf("exercise %q", e.ID),
					Msg: fmt.Sprintf("id already defined in %s; this one is ignored", DisplayPath(other))})
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
				bs.add(&probs, Problem{File: src.Name, Line: p.loc.routine(p.rtIndex[r], "id"), Where: fmt.Sprintf("routine %q", r.ID),
					Msg: fmt.Sprintf("id already defined in %s; this one is ignored", DisplayPath(other))})
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
	probs = append(probs, lib.checkGentler(exWhere, bs)...)
	probs = append(probs, lib.gentlerLoops(exWhere, bs)...)
	probs = append(probs, lib.resolveSteps(where, bs)...)
	return lib, bs.close(probs)
}

// checkGentler clears (and reports) gentler links that name no exercise.
func (l *Library) checkGentler(where map[*Exercise]origin, bs budgets) Problems {
	var probs Problems
	for _, e := range l.Exercises() {
		if e.Gentler == "" {
			continue
		}
		if _, ok := l.exercises[e.Gentler]; !ok {
			b := bs.of(e.Source)
			if b.take() {
				o := where[e]
				probs = append(probs, Problem{File: e.Source, Line: o.p.loc.exercise(o.idx, "gentler"), Where: fmt.Sprintf("exercise %q", e.ID),
					Msg: fmt.Sprintf("gentler %s names no exercise%s; the exercise loads without a gentler variant", quoted(e.Gentler), didYouMean(e.Gentler, l.exOrder))})
			}
			e.Gentler = ""
		}
	}
	return probs
}

// gentlerLoops finds gentler links that lead back where they started (a → b → a): after a
// pain stop such a chain would offer the harder move as the "gentler variant". Each loop is
// reported once, at its first exercise from a user file (the built-ins have none), and every
// gentler link in it is dropped. Each exercise is visited once: linear in the library.
func (l *Library) gentlerLoops(where map[*Exercise]origin, bs budgets) Problems {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(l.exOrder))
	var probs Problems
	for _, id := range l.exOrder {
		var path []string
		pos := map[string]int{}
		cur := id
		for cur != "" && state[cur] == unseen {
			state[cur] = onPath
			pos[cur] = len(path)
			path = append(path, cur)
			cur = l.exercises[cur].Gentler
		}
		if cur != "" && state[cur] == onPath {
			loop := path[pos[cur]:]
			first := l.exercises[loop[0]]
			for _, x := range loop {
				if e := l.exercises[x]; !strings.HasPrefix(e.Source, BuiltinPrefix) {
					first = e
					break
				}
			}
			if bs.of(first.Source).take() {
				o := where[first]
				probs = append(probs, Problem{File: first.Source, Line: o.p.loc.exercise(o.idx, "gentler"), Where: fmt.Sprintf("exercise %q", first.ID),
					Msg: fmt.Sprintf("the gentler variants go round in a loop (%s): after a pain stop the harder move would be offered as the gentler one; "+
						"the chain must end at an exercise with no gentler, so these gentler links are dropped", loopText(loop, first.ID))})
			}
			for _, x := range loop {
				l.exercises[x].Gentler = ""
			}
		}
		for _, x := range path {
			state[x] = done
		}
	}
	return probs
}

// loopText writes a gentler loop from id round to id again, "a → b → a", cut after 6 steps.
func loopText(loop []string, id string) string {
	k := slices.Index(loop, id)
	loop = append(loop[k:len(loop):len(loop)], loop[:k]...)
	var parts []string
	for i, x := range loop {
		if i == 6 {
			parts = append(parts, fmt.Sprintf("… %d more", len(loop)-6))
			break
		}
		parts = append(parts, x)
	}
	return strings.Join(append(parts, id), " → ")
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
