package sound

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/limber-coach/limber/content/lang"
)

// sayVoices are macOS say's voices for each language (installed with the system in every
// recent macOS); English is the system's own voice.
var sayVoices = map[lang.Tag]string{lang.German: "Anna", lang.Spanish: "Monica", lang.French: "Thomas"}

// WithLang returns the command line argv (as Resolve returns it) set to speak language t:
// espeak-ng (and espeak) get -v de, spd-say gets -l de, say gets -v Anna (each language's
// standard voice). A command that already names a voice or a language, a program limber does
// not know, and English (each program's default) are left as they are.
func WithLang(argv []string, t lang.Tag) []string {
	if len(argv) == 0 || t == lang.English {
		return argv
	}
	for _, a := range argv[1:] {
		if a == "-v" || a == "-l" || strings.HasPrefix(a, "--voice") || strings.HasPrefix(a, "--language") ||
			(strings.HasPrefix(a, "-v") && len(a) > 2) || (strings.HasPrefix(a, "-l") && len(a) > 2) {
			return argv
		}
	}
	var extra []string
	switch strings.TrimSuffix(filepath.Base(argv[0]), ".exe") {
	case "espeak-ng", "espeak":
		extra = []string{"-v", t.String()}
	case "spd-say":
		extra = []string{"-l", t.String()}
	case "say":
		if v, ok := sayVoices[t]; ok {
			extra = []string{"-v", v}
		}
	}
	if extra == nil {
		return argv
	}
	return slices.Concat(argv[:1], extra, argv[1:])
}
