package figure

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// pose builds a side-view pose with both arms and both legs alike and feet square to the shins.
func pose(name string, back, chest, head float64, arm, leg Limb) Pose {
	return Pose{Name: name, Back: back, Chest: chest, Head: head, Arm: arm, Arm2: arm, Leg: leg, Leg2: leg,
		Foot: leg[1] + 90, Foot2: leg[1] + 90}
}

// sampleFigures are figures of each view, with and without props, for the goldens.
func sampleFigures() map[string]*Figure {
	cow := pose("cow", -14, 14, 45, Straight(270, 270), Straight(270, 180))
	cat := pose("cat", 22, -22, -60, Straight(270, 270), Straight(270, 180))
	cow.Foot, cow.Foot2, cat.Foot, cat.Foot2 = 190, 190, 190, 190
	sit := pose("sit", 90, 90, 90, Straight(280, 330), Straight(0, 270))
	lean := pose("lean", 70, 60, 50, Straight(300, 320), Straight(0, 270))
	frontSit := Pose{Name: "sit", Back: 90, Chest: 90, Head: 90, Arm: Straight(265, 270), Arm2: Straight(-85, -90),
		Leg: Limb{270, 270, 0.25, 1}, Leg2: Limb{-90, -90, 0.25, 1}, Foot: 0, Foot2: 180}
	turned := frontSit
	turned.Name, turned.Turn, turned.Arm = "turn", 60, Straight(225, 250)
	lying := pose("knees bent", 180, 180, 180, Straight(0, 0), Straight(60, 290))
	lying.Foot, lying.Foot2 = 0, 0
	above := Pose{Name: "arms out", Back: 180, Chest: 180, Head: 180, Arm: Straight(90, 90), Arm2: Straight(270, 270),
		Leg: Limb{-4, 4, 0.5, 0.35}, Leg2: Limb{4, -4, 0.5, 0.35}}
	return map[string]*Figure{
		"cat-cow":     {View: ViewSide, Still: PointKnee, Poses: []Pose{cow, cat}},
		"chair":       {View: ViewSide, Props: []Prop{{PropChair, PointHip}}, Poses: []Pose{sit, lean}},
		"front-twist": {View: ViewFront, Props: []Prop{{PropChair, PointHip}}, Poses: []Pose{frontSit, turned}},
		"lying":       {View: ViewSide, Poses: []Pose{lying, lying}},
		"above":       {View: ViewAbove, Poses: []Pose{above, above}},
	}
}

// TestRenderGoldens draws each sample's keyframes, braille and ASCII, mirrored too.
func TestRenderGoldens(t *testing.T) {
	for name, f := range sampleFigures() {
		var b strings.Builder
		for _, cs := range []Charset{Braille, ASCII} {
			for _, mirror := range []bool{false, true} {
				for i := range f.Poses {
					lines := f.Render(float64(i), Options{Width: 24, Height: 8, Charset: cs, Mirror: mirror})
					b.WriteString(cs.String())
					if mirror {
						b.WriteString(" mirrored")
					}
					b.WriteString(" pose " + f.Poses[i].Name + "\n")
					for _, l := range lines {
						b.WriteString("|" + l + "|\n")
					}
				}
			}
		}
		golden(t, name+".golden", b.String())
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./content/figure -update creates it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (rerun with -update if intended):\n%s", name, got)
	}
}

// Every box is filled exactly: Height lines of Width cells, at any point along the poses, and
// nothing for no charset or a box too small.
func TestRenderFillsItsBox(t *testing.T) {
	for name, f := range sampleFigures() {
		for _, cs := range []Charset{Braille, ASCII} {
			for _, box := range [][2]int{{MinWidth, MinHeight}, {16, 5}, {23, 7}, {30, 10}, {60, 3}, {8, 20}} {
				for _, at := range []float64{0, 0.37, 1, 1.5, 2, -0.5, 7.25} {
					lines := f.Render(at, Options{Width: box[0], Height: box[1], Charset: cs})
					if len(lines) != box[1] {
						t.Fatalf("%s %v %v at %v: %d lines", name, cs, box, at, len(lines))
					}
					for _, l := range lines {
						if n := utf8.RuneCountInString(l); n != box[0] {
							t.Fatalf("%s %v %v at %v: line of %d cells: %q", name, cs, box, at, n, l)
						}
						if cs == ASCII && strings.IndexFunc(l, func(r rune) bool { return r > 0x7e }) >= 0 {
							t.Fatalf("ASCII figure holds %q", l)
						}
					}
				}
			}
		}
		if f.Render(0, Options{Width: 20, Height: 8}) != nil || f.Render(0, Options{Width: MinWidth - 1, Height: 8, Charset: Braille}) != nil {
			t.Errorf("%s: drawn with no charset or in too small a box", name)
		}
	}
	var none *Figure
	if none.Render(0, Options{Width: 20, Height: 8, Charset: Braille}) != nil {
		t.Error("a nil figure drew something")
	}
}

// A mirrored figure is the figure flipped left to right, cell for cell, on the same floor.
func TestMirror(t *testing.T) {
	f := sampleFigures()["cat-cow"]
	o := Options{Width: 20, Height: 6, Charset: Braille}
	plain := f.Render(1, o)
	o.Mirror = true
	flipped := f.Render(1, o)
	last := len(plain) - 1
	if !strings.HasPrefix(plain[last], "⡀") || !strings.HasPrefix(flipped[last], "⡀") {
		t.Errorf("floors differ: %q, %q", plain[last], flipped[last])
	}
	for i := range plain[:last] {
		if plain[i] != flipBraille(flipped[i]) {
			t.Fatalf("row %d: %q mirrored is %q", i, plain[i], flipped[i])
		}
	}
}

// flipBraille flips a line of braille left to right.
func flipBraille(s string) string {
	r := []rune(s)
	out := make([]rune, len(r))
	for i, c := range r {
		if c >= 0x2800 && c <= 0x28ff {
			var bits rune
			for y := range 4 {
				for x := range 2 {
					if (c-0x2800)&brailleBit[y][x] != 0 {
						bits |= brailleBit[y][1-x]
					}
				}
			}
			c = 0x2800 + bits
			if bits == 0 {
				c = ' '
			}
		}
		out[len(r)-1-i] = c
	}
	return string(out)
}

// At goes through the keyframes in order and back to the first, easing between them.
func TestAt(t *testing.T) {
	f := sampleFigures()["cat-cow"]
	a, b := f.Poses[0], f.Poses[1]
	for _, c := range []struct {
		t    float64
		want float64 // Back
	}{{0, a.Back}, {1, b.Back}, {2, a.Back}, {3, b.Back}, {-1, b.Back}, {0.5, (a.Back + b.Back) / 2}, {1.5, (a.Back + b.Back) / 2}} {
		if got := f.At(c.t).Back; got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("At(%v).Back = %v, want %v", c.t, got, c.want)
		}
	}
	if q := f.At(0.25).Back; q <= a.Back || q >= (a.Back+b.Back)/2 {
		t.Errorf("a quarter of the way, eased, Back = %v", q)
	}
	if f.Held() != 1 || !f.Moves() || sampleFigures()["lying"].Moves() {
		t.Error("Held or Moves")
	}
	same := sampleFigures()["lying"]
	p := same.Poses[1]
	p.Back = -180 // 180 and -180 are one direction
	if !samePose(same.Poses[0], p) {
		t.Error("180 and -180 differ")
	}
}

func TestCheckPose(t *testing.T) {
	stand := pose("", 90, 90, 90, Straight(270, 270), Straight(270, 270))
	if msgs := CheckPose(ViewSide, stand); len(msgs) > 0 {
		t.Errorf("standing: %v", msgs)
	}
	for _, c := range []struct {
		name string
		edit func(*Pose)
		want string
	}{
		{"knee backward", func(p *Pose) { p.Leg, p.Foot = Straight(0, 30), 120 }, "leg: the knee's bend"},
		{"elbow backward", func(p *Pose) { p.Arm2 = Straight(270, 220) }, "arm2: the elbow's bend"},
		{"spine folded", func(p *Pose) { p.Chest = 170 }, "chest: the bend of the spine"},
		{"neck round", func(p *Pose) { p.Head = -60 }, "head: the bend of the neck"},
		{"arm behind", func(p *Pose) { p.Arm = Straight(160, 160) }, "arm: the upper arm is"},
		{"ankle", func(p *Pose) { p.Foot = 200 }, "foot: the ankle"},
		{"hip", func(p *Pose) { p.Leg2, p.Foot2 = Straight(190, 190), 280 }, "leg2: the hip's bend"},
	} {
		p := stand
		c.edit(&p)
		msgs := CheckPose(ViewSide, p)
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], c.want) {
			t.Errorf("%s: %v, want one starting %q", c.name, msgs, c.want)
		}
	}
	short := stand
	short.Leg, short.Foot = Limb{0, 40, 0.5, 1}, 130 // a thigh toward you: its angle on the page says nothing
	if msgs := CheckPose(ViewSide, short); len(msgs) > 0 {
		t.Errorf("foreshortened thigh checked: %v", msgs)
	}
	front := sampleFigures()["front-twist"].Poses[1]
	if msgs := CheckPose(ViewFront, front); len(msgs) > 0 {
		t.Errorf("front twist: %v", msgs)
	}
	front.Chest, front.Head = 160, 160
	if msgs := CheckPose(ViewFront, front); len(msgs) != 1 || !strings.HasPrefix(msgs[0], "chest: the side bend") {
		t.Errorf("front side bend: %v", msgs)
	}
}

func TestThrough(t *testing.T) {
	if _, _, ok := sampleFigures()["cat-cow"].Through(); ok {
		t.Error("cat-cow goes through the floor")
	}
	f := sampleFigures()["chair"]
	sunk := *f
	p := sunk.Poses[1]
	p.Arm = Straight(270, 270) // hands hanging from a chair seat reach the floor…
	sunk.Still, sunk.Poses = PointHip, []Pose{sunk.Poses[0], p}
	p.Leg = Straight(300, 270) // …and a foot pushed below it
	sunk.Poses[1] = p
	if i, part, ok := sunk.Through(); !ok || i != 1 || part == "" {
		t.Errorf("Through = %d %q %v", i, part, ok)
	}
}

func TestCharsetFor(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Charset
	}{
		{map[string]string{}, Braille},
		{map[string]string{"LANG": "en_GB.UTF-8"}, Braille},
		{map[string]string{"LANG": "C.utf8"}, Braille},
		{map[string]string{"LANG": "de_DE.UTF-8@euro"}, Braille},
		{map[string]string{"LANG": "C"}, ASCII},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "POSIX"}, ASCII},
		{map[string]string{"LANG": "C", "LC_CTYPE": "en_US.UTF-8"}, Braille},
		{map[string]string{"LANG": "en_US.ISO-8859-1"}, ASCII},
		{map[string]string{"TERM": "linux", "LANG": "en_US.UTF-8"}, ASCII},
		{map[string]string{"TERM": "dumb"}, None},
		{map[string]string{"TERM": "xterm-256color", "LC_ALL": "en_US.UTF-8"}, Braille},
	} {
		if got := CharsetFor(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", c.env, got, c.want)
		}
	}
}

func TestNames(t *testing.T) {
	for _, v := range ViewNames() {
		if got, ok := ParseView(v); !ok || got.String() != v {
			t.Errorf("view %q", v)
		}
	}
	for _, p := range PropNames() {
		if got, ok := ParseProp(p); !ok || got.String() != p {
			t.Errorf("prop %q", p)
		}
	}
	for _, p := range PointNames() {
		if got, ok := ParsePoint(p); !ok || got.String() != p || got == PointNone {
			t.Errorf("point %q", p)
		}
	}
	if p, ok := ParsePoint(""); !ok || p != PointNone {
		t.Error("the empty point is none")
	}
	if None.String() != "none" || Braille.String() != "braille" || Charset(9).String() != "unknown" {
		t.Error("Charset.String")
	}
	if FormatAngle(90) != "90" || FormatAngle(12.5) != "12.5" {
		t.Error("FormatAngle")
	}
}

// The point a figure keeps still stays put through the move; without one, the hips keep their
// place across the floor and the body rests on it.
func TestStill(t *testing.T) {
	f := sampleFigures()["cat-cow"]
	knee := Joints(f, 0)["knee"]
	for _, at := range []float64{0.25, 0.5, 1, 1.5} {
		if got := Joints(f, at)["knee"]; got != knee {
			t.Errorf("at %v the knee moved from %v to %v", at, knee, got)
		}
	}
	g := sampleFigures()["chair"]
	a, b := Joints(g, 0), Joints(g, 1)
	if a["pelvis"][0] != b["pelvis"][0] {
		t.Errorf("the hips moved across: %v, %v", a["pelvis"], b["pelvis"])
	}
	if low := min(b["ankle"][1], b["toe"][1]); low < -0.01 || low > 0.6 {
		t.Errorf("the feet are %v off the floor", low)
	}
}
