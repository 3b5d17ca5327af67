package journal

// decoder reads log lines. Lines in the shape Marshal writes (any key order, whitespace and
// string escapes allowed) take a hand-written fast path; anything it is not sure about — an
// unknown or repeated key, a null, invalid UTF-8, an odd number — goes to encoding/json, which
// has the last word. A fuzz test checks that whatever the fast path accepts, encoding/json
// decodes to the same Entry. Repeated strings (routine, exercise and step names) are interned
// to save allocations.
type decoder struct {
	strs map[string]string
	// noSteps drops each entry's steps after checking them (stats do not need them), except
	// for quick timers, whose steps the personal bests are made of.
	noSteps bool
	steps   []Step // scratch for the steps of the line being parsed
	arena   []Step // steps of finished lines are carved from here, a block at a time
}

// arenaBlock is how many steps are allocated at once for finished lines.
const arenaBlock = 4096

// maxInterned bounds the intern table; beyond it strings are simply allocated.
const maxInterned = 1 << 14

func newDecoder() *decoder { return &decoder{strs: make(map[string]string)} }

// decode parses one line; a non-empty reason means the line is damaged.
func (d *decoder) decode(line []byte) (Entry, string) {
	var e Entry
	p := parser{b: line, d: d}
	if p.entry(&e) {
		return e, check(e)
	}
	return decode(line)
}

// object parses {"key": value, ...}, calling field for each key (at most 64 distinct fields;
// field returns false for an unknown key or a bad value). A repeated key fails.
func (p *parser) object(field func(key []byte) (bit uint64, ok bool)) bool {
	if !p.next('{') {
		return false
	}
	if p.next('}') {
		return true
	}
	var seen uint64
	for {
		p.ws()
		key, ok := p.raw()
		if !ok || !p.next(':') {
			return false
		}
		p.ws()
		bit, ok := field(key)
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		if p.next(',') {
			continue
		}
		return p.next('}')
	}
}

// array parses [elem, ...], calling elem for each element.
func (p *parser) array(elem func() bool) bool {
	if !p.next('[') {
		return false
	}
	if p.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if p.next(',') {
			continue
		}
		return p.next(']')
	}
}

func (p *parser) entry(e *Entry) bool {
	stepsSeen := false
	if !p.object(func(key []byte) (uint64, bool) {
		switch string(key) {
		case "v":
			return 1 << 0, p.int(&e.V)
		case "id":
			return 1 << 1, p.str(&e.ID, false)
		case "routine":
			return 1 << 2, p.str(&e.Routine, true)
		case "routine_name":
			return 1 << 3, p.str(&e.RoutineName, true)
		case "kind":
			return 1 << 4, p.str(&e.Kind, true)
		case "status":
			return 1 << 5, p.str(&e.Status, true)
		case "started":
			return 1 << 6, p.time(&e.Started)
		case "ended":
			return 1 << 7, p.time(&e.Ended)
		case "seconds":
			return 1 << 8, p.int(&e.Seconds)
		case "steps":
			p.d.steps = p.d.steps[:0]
			// The kind usually comes first; when it does not, the steps are read in full and
			// kept or dropped once it is known.
			p.discard = p.d.noSteps && e.Kind != "" && !timerKind(e.Kind)
			ok := p.array(func() bool {
				p.d.steps = append(p.d.steps, Step{})
				return p.step(&p.d.steps[len(p.d.steps)-1])
			})
			p.discard, stepsSeen = false, true
			return 1 << 9, ok
		case "pain":
			e.Pain = []Pain{}
			return 1 << 10, p.array(func() bool {
				e.Pain = append(e.Pain, Pain{})
				return p.pain(&e.Pain[len(e.Pain)-1])
			})
		}
		return 0, false
	}) {
		return false
	}
	if stepsSeen {
		e.Steps = p.d.keep(p.d.steps, !p.d.noSteps || timerKind(e.Kind))
	}
	p.ws()
	return p.i == len(p.b)
}

// timerKind reports whether an entry of this kind is a quick timer (a hold or a max test).
func timerKind(kind string) bool { return kind == KindHold || kind == KindMax }

func (p *parser) step(s *Step) bool {
	return p.object(func(key []byte) (uint64, bool) {
		switch string(key) {
		case "exercise":
			return 1 << 0, p.str(&s.Exercise, true)
		case "name":
			return 1 << 1, p.str(&s.Name, true)
		case "kind":
			return 1 << 2, p.str(&s.Kind, true)
		case "side":
			return 1 << 3, p.str(&s.Side, true)
		case "set":
			return 1 << 4, p.int(&s.Set)
		case "sets":
			return 1 << 5, p.int(&s.Sets)
		case "outcome":
			return 1 << 6, p.str(&s.Outcome, true)
		case "planned_s":
			return 1 << 7, p.float(&s.PlannedS)
		case "achieved_s":
			return 1 << 8, p.float(&s.AchievedS)
		case "planned_reps":
			return 1 << 9, p.int(&s.PlannedReps)
		case "achieved_reps":
			return 1 << 10, p.int(&s.AchievedReps)
		case "gentler":
			return 1 << 11, p.bool(&s.Gentler)
		}
		return 0, false
	})
}

func (p *parser) pain(x *Pain) bool {
	return p.object(func(key []byte) (uint64, bool) {
		switch string(key) {
		case "exercise":
			return 1 << 0, p.str(&x.Exercise, true)
		case "name":
			return 1 << 1, p.str(&x.Name, true)
		case "side":
			return 1 << 2, p.str(&x.Side, true)
		case "at":
			return 1 << 3, p.time(&x.At)
		}
		return 0, false
	})
}

// keep copies steps out of the scratch into the arena, or drops them (nil) unless want; the
// result has no spare capacity, so a caller's append cannot reach a neighbour's steps.
func (d *decoder) keep(steps []Step, want bool) []Step {
	n := len(steps)
	switch {
	case !want:
		return nil
	case n == 0:
		return []Step{}
	}
	if n > arenaBlock/8 {
		return append([]Step{}, steps...)
	}
	if cap(d.arena)-len(d.arena) < n {
		d.arena = make([]Step, 0, arenaBlock)
	}
	kept := d.arena[len(d.arena) : len(d.arena)+n : len(d.arena)+n]
	copy(kept, steps)
	d.arena = d.arena[:len(d.arena)+n]
	return kept
}

func (d *decoder) string(b []byte, intern bool) string {
	if !intern {
		return string(b)
	}
	if s, ok := d.strs[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(d.strs) < maxInterned {
		d.strs[s] = s
	}
	return s
}
