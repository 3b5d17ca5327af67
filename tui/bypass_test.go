package tui

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"unicode"

	"charm.land/bubbles/v2/key"

	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/msg/msgtest"
)

// keyWords are the key names help shows ("enter", "esc", "space/p", "q"): the keyboard's
// words, the same in every language, so they are the only letters allowed outside the
// catalogue's markers.
func keyWords(k KeyMap) map[string]bool {
	out := map[string]bool{}
	for _, b := range []key.Binding{k.Quit, k.ForceQuit, k.Help, k.Up, k.Down, k.Select, k.Back, k.Filter,
		k.History, k.Pause, k.Next, k.Prev, k.Pain, k.Rep, k.DoneSet, k.EndYes, k.EndNo, k.Clock, k.Skip,
		k.Gentler, k.End, k.Continue, k.Yes, k.No, k.QuickHold, k.MaxTest, k.Shorter, k.Longer, k.Sides,
		k.Problems, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Move, k.Time, k.Rate, k.NoRating, k.Flare, k.Goals} {
		for _, w := range append(strings.Split(b.Help().Key, "/"), b.Keys()...) {
			out[w] = true
		}
	}
	return out
}

// bypasses are the words of a pseudo-localized view that came through neither the catalogue
// nor the library: letters outside the markers that are not a key's name.
func bypasses(view string, keys map[string]bool) []string {
	var out []string
	for _, run := range msg.Unmarked(plainView(view)) {
		for _, w := range strings.FieldsFunc(run, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '+' && !unicode.IsDigit(r)
		}) {
			if strings.ContainsFunc(w, unicode.IsLetter) && !keys[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// A UI string that bypasses the catalogue fails here. Every converted screen (see
// convertedScreens) is drawn in the pseudo-locale, where each message's words are between ⟦ ⟧,
// with a library whose every text is marked too: a letter outside the markers that is not a
// key's name is a string written into the code, or built from English words.
func TestNoStringBypassesTheCatalogue(t *testing.T) {
	lib, probs := msgtest.PseudoLibrary(fixtureSources())
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	tr := msg.Pseudo()
	keys := keyWords(DefaultKeys(tr))
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {40, 12}} {
		for _, sc := range convertedScreens(t, sz[0], sz[1], tr, lib) {
			v := sc.page.render()
			allowed := keys
			if len(sc.data) > 0 {
				allowed = maps.Clone(keys)
				for _, d := range sc.data {
					for _, w := range strings.FieldsFunc(d, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
						for i := range len([]rune(w)) { // and as clipped: "min…" of mine.toml
							allowed[string([]rune(w)[:i+1])] = true
						}
					}
				}
			}
			if b := bypasses(v, allowed); len(b) > 0 {
				t.Errorf("%s at %dx%d: %q outside the catalogue:\n%s", sc.name, sz[0], sz[1], b, plainView(v))
			}
		}
	}
}

// The check itself finds a bypass: an English word on a pseudo-localized screen.
func TestBypassCheckFindsEnglish(t *testing.T) {
	keys := keyWords(DefaultKeys(msg.Pseudo()))
	for _, tc := range []struct {
		view string
		want string
	}{
		{"⟦Paused⟧ · space/p ⟦to resume⟧", ""},
		{"⟦Next:⟧ Knee hug", "[Knee hug]"},
		{"enter ⟦open⟧ · q ⟦quit⟧ · Keys", "[Keys]"},
		{"⟦Lie on your back with both⟧\n⟦knees bent.⟧ 3/10", ""},
	} {
		if got := fmt.Sprint(bypasses(tc.view, keys)); tc.want != "" && got != tc.want || tc.want == "" && got != "[]" {
			t.Errorf("bypasses(%q) = %s, want %s", tc.view, got, tc.want)
		}
	}
}
