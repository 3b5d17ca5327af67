package content

import (
	"fmt"
	"strings"
	"time"
)

// doseChecker validates dose fields for one exercise or routine step.
type doseChecker struct {
	v     *validator
	where string
	line  func(key string) int
	// merged is set when the fields were range-checked already, at parse time.
	merged bool
	// noted are the fields a problem named already (loose.go): a dose field among them is not
	// also missing.
	noted noted
}

func (c doseChecker) add(key, format string, args ...any) {
	c.v.add(c.line(key), c.where, format, args...)
}

// doseKeys are the keys of doseFields.
var doseKeys = []string{"hold", "reps", "tempo", "breath", "repeat", "release", "sets", "set_rest", "progress"}

// fields range-checks each dose field that is set, without looking at the combination.
func (c doseChecker) fields(f doseFields) {
	if f.Hold != nil {
		checkDuration(c.v, f.Hold.d, time.Second, MaxHold, c.line("hold"), c.where, "hold")
	}
	if f.Reps != nil && (*f.Reps < 1 || *f.Reps > MaxReps) {
		c.add("reps", "reps %d is out of range; use 1 to %d", *f.Reps, MaxReps)
	}
	if f.Tempo != nil {
		checkDuration(c.v, f.Tempo.d, MinTempo, MaxTempo, c.line("tempo"), c.where, "tempo")
	}
	if f.Breath != nil {
		c.phases(f.Breath)
	}
	if f.Repeat != nil && (*f.Repeat < 1 || *f.Repeat > MaxRepeat) {
		c.add("repeat", "repeat %d is out of range; use 1 to %d", *f.Repeat, MaxRepeat)
	}
	if f.Release != nil {
		checkDuration(c.v, f.Release.d, 0, 2*time.Minute, c.line("release"), c.where, "release")
	}
	if f.Sets != nil && (*f.Sets < 1 || *f.Sets > MaxSets) {
		c.add("sets", "sets %d is out of range; use 1 to %d", *f.Sets, MaxSets)
	}
	if f.SetRest != nil {
		checkDuration(c.v, f.SetRest.d, 0, MaxRest, c.line("set_rest"), c.where, "set_rest")
	}
}

// phases parses a breathing pattern such as ["in 4s", "hold 7s", "out 8s"].
func (c doseChecker) phases(items []string) []Phase {
	if len(items) == 0 {
		c.add("breath", "breath is empty; give phases such as [\"in 4s\", \"out 6s\"]")
		return nil
	}
	var out []Phase
	for i, s := range items {
		name, dur, _ := strings.Cut(strings.TrimSpace(s), " ")
		kind, ok := parsePhase(name)
		if !ok {
			eg := "in 4s"
			if m := meant("breath", name, phaseNames[:]); m != "" {
				eg = strings.TrimSpace(m + " " + strings.TrimSpace(dur))
			}
			c.add("breath", "breath phase %d %s must start with in, hold or out, e.g. %q", i+1, quoted(s), eg)
			continue
		}
		d, err := time.ParseDuration(strings.TrimSpace(dur))
		if err != nil {
			c.add("breath", "breath phase %d %s needs a duration after %q, e.g. \"%s 4s\"", i+1, quoted(s), name, name)
			continue
		}
		if d < time.Second || d > MaxPhase {
			c.add("breath", "breath phase %d %s: use 1s to %s", i+1, quoted(s), FormatDuration(MaxPhase))
			continue
		}
		out = append(out, Phase{Kind: kind, Duration: d})
	}
	if len(out) == len(items) && !hasIn(out) {
		c.add("breath", "a breathing pattern needs at least one \"in\" phase")
	}
	return out
}

func hasIn(ps []Phase) bool {
	for _, p := range ps {
		if p.Kind == PhaseIn {
			return true
		}
	}
	return false
}

func parsePhase(s string) (PhaseKind, bool) { return phaseNames.Parse(s) }

// kindsSet returns the dose kinds the fields set.
func kindsSet(f doseFields) []DoseKind {
	var ks []DoseKind
	if f.Hold != nil {
		ks = append(ks, DoseHold)
	}
	if f.Reps != nil {
		ks = append(ks, DoseReps)
	}
	if f.Breath != nil {
		ks = append(ks, DoseBreath)
	}
	return ks
}

// apply returns base with f's fields applied. With base nil (an exercise), exactly one of
// hold/reps/breath must be set. When f switches the dose kind, the kind-specific fields start
// from their defaults; sets and set_rest carry over.
func (c doseChecker) apply(base *Dose, f doseFields) Dose {
	if !c.merged {
		c.fields(f)
	}
	ks := kindsSet(f)
	if len(ks) > 1 {
		names := make([]string, len(ks))
		for i, k := range ks {
			names[i] = k.String()
		}
		c.add(names[1], "set exactly one of hold, reps or breath, not %s", strings.Join(names, " and "))
		return Dose{}
	}
	var d Dose
	switch {
	case base == nil && len(ks) == 0 && c.noted.anyOf("hold", "reps", "breath"):
		return Dose{} // said already: a dose of the wrong type, or a misspelt dose key
	case base == nil && len(ks) == 0:
		c.add("", "the dose is missing: set one of hold = \"20s\", reps = 10 or breath = [\"in 4s\", \"out 6s\"]")
		return Dose{}
	case base == nil:
		d = defaultDose(ks[0])
	case len(ks) == 1 && ks[0] != base.Kind:
		d = defaultDose(ks[0]) // the exercise's progression was for the other kind: dropped too
		d.Sets, d.SetRest = base.Sets, base.SetRest
	default:
		d = *base
		d.Breath = append([]Phase(nil), base.Breath...)
	}
	if f.Hold != nil {
		d.Hold = f.Hold.d
	}
	if f.Reps != nil {
		d.Reps = int(*f.Reps)
	}
	if f.Breath != nil {
		d.Breath = c.quiet().phases(f.Breath)
	}
	if f.Tempo != nil {
		d.Tempo = f.Tempo.d
	}
	if f.Repeat != nil {
		d.Repeat = int(*f.Repeat)
	}
	if f.Release != nil {
		d.Release = f.Release.d
	}
	if f.Sets != nil {
		d.Sets = int(*f.Sets)
	}
	if f.SetRest != nil {
		d.SetRest = f.SetRest.d
	}
	if f.Progress != nil {
		d.Progress = c.progress(f.Progress, d)
	}
	if f.Tempo != nil && d.Kind != DoseReps {
		c.add("tempo", "tempo only applies to reps; this dose is a %s", d.Kind)
	}
	if f.Repeat != nil && d.Kind == DoseReps {
		c.add("repeat", "repeat applies to holds and breathing; for reps use sets")
	}
	if f.Release != nil && d.Kind != DoseHold {
		c.add("release", "release is the pause between repeated holds; this dose is a %s", d.Kind)
	}
	return d
}

// progress checks a progression rule against the dose it grows.
func (c doseChecker) progress(r *rawProgress, d Dose) *Progress {
	if d.Kind == DoseBreath {
		c.add("progress", "progress applies to holds and reps, not breathing")
		return nil
	}
	p := &Progress{}
	if r.Every == nil || *r.Every < 1 || *r.Every > 50 {
		c.add("progress", "progress needs every = 1 to 50 (clean sessions per step), e.g. progress = { every = 3, add = \"5s\", max = \"60s\" }")
		return nil
	}
	p.Every = int(*r.Every)
	if d.Kind == DoseHold {
		add, ok1 := progressDuration(r.Add)
		top, ok2 := progressDuration(r.Max)
		switch {
		case !ok1 || !ok2:
			c.add("progress", "for a hold, progress add and max are durations, e.g. { every = 3, add = \"5s\", max = \"60s\" }")
			return nil
		case add < time.Second || add > time.Minute:
			c.add("progress", "progress add %s: use 1s to 1m", FormatDuration(add))
			return nil
		case top <= d.Hold || top > MaxHold:
			c.add("progress", "progress max %s must be above the hold (%s) and at most %s", FormatDuration(top), FormatDuration(d.Hold), FormatDuration(MaxHold))
			return nil
		}
		p.AddHold, p.MaxHold = add, top
		return p
	}
	add, ok1 := r.Add.(int64)
	top, ok2 := r.Max.(int64)
	switch {
	case !ok1 || !ok2:
		c.add("progress", "for reps, progress add and max are whole numbers, e.g. { every = 3, add = 2, max = 15 }")
		return nil
	case add < 1 || add > 20:
		c.add("progress", "progress add %d: use 1 to 20", add)
		return nil
	case int(top) <= d.Reps || top > MaxReps:
		c.add("progress", "progress max %d must be above the reps (%d) and at most %d", top, d.Reps, MaxReps)
		return nil
	}
	p.AddReps, p.MaxReps = int(add), int(top)
	return p
}

// progressDuration reads a progression add/max written as a duration string.
func progressDuration(v any) (time.Duration, bool) {
	s, ok := v.(string)
	if !ok {
		return 0, false
	}
	d, err := time.ParseDuration(s)
	return d, err == nil
}

// quiet returns a checker whose problems are discarded (used to re-parse fields already checked).
func (c doseChecker) quiet() doseChecker {
	return doseChecker{v: &validator{file: c.v.file, loc: c.v.loc}, where: c.where, line: c.line}
}

// check validates a resolved dose against the exercise's sides.
func (c doseChecker) check(d Dose, sides Sides) {
	if d.Kind == DoseBreath && sides != SidesNone {
		c.add("sides", "a breathing exercise has no sides; remove sides = %q", sides)
	}
}

func defaultDose(k DoseKind) Dose {
	d := Dose{Kind: k, Repeat: 1, Release: DefaultRelease, Sets: 1, SetRest: DefaultSetRest}
	if k == DoseBreath {
		d.Repeat = DefaultBreathCycles
	}
	return d
}

// String describes the dose compactly, e.g. "3 × 20s hold", "10 reps @ 3s", "4 × in 4s · hold 7s · out 8s".
func (d Dose) String() string { return d.describe(false) }

// Short describes the dose in at most about 12 characters for tables: "3×10s hold", "10 reps",
// "4-7-8 ×4".
func (d Dose) Short() string { return d.describe(true) }

// describe is String, or Short when short is set: one wording, two widths.
func (d Dose) describe(short bool) string {
	times := " × "
	if short {
		times = "×"
	}
	var s string
	switch d.Kind {
	case DoseHold:
		s = FormatDuration(d.Hold) + " hold"
		if d.Repeat > 1 {
			s = fmt.Sprintf("%d%s%s", d.Repeat, times, s)
		}
	case DoseReps:
		s = fmt.Sprintf("%d reps", d.Reps)
		if d.Tempo > 0 && !short {
			s += " @ " + FormatDuration(d.Tempo)
		}
	case DoseBreath:
		parts := make([]string, len(d.Breath))
		for i, p := range d.Breath {
			if short {
				parts[i] = strings.TrimSuffix(FormatDuration(p.Duration), "s")
			} else {
				parts[i] = p.Kind.String() + " " + FormatDuration(p.Duration)
			}
		}
		if short {
			s = fmt.Sprintf("%s ×%d", strings.Join(parts, "-"), d.Repeat)
		} else {
			s = fmt.Sprintf("%d × %s", d.Repeat, strings.Join(parts, " · "))
		}
	}
	if d.Sets > 1 && short {
		s = fmt.Sprintf("%d×(%s)", d.Sets, s)
	} else if d.Sets > 1 {
		s = fmt.Sprintf("%d sets of %s", d.Sets, s)
	}
	return s
}
