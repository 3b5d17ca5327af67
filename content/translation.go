package content

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
)

// A translation file holds one language's words for the library, keyed by id, and nothing else:
// a translation can change what a person reads, never a dose, a side, a tag or the order of a
// routine's steps. It lives in a folder named locale beside the content it translates
// (content/library/locale/de.toml for the built-ins, locale/de.toml in the person's content
// folder) and is named for its language:
//
//	[exercise.knee-to-chest]
//	name = "Knie zur Brust"
//	cues = ["…", "…"]           # one for one with the English cues
//	caution = "…"
//	poses = ["…", "…"]          # the figure's pose names, one for one with its poses
//
//	[routine.desk-break]
//	name = "Schreibtischpause"
//	summary = "…"
//	for = ["…"]                 # one for one with the English list
//	[routine.desk-break.notes]  # step notes, keyed by the step's exercise id
//	shoulder-rolls = "…"        # the second step of one exercise is "id#2"
//
//	[safety]                    # built-in files only; every list one for one with the English
//	red_flags = ["…"]
//
//	[terms]                     # the words of equipment and targets, for every exercise
//	"lower back" = "unterer Rücken"
//
// Anything left out shows in English; docs/i18n.md has the design.

// LocaleDir is the name of the folder translations live in, beside the content they translate.
const LocaleDir = "locale"

// translation is one language's words from one file. Fields left empty were not translated.
type translation struct {
	file    string
	builtin bool
	lang    lang.Tag
	// exercises and routines are keyed by id; terms by the English word.
	exercises map[string]*exerciseWords
	routines  map[string]*routineWords
	safety    *safetyWords
	terms     map[string]string
	// termsLine is the line of [terms]; termLines the line of each term.
	termsLine int
	termLines map[string]int
}

// exerciseWords are the translated words of one exercise. Poses are the names of its figure's
// poses, one for one with them.
type exerciseWords struct {
	Name    string
	Cues    []string
	Caution string
	Poses   []string
	line    int
}

// routineWords are the translated words of one routine; Notes are keyed by StepKeys.
type routineWords struct {
	Name      string
	Summary   string
	For       []string
	Notes     map[string]string
	line      int
	noteLines map[string]int
}

// safetyWords are the translated safety text; every list has the English list's length.
type safetyWords struct {
	Safety
	line int
}

// localeOf reports whether the file named name is a translation (it sits in a folder named
// locale) and the code its name gives ("de" for locale/de.toml).
func localeOf(name string) (code string, ok bool) {
	name = strings.ReplaceAll(name, `\`, "/")
	if path.Base(path.Dir(name)) != LocaleDir {
		return "", false
	}
	return strings.TrimSuffix(path.Base(name), ".toml"), true
}

// TranslationLanguage returns the language of the translation file named name
// (locale/de.toml is German); ok is false for a file that is no translation of a language limber
// speaks.
func TranslationLanguage(name string) (t lang.Tag, ok bool) {
	code, ok := localeOf(name)
	if !ok {
		return lang.English, false
	}
	return lang.FromCode(code)
}

// translationKeys lists the keys of each table of a translation file, for "did you mean".
func translationKeys(table string) []string {
	switch table {
	case "":
		return []string{"exercise", "routine", "safety", "terms"}
	case "exercise":
		return []string{"name", "cues", "caution", "poses"}
	case "routine":
		return []string{"name", "summary", "for", "notes"}
	case "safety":
		return validKeys("safety")
	}
	return nil
}

// translator checks one translation file as it is read.
type translator struct {
	validator
	tr      *translation
	english Safety
	// safetyOK is set when the file may translate [safety]: a built-in file, or a user file for
	// a language limber ships no translation of.
	safetyOK bool
	// subtables maps each table path that has a header, or a header inside it, to the index of
	// its first such line.
	subtables map[string]int
}

// parseTranslation reads one translation file of language t. english is the library's safety
// text, whose lists the translated ones must match item for item. The file's problems are
// counted in b. The returned translation holds every part that passed; nil when the file could
// not be decoded at all.
func parseTranslation(src Source, t lang.Tag, english Safety, safetyOK bool, b *budget) (*translation, Problems) {
	bad, kinds := prescan(src.Name, src.Data, contentLimits)
	if bad != nil {
		b.take()
		return nil, Problems{*bad}
	}
	loc := newLocator(src.Data, kinds)
	var top map[string]any
	if _, err := toml.Decode(string(src.Data), &top); err != nil {
		b.take()
		return nil, Problems{decodeProblem(src.Name, err)}
	}
	x := &translator{
		validator: validator{file: src.Name, loc: loc, b: b},
		tr: &translation{file: src.Name, builtin: src.Builtin, lang: t, exercises: map[string]*exerciseWords{},
			routines: map[string]*routineWords{}, terms: map[string]string{}, termLines: map[string]int{}},
		english:  english,
		safetyOK: safetyOK,
	}
	for _, key := range x.sorted(top, func(k string) int { return x.topLine(k) }) {
		val := top[key]
		switch key {
		case "exercise":
			x.items(key, val, func(id string, m map[string]any, line int) { x.exercise(id, m, line) })
		case "routine":
			x.items(key, val, func(id string, m map[string]any, line int) { x.routine(id, m, line) })
		case "safety":
			x.safety(val)
		case "terms":
			x.terms(val)
		default:
			x.add(x.topLine(key), "", "unknown key %s in a translation file%s; it holds [exercise.ID], [routine.ID], [safety] and [terms]",
				quoted(key), x.didYouMean(key, translationKeys("")))
		}
	}
	probs := x.probs
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Line < probs[j].Line })
	return x.tr, probs
}

// topLine is the line of a top-level table or key: its header, the first header of a table
// inside it ([exercise.plank] for exercise), or its key.
func (x *translator) topLine(key string) int {
	if l := x.loc.headerLine(key); l > 0 {
		return l
	}
	if l := x.subtableLine(key); l > 0 {
		return l
	}
	if l := x.loc.firstKey(key); l > 0 {
		return l
	}
	return x.loc.mention(key)
}

// subtableLine is the 1-based line of the first header of a table or array of tables inside
// the table named by path ("routine.desk-break" finds [[routine.desk-break.step]]), or 0.
func (x *translator) subtableLine(path string) int {
	if x.subtables == nil { // built once: a look-up per key must not scan every header
		x.subtables = map[string]int{}
		for h, i := range x.loc.headers {
			inner := strings.Trim(h, "[]")
			for end := 0; end >= 0; {
				next := strings.IndexByte(inner[end:], '.')
				prefix := inner
				if next >= 0 {
					prefix = inner[:end+next]
					end += next + 1
				} else {
					end = -1
				}
				if at, ok := x.subtables[prefix]; !ok || i < at {
					x.subtables[prefix] = i
				}
			}
		}
	}
	if i, ok := x.subtables[path]; ok {
		return i + 1
	}
	return 0
}

// tableIndex is the 0-based line index of the header [parts…] (each part bare or quoted), or -1.
func (x *translator) tableIndex(parts ...string) int {
	for _, q := range []string{"", `"`, `'`} {
		last := q + parts[len(parts)-1] + q
		h := "[" + strings.Join(append(append([]string(nil), parts[:len(parts)-1]...), last), ".") + "]"
		if i, ok := x.loc.headers[h]; ok {
			return i
		}
	}
	return -1
}

// keyLine is the line of key inside the table whose header is at index start, else the
// header's line, else the first line mentioning key.
func (x *translator) keyLine(start int, key string) int {
	if start >= 0 {
		return x.loc.field(start, key)
	}
	return x.loc.mention(key)
}

// memberLine is keyLine for a key of table path ("routine.desk-break"), which may also be a
// table of its own ([routine.desk-break.notes], [[routine.desk-break.step]]).
func (x *translator) memberLine(path string, start int, key string) int {
	if start >= 0 {
		if i, ok := x.loc.fields[sectionKey{start, key}]; ok {
			return i + 1
		}
	}
	if l := x.subtableLine(path + "." + key); l > 0 {
		return l
	}
	return x.keyLine(start, key)
}

// sorted returns m's keys in the order of their lines in the file, so problems come in reading
// order.
func (x *translator) sorted(m map[string]any, line func(string) int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortByLine(keys, line)
	return keys
}

// items reads [exercise.ID] or [routine.ID] tables: val must be a table of tables.
func (x *translator) items(kind string, val any, each func(id string, m map[string]any, line int)) {
	tables, ok := val.(map[string]any)
	if !ok {
		x.add(x.topLine(kind), "", "%s: expected a table of %ss keyed by id, e.g. [%s.%s], found %s",
			kind, kind, kind, map[string]string{"exercise": "plank", "routine": "desk-break"}[kind], found(fmt.Sprintf("%T", val)))
		return
	}
	line := func(id string) int {
		if i := x.tableIndex(kind, id); i >= 0 {
			return i + 1
		}
		return x.loc.mention(id)
	}
	for _, id := range x.sorted(tables, line) {
		m, ok := tables[id].(map[string]any)
		where := kind + " " + quoted(id)
		if !ok {
			x.add(line(id), where, "expected a table of its words, e.g. [%s.%s] with name = \"…\", found %s", kind, cut(id, 40), found(fmt.Sprintf("%T", tables[id])))
			continue
		}
		each(id, m, line(id))
	}
}

// notTranslatable is the reason a key of an exercise or routine cannot be in a translation,
// or "" for a key that is no field at all.
func notTranslatable(kind, key string) string {
	switch {
	case kind == "exercise" && (key == "equipment" || key == "targets"):
		return fmt.Sprintf("%s is translated once for every exercise, in [terms]: \"chair\" = \"…\"", key)
	case kind == "exercise" && key == "figure":
		return "a translation cannot change a figure; translate the names of its poses with poses = [\"…\", \"…\"], one for one"
	case kind == "routine" && key == "step":
		return "a translation cannot change a routine's steps; translate step notes in [routine.ID.notes], keyed by the step's exercise id"
	case hasString(validKeys(kind), key):
		return fmt.Sprintf("%s cannot be set in a translation: it changes only the words (%s); doses, sides, tags and steps come from the %s itself",
			key, strings.Join(translationKeys(kind), ", "), kind)
	}
	return ""
}

// fields walks the keys of one exercise or routine table, calling set for each translatable one.
func (x *translator) fields(kind, id, where string, m map[string]any, start int, set func(key string, v any, line int)) {
	path := kind + "." + id
	line := func(k string) int { return x.memberLine(path, start, k) }
	for _, key := range x.sorted(m, line) {
		line := line(key)
		if hasString(translationKeys(kind), key) {
			set(key, m[key], line)
			continue
		}
		if why := notTranslatable(kind, key); why != "" {
			x.add(line, where, "%s", why)
			continue
		}
		x.add(line, where, "unknown key %s%s; a translation of %s sets %s", quoted(key),
			x.didYouMean(key, translationKeys(kind)), map[string]string{"exercise": "an exercise", "routine": "a routine"}[kind],
			strings.Join(translationKeys(kind), ", "))
	}
}

func (x *translator) exercise(id string, m map[string]any, line int) {
	where := "exercise " + quoted(id)
	start := x.tableIndex("exercise", id)
	w := &exerciseWords{line: line}
	n := x.found
	x.fields("exercise", id, where, m, start, func(key string, v any, line int) {
		switch key {
		case "name":
			w.Name = x.words(v, MaxName, line, where, key)
		case "caution":
			w.Caution = x.words(v, 300, line, where, key)
		case "cues":
			w.Cues = x.lines(v, MaxCue, line, where, key)
			if len(w.Cues) > 8 {
				x.add(line, where, "%d cues is too many to read mid-exercise; keep it to 8", len(w.Cues))
				w.Cues = nil
			}
		case "poses":
			w.Poses = x.lines(v, figure.MaxName, line, where, key)
			if len(w.Poses) > figure.MaxPoses {
				x.add(line, where, "%d pose names is more than a figure has poses (%d at most)", len(w.Poses), figure.MaxPoses)
				w.Poses = nil
			}
		}
	})
	if x.found == n || x.tr.builtin {
		x.tr.exercises[id] = w
	}
}

func (x *translator) routine(id string, m map[string]any, line int) {
	where := "routine " + quoted(id)
	start := x.tableIndex("routine", id)
	w := &routineWords{line: line}
	n := x.found
	x.fields("routine", id, where, m, start, func(key string, v any, line int) {
		switch key {
		case "name":
			w.Name = x.words(v, MaxName, line, where, key)
		case "summary":
			w.Summary = x.words(v, 500, line, where, key)
		case "for":
			w.For = x.lines(v, 60, line, where, key)
		case "notes":
			w.Notes, w.noteLines = x.notes(id, v, line)
		}
	})
	if x.found == n || x.tr.builtin {
		x.tr.routines[id] = w
	}
}

// notes reads a routine's step notes: a table of step keys (exercise ids, "id#2" for the second
// step of one exercise) to text.
func (x *translator) notes(routine string, v any, line int) (map[string]string, map[string]int) {
	where := "routine " + quoted(routine) + " notes"
	m, ok := v.(map[string]any)
	if !ok {
		x.add(line, where, "expected a table of step notes keyed by exercise id, e.g. [routine.%s.notes] with plank = \"…\", found %s",
			cut(routine, 40), found(fmt.Sprintf("%T", v)))
		return nil, nil
	}
	start := x.tableIndex("routine", routine, "notes")
	notes, lines := map[string]string{}, map[string]int{}
	for _, key := range x.sorted(m, func(k string) int { return x.keyLine(start, k) }) {
		l := x.keyLine(start, key)
		if !stepKeyRE.MatchString(key) {
			x.add(l, where, "%s is not a step key: name the step's exercise id (\"plank\"), or \"plank#2\" for its second step in the routine", quoted(key))
			continue
		}
		if s := x.words(m[key], MaxCue, l, where, key); s != "" {
			notes[key], lines[key] = s, l
		}
	}
	return notes, lines
}

func (x *translator) safety(v any) {
	line := x.topLine("safety")
	m, ok := v.(map[string]any)
	switch {
	case !ok:
		x.add(line, "[safety]", "expected a table, found %s", found(fmt.Sprintf("%T", v)))
		return
	case !x.safetyOK:
		x.add(line, "[safety]", "limber ships a checked %s translation of the safety text; a file of yours cannot change it", x.tr.lang.Name())
		return
	}
	start := x.tableIndex("safety")
	s := &safetyWords{line: line}
	type list struct {
		dst     *[]string
		english []string
	}
	lists := map[string]list{
		"red_flags":      {&s.RedFlags, x.english.RedFlags},
		"pregnancy_stop": {&s.PregnancyStop, x.english.PregnancyStop},
		"self_care":      {&s.SelfCare, x.english.SelfCare},
	}
	texts := map[string]*string{"disclaimer": &s.Disclaimer, "emergency": &s.Emergency, "pain_rule": &s.PainRule,
		"after_pain": &s.AfterPain, "pregnancy": &s.Pregnancy}
	for _, key := range x.sorted(m, func(k string) int { return x.keyLine(start, k) }) {
		l := x.keyLine(start, key)
		if p, ok := texts[key]; ok {
			max := 300
			if key == "disclaimer" {
				max = 500
			}
			*p = x.words(m[key], max, l, "[safety]", key)
			continue
		}
		if ls, ok := lists[key]; ok {
			items := x.lines(m[key], 200, l, "[safety]", key)
			switch {
			case items == nil:
			case len(items) != len(ls.english):
				x.add(l, "[safety]", "%s has %d items; the English has %d. Translate them one for one — a sign to stop must never be dropped (the English list is shown until they match)",
					key, len(items), len(ls.english))
			default:
				*ls.dst = items
			}
			continue
		}
		x.add(l, "[safety]", "unknown key %s in [safety]%s", quoted(key), x.didYouMean(key, translationKeys("safety")))
	}
	x.tr.safety = s
}

func (x *translator) terms(v any) {
	line := x.topLine("terms")
	x.tr.termsLine = line
	m, ok := v.(map[string]any)
	if !ok {
		x.add(line, "[terms]", "expected a table of words, e.g. \"chair\" = \"…\", found %s", found(fmt.Sprintf("%T", v)))
		return
	}
	start := x.tableIndex("terms")
	for _, key := range x.sorted(m, func(k string) int { return x.keyLine(start, k) }) {
		l := x.keyLine(start, key)
		if s := x.words(m[key], 40, l, "[terms]", key); s != "" {
			x.tr.terms[key], x.tr.termLines[key] = s, l
		}
	}
}

// words is one translated text: a quoted string, sanitized, not empty, at most max characters.
// It returns "" (the English is shown) for anything else, said as a problem.
func (x *translator) words(v any, max int, line int, where, key string) string {
	s, ok := v.(string)
	if !ok {
		x.add(line, where, "%s: expected a quoted string, found %s", quotedKey(key), found(fmt.Sprintf("%T", v)))
		return ""
	}
	s = sanitize(s)
	switch n := len([]rune(s)); {
	case n == 0:
		x.add(line, where, "%s is empty; leave the key out to show the English", quotedKey(key))
		return ""
	case n > max:
		x.add(line, where, "%s is %d characters; keep it to %d", quotedKey(key), n, max)
		return ""
	}
	return s
}

// lines is a translated list: an array of quoted strings, each sanitized, not empty, at most
// max characters. It returns nil (the English is shown) for anything else, said as a problem.
func (x *translator) lines(v any, max int, line int, where, key string) []string {
	items, ok := v.([]any)
	if !ok {
		x.add(line, where, "%s: expected an array of quoted strings, found %s", key, found(fmt.Sprintf("%T", v)))
		return nil
	}
	if len(items) == 0 {
		x.add(line, where, "%s is empty; leave the key out to show the English", key)
		return nil
	}
	out := make([]string, 0, len(items))
	n := x.found
	for i, item := range items {
		s, ok := item.(string)
		if !ok {
			x.add(line, where, "%s item %d: expected a quoted string, found %s", key, i+1, found(fmt.Sprintf("%T", item)))
			continue
		}
		s = sanitize(s)
		switch c := len([]rune(s)); {
		case c == 0:
			x.add(line, where, "%s item %d is empty", key, i+1)
		case c > max:
			x.add(line, where, "%s item %d is %d characters; keep it to %d", key, i+1, c, max)
		default:
			out = append(out, s)
		}
	}
	if x.found > n {
		return nil
	}
	return out
}

// quotedKey is a key for a message: as it is when it is a plain key, else quoted.
func quotedKey(k string) string {
	if isKeyLike(k) {
		return k
	}
	return quoted(k)
}

func isKeyLike(k string) bool {
	if k == "" || len(k) > 40 {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isKeyChar(k[i]) && k[i] != '#' {
			return false
		}
	}
	return true
}
