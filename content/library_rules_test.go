package content_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/limber-coach/limber/content"
)

// Rules every built-in exercise and routine keeps, so the library stays safe and truthful on
// every path: a caution on every exercise, an easier variant where pain is plausible, cues that
// say which side is worked, a routine (or a pain stop) that reaches every exercise, and a word on
// getting up off the floor.

// TestEveryExerciseHasACaution: one short line on when to ease off or stop.
func TestEveryExerciseHasACaution(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if strings.TrimSpace(ex.Caution) == "" {
			t.Errorf("exercise %q has no caution; say when to ease off or stop", ex.ID)
		}
	}
}

// needGentler are the exercises where pain is plausible enough that a pain stop must be able to
// offer an easier variant.
var needGentler = []string{
	"bird-dog", "sciatic-nerve-glide", "piriformis-stretch", "standing-hamstring-stretch",
	"hip-flexor-stretch", "low-lunge", "sphinx", "supine-twist", "seated-twist",
	"seated-chair-rotation", "torso-twist", "lunge", "knee-to-chest", "side-lying-leg-lift",
	"knee-to-shoulder", "standing-piriformis-stretch", "prone-press-up", "cobra", "pigeon-pose",
	"plank", "side-plank", "superman",
}

// gentlerChain returns the gentler variants of id, nearest first, and whether the chain loops.
func gentlerChain(lib *content.Library, id string) ([]*content.Exercise, bool) {
	var chain []*content.Exercise
	seen := map[string]bool{id: true}
	for {
		ex, ok := lib.Exercise(id)
		if !ok || ex.Gentler == "" {
			return chain, false
		}
		if seen[ex.Gentler] {
			return chain, true
		}
		seen[ex.Gentler] = true
		g, ok := lib.Exercise(ex.Gentler)
		if !ok {
			return chain, false
		}
		chain = append(chain, g)
		id = g.ID
	}
}

// TestGentlerVariantsWherePainIsPlausible: the listed exercises offer an easier variant (which
// one, and that it is really easier, is pinned in TestHarderMovesOfferGentlerVariants), and no
// chain of gentler variants loops back on itself.
func TestGentlerVariantsWherePainIsPlausible(t *testing.T) {
	lib := loadBuiltin(t)
	for _, id := range needGentler {
		if exercise(t, lib, id).Gentler == "" {
			t.Errorf("exercise %q has no gentler variant to offer after a pain stop", id)
		}
	}
	for _, ex := range lib.Exercises() {
		if _, loops := gentlerChain(lib, ex.ID); loops {
			t.Errorf("the gentler variants starting at %q go round in a circle", ex.ID)
		}
	}
}

// TestGentlerVariantsKeepTheRoutineSafe: a pain stop never swaps in something the person was
// screened away from. In a gentle routine (the only ones offered after red-flag answers) every
// variant down the chain is gentle; in a routine offered in pregnancy none is avoid-in-pregnancy.
func TestGentlerVariantsKeepTheRoutineSafe(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		for _, st := range r.Steps {
			chain, _ := gentlerChain(lib, st.Exercise)
			for _, g := range chain {
				if r.HasTag("gentle") && !g.HasTag("gentle") {
					t.Errorf("gentle routine %q: %q can fall back to %q, which is not gentle", r.ID, st.Exercise, g.ID)
				}
				if offeredInPregnancy(lib, r) && g.HasTag("avoid-in-pregnancy") {
					t.Errorf("routine %q is offered in pregnancy, but %q can fall back to %q, tagged avoid-in-pregnancy",
						r.ID, st.Exercise, g.ID)
				}
			}
		}
	}
}

// ambiguousSide catches each-side cues that leave the side unsaid: "hug one knee", "turn toward
// that side", "the same side as that hand", "behind the lower thigh". The screen and the voice
// say LEFT or RIGHT; the cue must tie that word to a limb ("the working knee", "the leg you are
// stretching").
var ambiguousSide = regexp.MustCompile(`(?i)\bone (knee|leg|foot|ankle|arm|hand|heel|shin|thigh|hip|buttock|shoulder|wrist|elbow)\b` +
	`|\bthat side\b|\bsame side as\b|\blower thigh\b|\bcrossed leg\b|\bone side\b`)

// namesTheSide is what an each-side exercise's cues must say somewhere to tie LEFT or RIGHT to
// the body.
var namesTheSide = regexp.MustCompile(`(?i)\bworking\b|\bworking-side\b|you are stretching`)

func TestEachSideCuesNameTheSide(t *testing.T) {
	lib := loadBuiltin(t)
	for _, ex := range lib.Exercises() {
		if ex.Sides != content.SidesEach {
			continue
		}
		for _, c := range ex.Cues {
			if m := ambiguousSide.FindString(c); m != "" {
				t.Errorf("%s: cue %q says %q; name the side being worked (\"the working knee\", \"the leg you are stretching\")", ex.ID, c, m)
			}
		}
		if !namesTheSide.MatchString(strings.Join(ex.Cues, " ")) {
			t.Errorf("%s works each side in turn, but no cue says which side is being worked: %q", ex.ID, ex.Cues)
		}
	}
}

// TestEveryExerciseHasAHome: an exercise no routine uses and no pain stop can reach is one nobody
// will ever be coached through.
func TestEveryExerciseHasAHome(t *testing.T) {
	lib := loadBuiltin(t)
	home := map[string]bool{}
	for _, r := range lib.Routines() {
		for _, st := range r.Steps {
			home[st.Exercise] = true
		}
	}
	for _, ex := range lib.Exercises() {
		if ex.Gentler != "" {
			home[ex.Gentler] = true
		}
	}
	for _, ex := range lib.Exercises() {
		if !home[ex.ID] {
			t.Errorf("exercise %q is in no routine and is no exercise's gentler variant", ex.ID)
		}
	}
}

// TestFloorRoutinesSayHowToGetUp: the last floor exercise of a routine tells how to get up
// safely (roll to your side, onto hands and knees, then stand with a hand on a knee or chair).
func TestFloorRoutinesSayHowToGetUp(t *testing.T) {
	lib := loadBuiltin(t)
	for _, r := range lib.Routines() {
		last := -1
		for i, st := range r.Steps {
			if exercise(t, lib, st.Exercise).Position.Floor() {
				last = i
			}
		}
		if last < 0 {
			continue
		}
		st := r.Steps[last]
		note := strings.ToLower(st.Note)
		if !strings.Contains(note, "to get up") || !strings.Contains(note, "hands and knees") ||
			!strings.Contains(note, "hand on your knee") {
			t.Errorf("routine %q: the last floor exercise, %q, has no note on getting up (roll to your side, "+
				"onto hands and knees, stand with a hand on your knee or a chair): %q", r.ID, st.Exercise, st.Note)
		}
		if p := exercise(t, lib, st.Exercise).Position; (p == content.PositionLying || p == content.PositionProne ||
			p == content.PositionSideLying) && !strings.Contains(note, "roll to your side") {
			t.Errorf("routine %q ends its floor work lying down (%q); the note should say to roll to your side first: %q",
				r.ID, st.Exercise, st.Note)
		}
	}
}
