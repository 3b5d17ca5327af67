package content

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Limits on content values. Anything outside is a mistake worth stopping for (a 3-hour hold is a
// typo, not a plan).
const (
	MaxHold     = 10 * time.Minute
	MaxRest     = 10 * time.Minute
	MaxGetReady = 2 * time.Minute
	MaxReps     = 200
	MaxRepeat   = 50
	MaxSets     = 20
	MinTempo    = 500 * time.Millisecond
	MaxTempo    = 30 * time.Second
	MaxPhase    = 30 * time.Second
	MaxCue      = 120 // characters
	MaxName     = 60
	MaxID       = 40
	MaxSteps    = 100
)

// Defaults for optional dose fields.
const (
	DefaultRelease      = 5 * time.Second
	DefaultSetRest      = 15 * time.Second
	DefaultRest         = 10 * time.Second
	DefaultBreathCycles = 4
)

// Tags is the tag vocabulary. A fixed list catches typos such as "avoid-in-pregancy", which would
// otherwise silently drop a safety filter.
func Tags() []string {
	return []string{"gentle", "strength", "stretch", "mobility", "dynamic", "breathing", "relaxation",
		"pregnancy-ok", "avoid-in-pregnancy", "testable", "desk", "foam-rolling", "posture", "quick"}
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// validator collects problems for one file.
type validator struct {
	file  string
	loc   *locator
	probs Problems
	// found counts every problem found, listed or not; b is the file's budget (nil: no cap).
	found int
	b     *budget
}

func (v *validator) add(line int, where, format string, args ...any) {
	v.found++
	if v.b.take() {
		v.probs = append(v.probs, Problem{File: v.file, Line: line, Where: where, Msg: fmt.Sprintf(format, args...)})
	}
}

// didYouMean is the " (did you mean …?)" for s among candidates, or "" once the file's problems
// are only counted: a suggestion costs a comparison with every candidate.
func (v *validator) didYouMean(s string, candidates []string) string {
	if v.b.full() {
		return ""
	}
	return didYouMean(s, candidates)
}

// meantAs is the " (did you mean …?)" for the value of field's enumeration s means, or "" once
// the file's problems are only counted.
func (v *validator) meantAs(field, s string, values []string) string {
	if v.b.full() {
		return ""
	}
	return meantAs(field, s, values)
}

// itemWhere names item i of a kind ("exercise 3") or, when its id is a valid one, by its id.
func itemWhere(kind string, i int, id string) string {
	if len(id) <= MaxID && idRE.MatchString(id) {
		return fmt.Sprintf("%s %q", kind, id)
	}
	return fmt.Sprintf("%s %d", kind, i+1)
}

// text sanitizes s and checks it is present (when required) and no longer than max runes.
func (v *validator) text(s string, required bool, max int, line func() int, where, field string) string {
	s = sanitize(s)
	switch {
	case s == "" && required:
		v.add(line(), where, "%s is missing; it is required", field)
	case max > 0 && len([]rune(s)) > max:
		v.add(line(), where, "%s is %d characters; keep it to %d", field, len([]rune(s)), max)
	}
	return s
}

func (v *validator) list(items []string, max int, line func() int, where, field string) []string {
	out := make([]string, 0, len(items))
	for i, s := range items {
		s = sanitize(s)
		switch {
		case s == "":
			v.add(line(), where, "%s item %d is empty", field, i+1)
		case len([]rune(s)) > max:
			v.add(line(), where, "%s item %d is %d characters; keep it to %d", field, i+1, len([]rune(s)), max)
		default:
			out = append(out, s)
		}
	}
	return out
}

func (v *validator) id(s string, required bool, line int, where, kind string) string {
	switch {
	case s == "" && !required:
	case s == "":
		v.add(line, where, "id is missing; every %s needs one, e.g. id = \"knee-to-chest\"", kind)
	case len(s) > MaxID || !idRE.MatchString(s):
		v.add(line, where, "id %s must be lower-case letters, digits and single dashes, at most %d characters (e.g. \"knee-to-chest\")", quoted(s), MaxID)
	}
	return s
}

func (v *validator) tags(tags []string, line int, where string) []string {
	var out []string
	for _, t := range tags {
		if !hasString(Tags(), t) {
			v.add(line, where, "unknown tag %s%s; valid tags: %s", quoted(t), v.meantAs("tags", t, Tags()), strings.Join(Tags(), ", "))
			continue
		}
		out = append(out, t)
	}
	if hasString(out, "pregnancy-ok") && hasString(out, "avoid-in-pregnancy") {
		v.add(line, where, "tags \"pregnancy-ok\" and \"avoid-in-pregnancy\" contradict each other; keep one")
	}
	return out
}

func (v *validator) exercise(i int, r *rawExercise) *Exercise {
	where := itemWhere("exercise", i, r.ID)
	n := v.found
	line := func(key string) func() int { return func() int { return v.loc.exercise(i, key) } }
	e := &Exercise{
		ID:        v.id(r.ID, !r.Noted.has("id"), line("id")(), where, "exercise"),
		Name:      v.text(r.Name, !r.Noted.has("name"), MaxName, line("name"), where, "name"),
		Equipment: v.list(r.Equipment, 40, line("equipment"), where, "equipment"),
		Targets:   v.list(r.Targets, 40, line("targets"), where, "targets"),
		Cues:      v.list(r.Cues, MaxCue, line("cues"), where, "cues"),
		Caution:   v.text(r.Caution, false, 300, line("caution"), where, "caution"),
		Gentler:   r.Gentler,
		Tags:      v.tags(r.Tags, line("tags")(), where),
	}
	if len(r.Cues) == 0 && !r.Noted.has("cues") {
		v.add(line("cues")(), where, "cues are missing; give 1 to 8 short lines, e.g. cues = [\"Lie on your back.\"]")
	} else if len(r.Cues) > 8 {
		v.add(line("cues")(), where, "%d cues is too many to read mid-exercise; keep it to 8", len(r.Cues))
	}
	var ok bool
	if e.Position, ok = parsePosition(r.Position); !ok {
		if r.Position == "" && r.Noted.has("position") {
			// said already
		} else if r.Position == "" {
			v.add(line("position")(), where, "position is missing; one of %s", strings.Join(positionNames[:], ", "))
		} else {
			v.add(line("position")(), where, "unknown position %s%s; one of %s", quoted(r.Position), v.meantAs("position", r.Position, positionNames[:]), strings.Join(positionNames[:], ", "))
		}
	}
	if e.Sides, ok = parseSides(r.Sides); !ok {
		v.add(line("sides")(), where, "unknown sides %s%s; one of none, each, alternate", quoted(r.Sides), v.meantAs("sides", r.Sides, sidesNames[:]))
	}
	if r.Gentler != "" {
		if !idRE.MatchString(r.Gentler) {
			v.add(line("gentler")(), where, "gentler %s is not an exercise id", quoted(r.Gentler))
		} else if r.Gentler == r.ID {
			v.add(line("gentler")(), where, "gentler names the exercise itself; name an easier exercise")
		}
	}
	if r.Figure != nil {
		e.Figure = v.figure(i, r.Figure, where, r.Reps != nil || r.Breath != nil)
	}
	d := doseChecker{v: v, where: where, line: func(k string) int { return v.loc.exercise(i, k) }, noted: r.Noted}
	e.Dose = d.apply(nil, r.doseFields)
	if !r.Noted.anyOf(doseKeys...) { // else the dose is not what was meant: nothing to check
		d.check(e.Dose, e.Sides)
	}
	if v.found == n && len(r.Noted) == 0 {
		d.checkDoseSize(e.Dose, e.Sides)
	}
	if v.found > n || len(r.Noted) > 0 { // a problem named it, here or while decoding
		return nil
	}
	return e
}

func (v *validator) routine(i int, r *rawRoutine) *Routine {
	where := itemWhere("routine", i, r.ID)
	n := v.found
	line := func(key string) func() int { return func() int { return v.loc.routine(i, key) } }
	rt := &Routine{
		ID:      v.id(r.ID, !r.Noted.has("id"), line("id")(), where, "routine"),
		Name:    v.text(r.Name, !r.Noted.has("name"), MaxName, line("name"), where, "name"),
		Summary: v.text(r.Summary, false, 500, line("summary"), where, "summary"),
		For:     v.list(r.For, 60, line("for"), where, "for"),
		Tags:    v.tags(r.Tags, line("tags")(), where),
		Rest:    DefaultRest,
	}
	if r.GetReady != nil {
		g := checkDuration(v, r.GetReady.d, 0, MaxGetReady, line("get_ready")(), where, "get_ready")
		rt.GetReady = &g
	}
	if r.Rest != nil {
		rt.Rest = checkDuration(v, r.Rest.d, 0, MaxRest, line("rest")(), where, "rest")
	}
	broken := len(r.Noted) > 0
	switch {
	case len(r.Step) == 0 && r.Noted.has("step"):
	case len(r.Step) == 0:
		v.add(line("")(), where, "a routine needs at least one step: add [[routine.step]] with exercise = \"…\"")
	case len(r.Step) > MaxSteps:
		v.add(line("")(), where, "%d steps is too many; keep it to %d", len(r.Step), MaxSteps)
	}
	for j := range r.Step {
		s := &r.Step[j]
		sw := fmt.Sprintf("%s step %d", where, j+1)
		sl := func(key string) func() int { return func() int { return v.loc.step(i, j, key) } }
		st := RoutineStep{Exercise: s.Exercise, Rest: rt.Rest, override: s.doseFields}
		st.Note = v.text(s.Note, false, MaxCue, sl("note"), sw, "note")
		broken = broken || len(s.Noted) > 0
		if s.Exercise == "" && s.Noted.has("exercise") {
			// said already
		} else if s.Exercise == "" {
			v.add(sl("")(), sw, "exercise is missing; name the exercise id to do")
		} else if !idRE.MatchString(s.Exercise) {
			v.add(sl("exercise")(), sw, "exercise %s is not an exercise id", quoted(s.Exercise))
		}
		if s.Rest != nil {
			st.Rest = checkDuration(v, s.Rest.d, 0, MaxRest, sl("rest")(), sw, "rest")
		}
		d := doseChecker{v: v, where: sw, line: func(k string) int { return v.loc.step(i, j, k) }}
		d.fields(s.doseFields) // range checks now; the combination is checked once merged
		rt.Steps = append(rt.Steps, st)
	}
	if v.found > n || broken {
		return nil
	}
	return rt
}

func (v *validator) safety(r *rawSafety) *Safety {
	line := func(key string) func() int { return func() int { return v.loc.firstKey(key) } }
	s := &Safety{
		Disclaimer:    v.text(r.Disclaimer, true, 500, line("disclaimer"), "[safety]", "disclaimer"),
		RedFlags:      v.list(r.RedFlags, 200, line("red_flags"), "[safety]", "red_flags"),
		Emergency:     v.text(r.Emergency, true, 300, line("emergency"), "[safety]", "emergency"),
		PainRule:      v.text(r.PainRule, true, 300, line("pain_rule"), "[safety]", "pain_rule"),
		AfterPain:     v.text(r.AfterPain, true, 300, line("after_pain"), "[safety]", "after_pain"),
		Pregnancy:     v.text(r.Pregnancy, true, 300, line("pregnancy"), "[safety]", "pregnancy"),
		PregnancyStop: v.list(r.PregnancyStop, 200, line("pregnancy_stop"), "[safety]", "pregnancy_stop"),
		SelfCare:      v.list(r.SelfCare, 200, line("self_care"), "[safety]", "self_care"),
	}
	if len(s.RedFlags) == 0 {
		v.add(line("red_flags")(), "[safety]", "red_flags is missing; list the signs that need a professional")
	}
	return s
}

func parsePosition(s string) (Position, bool) { return positionNames.Parse(s) }

func parseSides(s string) (Sides, bool) {
	if s == "" {
		return SidesNone, true
	}
	return sidesNames.Parse(s)
}

func checkDuration(v *validator, d, lo, hi time.Duration, line int, where, field string) time.Duration {
	switch {
	case d < lo || (lo == 0 && d < 0):
		if lo == 0 {
			v.add(line, where, "%s %s is negative; use \"0s\" for none, up to %s", field, d, FormatDuration(hi))
		} else {
			v.add(line, where, "%s %s is too short; use %s to %s", field, d, FormatDuration(lo), FormatDuration(hi))
		}
	case d > hi:
		v.add(line, where, "%s %s is too long; use at most %s", field, FormatDuration(d), FormatDuration(hi))
	}
	return d
}

// FormatDuration writes a duration the way content files and settings (and flags) write it:
// "30s", "1m30s", "10m", "1h30m".
func FormatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
