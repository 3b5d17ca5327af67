package content

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
)

// Localize returns the library in language t: every text a person reads — exercise names, cues,
// cautions and the names of their figures' poses, routine names, summaries, `for` lists and
// step notes, the words for equipment and targets, the safety text — in t where a translation
// gives it, and in English, string by string, where none does (never a blank, never a key).
// Ids, doses, sides, tags, figures' angles and the steps of every routine are the English
// library's: a translation holds words only.
//
// A list is used only when it matches the English one item for item (cues, pose names, `for`,
// the safety lists); otherwise the English list is shown. Built-in translations apply to
// built-in items only: an exercise or routine of the person's that replaces a built-in one
// shows in English until the person's own translation (locale/<lang>.toml beside it) covers it.
//
// Localize does no I/O and changes nothing: the translations were read and checked when the
// library was built, and the result shares its read-only data with l. English gives the English
// library; so does a language nothing translates, apart from its Lang.
func (l *Library) Localize(t lang.Tag) *Library {
	b := l.English()
	if t == lang.English {
		return b
	}
	out := &Library{
		exercises:    make(map[string]*Exercise, len(b.exercises)),
		routines:     make(map[string]*Routine, len(b.routines)),
		exOrder:      b.exOrder,
		rtOrder:      b.rtOrder,
		lang:         t,
		english:      b,
		translations: b.translations,
		builtinFiles: b.builtinFiles,
	}
	trs := b.translationsOf(t)
	out.terms = termsOf(trs)
	for id, e := range b.exercises {
		c := *e
		w, _ := b.exerciseWords(trs, e)
		if w.Name != "" {
			c.Name = w.Name
		}
		if len(w.Cues) == len(e.Cues) {
			c.Cues = w.Cues
		}
		if w.Caution != "" && e.Caution != "" {
			c.Caution = w.Caution
		}
		c.Figure = namedPoses(e.Figure, w.Poses)
		c.Equipment = out.termList(e.Equipment)
		c.Targets = out.termList(e.Targets)
		out.exercises[id] = &c
	}
	for id, r := range b.routines {
		c := *r
		w, _ := b.routineWords(trs, r)
		if w.Name != "" {
			c.Name = w.Name
		}
		if w.Summary != "" && r.Summary != "" {
			c.Summary = w.Summary
		}
		if len(w.For) == len(r.For) && len(r.For) > 0 {
			c.For = w.For
		}
		c.Steps = slices.Clone(r.Steps)
		for j, key := range StepKeys(r) {
			if n := w.Notes[key]; n != "" && r.Steps[j].Note != "" {
				c.Steps[j].Note = n
			}
		}
		out.routines[id] = &c
	}
	out.safety = localSafety(b.safety, trs)
	return out
}

// namedPoses returns f with its poses named by names, one for one, where the English pose has a
// name; f itself when names does not match its poses (the English names are shown).
func namedPoses(f *figure.Figure, names []string) *figure.Figure {
	if f == nil || len(names) != len(f.Poses) {
		return f
	}
	c := *f
	c.Poses = slices.Clone(f.Poses)
	for i := range c.Poses {
		if c.Poses[i].Name != "" {
			c.Poses[i].Name = names[i]
		}
	}
	return &c
}

// English returns the library in English: l itself, or the library l was localized from.
func (l *Library) English() *Library {
	if l.english != nil {
		return l.english
	}
	return l
}

// Lang returns the language of the library's text (English unless Localize made it).
func (l *Library) Lang() lang.Tag { return l.lang }

// Languages returns the languages some loaded translation file is for, in lang.Supported order
// (English not among them).
func (l *Library) Languages() []lang.Tag {
	var out []lang.Tag
	for _, t := range lang.Supported() {
		if len(l.English().translationsOf(t)) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// Term returns the word for an equipment or target term in the library's language ("chair" in
// German is "Stuhl"), or the term itself when it is untranslated.
func (l *Library) Term(english string) string {
	if s, ok := l.terms[english]; ok {
		return s
	}
	return english
}

func (l *Library) termList(list []string) []string {
	if len(list) == 0 || len(l.terms) == 0 {
		return list
	}
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = l.Term(s)
	}
	return out
}

// stepKeyRE is a step key of a translation's notes: the step's exercise id, and "#n" for its
// n-th step in the routine when it has more than one.
var stepKeyRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(#[1-9][0-9]*)?$`)

// StepKeys returns the key of each step of r in a translation's notes: the step's exercise id
// for its first step in the routine, "id#2" for its second, and so on. Keyed by exercise rather
// than by position, a translated note stays with its exercise when steps are added or reordered.
func StepKeys(r *Routine) []string {
	seen := map[string]int{}
	out := make([]string, len(r.Steps))
	for j, st := range r.Steps {
		seen[st.Exercise]++
		out[j] = st.Exercise
		if n := seen[st.Exercise]; n > 1 {
			out[j] = fmt.Sprintf("%s#%d", st.Exercise, n)
		}
	}
	return out
}

// translationsOf returns the translations of language t, in load order.
func (l *Library) translationsOf(t lang.Tag) []*translation {
	var out []*translation
	for _, tr := range l.translations {
		if tr.lang == t {
			out = append(out, tr)
		}
	}
	return out
}

// applies reports whether translation tr may translate an item defined in source: the person's
// translations translate anything, built-in ones only built-in items (a person's replacement of
// a built-in exercise has other words than the ones the built-in translation translated).
func (l *Library) applies(tr *translation, source string) bool {
	return !tr.builtin || l.builtinFiles[source]
}

// exerciseWords merges the words of e from the translations trs that apply to it, later files
// over earlier ones, field by field. last is the last translation with an entry for e (nil for
// none).
func (l *Library) exerciseWords(trs []*translation, e *Exercise) (w exerciseWords, last *translation) {
	for _, tr := range trs {
		x := tr.exercises[e.ID]
		if x == nil || !l.applies(tr, e.Source) {
			continue
		}
		last = tr
		if x.Name != "" {
			w.Name = x.Name
		}
		if x.Cues != nil {
			w.Cues = x.Cues
		}
		if x.Caution != "" {
			w.Caution = x.Caution
		}
		if x.Poses != nil {
			w.Poses = x.Poses
		}
	}
	return w, last
}

// routineWords is exerciseWords for a routine; notes merge key by key.
func (l *Library) routineWords(trs []*translation, r *Routine) (w routineWords, last *translation) {
	for _, tr := range trs {
		x := tr.routines[r.ID]
		if x == nil || !l.applies(tr, r.Source) {
			continue
		}
		last = tr
		if x.Name != "" {
			w.Name = x.Name
		}
		if x.Summary != "" {
			w.Summary = x.Summary
		}
		if x.For != nil {
			w.For = x.For
		}
		for k, n := range x.Notes {
			if w.Notes == nil {
				w.Notes = map[string]string{}
			}
			w.Notes[k] = n
		}
	}
	return w, last
}

// termsOf merges the [terms] of trs, later files over earlier ones.
func termsOf(trs []*translation) map[string]string {
	out := map[string]string{}
	for _, tr := range trs {
		for k, v := range tr.terms {
			out[k] = v
		}
	}
	return out
}

// mergedSafety merges the translated safety text of trs, field by field, later files over
// earlier ones; last is the last translation with a [safety] table.
func mergedSafety(trs []*translation) (s Safety, last *translation) {
	for _, tr := range trs {
		x := tr.safety
		if x == nil {
			continue
		}
		last = tr
		for _, f := range safetyFields(&s, &x.Safety) {
			if *f.from != "" {
				*f.to = *f.from
			}
		}
		for _, f := range safetyLists(&s, &x.Safety) {
			if *f.from != nil {
				*f.to = *f.from
			}
		}
	}
	return s, last
}

// localSafety is the English safety text with each translated field in its place; a list only
// when it matches the English item for item.
func localSafety(english Safety, trs []*translation) Safety {
	w, _ := mergedSafety(trs)
	out := english
	for _, f := range safetyFields(&out, &w) {
		if *f.from != "" && *f.to != "" {
			*f.to = *f.from
		}
	}
	for _, f := range safetyLists(&out, &w) {
		if len(*f.from) == len(*f.to) && len(*f.to) > 0 {
			*f.to = *f.from
		}
	}
	return out
}

type safetyText struct {
	key      string
	to, from *string
}

type safetyList struct {
	key      string
	to, from *[]string
}

// safetyFields pairs the text fields of two Safety values, by their key in [safety].
func safetyFields(to, from *Safety) []safetyText {
	return []safetyText{
		{"disclaimer", &to.Disclaimer, &from.Disclaimer},
		{"emergency", &to.Emergency, &from.Emergency},
		{"pain_rule", &to.PainRule, &from.PainRule},
		{"after_pain", &to.AfterPain, &from.AfterPain},
		{"pregnancy", &to.Pregnancy, &from.Pregnancy},
	}
}

// safetyLists pairs the lists of two Safety values, by their key in [safety].
func safetyLists(to, from *Safety) []safetyList {
	return []safetyList{
		{"red_flags", &to.RedFlags, &from.RedFlags},
		{"pregnancy_stop", &to.PregnancyStop, &from.PregnancyStop},
		{"self_care", &to.SelfCare, &from.SelfCare},
	}
}
