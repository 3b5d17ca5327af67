package content

import "strings"

// Needs is what a routine asks of the place and the person: where it happens and what to have.
type Needs struct {
	Seated, Standing, Floor bool
	// Equipment lists every item the routine's exercises name, in order of first use, in the
	// library's language.
	Equipment []string
	// chair is the library's word for a chair, which Where already implies ("" is "chair").
	chair string
}

// Needs collects the positions and equipment of a routine's exercises.
func (l *Library) Needs(r *Routine) Needs {
	n := Needs{chair: l.Term("chair")}
	for _, st := range r.Steps {
		e, ok := l.exercises[st.Exercise]
		if !ok {
			continue
		}
		switch {
		case e.Position == PositionSeated:
			n.Seated = true
		case e.Position == PositionStanding:
			n.Standing = true
		default:
			n.Floor = true
		}
		for _, q := range e.Equipment {
			if !hasString(n.Equipment, q) {
				n.Equipment = append(n.Equipment, q)
			}
		}
	}
	return n
}

// Where says where the routine happens: "chair", "standing", "floor", or a mix like
// "chair/standing".
func (n Needs) Where() string {
	var parts []string
	if n.Seated {
		parts = append(parts, "chair")
	}
	if n.Standing {
		parts = append(parts, "standing")
	}
	if n.Floor {
		parts = append(parts, "floor")
	}
	return strings.Join(parts, "/")
}

// Extra returns the equipment beyond a chair (which "chair" in Where already implies).
func (n Needs) Extra() []string {
	chair := n.chair
	if chair == "" {
		chair = "chair"
	}
	var out []string
	for _, q := range n.Equipment {
		if q != chair {
			out = append(out, q)
		}
	}
	return out
}

// Text describes a side mode for people: "each side", "alternating sides", or "".
func (s Sides) Text() string {
	switch s {
	case SidesEach:
		return "each side"
	case SidesAlternate:
		return "alternating sides"
	}
	return ""
}
