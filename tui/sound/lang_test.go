package sound

import (
	"slices"
	"testing"

	"github.com/limber-coach/limber/content/lang"
)

func TestWithLang(t *testing.T) {
	for _, tc := range []struct {
		argv []string
		t    lang.Tag
		want []string
	}{
		{[]string{"/usr/bin/espeak-ng"}, lang.German, []string{"/usr/bin/espeak-ng", "-v", "de"}},
		{[]string{"/usr/bin/spd-say", "-r", "10"}, lang.French, []string{"/usr/bin/spd-say", "-l", "fr", "-r", "10"}},
		{[]string{"/usr/bin/say"}, lang.Spanish, []string{"/usr/bin/say", "-v", "Monica"}},
		{[]string{"/usr/bin/espeak-ng"}, lang.English, []string{"/usr/bin/espeak-ng"}},
		{[]string{"/usr/bin/espeak-ng", "-v", "en-gb"}, lang.German, []string{"/usr/bin/espeak-ng", "-v", "en-gb"}},
		{[]string{"/usr/bin/espeak-ng", "-vmb-de4"}, lang.German, []string{"/usr/bin/espeak-ng", "-vmb-de4"}},
		{[]string{"/home/me/speak.sh"}, lang.German, []string{"/home/me/speak.sh"}},
	} {
		if got := WithLang(tc.argv, tc.t); !slices.Equal(got, tc.want) {
			t.Errorf("WithLang(%q, %v) = %q, want %q", tc.argv, tc.t, got, tc.want)
		}
	}
}
