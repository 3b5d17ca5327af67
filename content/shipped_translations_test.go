package content

import (
	"testing"

	"github.com/limber-coach/limber/content/lang"
)

// TestShippedLanguagesAreComplete fails on any built-in text a shipped language lacks, and on any
// orphan in its translation file: a person reading German, Spanish or French never meets an
// English cue, caution or pose name, nor a red flag left out.
func TestShippedLanguagesAreComplete(t *testing.T) {
	lib, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lang.Supported() {
		if l == lang.English {
			continue
		}
		for _, p := range lib.TranslationGaps(l) {
			t.Errorf("%s: %s", l, p)
		}
	}
}
