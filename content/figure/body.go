package figure

import "math"

// The body's proportions, in body units (a standing figure is about 18 units tall).
const (
	lenBack     = 3.0 // pelvis to waist
	lenChest    = 3.4 // waist to shoulders
	lenNeck     = 0.9
	headR       = 1.25
	lenUpperArm = 3.0
	lenForearm  = 2.9
	lenThigh    = 4.2
	lenShin     = 4.0
	lenFoot     = 1.3
	// hipHalf and shoulderHalf are half the width of the hips and the shoulders (front views).
	hipHalf      = 0.8
	shoulderHalf = 1.7
	// shoulderMove is how far Pose.Shoulders = 1 moves the shoulders.
	shoulderMove = 0.9
)

// vec is a point or a direction in body units, y up.
type vec struct{ x, y float64 }

func (a vec) add(b vec) vec            { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec            { return vec{a.x - b.x, a.y - b.y} }
func (a vec) scale(k float64) vec      { return vec{a.x * k, a.y * k} }
func mid(a, b vec) vec                 { return vec{(a.x + b.x) / 2, (a.y + b.y) / 2} }
func dir(deg float64) vec              { r := deg * math.Pi / 180; return vec{math.Cos(r), math.Sin(r)} }
func (a vec) along(deg, n float64) vec { return a.add(dir(deg).scale(n)) }

// joints is a pose's skeleton, placed.
type joints struct {
	pelvis, waist, shoulders, neck, head vec
	// hip and hip2, shoulder and shoulder2 are where the legs and arms start: the pelvis and the
	// shoulders in a side view, either side of them in the front and above views.
	hip, hip2, shoulder, shoulder2 vec
	elbow, hand, elbow2, hand2     vec
	knee, ankle, toe               vec
	knee2, ankle2, toe2            vec
	// front is the direction the chest faces (side view) or the face looks (front views).
	front float64
	turn  float64
}

// skeleton places pose p's joints with the pelvis at the origin.
func skeleton(v View, p Pose) joints {
	var j joints
	j.waist = j.pelvis.along(p.Back, lenBack)
	j.shoulders = j.waist.along(p.Chest, lenChest)
	j.neck = j.shoulders.along(p.Head, lenNeck)
	j.head = j.neck.along(p.Head, headR)
	j.hip, j.hip2, j.shoulder, j.shoulder2 = j.pelvis, j.pelvis, j.shoulders, j.shoulders
	j.front = p.Chest - 90
	if v != ViewSide {
		w := math.Cos(p.Turn * math.Pi / 180)
		j.hip, j.hip2 = j.pelvis.along(p.Back-90, hipHalf), j.pelvis.along(p.Back+90, hipHalf)
		j.shoulder = j.shoulders.along(p.Chest-90, shoulderHalf*w)
		j.shoulder2 = j.shoulders.along(p.Chest+90, shoulderHalf*w)
		j.front, j.turn = p.Head-90, p.Turn
	}
	if s := p.Shoulders; s != [2]float64{} {
		d := dir(p.Chest - 90).scale(s[0] * shoulderMove).add(dir(p.Chest).scale(s[1] * shoulderMove))
		if v != ViewSide { // seen from the front, forward is toward you: only up shows
			d = dir(p.Chest).scale(s[1] * shoulderMove)
		}
		j.shoulder, j.shoulder2 = j.shoulder.add(d), j.shoulder2.add(d)
	}
	j.elbow = j.shoulder.along(p.Arm[0], lenUpperArm*p.Arm[2])
	j.hand = j.elbow.along(p.Arm[1], lenForearm*p.Arm[3])
	j.elbow2 = j.shoulder2.along(p.Arm2[0], lenUpperArm*p.Arm2[2])
	j.hand2 = j.elbow2.along(p.Arm2[1], lenForearm*p.Arm2[3])
	j.knee = j.hip.along(p.Leg[0], lenThigh*p.Leg[2])
	j.ankle = j.knee.along(p.Leg[1], lenShin*p.Leg[3])
	j.toe = j.ankle.along(p.Foot, lenFoot)
	j.knee2 = j.hip2.along(p.Leg2[0], lenThigh*p.Leg2[2])
	j.ankle2 = j.knee2.along(p.Leg2[1], lenShin*p.Leg2[3])
	j.toe2 = j.ankle2.along(p.Foot2, lenFoot)
	return j
}

// point is where point pt is.
func (j *joints) point(pt Point) vec {
	switch pt {
	case PointWaist:
		return j.waist
	case PointBack:
		return mid(j.pelvis, j.waist)
	case PointChest:
		return mid(j.waist, j.shoulders)
	case PointShoulder:
		return j.shoulders
	case PointHead:
		return j.head
	case PointElbow:
		return j.elbow
	case PointHand:
		return j.hand
	case PointElbow2:
		return j.elbow2
	case PointHand2:
		return j.hand2
	case PointThigh:
		return mid(j.hip, j.knee)
	case PointKnee:
		return j.knee
	case PointFoot:
		return j.ankle
	case PointThigh2:
		return mid(j.hip2, j.knee2)
	case PointKnee2:
		return j.knee2
	case PointFoot2:
		return j.ankle2
	}
	return j.pelvis
}

// all lists every joint, for bounds.
func (j *joints) all() []vec {
	return []vec{j.pelvis, j.waist, j.shoulders, j.neck, j.hip, j.hip2, j.shoulder, j.shoulder2,
		j.elbow, j.hand, j.elbow2, j.hand2, j.knee, j.ankle, j.toe, j.knee2, j.ankle2, j.toe2,
		j.head.add(vec{headR, headR}), j.head.sub(vec{headR, headR})}
}

// lowest is the lowest y of the body (the head's bottom counted).
func (j *joints) lowest() float64 {
	y := math.Inf(1)
	for _, p := range j.all() {
		y = math.Min(y, p.y)
	}
	return y
}

// move shifts every joint by d.
func (j *joints) move(d vec) {
	for _, p := range []*vec{&j.pelvis, &j.waist, &j.shoulders, &j.neck, &j.head, &j.hip, &j.hip2,
		&j.shoulder, &j.shoulder2, &j.elbow, &j.hand, &j.elbow2, &j.hand2, &j.knee, &j.ankle, &j.toe,
		&j.knee2, &j.ankle2, &j.toe2} {
		*p = p.add(d)
	}
}
