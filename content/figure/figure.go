// Package figure is an exercise's picture as data, and the renderer that draws it in characters.
//
// A Figure is a few keyframe poses of a simple jointed body — a pelvis, a lower and an upper
// spine segment (so a back can round and arch), a neck and head, two arms and two legs — seen
// from one side, from the front or from above, with the props the exercise uses (a chair, a
// wall, a foam roller…) and the floor. Render draws any point along the keyframes, between two
// of them too, into lines of characters: braille dots (2×4 to a cell) or plain ASCII.
//
// The package knows nothing of terminals beyond characters, and nothing of sessions: callers
// say which point along the poses to draw, how big, mirrored or not, and with which characters.
package figure

import (
	"math"

	"github.com/limber-coach/limber/content/enum"
)

// View is where the figure is seen from.
type View int

// The views.
const (
	// ViewSide: from the person's side, facing right (to the left once mirrored). Angles turn
	// counter-clockwise from pointing right: 0 right (forward), 90 up, 180 back, 270 down.
	ViewSide View = iota
	// ViewFront: from in front, the person facing you; arm and leg are the limbs on the right of
	// the picture (the person's left), arm2 and leg2 those on the left.
	ViewFront
	// ViewAbove: from above, as of a person lying on their back seen from the ceiling (or on
	// their front, from below): drawn like ViewFront, with no floor.
	ViewAbove
)

var viewNames = enum.Names[View]{"side", "front", "above"}

// String returns the TOML spelling of the view.
func (v View) String() string { return viewNames.Of(v) }

// ParseView is the inverse of View.String.
func ParseView(s string) (View, bool) { return viewNames.Parse(s) }

// ViewNames are the views' TOML spellings.
func ViewNames() []string { return append([]string(nil), viewNames...) }

// PropKind is a thing an exercise uses besides the floor, which every side and front view has.
type PropKind int

// The props. Each is placed by the point of the body it meets (see Prop).
const (
	// PropChair: a seat under the point (the hip), with a backrest behind it.
	PropChair PropKind = iota
	// PropWall: a wall just behind the point (the back, or the shoulder).
	PropWall
	// PropDesk: a desk whose top edge is under the point (the hands).
	PropDesk
	// PropDoorway: the upright of a door frame just in front of the point (the forearm).
	PropDoorway
	// PropRoller: a foam roller on the floor under the point; the body rests on it.
	PropRoller
	// PropBall: an exercise ball on the floor under the point; the body rests on it.
	PropBall
	// PropStep: a step (or a low box) under the point (a foot).
	PropStep
	// PropBand: a resistance band from the hands to the point it is looped round (the feet).
	PropBand
	// PropDumbbells: a dumbbell in each hand; the point is either hand.
	PropDumbbells
)

var propNames = enum.Names[PropKind]{"chair", "wall", "desk", "doorway", "roller", "ball", "step", "band", "dumbbells"}

// String returns the TOML spelling of the prop.
func (k PropKind) String() string { return propNames.Of(k) }

// ParseProp is the inverse of PropKind.String.
func ParseProp(s string) (PropKind, bool) { return propNames.Parse(s) }

// PropNames are the props' TOML spellings.
func PropNames() []string { return append([]string(nil), propNames...) }

// Point is a place on the body: a joint, or the middle of a segment.
type Point int

// The points. PointNone is the zero value: no point.
const (
	PointNone Point = iota
	PointHip
	PointWaist
	PointBack // the middle of the lower spine segment
	PointChest
	PointShoulder
	PointHead
	PointElbow
	PointHand
	PointElbow2
	PointHand2
	PointThigh // the middle of the thigh
	PointKnee
	PointFoot
	PointThigh2
	PointKnee2
	PointFoot2
)

var pointNames = enum.Names[Point]{"", "hip", "waist", "back", "chest", "shoulder", "head", "elbow", "hand",
	"elbow2", "hand2", "thigh", "knee", "foot", "thigh2", "knee2", "foot2"}

// String returns the TOML spelling of the point ("" for none).
func (p Point) String() string { return pointNames.Of(p) }

// ParsePoint is the inverse of Point.String; "" is no point.
func ParsePoint(s string) (Point, bool) { return pointNames.Parse(s) }

// PointNames are the points' TOML spellings.
func PointNames() []string { return append([]string(nil), pointNames[1:]...) }

// Prop is one prop and the point of the body it is placed by.
type Prop struct {
	Kind PropKind
	At   Point
}

// Limb is a limb's two segments: the direction of the upper arm and the forearm (or the thigh
// and the shin) in degrees, then how much of each one's length is seen, 0…1 — less than 1 for a
// segment pointing toward you or away (the thighs of a person seated, seen from the front).
type Limb [4]float64

// Straight returns a limb whose segments point at a and b, seen full length.
func Straight(a, b float64) Limb { return Limb{a, b, 1, 1} }

// Pose is one keyframe: the direction of each segment, in degrees (see View). Every field is
// set: the content loader fills what a keyframe leaves out from the one before it.
type Pose struct {
	// Name says what the pose is ("start", "hold", "cat"), for the contact sheet and show.
	Name string
	// Back is the lower spine, from the pelvis up to the waist; Chest the upper spine, from the
	// waist to the shoulders; Head the neck and head.
	Back, Chest, Head float64
	// Arm and Leg are the working (or near) limbs, Arm2 and Leg2 the others.
	Arm, Arm2, Leg, Leg2 Limb
	// Foot and Foot2 are the directions of the feet.
	Foot, Foot2 float64
	// Belly is how far the belly is filled by a breath: 0 out … 1 in (side view).
	Belly float64
	// Turn is how far the shoulders (and head) turn, -90…90 (front and above views): the
	// shoulders narrow and the face looks that way.
	Turn float64
	// Shoulders moves the shoulders (where the arms hang from) forward and up from the top of
	// the spine, in units of about a hand's width, -1…1 each: a shrug, a roll, a squeeze back.
	Shoulders [2]float64
}

// Figure is an exercise's picture: a view, its props and two or more keyframe poses. For a
// hold the last pose is the one held and the first how to get there; for reps, the poses are
// gone through in order and back to the first, once per rep; for breathing, the first is the
// breath out and the last the breath in.
type Figure struct {
	View  View
	Props []Prop
	// Still is the point of the body that stays put from pose to pose (the hands and knees of a
	// cat-cow, the feet of a bridge). PointNone keeps the hip over the same spot, with the body
	// resting on the floor.
	Still Point
	Poses []Pose
}

// Length is the number of keyframes, and the length of one loop through them (see At).
func (f *Figure) Length() int { return len(f.Poses) }

// Held is where the held pose sits along the keyframes: the last one.
func (f *Figure) Held() float64 { return float64(max(len(f.Poses)-1, 0)) }

// Moves reports whether the keyframes differ: whether there is any movement to show.
func (f *Figure) Moves() bool {
	for i := 1; i < len(f.Poses); i++ {
		if !samePose(f.Poses[i], f.Poses[0]) {
			return true
		}
	}
	return false
}

// At returns the pose at t along the keyframes: t = 0 is the first pose, 1 the second, … n−1
// the last, and on from there back to the first at n (a loop: reps go round it once each).
// Between two keyframes the pose eases out of one and into the next. t is taken modulo n.
func (f *Figure) At(t float64) Pose {
	n := len(f.Poses)
	switch n {
	case 0:
		return Pose{}
	case 1:
		return f.Poses[0]
	}
	t = math.Mod(t, float64(n))
	if t < 0 {
		t += float64(n)
	}
	i := int(t)
	frac := t - float64(i)
	a, b := f.Poses[i%n], f.Poses[(i+1)%n]
	if frac < 1e-9 {
		return a
	}
	return lerpPose(a, b, smooth(frac))
}

// smooth eases t in [0, 1]: slow out of a pose, slow into the next.
func smooth(t float64) float64 { return t * t * (3 - 2*t) }

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

func lerpLimb(a, b Limb, t float64) Limb {
	return Limb{lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t), lerp(a[3], b[3], t)}
}

// lerpPose mixes two poses; angles go the way their numbers do (from 270 to 360 turns
// counter-clockwise, from 270 to 0 clockwise), so a pose file says which way a limb swings.
func lerpPose(a, b Pose, t float64) Pose {
	name := a.Name
	if t >= 0.5 {
		name = b.Name
	}
	return Pose{
		Name: name, Back: lerp(a.Back, b.Back, t), Chest: lerp(a.Chest, b.Chest, t), Head: lerp(a.Head, b.Head, t),
		Arm: lerpLimb(a.Arm, b.Arm, t), Arm2: lerpLimb(a.Arm2, b.Arm2, t),
		Leg: lerpLimb(a.Leg, b.Leg, t), Leg2: lerpLimb(a.Leg2, b.Leg2, t),
		Foot: lerp(a.Foot, b.Foot, t), Foot2: lerp(a.Foot2, b.Foot2, t),
		Belly: lerp(a.Belly, b.Belly, t), Turn: lerp(a.Turn, b.Turn, t),
		Shoulders: [2]float64{lerp(a.Shoulders[0], b.Shoulders[0], t), lerp(a.Shoulders[1], b.Shoulders[1], t)},
	}
}

// samePose reports whether two poses put every segment the same way (names aside; 270 and
// -90 are the same direction).
func samePose(a, b Pose) bool {
	angles := func(p Pose) []float64 {
		return []float64{p.Back, p.Chest, p.Head, p.Arm[0], p.Arm[1], p.Arm2[0], p.Arm2[1],
			p.Leg[0], p.Leg[1], p.Leg2[0], p.Leg2[1], p.Foot, p.Foot2, p.Turn}
	}
	shares := func(p Pose) []float64 {
		return []float64{p.Arm[2], p.Arm[3], p.Arm2[2], p.Arm2[3], p.Leg[2], p.Leg[3], p.Leg2[2], p.Leg2[3], p.Belly,
			p.Shoulders[0], p.Shoulders[1]}
	}
	x, y := angles(a), angles(b)
	for i := range x {
		if math.Abs(rel(x[i], y[i])) > 0.5 {
			return false
		}
	}
	x, y = shares(a), shares(b)
	for i := range x {
		if math.Abs(x[i]-y[i]) > 0.01 {
			return false
		}
	}
	return true
}
