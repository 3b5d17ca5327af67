package figure

import (
	"fmt"
	"math"
)

// Limits on a figure, for the content loader.
const (
	// MinPoses and MaxPoses bound a figure's keyframes: where the move starts and where it
	// goes, and a few more for a move with more than two stages.
	MinPoses = 2
	MaxPoses = 8
	// MaxProps is the most props a figure may have.
	MaxProps = 4
	// MaxAngle bounds every angle: -360…360 degrees names every direction twice, so a pose can
	// say which way a limb swings to the next.
	MaxAngle = 360
	// MaxTurn bounds Pose.Turn.
	MaxTurn = 90
	// MaxName is the longest pose name.
	MaxName = 20
)

// joint is a bend of the body a pose must keep within reach: the angle of one segment against
// the one it hangs from, in degrees, counter-clockwise positive (a side view faces right).
type joint struct {
	name     string
	lo, hi   float64
	explain  string
	sideOnly bool
}

// fullShare is how much of a segment must be seen for the angle it makes to be checked.
const fullShare = 0.8

// rel is the angle from b to a, in (-180, 180].
func rel(a, b float64) float64 {
	d := math.Mod(a-b, 360)
	switch {
	case d > 180:
		d -= 360
	case d <= -180:
		d += 360
	}
	return d
}

// CheckPose returns what is impossible in pose p seen from v: a knee or elbow bent backwards,
// a back folded further than a spine bends, a neck twisted round, a hip or shoulder past its
// reach. Each message names the key and says what the range is. Angles are assumed within
// ±MaxAngle (the loader checks that first).
func CheckPose(v View, p Pose) []string {
	var out []string
	bad := func(key string, got float64, lo, hi float64, what string) {
		if got < lo-0.5 || got > hi+0.5 {
			out = append(out, fmt.Sprintf("%s: %s is %s°; it can be %s° to %s°", key, what, FormatAngle(got), FormatAngle(lo), FormatAngle(hi)))
		}
	}
	if v == ViewSide {
		bad("chest", rel(p.Chest, p.Back), -60, 60, "the bend of the spine (chest against back)")
		bad("head", rel(p.Head, p.Chest), -80, 80, "the bend of the neck (head against chest)")
		// A segment seen shortened points toward you or away: its angle on the page says nothing
		// of the joint's, so the joints at its ends are not checked.
		for _, l := range []struct {
			key  string
			limb Limb
		}{{"leg", p.Leg}, {"leg2", p.Leg2}} {
			if l.limb[2] < fullShare {
				continue
			}
			bad(l.key, rel(l.limb[0], p.Back+180), -50, 170, "the hip's bend (thigh against back; forward is positive)")
			if l.limb[3] >= fullShare {
				bad(l.key, rel(l.limb[0], l.limb[1]), -10, 165, "the knee's bend (shin against thigh; a knee bends backward only)")
			}
		}
		bad("foot", rel(p.Foot, p.Leg[1]), -10, 150, "the ankle (foot against shin)")
		bad("foot2", rel(p.Foot2, p.Leg2[1]), -10, 150, "the ankle (foot against shin)")
		for _, a := range []struct {
			key  string
			limb Limb
		}{{"arm", p.Arm}, {"arm2", p.Arm2}} {
			if a.limb[2] < fullShare {
				continue
			}
			if a.limb[3] >= fullShare {
				bad(a.key, rel(a.limb[1], a.limb[0]), -10, 165, "the elbow's bend (forearm against upper arm; an elbow bends forward only)")
			}
			if s := rel(a.limb[0], p.Chest+180); s > -150 && s < -90 {
				out = append(out, fmt.Sprintf("%s: the upper arm is %s° behind the back; a shoulder reaches back about 90°", a.key, FormatAngle(-s)))
			}
		}
	} else {
		bad("chest", rel(p.Chest, p.Back), -50, 50, "the side bend of the spine (chest against back)")
		bad("head", rel(p.Head, p.Chest), -60, 60, "the tilt of the head (head against chest)")
		for _, l := range []struct {
			key  string
			limb Limb
		}{{"leg", p.Leg}, {"leg2", p.Leg2}, {"arm", p.Arm}, {"arm2", p.Arm2}} {
			bad(l.key, math.Abs(rel(l.limb[1], l.limb[0])), 0, 165, "the bend of the knee or elbow")
		}
	}
	return out
}

// FormatAngle writes an angle (or any number) without needless decimals: 90, 12.5.
func FormatAngle(f float64) string {
	if f == math.Trunc(f) {
		return fmt.Sprintf("%d", int(f))
	}
	return fmt.Sprintf("%.1f", f)
}
