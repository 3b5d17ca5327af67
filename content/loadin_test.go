package content

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/limber-coach/limber/content/lang"
)

// LoadIn reads only the run's language of the built-in translations, and a user's translation
// still cannot replace the safety text of a language limber ships, read or not.
func TestLoadInReadsOneLanguage(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, LocaleDir), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, LocaleDir, "fr.toml"), []byte("[safety]\ndisclaimer = \"Rien.\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		t    lang.Tag
		want []lang.Tag
	}{{lang.English, nil}, {lang.German, []lang.Tag{lang.German}}} {
		lib, probs := LoadIn(dir, c.t)
		if got := lib.Languages(); !slices.Equal(got, c.want) {
			t.Errorf("LoadIn(%v): languages %v, want %v", c.t, got, c.want)
		}
		if len(probs) == 0 || !probs[0].FileLeftOut {
			t.Errorf("LoadIn(%v): the user's French safety text was not refused: %v", c.t, probs)
		}
	}
	de, _ := LoadIn(dir, lang.German)
	if lib := de.Localize(lang.German); lib.Safety().Disclaimer == de.Safety().Disclaimer {
		t.Error("LoadIn(German) has no German safety text")
	}
}

func BenchmarkLoadIn(b *testing.B) {
	for _, t := range []lang.Tag{lang.English, lang.German} {
		b.Run(t.String(), func(b *testing.B) {
			for b.Loop() {
				LoadIn(b.TempDir(), t)
			}
		})
	}
}
