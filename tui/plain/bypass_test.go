package plain

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/msg/msgtest"
)

// commandWords are what a person types in plain mode (the same in every language) and the
// words limber's own commands are named by in the output ("limber history", "--base"): the
// only letters allowed outside the catalogue's markers.
var commandWords = map[string]bool{"p": true, "n": true, "b": true, "q": true, "s": true, "g": true,
	"e": true, "c": true, "d": true, "y": true, "x": true, "zz": true, "gentle": true}

// A string plain mode says that bypasses the catalogue fails here: a whole session through
// the door — the safety questions, each kind of step, a pause, a pain stop and its choices, an
// unknown command, the help and the summary — in the pseudo-locale with a pseudo-localized
// library, where every word that came through the catalogue or the library is in ⟦ ⟧.
func TestNoStringBypassesTheCatalogue(t *testing.T) {
	lib, probs := msgtest.PseudoLibrary([]content.Source{{Name: "fixture.toml", Data: []byte(doorLib), Builtin: true}})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, run := range []struct {
		routine string
		lines   []string
		reach   []string
	}{
		{"soft", []string{"y", "gentle", "y", "n", "n"}, []string{"Understood: gentle routines only.", "Routine complete."}},
		{"test", []string{"n", "n", "n", "p", "p", "zz", "?", "!", "x", "c"},
			[]string{"Paused.", "Choose (then Enter)", "Unknown command", "Routine complete."}},
	} {
		st := &memStore{}
		d, out, _ := door(t, st, true, run.lines...)
		d.Lib, d.Tr = lib, msg.Pseudo()
		if _, err := d.Run(context.Background(), request(t, d, run.routine)); err != nil {
			t.Fatal(err)
		}
		var bad []string
		for _, u := range msg.Unmarked(out.String()) {
			for _, w := range strings.FieldsFunc(u, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if !commandWords[w] {
					bad = append(bad, w)
				}
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s: %q outside the catalogue:\n%s", run.routine, bad, out)
		}
		for _, want := range run.reach {
			if !strings.Contains(out.String(), msg.Open+want) {
				t.Errorf("%s: the session did not reach %q:\n%s", run.routine, want, out)
			}
		}
	}
}
