package content

import (
	"strings"
	"testing"

	"github.com/limber-coach/limber/content/figure"
)

// figureExercise is a user exercise with a figure table holding body (a pose line per pose).
// The poses start on line 10.
func figureExercise(dose, body string) string {
	return "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"standing\"\ncues = [\"Stand.\"]\n" + dose + "\n" +
		"[exercise.figure]\n" + body
}

const (
	standPose = `{ name = "stand", back = 90, head = 90, arm = [270, 270], leg = [270, 270] }`
	reachPose = `{ name = "reach", arm = [90, 90] }`
)

// Every mistake in a figure is reported with its file and line, and says what would be valid.
func TestFigureProblems(t *testing.T) {
	poses := func(lines ...string) string {
		return "poses = [\n  " + strings.Join(lines, ",\n  ") + ",\n]\n"
	}
	cases := []struct {
		name, dose, body string
		want             string
		line             int
	}{
		{"one pose", `hold = "5s"`, poses(standPose), "a figure needs at least 2 poses (1 given)", 8},
		{"no poses", `hold = "5s"`, "view = \"side\"\n", "a figure needs at least 2 poses (0 given)", 7},
		{"unknown view", `hold = "5s"`, "view = \"top\"\n" + poses(standPose, reachPose), `unknown view "top"`, 8},
		{"unknown joint", `hold = "5s"`, poses(standPose, `{ name = "reach", elbow = [90, 90] }`), `unknown key "elbow" in a figure pose`, 10},
		{"joint misspelt", `hold = "5s"`, poses(standPose, `{ bakc = 80 }`), `(did you mean "back"?)`, 10},
		{"first pose missing a joint", `hold = "5s"`, poses(`{ back = 90, arm = [270, 270] }`, reachPose), "the first pose must set back, arm and leg (missing: leg)", 9},
		{"knee backward", `hold = "5s"`, poses(standPose, `{ name = "kick", leg = [0, 40], foot = 130 }`), `pose 2 ("kick"): leg: the knee's bend`, 10},
		{"angle out of range", `hold = "5s"`, poses(standPose, `{ back = 400 }`), "back = 400 is out of range", 10},
		{"limb of three", `hold = "5s"`, poses(standPose, `{ arm = [1, 2, 3] }`), "arm takes two angles", 10},
		{"share past one", `hold = "5s"`, poses(standPose, `{ arm = [90, 90, 2, 1] }`), "how much of a segment is seen is 0 to 1", 10},
		{"belly past one", `hold = "5s"`, poses(standPose, `{ belly = 2 }`), "belly = 2 is out of range", 10},
		{"turn from the side", `hold = "5s"`, poses(standPose, `{ turn = 30 }`), "turn is for the front and above views", 10},
		{"unknown prop", `hold = "5s"`, "props = { chiar = \"hip\" }\n" + poses(standPose, reachPose), `unknown prop "chiar" (did you mean "chair"?)`, 8},
		{"prop at nothing", `hold = "5s"`, "props = { chair = \"bum\" }\n" + poses(standPose, reachPose), `chair = "bum" is not a point of the body`, 8},
		{"unknown still point", `hold = "5s"`, "still = \"toes\"\n" + poses(standPose, reachPose), `still: unknown point "toes"`, 8},
		{"reps that do not move", `reps = 5`, poses(standPose, `{ name = "stand" }`), "the poses are all the same", 8},
		{"through the floor", `hold = "5s"`, "still = \"hand\"\n" + poses(standPose, `{ name = "sink", arm = [90, 90] }`), "pose 2: a foot goes through the floor", 11},
		{"figure not a table", `hold = "5s"`, "", "", 0}, // replaced below
		{"unknown figure key", `hold = "5s"`, "viwe = \"side\"\n" + poses(standPose, reachPose), `unknown key "viwe" in [exercise.figure] (did you mean "view"?)`, 8},
		{"a name too long", `hold = "5s"`, poses(standPose, `{ name = "`+strings.Repeat("n", 30)+`" }`), "name is too long; keep it to 20", 10},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := figureExercise(c.dose, c.body)
			if c.name == "figure not a table" {
				src = "[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"standing\"\ncues = [\"Stand.\"]\nhold = \"5s\"\nfigure = \"stick\"\n"
				c.want, c.line = "figure: expected a table, found a quoted string", 7
			}
			lib, probs := Build(fixtureSources(src))
			if len(probs) == 0 {
				t.Fatalf("no problem reported for:\n%s", src)
			}
			p := probs[0]
			if !strings.Contains(p.Error(), c.want) || p.File != "user.toml" {
				t.Errorf("problem %q does not contain %q", p.Error(), c.want)
			}
			if p.Line != c.line {
				t.Errorf("problem %q at line %d, want %d", p.Error(), p.Line, c.line)
			}
			if _, ok := lib.Exercise("x"); ok {
				t.Error("an exercise with a bad figure loaded")
			}
		})
	}
}

// A pose lists only what changes: the rest comes from the pose before, chest, head and feet
// keeping their angle to what they hang from, arm2 and leg2 following arm and leg until set.
func TestFigurePosesInherit(t *testing.T) {
	src := figureExercise(`reps = 5`, "poses = [\n"+
		"  { name = \"stand\", back = 90, head = 80, arm = [270, 270], leg = [270, 270] },\n"+
		"  { name = \"lean\", back = 60, arm = [300, 300] },\n"+
		"  { arm2 = [0, 0], leg = [300, 260] },\n"+
		"  { arm = [90, 90] },\n"+
		"]\n")
	lib, probs := Build(fixtureSources(src))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	e, _ := lib.Exercise("x")
	p := e.Figure.Poses
	if p[0].Chest != 90 || p[0].Head != 80 || p[0].Arm2 != p[0].Arm || p[0].Foot != 360 || p[0].Foot2 != 360 {
		t.Errorf("first pose defaults: %+v", p[0])
	}
	if p[1].Back != 60 || p[1].Chest != 60 || p[1].Head != 50 || p[1].Arm2 != figure.Straight(300, 300) || p[1].Leg != p[0].Leg {
		t.Errorf("second pose: %+v", p[1])
	}
	if p[2].Foot != 350 || p[2].Leg2 != p[2].Leg || p[2].Arm2 != figure.Straight(0, 0) || p[2].Name != "" {
		t.Errorf("third pose: %+v", p[2])
	}
	if p[3].Arm2 != figure.Straight(0, 0) {
		t.Errorf("arm2, once set, stays: %+v", p[3])
	}
	front := figureExercise(`hold = "5s"`, "view = \"front\"\nposes = [\n"+
		"  { back = 90, arm = [280, 270], leg = [275, 270] },\n  { arm = [0, 90] },\n]\n")
	lib, probs = Build(fixtureSources(front))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	e, _ = lib.Exercise("x")
	if got := e.Figure.Poses[1].Arm2; got != figure.Straight(180, 90) {
		t.Errorf("seen from the front arm2 mirrors arm: %v", got)
	}
}

// Every built-in exercise has a figure that draws in every box the screens use, fills it, and
// — for reps and breathing, which the coach animates — changes between its keyframes.
func TestBuiltinFigures(t *testing.T) {
	lib, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lib.Exercises() {
		f := e.Figure
		if f == nil {
			t.Errorf("%s has no figure", e.ID)
			continue
		}
		if _, part, ok := f.Through(); ok {
			t.Errorf("%s: %s goes through the floor", e.ID, part)
		}
		for _, cs := range []figure.Charset{figure.Braille, figure.ASCII} {
			for _, box := range [][2]int{{16, 5}, {23, 7}, {26, 9}, {30, 10}, {34, 9}, {40, 8}} {
				o := figure.Options{Width: box[0], Height: box[1], Charset: cs}
				frames := map[string]bool{}
				for i := range f.Poses {
					for _, mirror := range []bool{false, true} {
						o.Mirror = mirror
						lines := f.Render(float64(i), o)
						if len(lines) != box[1] {
							t.Fatalf("%s %v %v: %d lines", e.ID, cs, box, len(lines))
						}
						blank := true
						for _, l := range lines[:len(lines)-1] {
							if len([]rune(l)) != box[0] {
								t.Fatalf("%s %v %v: a line of %d cells", e.ID, cs, box, len([]rune(l)))
							}
							blank = blank && strings.TrimSpace(l) == ""
						}
						if blank {
							t.Errorf("%s %v %v pose %d: nothing drawn", e.ID, cs, box, i+1)
						}
						if !mirror {
							frames[strings.Join(lines, "\n")] = true
						}
					}
				}
				moves := e.Dose.Kind != DoseHold
				if moves && cs == figure.Braille && box[0] >= 23 && len(frames) < 2 {
					t.Errorf("%s %v: moves, but its keyframes draw alike", e.ID, box)
				}
			}
		}
		if e.Dose.Kind != DoseHold && !f.Moves() {
			t.Errorf("%s: reps or breathing with poses that do not move", e.ID)
		}
		for i, p := range f.Poses {
			if p.Name == "" {
				t.Errorf("%s pose %d has no name", e.ID, i+1)
			}
		}
	}
}
