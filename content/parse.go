package content

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// parsed is one file's content after decoding and per-field validation. Routine steps still
// carry their raw overrides: they are resolved once every file is merged, because a user routine
// may use a built-in exercise.
type parsed struct {
	file      string
	loc       *locator
	exercises []*Exercise
	routines  []*Routine
	safety    *Safety
	// exIndex and rtIndex map an item back to its table index in the file, for line lookups.
	exIndex map[*Exercise]int
	rtIndex map[*Routine]int
}

// decodeErrRE matches the decoder's plain (non-ParseError) messages, e.g.
// `toml: line 3 (last key "exercise.reps"): incompatible types: …`.
var decodeErrRE = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: (.*)$`)

// typeErrRE matches the decoder's type mismatch message.
var typeErrRE = regexp.MustCompile(`incompatible types: TOML value has type (\S+); destination has type (\S+)`)

// mismatchRE matches the decoder's other type mismatch message, which names a Go type:
// `type mismatch for content.rawProgress: expected table but found string`.
var mismatchRE = regexp.MustCompile(`type mismatch for \S+: expected (\S+) but found (\S+)`)

// parseFile decodes and validates one file. builtin files may hold [safety]; user files may not.
// The file's problems are counted in b, and listed while b allows. A file past the bounds of
// prescan is not decoded at all: p is nil.
func parseFile(file string, data []byte, builtin bool, b *budget) (*parsed, Problems) {
	bad, kinds := prescan(file, data, contentLimits)
	if bad != nil {
		b.take()
		return nil, Problems{*bad}
	}
	p := &parsed{file: file, loc: newLocator(data, kinds), exIndex: map[*Exercise]int{}, rtIndex: map[*Routine]int{}}
	raw, probs, err := decodeLoose(file, data, p.loc, b)
	if err != nil {
		b.take()
		return nil, Problems{decodeProblem(file, err)}
	}
	v := &validator{file: file, loc: p.loc, b: b}
	for i := range raw.Exercise {
		if e := v.exercise(i, &raw.Exercise[i]); e != nil {
			p.exercises = append(p.exercises, e)
			p.exIndex[e] = i
		}
	}
	for i := range raw.Routine {
		if r := v.routine(i, &raw.Routine[i]); r != nil {
			p.routines = append(p.routines, r)
			p.rtIndex[r] = i
		}
	}
	if raw.Safety != nil {
		if builtin {
			p.safety = v.safety(raw.Safety)
		} else {
			v.add(p.loc.firstKey("disclaimer"), "", "[safety] can only be changed in the built-in library")
		}
	}
	p.duplicates(v)
	probs = append(probs, v.probs...)
	slices.SortStableFunc(probs, func(a, b Problem) int { return a.Line - b.Line }) // in the order the file is read
	return p, probs
}

// maxDecodeMsg is the most characters of a decoder message kept: it may quote a key, and keys
// can be long.
const maxDecodeMsg = 300

// cut shortens s to n characters, ending in "…" when cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func decodeProblem(file string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" && (strings.HasPrefix(msg, durationMust) || strings.Contains(msg, notADuration)) {
			msg = fieldName(pe.LastKey) + ": " + msg // our own durationValue's error: name its field
		}
		return Problem{File: file, Line: pe.Position.Line, Col: pe.Position.Col, Msg: cut(sanitize(msg), maxDecodeMsg)}
	}
	msg := err.Error()
	if m := decodeErrRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		text := m[3]
		if t := typeErrRE.FindStringSubmatch(text); t != nil {
			text = fmt.Sprintf("expected %s, found %s", article(t[2]), found(t[1]))
		} else if t := mismatchRE.FindStringSubmatch(text); t != nil {
			text = fmt.Sprintf("expected %s, found %s", article(t[1]), found(t[2]))
			if fieldName(m[2]) == "progress" {
				text += `, e.g. progress = { every = 3, add = "5s", max = "60s" }`
			}
		}
		if m[2] != "" {
			text = fieldName(m[2]) + ": " + text
		}
		return Problem{File: file, Line: line, Msg: cut(sanitize(text), maxDecodeMsg)}
	}
	return Problem{File: file, Msg: cut(sanitize(strings.TrimPrefix(msg, "toml: ")), maxDecodeMsg)}
}

// article names a kind of value, as the decoder's messages spell it (TOML or Go type names),
// in plain words: "a whole number", "an array", "a table". Nothing that reads like Go
// (map[string]any, time.Time, []interface {}) reaches a message.
func article(t string) string {
	switch {
	case t == "int64" || t == "integer" || strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "a whole number"
	case t == "float64" || t == "float" || t == "float32":
		return "a decimal number"
	case t == "string":
		return "a quoted string"
	case t == "bool":
		return "true or false"
	case t == "time.Time" || strings.Contains(t, "Date") || strings.Contains(t, "Time") || t == "datetime":
		return "a date or time"
	case strings.HasPrefix(t, "[]map"):
		return "an array of tables"
	case strings.HasPrefix(t, "[]") || t == "slice" || t == "array":
		return "an array"
	case strings.HasPrefix(t, "map") || t == "table" || t == "struct" || strings.Contains(t, "."):
		return "a table"
	}
	return "a value of another kind"
}

// found is article for the value found: true or false is "a true/false value" there.
func found(t string) string {
	if a := article(t); a != "true or false" {
		return a
	}
	return "a true/false value"
}

// fieldName turns a decoder key path such as "routine.step.hold" into "hold".
func fieldName(key string) string {
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[i+1:]
	}
	return key
}

// validKeys lists the keys of each table, for "did you mean" on unknown keys.
func validKeys(table string) []string {
	switch table {
	case "":
		return []string{"exercise", "routine", "safety"}
	case "exercise":
		return []string{"id", "name", "position", "equipment", "targets", "cues", "caution", "sides", "gentler", "tags", "hold", "reps", "tempo", "breath", "repeat", "release", "sets", "set_rest", "progress", "figure"}
	case "exercise.figure":
		return figureKeys
	case "exercise.figure.poses":
		return poseKeys
	case "routine":
		return []string{"id", "name", "summary", "for", "get_ready", "rest", "tags", "step"}
	case "routine.step":
		return []string{"exercise", "rest", "note", "hold", "reps", "tempo", "breath", "repeat", "release", "sets", "set_rest", "progress"}
	case "exercise.progress", "routine.step.progress":
		return []string{"every", "add", "max"}
	case "safety":
		return []string{"disclaimer", "red_flags", "emergency", "pain_rule", "after_pain", "pregnancy", "pregnancy_stop", "self_care"}
	}
	return nil
}

// duplicates reports ids defined twice in the same file.
func (p *parsed) duplicates(v *validator) {
	seen := map[string]bool{}
	for _, e := range p.exercises {
		if seen[e.ID] {
			v.add(p.loc.exercise(p.exIndex[e], "id"), fmt.Sprintf("exercise %q", e.ID), "this id is already used by another exercise in this file")
		}
		seen[e.ID] = true
	}
	seen = map[string]bool{}
	for _, r := range p.routines {
		if seen[r.ID] {
			v.add(p.loc.routine(p.rtIndex[r], "id"), fmt.Sprintf("routine %q", r.ID), "this id is already used by another routine in this file")
		}
		seen[r.ID] = true
	}
}
