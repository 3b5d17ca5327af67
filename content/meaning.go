package content

import (
	"fmt"
	"strings"
)

// synonyms are the words people write for a value of one of the enumerations, and the value
// they mean. A suggestion has to mean what was written: by spelling alone, sides = "both" is
// nearest to "none", the opposite of what was meant ("each"). Keys are written as normal()
// leaves them.
var synonyms = map[string]map[string]string{
	"sides": {
		"both": "each", "both sides": "each", "each side": "each", "per side": "each", "left and right": "each",
		"left right": "each", "two": "each", "bilateral": "each",
		"alternating": "alternate", "alternate sides": "alternate", "alt": "alternate", "switch": "alternate",
		"one": "none", "single": "none", "no": "none", "neither": "none", "center": "none", "centre": "none",
		"middle": "none", "symmetric": "none",
	},
	"position": {
		"sitting": "seated", "sit": "seated", "chair": "seated", "on a chair": "seated", "desk": "seated",
		"stand": "standing", "upright": "standing",
		"supine": "lying", "lying down": "lying", "on your back": "lying", "back": "lying", "lie": "lying",
		"face down": "prone", "on your front": "prone", "stomach": "prone", "on your stomach": "prone", "plank": "prone",
		"quadruped": "all-fours", "hands and knees": "all-fours", "tabletop": "all-fours", "on all fours": "all-fours",
		"kneel": "kneeling", "half kneeling": "kneeling",
		"side": "side-lying", "on your side": "side-lying", "lying on your side": "side-lying", "sidelying": "side-lying",
		"floor": "floor-sitting", "sitting on the floor": "floor-sitting", "long sitting": "floor-sitting",
		"cross legged": "floor-sitting", "on the floor": "floor-sitting",
	},
	"tags": {
		"stretching": "stretch", "strengthening": "strength", "strong": "strength", "mobilisation": "mobility",
		"mobilization": "mobility", "breath": "breathing", "relax": "relaxation", "calm": "relaxation",
		"easy": "gentle", "short": "quick", "office": "desk", "foam roller": "foam-rolling", "foam roll": "foam-rolling",
		"pregnancy safe": "pregnancy-ok", "safe in pregnancy": "pregnancy-ok", "prenatal": "pregnancy-ok",
		"not in pregnancy": "avoid-in-pregnancy", "no pregnancy": "avoid-in-pregnancy", "unsafe in pregnancy": "avoid-in-pregnancy",
	},
	"breath": {
		"inhale": "in", "breathe in": "in", "inspire": "in",
		"exhale": "out", "breathe out": "out", "expire": "out",
		"pause": "hold", "retain": "hold", "rest": "hold",
	},
}

// normal is a value as the synonyms table writes it: lower case, dashes and underscores as
// spaces, one space between words.
func normal(s string) string {
	s = strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// meant is the value of field's enumeration that s means: by the synonyms first, else a value
// spelt nearly like s (one or two letters off, never a word that only shares a few). "" when
// there is none.
func meant(field, s string, values []string) string {
	if v, ok := synonyms[field][normal(s)]; ok {
		return v
	}
	if near := Closest(s, values, 1); len(near) > 0 {
		return near[0]
	}
	return ""
}

// meantAs is " (did you mean "each"?)" for meant, or "".
func meantAs(field, s string, values []string) string {
	if v := meant(field, s, values); v != "" {
		return fmt.Sprintf(" (did you mean %q?)", v)
	}
	return ""
}
