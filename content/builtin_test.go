package content_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
)

// requiredExercises are the moves the content brief (../shared/content-brief.md) asks for, by
// the id the built-in library gives them. A missing id means something from the brief was
// dropped or renamed; update this list only on purpose.
var requiredExercises = []string{
	// lower back
	"knee-to-chest", "cat-cow", "glute-bridge", "glute-bridge-hold", "single-leg-bridge",
	"pelvic-tilt", "childs-pose",
	// posture, neck and upper back
	"doorway-chest-stretch", "upper-trap-stretch", "shoulder-blade-squeeze", "wall-angels",
	"chin-tuck", "shoulder-rolls", "upper-back-stretch", "chest-opener", "upper-back-extension",
	"reverse-fly", "band-row",
	// mid back and desk
	"seated-chair-rotation", "chair-extension", "seated-twist", "chair-cat-camel",
	"desk-shoulder-stretch", "standing-hamstring-stretch", "seated-figure-four",
	// core
	"abdominal-drawing-in", "plank", "knee-plank", "side-plank", "side-plank-knees", "bird-dog",
	"superman", "dead-bug", "partial-crunch", "clamshell", "plank-shoulder-taps",
	"reverse-crunch", "mountain-climber", "torso-twist", "roll-down", "hundred", "lateral-step-up",
	// flexibility and hips
	"cobra", "sphinx", "supine-twist", "pigeon-pose", "standing-forward-fold",
	"seated-forward-bend", "low-lunge", "hip-flexor-stretch", "piriformis-stretch", "lunge",
	// pregnancy
	"knee-to-chest-pregnancy", "childs-pose-wide-knees", "seated-piriformis-chair",
	"side-lying-leg-lift", "all-fours-pelvic-tilt", "cat-cow-pregnancy", "pregnancy-bridge",
	// sciatica
	"sciatic-nerve-glide", "knee-to-shoulder", "standing-piriformis-stretch", "prone-press-up",
	// scoliosis
	"seated-side-bend",
	// foam rolling
	"foam-roll-glutes", "foam-roll-thoracic", "foam-roll-upper-back", "foam-roll-lats",
	"foam-roll-extension",
	// breathing
	"diaphragmatic-breathing", "breathing-4-7-8", "box-breathing",
}

// requiredRoutines are the routines the brief calls for, one per cause or situation.
var requiredRoutines = []string{
	"desk-break", "lower-back-relief", "lower-back-mobility", "posture-upper-back",
	"mid-back-mobility", "core-stability", "gentle-yoga", "hips", "pregnancy", "sciatica",
	"scoliosis", "breathing-relaxation", "plank-practice", "foam-rolling",
}

func loadBuiltin(t *testing.T) *content.Library {
	t.Helper()
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatalf("built-in library does not load:\n%v", err)
	}
	return lib
}

func exercise(t *testing.T, lib *content.Library, id string) *content.Exercise {
	t.Helper()
	ex, ok := lib.Exercise(id)
	if !ok {
		t.Fatalf("exercise %q does not exist", id)
	}
	return ex
}

func routine(t *testing.T, lib *content.Library, id string) *content.Routine {
	t.Helper()
	r, ok := lib.Routine(id)
	if !ok {
		t.Fatalf("routine %q does not exist", id)
	}
	return r
}

func TestBuiltinHasEveryRequiredExercise(t *testing.T) {
	lib := loadBuiltin(t)
	for _, id := range requiredExercises {
		if _, ok := lib.Exercise(id); !ok {
			t.Errorf("required exercise %q is missing from the built-in library", id)
		}
	}
}

func TestBuiltinHasEveryRequiredRoutine(t *testing.T) {
	lib := loadBuiltin(t)
	for _, id := range requiredRoutines {
		if _, ok := lib.Routine(id); !ok {
			t.Errorf("required routine %q is missing from the built-in library", id)
		}
	}
}

func TestBuiltinRoutineStepsExist(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		if len(r.Steps) == 0 {
			t.Errorf("routine %q has no steps", r.ID)
		}
		for i, st := range r.Steps {
			if _, ok := lib.Exercise(st.Exercise); !ok {
				t.Errorf("routine %q step %d names unknown exercise %q", r.ID, i+1, st.Exercise)
			}
		}
	}
}

func TestBuiltinGentlerVariantsExist(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if ex.Gentler == "" {
			continue
		}
		if ex.Gentler == ex.ID {
			t.Errorf("exercise %q names itself as its gentler variant", ex.ID)
		}
		if _, ok := lib.Exercise(ex.Gentler); !ok {
			t.Errorf("exercise %q: gentler variant %q does not exist", ex.ID, ex.Gentler)
		}
	}
}

func TestBuiltinCuesAreShort(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if n := len(ex.Cues); n < 2 || n > 5 {
			t.Errorf("exercise %q has %d cues, want 2–5", ex.ID, n)
		}
		for _, c := range ex.Cues {
			if n := utf8.RuneCountInString(c); n > 90 {
				t.Errorf("exercise %q: cue is %d characters, want ≤ 90: %q", ex.ID, n, c)
			}
			if c == "" {
				t.Errorf("exercise %q has an empty cue", ex.ID)
			}
		}
	}
}

func TestBuiltinRoutinesHaveSummaries(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		if r.Summary == "" {
			t.Errorf("routine %q has no summary", r.ID)
		}
		if len(r.For) == 0 {
			t.Errorf("routine %q says nothing about what it is for", r.ID)
		}
	}
}

func TestDeskBreakNeedsNoFloor(t *testing.T) {
	lib := loadBuiltin(t)
	r := routine(t, lib, content.DefaultRoutine)
	if r.ID != "desk-break" {
		t.Fatalf("default routine is %q, want desk-break", r.ID)
	}
	if first := lib.Routines()[0]; first.ID != "desk-break" {
		t.Errorf("first routine listed is %q, want the desk break", first.ID)
	}
	for _, tag := range []string{"desk", "quick"} {
		if !r.HasTag(tag) {
			t.Errorf("desk-break is not tagged %q", tag)
		}
	}
	allowed := []string{"chair", "desk", "wall"}
	for _, st := range r.Steps {
		ex := exercise(t, lib, st.Exercise)
		if ex.Position.Floor() {
			t.Errorf("desk-break step %q needs the floor (position %s)", ex.ID, ex.Position)
		}
		for _, eq := range ex.Equipment {
			if !slices.Contains(allowed, eq) {
				t.Errorf("desk-break step %q needs %q; only chair, desk or wall are allowed", ex.ID, eq)
			}
		}
	}
}

func TestPregnancyRoutineAvoidsUnsafeMoves(t *testing.T) {
	lib := loadBuiltin(t)
	r := routine(t, lib, "pregnancy")
	if !r.HasTag("pregnancy-ok") || !r.HasTag("gentle") {
		t.Errorf("pregnancy routine tags = %v, want gentle and pregnancy-ok", r.Tags)
	}
	for _, st := range r.Steps {
		ex := exercise(t, lib, st.Exercise)
		if ex.HasTag("avoid-in-pregnancy") {
			t.Errorf("pregnancy routine includes %q, which is tagged avoid-in-pregnancy", ex.ID)
		}
		if ex.Position == content.PositionProne {
			t.Errorf("pregnancy routine includes %q, which is done face down", ex.ID)
		}
	}
}

func TestPregnancyTagsAgree(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if ex.HasTag("pregnancy-ok") && ex.HasTag("avoid-in-pregnancy") {
			t.Errorf("exercise %q is tagged both pregnancy-ok and avoid-in-pregnancy", ex.ID)
		}
		if ex.Position == content.PositionProne && !ex.HasTag("avoid-in-pregnancy") {
			t.Errorf("exercise %q is done face down but not tagged avoid-in-pregnancy", ex.ID)
		}
	}
	for _, r := range lib.Routines() {
		if !r.HasTag("pregnancy-ok") {
			continue
		}
		for _, st := range r.Steps {
			if ex := exercise(t, lib, st.Exercise); ex.HasTag("avoid-in-pregnancy") {
				t.Errorf("routine %q is tagged pregnancy-ok but includes %q", r.ID, ex.ID)
			}
		}
	}
}

func TestGentleRoutinesAreAllGentle(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		if !r.HasTag("gentle") {
			continue
		}
		for _, st := range r.Steps {
			if ex := exercise(t, lib, st.Exercise); !ex.HasTag("gentle") {
				t.Errorf("routine %q is tagged gentle but includes %q, which is not", r.ID, ex.ID)
			}
		}
	}
}

func TestBreathingPatterns(t *testing.T) {
	lib := loadBuiltin(t)
	sec := func(ps []content.Phase) []int {
		var out []int
		for _, p := range ps {
			out = append(out, int(p.Duration.Seconds()))
		}
		return out
	}
	for id, want := range map[string][]int{
		"breathing-4-7-8": {4, 7, 8},
		"box-breathing":   {4, 4, 4, 4},
	} {
		ex := exercise(t, lib, id)
		if ex.Dose.Kind != content.DoseBreath {
			t.Errorf("%s: dose kind %s, want breath", id, ex.Dose.Kind)
			continue
		}
		if got := sec(ex.Dose.Breath); !slices.Equal(got, want) {
			t.Errorf("%s: phases %v s, want %v s", id, got, want)
		}
	}
	if ex := exercise(t, lib, "diaphragmatic-breathing"); ex.Dose.Kind != content.DoseBreath {
		t.Errorf("diaphragmatic-breathing: dose kind %s, want breath", ex.Dose.Kind)
	}
}

func TestHarderMovesOfferGentlerVariants(t *testing.T) {
	lib := loadBuiltin(t)
	for id, want := range map[string]string{
		"plank":                "knee-plank",
		"knee-plank":           "abdominal-drawing-in",
		"side-plank":           "side-plank-knees",
		"superman":             "bird-dog",
		"cobra":                "sphinx",
		"upper-back-extension": "chair-extension",
		// Each of these is a real step down: smaller range, more support or less load, never the
		// same position again (a kneeling lunge does not fall back to a kneeling lunge).
		"bird-dog":                   "bird-dog-reach",
		"sciatic-nerve-glide":        "sciatic-nerve-glide-easy",
		"piriformis-stretch":         "seated-figure-four",
		"standing-hamstring-stretch": "seated-hamstring-stretch",
		"hip-flexor-stretch":         "standing-hip-flexor-stretch",
		"low-lunge":                  "standing-hip-flexor-stretch",
		"lunge":                      "lateral-step-up",
		"sphinx":                     "prone-lying",
		"supine-twist":               "knee-rocks",
		"seated-twist":               "seated-torso-turn",
		"seated-chair-rotation":      "seated-torso-turn",
		"torso-twist":                "seated-torso-turn",
	} {
		if got := exercise(t, lib, id).Gentler; got != want {
			t.Errorf("%s: gentler = %q, want %q", id, got, want)
		}
	}
}

func TestTestableHoldsAreHolds(t *testing.T) {
	lib := loadBuiltin(t)
	for _, id := range []string{"plank", "knee-plank", "side-plank", "side-plank-knees", "glute-bridge-hold"} {
		if !exercise(t, lib, id).HasTag("testable") {
			t.Errorf("%s is not tagged testable", id)
		}
	}
	for _, ex := range lib.Exercises() {
		if ex.HasTag("testable") && ex.Dose.Kind != content.DoseHold {
			t.Errorf("%s is tagged testable but its dose is %s, not a hold", ex.ID, ex.Dose.Kind)
		}
	}
}

func TestFoamRollingNeedsARoller(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if ex.HasTag("foam-rolling") && !slices.Contains(ex.Equipment, "foam roller") {
			t.Errorf("%s is tagged foam-rolling but does not list a foam roller", ex.ID)
		}
		if slices.Contains(ex.Equipment, "foam roller") && slices.Contains(ex.Targets, "lower back") {
			t.Errorf("%s rolls the lower back; roll around it instead", ex.ID)
		}
	}
}

func TestBuiltinSafetyText(t *testing.T) {
	s := loadBuiltin(t).Safety()
	if len(s.RedFlags) < 8 {
		t.Errorf("safety has %d red flags, want at least 8", len(s.RedFlags))
	}
	for name, v := range map[string]string{
		"disclaimer": s.Disclaimer,
		"emergency":  s.Emergency,
		"pain_rule":  s.PainRule,
		"after_pain": s.AfterPain,
		"pregnancy":  s.Pregnancy,
	} {
		if v == "" {
			t.Errorf("safety %s is empty", name)
		}
	}
	if len(s.SelfCare) == 0 {
		t.Errorf("safety self_care is empty")
	}
}

// TestDynamicMovesComeBeforeStaticStretches keeps each built-in routine in the order the brief
// asks for: flowing moves (tagged dynamic, or mobility done as reps) before static stretch holds.
func TestDynamicMovesComeBeforeStaticStretches(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		static := ""
		for _, st := range r.Steps {
			ex := exercise(t, lib, st.Exercise)
			dynamic := ex.HasTag("dynamic") || ex.HasTag("mobility") && st.Dose.Kind == content.DoseReps
			if dynamic && static != "" {
				t.Errorf("routine %q: the flowing move %q comes after the static stretch %q", r.ID, ex.ID, static)
			}
			if static == "" && ex.HasTag("stretch") && st.Dose.Kind == content.DoseHold {
				static = ex.ID
			}
		}
	}
}

// TestBuiltinSafetyNamesTheStandardSigns pins the signs standard back-pain guidance names, so an
// edit cannot quietly drop one. Leg pain on its own is not a red flag: the program asks about it
// separately (assessed leg pain may use the sciatica routine), so the list must not repeat it.
func TestBuiltinSafetyNamesTheStandardSigns(t *testing.T) {
	s := loadBuiltin(t).Safety()
	has := func(field, text string, words ...string) {
		t.Helper()
		for _, w := range words {
			if !strings.Contains(strings.ToLower(text), w) {
				t.Errorf("safety %s does not mention %q: %q", field, w, text)
			}
		}
	}
	has("emergency", s.Emergency, "bladder", "bowel", "passing urine", "genitals", "both legs", "emergency care", "do not exercise")
	flags := strings.Join(s.RedFlags, "\n")
	has("red_flags", flags, "severe pain", "numbness", "tingling", "weakness", "fever", "weight loss",
		"night", "cancer", "fall", "several weeks")
	for _, f := range s.RedFlags {
		if l := strings.ToLower(f); strings.Contains(l, "down a leg") || strings.Contains(l, "down your leg") {
			t.Errorf("red flag %q is about leg pain, which is asked about separately", f)
		}
	}
	stop := strings.Join(s.PregnancyStop, "\n")
	has("pregnancy_stop", stop, "bleeding", "fluid", "contractions", "dizzy", "chest pain",
		"short", "calf", "headache", "baby moving less")
	has("pregnancy", s.Pregnancy, "midwife or doctor", "back", "face down", "breath")
}

// maxOnBack is the longest spell on the back a routine offered in pregnancy may ask for. After
// the first trimester, lying on the back for long can press on the large vein that returns blood
// to the heart; standard guidance (ACOG, RCOG/NHS) is to keep those spells short.
const maxOnBack = time.Minute

// longestOnBack returns the longest continuous time plan p keeps a person on their back
// (position lying), and the exercise where that spell ends. Rests and side switches between two
// steps on the back count (the person stays down); a rest before or after such a spell does not
// (they are moving in or out of it). Self-paced reps count at the plan's default estimate.
func longestOnBack(p *session.Plan) (time.Duration, string) {
	var longest, run, pending time.Duration
	var where string
	onBack := false
	for _, st := range p.Steps {
		if !st.Kind.Work() {
			if onBack {
				pending += st.Duration
			}
			continue
		}
		d := st.Duration
		if !st.Timed() {
			d = time.Duration(st.Reps) * session.DefaultSelfPacedRep
		}
		if st.Exercise != nil && st.Exercise.Position == content.PositionLying {
			if onBack {
				run += pending
			} else {
				run = 0
			}
			run += d
			onBack, pending = true, 0
			if run > longest {
				longest, where = run, st.Exercise.ID
			}
			continue
		}
		onBack, run, pending = false, 0, 0
	}
	return longest, where
}

// offeredInPregnancy reports whether a pregnant person is offered r without a warning: it is
// tagged pregnancy-ok, or none of its exercises is tagged avoid-in-pregnancy.
func offeredInPregnancy(lib *content.Library, r *content.Routine) bool {
	if r.HasTag("pregnancy-ok") {
		return true
	}
	for _, st := range r.Steps {
		if ex, ok := lib.Exercise(st.Exercise); ok && ex.HasTag("avoid-in-pregnancy") {
			return false
		}
	}
	return true
}

// TestPregnancyTimeOnTheBack keeps every routine offered in pregnancy, the pregnancy routine first
// among them, from holding a person on their back for more than maxOnBack in a row, and checks
// that an exercise whose own dose does is tagged avoid-in-pregnancy.
func TestPregnancyTimeOnTheBack(t *testing.T) {
	lib := loadBuiltin(t)
	if !offeredInPregnancy(lib, routine(t, lib, "pregnancy")) {
		t.Fatalf("the pregnancy routine is not offered in pregnancy")
	}
	for _, r := range lib.Routines() {
		if !offeredInPregnancy(lib, r) {
			continue
		}
		// After a pain stop the gentler variant runs in its place (that session or the next), so
		// the routine with every step at its gentler variant must keep to the limit too.
		gentler := *r
		gentler.ID, gentler.Steps = r.ID+" (gentler variants)", nil
		for _, st := range r.Steps {
			if ex := exercise(t, lib, st.Exercise); ex.Gentler != "" {
				g := exercise(t, lib, ex.Gentler)
				st = content.RoutineStep{Exercise: g.ID, Dose: g.Dose, Sides: g.Sides, Rest: st.Rest}
			}
			gentler.Steps = append(gentler.Steps, st)
		}
		for _, r := range []*content.Routine{r, &gentler} {
			p, err := session.NewPlan(r, lib, session.Options{})
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			if got, where := longestOnBack(p); got > maxOnBack {
				t.Errorf("routine %q keeps you on your back for %v in a row (up to %q); keep it to %v",
					r.ID, got, where, maxOnBack)
			}
		}
	}
	none := time.Duration(0)
	for _, ex := range lib.Exercises() {
		if ex.HasTag("avoid-in-pregnancy") {
			continue
		}
		one := &content.Routine{ID: "one", Name: ex.Name, GetReady: &none,
			Steps: []content.RoutineStep{{Exercise: ex.ID, Dose: ex.Dose, Sides: ex.Sides}}}
		p, err := session.NewPlan(one, lib, session.Options{})
		if err != nil {
			t.Fatalf("%s: %v", ex.ID, err)
		}
		if got, _ := longestOnBack(p); got > maxOnBack {
			t.Errorf("exercise %q keeps you on your back for %v at its own dose; shorten it or tag it avoid-in-pregnancy",
				ex.ID, got)
		}
	}
}

// TestLongestOnBackCountsTheSpell checks the measure itself on a hand-made routine.
func TestLongestOnBackCountsTheSpell(t *testing.T) {
	lying := &content.Exercise{ID: "on-back", Name: "On back", Position: content.PositionLying, Cues: []string{"x"},
		Dose: content.Dose{Kind: content.DoseHold, Hold: 20 * time.Second, Repeat: 1, Sets: 1}}
	kneel := &content.Exercise{ID: "kneel", Name: "Kneel", Position: content.PositionKneeling, Cues: []string{"x"},
		Dose: content.Dose{Kind: content.DoseHold, Hold: 30 * time.Second, Repeat: 1, Sets: 1}}
	each := *lying
	each.ID, each.Sides = "on-back-each", content.SidesEach
	step := func(ex *content.Exercise) content.RoutineStep {
		return content.RoutineStep{Exercise: ex.ID, Dose: ex.Dose, Sides: ex.Sides, Rest: 10 * time.Second}
	}
	ready := 10 * time.Second
	r := &content.Routine{ID: "r", Name: "R", GetReady: &ready,
		Steps: []content.RoutineStep{step(lying), step(&each), step(kneel), step(lying)}}
	lib := content.NewLibrary([]*content.Exercise{lying, &each, kneel}, []*content.Routine{r}, content.Safety{})
	p, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 20 s + 10 s rest + 20 s left + 5 s switch + 20 s right; the get-ready and the rest before
	// the kneeling step are not on the back, and the last 20 s is a spell of its own.
	if got, where := longestOnBack(p); got != 75*time.Second || where != "on-back-each" {
		t.Errorf("longestOnBack = %v ending at %q, want 1m15s ending at on-back-each", got, where)
	}
}

// TestBreathHoldsAreAvoidedInPregnancy: holding the breath is the common mistake the pregnancy
// guidance warns about (000), so a pattern with a hold phase is tagged avoid-in-pregnancy.
func TestBreathHoldsAreAvoidedInPregnancy(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		for _, ph := range ex.Dose.Breath {
			if ph.Kind == content.PhaseHold && !ex.HasTag("avoid-in-pregnancy") {
				t.Errorf("%s holds the breath but is not tagged avoid-in-pregnancy", ex.ID)
				break
			}
		}
	}
}
