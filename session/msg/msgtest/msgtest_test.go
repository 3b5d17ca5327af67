package msgtest

import (
	"strings"
	"testing"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
)

// The built-in library pseudo-localizes completely: every text a person reads is in markers.
func TestPseudoLibraryIsWhole(t *testing.T) {
	lib, probs := PseudoLibrary(content.BuiltinSources())
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	var texts []string
	for _, e := range lib.Exercises() {
		texts = append(append(append(texts, e.Name, e.Caution), e.Cues...), e.Equipment...)
	}
	for _, r := range lib.Routines() {
		texts = append(append(texts, r.Name, r.Summary), r.For...)
		for _, st := range r.Steps {
			texts = append(texts, st.Note)
		}
	}
	s := lib.Safety()
	texts = append(append(append(texts, s.Disclaimer, s.Emergency, s.AfterPain, s.Pregnancy, s.PainRule), s.RedFlags...), s.PregnancyStop...)
	for _, x := range texts {
		if u := msg.Unmarked(x); len(u) > 0 {
			t.Errorf("not pseudo-localized: %q in %q", u, x)
		}
	}
	if !strings.HasPrefix(s.Emergency, msg.Open) {
		t.Errorf("emergency = %q", s.Emergency)
	}
}
