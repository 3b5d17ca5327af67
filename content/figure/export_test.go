package figure

// Joints is where pose t of f puts each joint, placed on the floor as drawn: for tests.
func Joints(f *Figure, t float64) map[string][2]float64 {
	_, j := newScene(f).place(t)
	out := map[string][2]float64{}
	for name, p := range map[string]vec{"pelvis": j.pelvis, "waist": j.waist, "shoulders": j.shoulders, "head": j.head,
		"elbow": j.elbow, "hand": j.hand, "elbow2": j.elbow2, "hand2": j.hand2, "knee": j.knee, "ankle": j.ankle,
		"toe": j.toe, "knee2": j.knee2, "ankle2": j.ankle2, "toe2": j.toe2} {
		out[name] = [2]float64{p.x, p.y}
	}
	return out
}
