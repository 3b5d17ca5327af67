package content

import (
	"strings"
	"testing"

	"github.com/limber-coach/limber/content/lang"
)

// poseFixture is trFixture with a figure on each exercise: knee-to-chest's poses are named,
// pelvic-tilt's first pose is not.
var poseFixture = strings.Replace(strings.Replace(trFixture, `tags = ["gentle"]`, `tags = ["gentle"]
[exercise.figure]
view = "side"
poses = [
  { name = "knees bent", back = 180, head = 180, arm = [0, 0], leg = [60, 290], foot = 0, leg2 = [60, 290], foot2 = 0 },
  { name = "hug one knee", arm = [50, 60], leg = [118, 0], foot = 70 },
]`, 1), `tempo = "3s"`, `tempo = "3s"
[exercise.figure]
view = "side"
poses = [
  { back = 180, head = 180, arm = [0, 0], leg = [60, 290], foot = 0, leg2 = [60, 290], foot2 = 0 },
  { name = "back flat", leg = [62, 292] },
]`, 1)

func poseLibrary(t *testing.T, de string) *Library {
	t.Helper()
	lib, probs := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(poseFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(de), Builtin: true},
	})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	return lib
}

// TestPoseNamesAreTranslated: the names under a figure ("1. knees bent") are words like any
// other — translated one for one, English where a translation lacks them — and the figure's
// angles stay the English library's.
func TestPoseNamesAreTranslated(t *testing.T) {
	de := strings.Replace(trDE, `caution = "Zieh sanft."`, `caution = "Zieh sanft."
poses = ["Knie gebeugt", "ein Knie umarmen"]`, 1)
	de = strings.Replace(de, `cues = ["Drück den Rücken flach."]`, `cues = ["Drück den Rücken flach."]
poses = ["ohne Namen", "Rücken flach"]`, 1)
	lib := poseLibrary(t, de)
	loc := lib.Localize(lang.German)
	e, _ := loc.Exercise("knee-to-chest")
	en, _ := lib.Exercise("knee-to-chest")
	if e.Figure.Poses[0].Name != "Knie gebeugt" || e.Figure.Poses[1].Name != "ein Knie umarmen" {
		t.Errorf("pose names not translated: %q, %q", e.Figure.Poses[0].Name, e.Figure.Poses[1].Name)
	}
	if en.Figure.Poses[0].Name != "knees bent" {
		t.Errorf("Localize changed the English figure: %q", en.Figure.Poses[0].Name)
	}
	if e.Figure.Poses[1].Leg != en.Figure.Poses[1].Leg || e.Figure.View != en.Figure.View || len(e.Figure.Poses) != len(en.Figure.Poses) {
		t.Error("a translation changed more than the pose names")
	}
	// A pose the English leaves unnamed stays unnamed, and the name given to it is an orphan.
	p, _ := loc.Exercise("pelvic-tilt")
	if p.Figure.Poses[0].Name != "" || p.Figure.Poses[1].Name != "Rücken flach" {
		t.Errorf("pelvic-tilt poses: %q, %q", p.Figure.Poses[0].Name, p.Figure.Poses[1].Name)
	}
	gaps := lib.TranslationGaps(lang.German).Error()
	if want := `exercise "pelvic-tilt": poses: pose 1 has no name in English; this one is not shown`; !strings.Contains(gaps, want) {
		t.Errorf("gaps lack %q:\n%s", want, gaps)
	}
	if strings.Contains(gaps, "knee-to-chest") {
		t.Errorf("knee-to-chest is fully translated:\n%s", gaps)
	}
}

func TestPoseNameGaps(t *testing.T) {
	// No poses at all: a gap naming them. A list of another length: the English shows.
	de := strings.Replace(trDE, `cues = ["Drück den Rücken flach."]`, `cues = ["Drück den Rücken flach."]
poses = ["Rücken flach", "zu viel", "noch mehr"]`, 1)
	lib := poseLibrary(t, de)
	gaps := lib.TranslationGaps(lang.German).Error()
	for _, want := range []string{
		`exercise "knee-to-chest": not translated: poses; the English is shown`,
		`exercise "pelvic-tilt": poses has 3 items, the English 2; translate them one for one (the English are shown until they match)`,
	} {
		if !strings.Contains(gaps, want) {
			t.Errorf("gaps lack %q:\n%s", want, gaps)
		}
	}
	p, _ := lib.Localize(lang.German).Exercise("pelvic-tilt")
	if p.Figure.Poses[1].Name != "back flat" {
		t.Errorf("a mismatched list was used: %q", p.Figure.Poses[1].Name)
	}
	// Pose names for an exercise with no figure are orphans.
	lib2, _ := mustBuild(t, []Source{
		{Name: BuiltinPrefix + "fixture.toml", Data: []byte(trFixture), Builtin: true},
		{Name: BuiltinPrefix + "locale/de.toml", Data: []byte(strings.Replace(trDE, `caution = "Zieh sanft."`, `caution = "Zieh sanft."
poses = ["a", "b"]`, 1)), Builtin: true},
	})
	if got := lib2.TranslationGaps(lang.German).Error(); !strings.Contains(got, `exercise "knee-to-chest": poses: the English figure has no pose names; these are not shown`) {
		t.Errorf("no orphan for pose names without a figure:\n%s", got)
	}
}

func TestPoseNameProblems(t *testing.T) {
	for _, c := range []struct{ poses, want string }{
		{`poses = "Knie gebeugt"`, "poses: expected an array of quoted strings"},
		{`poses = ["Knie gebeugt", "ein Knie ganz fest an die Brust ziehen"]`, "poses item 2 is 38 characters; keep it to 20"},
		{`poses = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]`, "9 pose names is more than a figure has poses (8 at most)"},
		{"[exercise.knee-to-chest.figure]\nview = \"front\"", "a translation cannot change a figure; translate the names of its poses with poses"},
	} {
		src := strings.Replace(trDE, `caution = "Zieh sanft."`, "caution = \"Zieh sanft.\"\n"+c.poses, 1)
		_, probs := Build([]Source{
			{Name: BuiltinPrefix + "fixture.toml", Data: []byte(poseFixture), Builtin: true},
			{Name: "u/locale/de.toml", Data: []byte(src)},
		})
		if !strings.Contains(probs.Error(), c.want) {
			t.Errorf("%s:\ngot  %v\nwant %q", c.poses, probs, c.want)
		}
	}
}
