package figure

import "math"

// mark is one thing drawn, in body units: a line, a curve (a polyline), or a ring (a circle;
// filled when solid).
type mark struct {
	pts   []vec
	ring  bool
	solid bool
	r     float64
}

func line(a, b vec) mark         { return mark{pts: []vec{a, b}} }
func ring(c vec, r float64) mark { return mark{pts: []vec{c}, ring: true, r: r} }
func blob(c vec, r float64) mark { return mark{pts: []vec{c}, ring: true, solid: true, r: r} }
func polyline(pts ...vec) mark   { return mark{pts: pts} }
func (m mark) box() (lo, hi vec) {
	lo, hi = vec{math.Inf(1), math.Inf(1)}, vec{math.Inf(-1), math.Inf(-1)}
	for _, p := range m.pts {
		lo = vec{math.Min(lo.x, p.x-m.r), math.Min(lo.y, p.y-m.r)}
		hi = vec{math.Max(hi.x, p.x+m.r), math.Max(hi.y, p.y+m.r)}
	}
	return lo, hi
}

// clearance is how far above the floor a joint's line sits when that part of the body lies on
// it: the line is the middle of a limb or of the trunk, which has some thickness.
const (
	trunkClear = 1.0
	limbClear  = 0.4 // knees and elbows
	ankleClear = 0.5
	handClear  = 0.2
)

// scene places the figure's body at t along its keyframes, with its props: the marks to draw,
// the body first (far limbs, trunk, near limbs, head) and the props under it.
type scene struct {
	f *Figure
	// base is the first keyframe, placed: the still point and the props are where it puts them.
	base joints
	// plain draws a front view's trunk as a stick, not an outline: at a cell a point (ASCII)
	// an outline is a smudge.
	plain bool
}

func newScene(f *Figure) *scene {
	s := &scene{f: f}
	if len(f.Poses) > 0 {
		s.base = skeleton(f.View, f.Poses[0])
		s.base.move(vec{0, s.lift(&s.base)})
	}
	return s
}

// lift is how far to raise a body whose pelvis is at the origin so that it rests on the floor
// (and on a roller or ball under it): its lowest part just touches.
func (s *scene) lift(j *joints) float64 {
	if s.f.View == ViewAbove {
		return 0
	}
	low := math.Inf(1)
	for _, p := range []vec{j.pelvis, j.waist, j.shoulders, j.neck} {
		low = math.Min(low, p.y-trunkClear)
	}
	for _, p := range []vec{j.knee, j.knee2, j.elbow, j.elbow2} {
		low = math.Min(low, p.y-limbClear)
	}
	for _, p := range []vec{j.hand, j.hand2} {
		low = math.Min(low, p.y-handClear)
	}
	for _, p := range []vec{j.ankle, j.ankle2} {
		low = math.Min(low, p.y-ankleClear)
	}
	for _, p := range []vec{j.toe, j.toe2} {
		low = math.Min(low, p.y)
	}
	low = math.Min(low, j.head.y-headR)
	up := -low
	for _, p := range s.f.Props {
		if r := restRadius(p.Kind); r > 0 {
			up = math.Max(up, 2*r+trunkClear-j.point(p.At).y)
		}
	}
	return up
}

// restRadius is the radius of a prop the body rests on (0 for the others).
func restRadius(k PropKind) float64 {
	switch k {
	case PropRoller:
		return 0.9
	case PropBall:
		return 2.6
	}
	return 0
}

// place is the pose at t with its joints where they are drawn.
func (s *scene) place(t float64) (Pose, joints) {
	p := s.f.At(t)
	j := skeleton(s.f.View, p)
	if s.f.Still != PointNone && s.f.View != ViewAbove {
		j.move(s.base.point(s.f.Still).sub(j.point(s.f.Still)))
	} else {
		j.move(vec{0, s.lift(&j)})
	}
	return p, j
}

// floorSlack is how far below the floor a joint may reach before the pose counts as going
// through it: a body resting on the floor is placed a little above it, and angles are rough.
const floorSlack = 0.3

// Through returns the first keyframe (0-based) in which the body goes through the floor — a
// hand or foot, say, below where the pose rests on it, or below where the point kept still
// stands — and the point that does; ok is false when none does. Only side and front views
// have a floor.
func (f *Figure) Through() (pose int, part string, ok bool) {
	if f.View == ViewAbove || len(f.Poses) == 0 {
		return 0, "", false
	}
	s := newScene(f)
	for i := range f.Poses {
		_, j := s.place(float64(i))
		for _, p := range []struct {
			name string
			at   vec
		}{{"a hand", j.hand}, {"a hand", j.hand2}, {"a foot", j.toe}, {"a foot", j.toe2}, {"a foot", j.ankle},
			{"a foot", j.ankle2}, {"a knee", j.knee}, {"a knee", j.knee2}, {"an elbow", j.elbow}, {"an elbow", j.elbow2},
			{"the head", j.head.sub(vec{0, headR})}, {"the hips", j.pelvis}, {"the shoulders", j.shoulders}} {
			if p.at.y < -floorSlack {
				return i, p.name, true
			}
		}
	}
	return 0, "", false
}

// marks returns what to draw at t.
func (s *scene) marks(t float64) []mark {
	p, j := s.place(t)
	var out []mark
	for _, pr := range s.f.Props {
		out = append(out, s.prop(pr, &j)...)
	}
	limb := func(a, b, c vec) mark { return polyline(a, b, c) }
	out = append(out, limb(j.hip2, j.knee2, j.ankle2), line(j.ankle2, j.toe2),
		limb(j.shoulder2, j.elbow2, j.hand2))
	out = append(out, s.trunk(p, &j)...)
	out = append(out, limb(j.hip, j.knee, j.ankle), line(j.ankle, j.toe),
		limb(j.shoulder, j.elbow, j.hand))
	out = append(out, s.head(&j)...)
	return out
}

// trunk is the spine as one smooth curve through the waist, the neck, and across the hips and
// shoulders in the front views; in a side view, the belly when the figure breathes.
func (s *scene) trunk(p Pose, j *joints) []mark {
	// A quadratic curve from the pelvis to the shoulders through the waist.
	c := j.waist.scale(2).sub(mid(j.pelvis, j.shoulders))
	spine := make([]vec, 0, 9)
	for i := 0; i <= 8; i++ {
		u := float64(i) / 8
		a := j.pelvis.scale((1 - u) * (1 - u)).add(c.scale(2 * u * (1 - u))).add(j.shoulders.scale(u * u))
		spine = append(spine, a)
	}
	if s.f.View != ViewSide {
		if !s.plain && math.Abs(math.Sin(p.Back*math.Pi/180)) > 0.7 { // upright: the trunk's outline
			return s.torso(p, j, spine)
		}
		// Lying: the spine, and across it the hips and the shoulders.
		return []mark{polyline(spine...), line(j.hip, j.hip2), line(j.shoulder, j.shoulder2), line(j.shoulders, j.neck)}
	}
	out := []mark{polyline(spine...), line(j.shoulders, j.neck)}
	if j.shoulder != j.shoulders { // shoulders moved off the spine: the collarbone
		out = append(out, line(j.shoulders, j.shoulder))
	}
	if s.breathes() {
		front := dir(p.Back - 90)
		lo := j.pelvis.add(front.scale(0.4))
		hi := mid(j.waist, j.shoulders).add(dir(p.Chest - 90).scale(0.5))
		bulge := mid(lo, hi).add(front.scale(0.6 + 1.4*p.Belly))
		belly := make([]vec, 0, 7)
		for i := 0; i <= 6; i++ {
			u := float64(i) / 6
			belly = append(belly, lo.scale((1-u)*(1-u)).add(bulge.scale(2*u*(1-u))).add(hi.scale(u*u)))
		}
		out = append(out, polyline(belly...))
	}
	return out
}

// torso is the trunk seen from the front: its outline, the spine's curve widened from the hips
// to the shoulders (narrower as they turn), and the neck.
func (s *scene) torso(p Pose, j *joints, spine []vec) []mark {
	w := math.Cos(p.Turn * math.Pi / 180)
	left, right := make([]vec, len(spine)), make([]vec, len(spine))
	for i, c := range spine {
		u := float64(i) / float64(len(spine)-1)
		var t vec
		switch i {
		case 0:
			t = spine[1].sub(spine[0])
		case len(spine) - 1:
			t = spine[i].sub(spine[i-1])
		default:
			t = spine[i+1].sub(spine[i-1])
		}
		n := math.Hypot(t.x, t.y)
		if n == 0 {
			n = 1
		}
		across := vec{t.y / n, -t.x / n} // to the right of the spine going up
		half := lerp(hipHalf+0.3, shoulderHalf*w, u*u)
		right[i], left[i] = c.add(across.scale(half)), c.sub(across.scale(half))
	}
	right[len(right)-1], left[len(left)-1] = j.shoulder, j.shoulder2 // where the arms hang from
	return []mark{polyline(left...), polyline(right...), line(left[len(left)-1], right[len(right)-1]),
		line(left[0], right[0]), line(j.shoulders, j.neck)}
}

// breathes reports whether any keyframe fills the belly.
func (s *scene) breathes() bool {
	for _, p := range s.f.Poses {
		if p.Belly > 0 {
			return true
		}
	}
	return false
}

// head is the head's ring and the nose, which says where the face looks.
func (s *scene) head(j *joints) []mark {
	out := []mark{ring(j.head, headR)}
	if s.f.View == ViewSide {
		return append(out, blob(j.head.along(j.front, headR+0.45), 0))
	}
	// Seen from the front the nose is inside the ring, moved the way the head turns; turned
	// far, it shows in profile, past the ring.
	sin := math.Sin(j.turn * math.Pi / 180)
	off := sin * headR * 0.55
	r := 0.0
	if math.Abs(sin) > 0.5 {
		off, r = math.Copysign(headR+1.1, sin), 0.3
	}
	nose := j.head.along(j.front, off).along(j.front+90, -0.2)
	return append(out, blob(nose, r))
}

// prop draws one prop: those that stay put where the first keyframe puts them, the band and
// the dumbbells with the hands.
func (s *scene) prop(p Prop, j *joints) []mark {
	b := &s.base
	at := b.point(p.At)
	side := s.f.View == ViewSide
	switch p.Kind {
	case PropChair:
		seat := at.y - trunkClear
		if !side { // the seat, its front edge, and the legs well out to either side
			return []mark{line(vec{at.x - 3.2, seat}, vec{at.x + 3.2, seat}),
				line(vec{at.x - 3.2, seat}, vec{at.x - 3.2, 0}), line(vec{at.x + 3.2, seat}, vec{at.x + 3.2, 0})}
		}
		back := at.x - 1.5
		return []mark{polyline(vec{back, seat + 4.6}, vec{back, seat}, vec{at.x + 2.2, seat}),
			line(vec{back, seat}, vec{back, 0}), line(vec{at.x + 2.0, seat}, vec{at.x + 2.0, 0})}
	case PropWall: // behind the back, as far back as the head reaches; seen from the front it is the page
		if !side {
			return nil
		}
		x := at.x - headR - 0.1
		return []mark{line(vec{x, 0}, vec{x, 19.5})}
	case PropDoorway: // the frame's upright, just in front of the forearm resting on it
		x := at.x + 0.5
		return []mark{line(vec{x, 0}, vec{x, 19.5})}
	case PropDesk:
		top := at.y - 0.3
		return []mark{line(vec{at.x - 0.6, top}, vec{at.x + 5, top}),
			line(vec{at.x - 0.2, top}, vec{at.x - 0.2, 0}), line(vec{at.x + 4.6, top}, vec{at.x + 4.6, 0})}
	case PropRoller, PropBall:
		r := restRadius(p.Kind)
		return []mark{ring(vec{at.x, r}, r)}
	case PropStep:
		top := at.y
		return []mark{polyline(vec{at.x - 2, 0}, vec{at.x - 2, top}, vec{at.x + 2, top}, vec{at.x + 2, 0})}
	case PropBand: // from the hands to where it is looped round
		return []mark{line(j.hand, j.point(p.At)), line(j.hand2, j.point(p.At))}
	case PropDumbbells:
		return []mark{blob(j.hand, 0.45), blob(j.hand2, 0.45)}
	}
	return nil
}
