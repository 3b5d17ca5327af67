package content

import (
	"strings"
	"testing"
)

func TestLanguageSetting(t *testing.T) {
	for src, want := range map[string]string{"": "auto", "language = \"de\"\n": "de", "language = \"fr_FR.UTF-8\"\n": "fr_FR.UTF-8", "language = \"auto\"\n": "auto"} {
		s, probs := ParseSettings("config.toml", []byte(src))
		if len(probs) > 0 || s.Language != want {
			t.Errorf("%q: %q %v, want %q", src, s.Language, probs, want)
		}
	}
	for src, msg := range map[string]string{"language = \"klingon\"\n": `"klingon" is not a language limber speaks`, "language = 1\n": "expected a quoted language"} {
		s, probs := ParseSettings("config.toml", []byte(src))
		if len(probs) != 1 || !strings.Contains(probs[0].Msg, msg) || s.Language != "auto" {
			t.Errorf("%q: %q %v, want one problem saying %q", src, s.Language, probs, msg)
		}
	}
}
