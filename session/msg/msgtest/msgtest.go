// Package msgtest builds what the tests of the interface's languages need: a library whose
// every text a person reads is pseudo-localized (each word between msg.Open and msg.Close), to
// go with msg.Pseudo, so a screen drawn with both shows no letter outside markers unless some
// string bypassed the catalogue and the library. For tests only.
package msgtest

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// Words marks the words of s in groups of as few words as keep it within limit characters (the
// translation's limit for that text): "Knee hug" → "⟦Knee⟧ ⟦hug⟧", or "⟦Knee hug⟧". Small groups
// keep the markers whole when a screen wraps a line between words or cuts one short.
func Words(s string, limit int) string {
	f := strings.FieldsFunc(s, unicode.IsSpace)
	for k := 1; ; k++ {
		var groups []string
		for i := 0; i < len(f); i += k {
			g := strings.Join(f[i:min(i+k, len(f))], " ")
			if strings.ContainsFunc(g, unicode.IsLetter) {
				g = msg.Open + g + msg.Close
			}
			groups = append(groups, g)
		}
		out := strings.Join(groups, " ")
		if len([]rune(out)) <= limit || k >= len(f) {
			return out
		}
	}
}

func words(list []string, limit int) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = Words(s, limit)
	}
	return out
}

// Tag is the language the pseudo library is built as (a translation needs a language limber
// speaks; German stands in for the pseudo-locale).
const Tag = lang.German

// PseudoLibrary builds sources (English library files, with no translations among them: a
// source in a locale folder is left out) with a translation of every text into pseudo words,
// and returns it localized. ok is false, with the problems, when the library or the generated
// translation did not load cleanly.
func PseudoLibrary(sources []content.Source) (*content.Library, content.Problems) {
	var english []content.Source
	for _, s := range sources {
		if !strings.Contains(strings.ReplaceAll(s.Name, `\`, "/"), "/"+content.LocaleDir+"/") &&
			!strings.HasPrefix(s.Name, content.LocaleDir+"/") {
			english = append(english, s)
		}
	}
	en, probs := content.Build(english)
	if len(probs) > 0 {
		return nil, probs
	}
	tr := map[string]any{}
	exercises := map[string]any{}
	terms := map[string]string{}
	for _, e := range en.Exercises() {
		x := map[string]any{"name": Words(e.Name, content.MaxName)}
		if len(e.Cues) > 0 {
			x["cues"] = words(e.Cues, content.MaxCue)
		}
		if e.Caution != "" {
			x["caution"] = Words(e.Caution, 300)
		}
		if names := poseNames(e); names != nil {
			x["poses"] = words(names, figure.MaxName)
		}
		exercises[e.ID] = x
		for _, t := range append(append([]string(nil), e.Equipment...), e.Targets...) {
			terms[t] = Words(t, 40)
		}
	}
	routines := map[string]any{}
	for _, r := range en.Routines() {
		x := map[string]any{"name": Words(r.Name, content.MaxName)}
		if r.Summary != "" {
			x["summary"] = Words(r.Summary, 500)
		}
		if len(r.For) > 0 {
			x["for"] = words(r.For, 60)
		}
		notes := map[string]string{}
		for j, key := range content.StepKeys(r) {
			if n := r.Steps[j].Note; n != "" {
				notes[key] = Words(n, content.MaxCue)
			}
		}
		if len(notes) > 0 {
			x["notes"] = notes
		}
		routines[r.ID] = x
	}
	s := en.Safety()
	safety := map[string]any{}
	for k, v := range map[string]string{"disclaimer": s.Disclaimer, "emergency": s.Emergency, "pain_rule": s.PainRule,
		"after_pain": s.AfterPain, "pregnancy": s.Pregnancy} {
		if v != "" {
			safety[k] = Words(v, 300)
		}
	}
	for k, v := range map[string][]string{"red_flags": s.RedFlags, "pregnancy_stop": s.PregnancyStop, "self_care": s.SelfCare} {
		if len(v) > 0 {
			safety[k] = words(v, 200)
		}
	}
	tr["exercise"], tr["routine"], tr["safety"] = exercises, routines, safety
	if len(terms) > 0 {
		tr["terms"] = terms
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(tr); err != nil {
		return nil, content.Problems{{File: "pseudo", Msg: err.Error()}}
	}
	all := append(english, content.Source{Name: content.BuiltinPrefix + content.LocaleDir + "/" + Tag.String() + ".toml",
		Data: buf.Bytes(), Builtin: true})
	lib, probs := content.Build(all)
	if len(probs) > 0 {
		return nil, probs
	}
	return lib.Localize(Tag), nil
}

// poseNames are the names of e's figure's poses, nil when it has no figure or a pose without
// a name (a translation names every pose or none).
func poseNames(e *content.Exercise) []string {
	if e.Figure == nil {
		return nil
	}
	names := make([]string, len(e.Figure.Poses))
	for i, p := range e.Figure.Poses {
		if p.Name == "" {
			return nil
		}
		names[i] = p.Name
		if r := []rune(p.Name); len(r) > figure.MaxName-2 { // room for the markers
			names[i] = strings.TrimSpace(string(r[:figure.MaxName-2]))
		}
	}
	return names
}
