package content

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/limber-coach/limber/content/figure"
)

// rawFigure is an exercise's [exercise.figure] table as written:
//
//	[exercise.figure]
//	view = "side"
//	still = "knee"
//	props = { chair = "hip" }
//	poses = [
//	  { name = "cow", back = -15, chest = 15, head = 30, arm = [270, 270], leg = [270, 180] },
//	  { name = "cat", back = 20, chest = -20, head = -60 },
//	]
type rawFigure struct {
	View  string            `toml:"view"`
	Still string            `toml:"still"`
	Props map[string]string `toml:"props"`
	Poses []rawPose         `toml:"poses"`
}

// rawPose is one keyframe as written; a key left out is nil (or a nil slice).
type rawPose struct {
	Name  string    `toml:"name"`
	Back  *float64  `toml:"back"`
	Chest *float64  `toml:"chest"`
	Head  *float64  `toml:"head"`
	Arm   []float64 `toml:"arm"`
	Arm2  []float64 `toml:"arm2"`
	Leg   []float64 `toml:"leg"`
	Leg2  []float64 `toml:"leg2"`
	Foot  *float64  `toml:"foot"`
	Foot2 *float64  `toml:"foot2"`
	Belly *float64  `toml:"belly"`
	Turn  *float64  `toml:"turn"`
	// Shoulders is [forward, up].
	Shoulders []float64 `toml:"shoulders"`
}

// figureKeys and poseKeys are the keys of [exercise.figure] and of one of its poses.
var (
	figureKeys = []string{"view", "still", "props", "poses"}
	poseKeys   = []string{"name", "back", "chest", "head", "arm", "arm2", "leg", "leg2", "foot", "foot2", "belly", "turn", "shoulders"}
)

// figureChecker checks one exercise's figure, placing each problem on its line.
type figureChecker struct {
	v     *validator
	i     int // the exercise's index in its file
	where string
	// arm2 and leg2 are set once a pose has set them: until then they follow arm and leg.
	arm2, leg2 bool
}

// pair is the other limb of a pair that moves with l: the same seen from the side; seen from
// the front or above, mirrored across the spine (back): left to right for a body upright.
func pair(v figure.View, back float64, l figure.Limb) figure.Limb {
	if v != figure.ViewSide {
		for k := range 2 {
			l[k] = math.Mod(2*back-l[k], 360)
		}
	}
	return l
}

// add reports a problem at the line line finds, worked out only when the problem is listed.
func (c figureChecker) add(line func() int, format string, args ...any) {
	v := c.v
	v.found++
	if v.b.take() {
		v.probs = append(v.probs, Problem{File: v.file, Line: line(), Where: c.where, Msg: fmt.Sprintf(format, args...)})
	}
}

func (c figureChecker) at(key string) func() int {
	return func() int { return c.v.loc.figureKey(c.i, key) }
}

func (c figureChecker) pose(j int) func() int {
	return func() int { return c.v.loc.figurePose(c.i, j) }
}

// figure turns a raw figure into a figure.Figure, filling each pose's missing keys from the
// pose before, and reports what is wrong: an unknown view, prop or point, too few or too many
// poses, a first pose without back, arm and leg, an angle out of range or a joint bent as no
// body bends.
//
// moving is set for an exercise done in reps or breaths: its poses must differ, or there is
// nothing to show moving.
func (v *validator) figure(i int, r *rawFigure, where string, moving bool) *figure.Figure {
	c := figureChecker{v: v, i: i, where: where + " figure"}
	n := v.found
	f := &figure.Figure{}
	var ok bool
	if r.View != "" {
		if f.View, ok = figure.ParseView(r.View); !ok {
			c.add(c.at("view"), "unknown view %s%s; one of %s", quoted(r.View), v.didYouMean(r.View, figure.ViewNames()), strings.Join(figure.ViewNames(), ", "))
		}
	}
	if f.Still, ok = figure.ParsePoint(r.Still); !ok {
		c.add(c.at("still"), "still: unknown point %s%s; one of %s", quoted(r.Still), v.didYouMean(r.Still, figure.PointNames()), strings.Join(figure.PointNames(), ", "))
	}
	f.Props = c.props(r.Props)
	switch {
	case len(r.Poses) < figure.MinPoses:
		c.add(c.at("poses"), "a figure needs at least %d poses (%d given): where the move starts, and where it goes or the pose held", figure.MinPoses, len(r.Poses))
	case len(r.Poses) > figure.MaxPoses:
		c.add(c.at("poses"), "%d poses is too many; keep it to %d", len(r.Poses), figure.MaxPoses)
	default:
		var prev figure.Pose
		for j := range r.Poses {
			prev = c.pose1(j, &r.Poses[j], prev, f.View)
			f.Poses = append(f.Poses, prev)
		}
		if i, part, ok := f.Through(); ok && v.found == n {
			c.add(c.pose(i), "pose %d: %s goes through the floor; bend or turn it so the body rests on the floor, not in it", i+1, part)
		}
		if moving && v.found == n && !f.Moves() {
			c.add(c.at("poses"), "the poses are all the same; for reps or breathing, give the poses the move goes through")
		}
	}
	if v.found > n {
		return nil
	}
	return f
}

// props reads props = { chair = "hip", … }, in the order of figure.PropNames.
func (c figureChecker) props(raw map[string]string) []figure.Prop {
	var out []figure.Prop
	kinds := make([]string, 0, len(raw))
	for k := range raw {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		kind, ok := figure.ParseProp(k)
		if !ok {
			c.add(c.at("props"), "unknown prop %s%s; one of %s", quoted(k), c.v.didYouMean(k, figure.PropNames()), strings.Join(figure.PropNames(), ", "))
			continue
		}
		at, ok := figure.ParsePoint(raw[k])
		if !ok || at == figure.PointNone {
			c.add(c.at("props"), "props: %s = %s is not a point of the body; one of %s", k, quoted(raw[k]), strings.Join(figure.PointNames(), ", "))
			continue
		}
		out = append(out, figure.Prop{Kind: kind, At: at})
	}
	if len(out) > figure.MaxProps {
		c.add(c.at("props"), "%d props is too many; keep it to %d", len(out), figure.MaxProps)
	}
	slices.SortFunc(out, func(a, b figure.Prop) int { return int(a.Kind) - int(b.Kind) })
	return out
}

// pose1 reads pose j, filling what it leaves out from prev (the pose before; for the first,
// the defaults: chest along the back, head along the chest, arm2 and leg2 as arm and leg, feet
// square to the shins). Left out, chest, head and the feet keep their angle to the segment they
// hang from, so tilting the back tilts the chest and the head with it.
func (c *figureChecker) pose1(j int, r *rawPose, prev figure.Pose, view figure.View) figure.Pose {
	line := c.pose(j)
	label := fmt.Sprintf("pose %d", j+1)
	if name := sanitize(r.Name); name != "" {
		label += " (" + quoted(cut(name, figure.MaxName+1)) + ")"
	}
	bad := false
	angle := func(key string, x *float64, keep, base, was float64) float64 {
		switch {
		case x == nil:
			return base + keep
		case math.IsNaN(*x) || math.Abs(*x) > figure.MaxAngle:
			c.add(line, "%s: %s = %s is out of range; angles are degrees, -360 to 360", label, key, figure.FormatAngle(*x))
			bad = true
			return was
		}
		return *x
	}
	limb := func(key string, x []float64, was figure.Limb) figure.Limb {
		switch {
		case x == nil:
			return was
		case len(x) != 2 && len(x) != 4:
			c.add(line, "%s: %s takes two angles, [upper, lower], and may add how much of each is seen, [upper, lower, 0.5, 1] (%d numbers given)", label, key, len(x))
			bad = true
			return was
		}
		for _, a := range x[:2] {
			if math.IsNaN(a) || math.Abs(a) > figure.MaxAngle {
				c.add(line, "%s: %s: the angle %s is out of range; angles are degrees, -360 to 360", label, key, figure.FormatAngle(a))
				bad = true
				return was
			}
		}
		l := figure.Straight(x[0], x[1])
		if len(x) == 4 {
			for k, s := range x[2:] {
				if math.IsNaN(s) || s < 0 || s > 1 {
					c.add(line, "%s: %s: how much of a segment is seen is 0 to 1, not %s", label, key, figure.FormatAngle(s))
					bad = true
					return was
				}
				l[2+k] = s
			}
		}
		return l
	}
	p := prev
	p.Name = cut(sanitize(r.Name), figure.MaxName+1)
	if len([]rune(p.Name)) > figure.MaxName {
		c.add(line, "%s: name is too long; keep it to %d characters", label, figure.MaxName)
	}
	if j == 0 {
		var missing []string
		for _, k := range []struct {
			key string
			set bool
		}{{"back", r.Back != nil}, {"arm", r.Arm != nil}, {"leg", r.Leg != nil}} {
			if !k.set {
				missing = append(missing, k.key)
			}
		}
		if len(missing) > 0 {
			c.add(line, "%s: the first pose must set back, arm and leg (missing: %s); later poses take what they leave out from the pose before", label, strings.Join(missing, ", "))
			return p
		}
	}
	p.Back = angle("back", r.Back, 0, prev.Back, prev.Back)
	chestKeep, headKeep := prev.Chest-prev.Back, prev.Head-prev.Chest
	if j == 0 {
		chestKeep, headKeep = 0, 0
	}
	p.Chest = angle("chest", r.Chest, chestKeep, p.Back, prev.Chest)
	p.Head = angle("head", r.Head, headKeep, p.Chest, prev.Head)
	p.Arm = limb("arm", r.Arm, prev.Arm)
	p.Leg = limb("leg", r.Leg, prev.Leg)
	if !c.arm2 { // arm2 and leg2 follow arm and leg until a pose sets them
		prev.Arm2 = pair(view, p.Back, p.Arm)
	}
	if !c.leg2 {
		prev.Leg2 = pair(view, p.Back, p.Leg)
	}
	c.arm2, c.leg2 = c.arm2 || r.Arm2 != nil, c.leg2 || r.Leg2 != nil
	p.Arm2 = limb("arm2", r.Arm2, prev.Arm2)
	p.Leg2 = limb("leg2", r.Leg2, prev.Leg2)
	footKeep, foot2Keep := prev.Foot-prev.Leg[1], prev.Foot2-prev.Leg2[1]
	if j == 0 {
		footKeep, foot2Keep = 90, 90
		if view != figure.ViewSide {
			foot2Keep = -90 // seen from the front, feet point out to either side
		}
	}
	p.Foot = angle("foot", r.Foot, footKeep, p.Leg[1], prev.Foot)
	p.Foot2 = angle("foot2", r.Foot2, foot2Keep, p.Leg2[1], prev.Foot2)
	if r.Belly != nil {
		if b := *r.Belly; math.IsNaN(b) || b < 0 || b > 1 {
			c.add(line, "%s: belly = %s is out of range; 0 (breath out) to 1 (breath in)", label, figure.FormatAngle(b))
			bad = true
		} else {
			p.Belly = b
		}
	}
	if r.Turn != nil {
		switch t := *r.Turn; {
		case view == figure.ViewSide:
			c.add(line, "%s: turn is for the front and above views; seen from the side, turn the limbs instead", label)
			bad = true
		case math.IsNaN(t) || math.Abs(t) > figure.MaxTurn:
			c.add(line, "%s: turn = %s is out of range; -%d to %d degrees", label, figure.FormatAngle(t), figure.MaxTurn, figure.MaxTurn)
			bad = true
		default:
			p.Turn = t
		}
	}
	if sh := r.Shoulders; sh != nil {
		switch {
		case len(sh) != 2:
			c.add(line, "%s: shoulders takes two numbers, [forward, up] (%d given), e.g. shoulders = [0, 0.5]", label, len(sh))
			bad = true
		case math.IsNaN(sh[0]) || math.IsNaN(sh[1]) || math.Abs(sh[0]) > 1 || math.Abs(sh[1]) > 1:
			c.add(line, "%s: shoulders = [%s, %s] is out of range; each is -1 to 1", label, figure.FormatAngle(sh[0]), figure.FormatAngle(sh[1]))
			bad = true
		default:
			p.Shoulders = [2]float64{sh[0], sh[1]}
		}
	}
	if !bad {
		for _, msg := range figure.CheckPose(view, p) {
			c.add(line, "%s: %s", label, msg)
		}
	}
	return p
}
