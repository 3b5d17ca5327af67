package runner

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/msg/msgtest"
)

// phrasesOf runs lib's routine r to the end on the clock and returns every phrase said in tr.
func phrasesOf(t *testing.T, tr *msg.Tr, lib *content.Library) []string {
	t.Helper()
	r, _ := lib.Routine("r")
	plan, err := session.NewPlan(r, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := session.NewEngine(plan)
	now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	e.Start(now)
	out := Phrases(tr, e.DrainCues(), plan)
	for i := 0; e.State() != session.StateFinished && i < 1000; i++ {
		now = now.Add(250 * time.Millisecond)
		e.Tick(now)
		out = append(out, Phrases(tr, e.DrainCues(), plan)...)
	}
	return out
}

// Nothing the voice says bypasses the catalogue: in the pseudo-locale, with a pseudo-localized
// library, every phrase's words are in markers.
func TestVoiceSaysOnlyCatalogueWords(t *testing.T) {
	lib, probs := msgtest.PseudoLibrary([]content.Source{{Name: "f.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	said := phrasesOf(t, msg.Pseudo(), lib)
	if len(said) < 10 {
		t.Fatalf("only %q said", said)
	}
	for _, p := range said {
		if u := msg.Unmarked(p); len(u) > 0 {
			t.Errorf("%q: %q outside the catalogue", p, u)
		}
	}
}

// The voice speaks the run's language: German sides and breathing.
func TestVoiceInGerman(t *testing.T) {
	lib, probs := content.Build([]content.Source{{Name: "f.toml", Data: []byte(fixture), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	got := strings.Join(phrasesOf(t, msg.New(lang.German), lib.Localize(lang.German)), " | ")
	for _, want := range []string{"Mach dich bereit: Seated twist", "Seated twist, linke Seite", "Seite wechseln, rechte Seite", "Einatmen", "Ausatmen", "Fertig"} {
		if !strings.Contains(got, want) {
			t.Errorf("said %q, want %q in it", got, want)
		}
	}
}
