package content

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
)

// TranslationGaps lists what the library lacks in language t, and what t's translations hold
// that the library does not have. They are warnings, not errors: a gap shows in English, an
// orphan is not used.
//
//   - Untranslated: one problem per exercise, routine, [safety] or [terms] that misses any text
//     the English has, naming every missing field ("not translated: caution, poses", "note of step 3
//     (seated-twist)"), or "not translated" when nothing of it is.
//   - A list that does not match the English item for item (cues, pose names, `for`): the
//     English shows.
//   - Orphans: a translation of an id the library does not have, of a field or step note the
//     English leaves empty, or of a term no exercise uses.
//
// A built-in item's gap names the built-in translation file (content/library/locale/de.toml);
// the gap of an item of the person's names the file its translation belongs in: locale/de.toml
// in the folder of the item's own file. The problems come file by file, items in library order.
// English has no gaps.
func (l *Library) TranslationGaps(t lang.Tag) Problems {
	var out Problems
	for _, g := range l.English().gaps(t) {
		out = append(out, g.Problem)
	}
	return out
}

// UserTranslationGaps is TranslationGaps for the files a person can change, for limber
// validate: every language the person has a translation file for, and active (the language in
// use) when it is not English; the gaps of built-in items are left out (a test keeps the shipped
// translations complete).
func (l *Library) UserTranslationGaps(active lang.Tag) Problems {
	b := l.English()
	langs := map[lang.Tag]bool{}
	if active != lang.English {
		langs[active] = true
	}
	for _, tr := range b.translations {
		if !tr.builtin {
			langs[tr.lang] = true
		}
	}
	var out Problems
	for _, t := range lang.Supported() {
		if !langs[t] {
			continue
		}
		for _, g := range b.gaps(t) {
			if !g.builtin {
				out = append(out, g.Problem)
			}
		}
	}
	return out
}

// gap is one problem of TranslationGaps, and whether it is the built-in translation's.
type gap struct {
	Problem
	builtin bool
}

// gapFinder collects one language's gaps.
type gapFinder struct {
	l    *Library
	t    lang.Tag
	trs  []*translation
	gaps []gap
	// found counts the gaps of each file: past MaxProblemsPerFile they are only counted.
	found map[string]int
}

func (l *Library) gaps(t lang.Tag) []gap {
	if t == lang.English {
		return nil
	}
	f := &gapFinder{l: l, t: t, trs: l.translationsOf(t), found: map[string]int{}}
	f.exercises()
	f.routines()
	f.safety()
	f.terms()
	f.orphans()
	// File by file, in the order files first appear; items keep their order within a file.
	first := map[string]int{}
	for i, g := range f.gaps {
		if _, ok := first[g.File]; !ok {
			first[g.File] = i
		}
	}
	slices.SortStableFunc(f.gaps, func(a, b gap) int { return first[a.File] - first[b.File] })
	// After each file's last listed gap, one line counts those not listed.
	out := make([]gap, 0, len(f.gaps)+len(first))
	for i, g := range f.gaps {
		out = append(out, g)
		if i+1 < len(f.gaps) && f.gaps[i+1].File == g.File {
			continue
		}
		if more := f.found[g.File] - MaxProblemsPerFile; more > 0 {
			out = append(out, gap{Problem{File: g.File, Omitted: more,
				Msg: fmt.Sprintf("… and %s more %s in this file", thousands(more), plural(more, "gap", "gaps"))}, g.builtin})
		}
	}
	return out
}

// full reports whether file's gaps are only counted from now on (a suggestion costs a
// comparison with every id: it is only looked for while gaps are listed).
func (f *gapFinder) full(file string) bool { return f.found[file] >= MaxProblemsPerFile }

// fileFor is the translation file that translates an item defined in source: the built-in
// translation of language t for a built-in item, else locale/<t>.toml beside source.
func (f *gapFinder) fileFor(source string) (file string, builtin bool) {
	if f.l.builtinFiles[source] {
		for _, tr := range f.trs {
			if tr.builtin {
				return tr.file, true
			}
		}
		return BuiltinPrefix + LocaleDir + "/" + f.t.String() + ".toml", true
	}
	return filepath.Join(filepath.Dir(source), LocaleDir, f.t.String()+".toml"), false
}

// in returns the translation of f's language read from file, or nil.
func (f *gapFinder) in(file string) *translation {
	for _, tr := range f.trs {
		if tr.file == file {
			return tr
		}
	}
	return nil
}

func (f *gapFinder) add(file string, builtin bool, line int, where, format string, args ...any) {
	if f.found[file]++; f.found[file] > MaxProblemsPerFile {
		return
	}
	f.gaps = append(f.gaps, gap{Problem{File: file, Line: line, Where: where, Msg: fmt.Sprintf(format, args...)}, builtin})
}

// near is didYouMean for an orphan of file, or "" once its gaps are only counted.
func (f *gapFinder) near(file, s string, candidates []string) string {
	if f.full(file) {
		return ""
	}
	return didYouMean(s, candidates)
}

// missing adds the problem for an item of which fields are missing; all says nothing of it is.
func (f *gapFinder) missing(file string, builtin bool, line int, where string, fields []string, all bool) {
	switch {
	case len(fields) == 0:
	case all:
		f.add(file, builtin, line, where, "not translated; the English is shown")
	default:
		f.add(file, builtin, line, where, "not translated: %s; the English is shown", strings.Join(fields, ", "))
	}
}

// mismatch adds the problem for a translated list whose length differs from the English one.
func (f *gapFinder) mismatch(file string, builtin bool, line int, where, key string, got, want int) {
	f.add(file, builtin, line, where, "%s has %d %s, the English %d; translate them one for one (the English %s shown until they match)",
		key, got, plural(got, "item", "items"), want, map[bool]string{true: "is", false: "are"}[key == "for"])
}

func (f *gapFinder) exercises() {
	for _, e := range f.l.Exercises() {
		file, builtin := f.fileFor(e.Source)
		line := 0
		if tr := f.in(file); tr != nil && tr.exercises[e.ID] != nil {
			line = tr.exercises[e.ID].line
		}
		w, _ := f.l.exerciseWords(f.trs, e)
		where := fmt.Sprintf("exercise %q", e.ID)
		var miss []string
		total := 2
		if w.Name == "" {
			miss = append(miss, "name")
		}
		if w.Cues == nil {
			miss = append(miss, "cues")
		}
		if e.Caution != "" {
			total++
			if w.Caution == "" {
				miss = append(miss, "caution")
			}
		}
		if named := namedPoseCount(e.Figure); named > 0 {
			total++
			if w.Poses == nil {
				miss = append(miss, "poses")
			}
		}
		f.missing(file, builtin, line, where, miss, len(miss) == total)
		if w.Cues != nil && len(w.Cues) != len(e.Cues) {
			f.mismatch(file, builtin, line, where, "cues", len(w.Cues), len(e.Cues))
		}
		if w.Poses != nil && namedPoseCount(e.Figure) > 0 && len(w.Poses) != len(e.Figure.Poses) {
			f.mismatch(file, builtin, line, where, "poses", len(w.Poses), len(e.Figure.Poses))
		}
	}
}

func (f *gapFinder) routines() {
	for _, r := range f.l.Routines() {
		file, builtin := f.fileFor(r.Source)
		line := 0
		if tr := f.in(file); tr != nil && tr.routines[r.ID] != nil {
			line = tr.routines[r.ID].line
		}
		w, _ := f.l.routineWords(f.trs, r)
		where := fmt.Sprintf("routine %q", r.ID)
		var miss []string
		total := 1
		if w.Name == "" {
			miss = append(miss, "name")
		}
		if r.Summary != "" {
			total++
			if w.Summary == "" {
				miss = append(miss, "summary")
			}
		}
		if len(r.For) > 0 {
			total++
			if w.For == nil {
				miss = append(miss, "for")
			}
		}
		for j, key := range StepKeys(r) {
			if r.Steps[j].Note == "" {
				continue
			}
			total++
			if w.Notes[key] == "" {
				miss = append(miss, fmt.Sprintf("note of step %d (%s)", j+1, key))
			}
		}
		f.missing(file, builtin, line, where, miss, len(miss) == total && total > 1)
		if w.For != nil && len(w.For) != len(r.For) && len(r.For) > 0 {
			f.mismatch(file, builtin, line, where, "for", len(w.For), len(r.For))
		}
	}
}

// safety adds the gaps of the safety text. It belongs to the built-in translation, or to the
// person's translation of a language limber ships none of.
func (f *gapFinder) safety() {
	english := f.l.safety
	file, builtin := BuiltinPrefix+LocaleDir+"/"+f.t.String()+".toml", true
	for _, tr := range f.trs {
		if tr.builtin {
			file, builtin = tr.file, true
			break
		}
		if tr.safety != nil {
			file, builtin = tr.file, false
		}
	}
	line := 0
	if tr := f.in(file); tr != nil && tr.safety != nil {
		line = tr.safety.line
	}
	w, _ := mergedSafety(f.trs)
	var miss []string
	total := 0
	for _, x := range safetyFields(&english, &w) {
		if *x.to != "" {
			total++
			if *x.from == "" {
				miss = append(miss, x.key)
			}
		}
	}
	for _, x := range safetyLists(&english, &w) {
		if len(*x.to) > 0 {
			total++
			if *x.from == nil {
				miss = append(miss, x.key)
			}
		}
	}
	f.missing(file, builtin, line, "[safety]", miss, len(miss) == total && total > 1)
}

// usedTerms returns every equipment and target word of the library's exercises, in order of
// first use, and the source of the first exercise using each, a built-in one first.
func (l *Library) usedTerms() (terms []string, source map[string]string) {
	source = map[string]string{}
	for _, e := range l.Exercises() {
		for _, w := range append(slices.Clone(e.Equipment), e.Targets...) {
			if s, ok := source[w]; !ok {
				terms = append(terms, w)
				source[w] = e.Source
			} else if !l.builtinFiles[s] && l.builtinFiles[e.Source] {
				source[w] = e.Source
			}
		}
	}
	return terms, source
}

func (f *gapFinder) terms() {
	words := termsOf(f.trs)
	terms, source := f.l.usedTerms()
	type missing struct {
		builtin bool
		words   []string
	}
	byFile := map[string]*missing{}
	var files []string
	for _, w := range terms {
		if _, ok := words[w]; ok {
			continue
		}
		file, builtin := f.fileFor(source[w])
		m := byFile[file]
		if m == nil {
			m = &missing{builtin: builtin}
			byFile[file] = m
			files = append(files, file)
		}
		m.words = append(m.words, quoted(w))
	}
	for _, file := range files {
		m := byFile[file]
		line := 0
		if tr := f.in(file); tr != nil {
			line = tr.termsLine
		}
		f.add(file, m.builtin, line, "[terms]", "not translated: %s; the English is shown", strings.Join(m.words, ", "))
	}
}

// orphans adds what each translation holds that the library does not have.
func (f *gapFinder) orphans() {
	l := f.l
	used, _ := l.usedTerms()
	for _, tr := range f.trs {
		orphan := func(line int, where, format string, args ...any) {
			f.add(tr.file, tr.builtin, line, where, format, args...)
		}
		for _, id := range byLine(tr.exercises, func(id string) int { return tr.exercises[id].line }) {
			w := tr.exercises[id]
			where := "exercise " + quoted(id)
			e, ok := l.exercises[id]
			switch {
			case !ok:
				orphan(w.line, where, "no exercise has this id%s; this translation is not used", f.near(tr.file, id, l.exOrder))
			case !l.applies(tr, e.Source):
			case w.Caution != "" && e.Caution == "":
				orphan(w.line, where, "caution: the English has none; this one is not shown")
			}
			if ok && l.applies(tr, e.Source) && w.Poses != nil {
				switch {
				case namedPoseCount(e.Figure) == 0:
					orphan(w.line, where, "poses: the English figure has no pose names; these are not shown")
				case len(w.Poses) == len(e.Figure.Poses):
					for i, p := range e.Figure.Poses {
						if p.Name == "" {
							orphan(w.line, where, "poses: pose %d has no name in English; this one is not shown", i+1)
						}
					}
				}
			}
		}
		for _, id := range byLine(tr.routines, func(id string) int { return tr.routines[id].line }) {
			w := tr.routines[id]
			where := "routine " + quoted(id)
			r, ok := l.routines[id]
			switch {
			case !ok:
				orphan(w.line, where, "no routine has this id%s; this translation is not used", f.near(tr.file, id, l.rtOrder))
				continue
			case !l.applies(tr, r.Source):
				continue
			case w.Summary != "" && r.Summary == "":
				orphan(w.line, where, "summary: the English has none; this one is not shown")
			case w.For != nil && len(r.For) == 0:
				orphan(w.line, where, "for: the English has none; this one is not shown")
			}
			keys := StepKeys(r)
			for _, key := range byLine(w.Notes, func(k string) int { return w.noteLines[k] }) {
				line := w.noteLines[key]
				j := slices.Index(keys, key)
				switch {
				case j < 0:
					orphan(line, where, "note %s: no step of this routine is that exercise%s; this note is not used", quoted(key), f.near(tr.file, key, keys))
				case r.Steps[j].Note == "":
					orphan(line, where, "note %s: step %d has no note in English; this one is not shown", quoted(key), j+1)
				}
			}
		}
		if tr.safety != nil {
			for _, x := range safetyFields(&l.safety, &tr.safety.Safety) {
				if *x.from != "" && *x.to == "" {
					orphan(tr.safety.line, "[safety]", "%s: the English has none; this one is not shown", x.key)
				}
			}
		}
		for _, w := range byLine(tr.terms, func(k string) int { return tr.termLines[k] }) {
			if !slices.Contains(used, w) {
				orphan(tr.termLines[w], "[terms]", "no exercise names %s as equipment or a target%s; this word is not used", quoted(w), f.near(tr.file, w, used))
			}
		}
	}
}

// namedPoseCount is how many poses of f have a name (0 for no figure).
func namedPoseCount(f *figure.Figure) int {
	if f == nil {
		return 0
	}
	n := 0
	for _, p := range f.Poses {
		if p.Name != "" {
			n++
		}
	}
	return n
}

// byLine returns m's keys ordered by the line lineOf gives each, then by name.
func byLine[V any](m map[string]V, lineOf func(string) int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := lineOf(a) - lineOf(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return keys
}
