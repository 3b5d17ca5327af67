// Package lang names the languages limber speaks and picks one for a run: from --lang, then
// `language` in config.toml, then the POSIX locale variables. It is pure — the environment is
// passed in as a lookup function — and imports nothing of limber's, so the library (content),
// the UI catalogue and the command line can all share one Tag.
package lang

import (
	"fmt"
	"strings"

	"github.com/limber-coach/limber/content/enum"
)

// Tag is a language limber speaks. The zero value is English, the library's own language and
// the fallback for anything not translated.
type Tag int

// The languages limber speaks, English first.
const (
	English Tag = iota
	German
	Spanish
	French
)

var codes = enum.Names[Tag]{"en", "de", "es", "fr"}

// names are each language's name in that language, for a picker or `limber config`.
var names = [...]string{"English", "Deutsch", "Español", "Français"}

// String returns the language's two-letter code (ISO 639-1, as in a locale and in BCP 47): "de".
// It names the translation file too: content/library/locale/de.toml.
func (t Tag) String() string { return codes.Of(t) }

// Name returns the language's name in its own words: "Deutsch", "Español".
func (t Tag) Name() string {
	if t >= 0 && int(t) < len(names) {
		return names[t]
	}
	return "unknown"
}

// Supported returns every language limber speaks, English first.
func Supported() []Tag {
	out := make([]Tag, len(codes))
	for i := range out {
		out[i] = Tag(i)
	}
	return out
}

// Codes returns the codes of the supported languages, "en, de, es, fr", for a message.
func Codes() string { return strings.Join(codes, ", ") }

// Auto is the value of --lang or `language` that means "follow the environment", the same as
// leaving it unset.
const Auto = "auto"

// FromCode returns the language with the two-letter code s ("de"), exactly as String writes it.
func FromCode(s string) (Tag, bool) { return codes.Parse(s) }

// FromLocale returns the language of a POSIX locale value: "de_DE.UTF-8", "fr_CA", "es",
// "de_AT@euro", or a BCP 47 tag such as "de-CH"; the language part is read case-insensitively.
// "C" and "POSIX" (with or without a codeset, as in "C.UTF-8") are the untranslated locale:
// English, ok. A language limber does not speak, or a value that is no locale, is English and
// not ok.
func FromLocale(s string) (t Tag, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 { // codeset, modifier
		s = s[:i]
	}
	if s == "C" || s == "POSIX" {
		return English, true
	}
	if i := strings.IndexAny(s, "_-"); i >= 0 { // territory, or a BCP 47 region or script
		s = s[:i]
	}
	return codes.Parse(strings.ToLower(s))
}

// Parse reads the value of --lang or `language` in config.toml: a code ("de"), a locale
// ("de_DE.UTF-8", "de-AT"), or "auto" (ok, and auto set: follow the environment). Anything
// else is an error that says what limber speaks.
func Parse(s string) (t Tag, auto bool, err error) {
	if s == Auto {
		return English, true, nil
	}
	if t, ok := FromLocale(s); ok {
		return t, false, nil
	}
	return English, false, fmt.Errorf("%q is not a language limber speaks; use one of %s, or %s to follow LANG", s, Codes(), Auto)
}

// Choice is the language Choose picked and where it came from.
type Choice struct {
	Tag Tag
	// From names the source that decided: "--lang", "config.toml", "LC_ALL", "LC_MESSAGES",
	// "LANG", or "" when nothing was set (English by default).
	From string
	// Value is that source's value as written ("de_DE.UTF-8").
	Value string
}

// Detect picks the language of a run; see Choose.
func Detect(lookup func(string) (string, bool), config, flag string) Tag {
	return Choose(lookup, config, flag).Tag
}

// EnvVars are the environment variables Choose reads, in the POSIX order of precedence for
// messages: the first one set to a non-empty value decides.
var EnvVars = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

// Choose picks the language of a run, in this order: the --lang flag, then `language` from
// config.toml (either "" or "auto" passes to the next), then the first of LC_ALL, LC_MESSAGES
// and LANG that is set and not empty (lookup is os.LookupEnv, or a map in a test). The first
// source with a value decides, even when limber does not speak its language: LANG=pt_BR.UTF-8
// with LC_ALL unset means Portuguese is wanted, which is English here — not the language of a
// variable further down. A value that is no language limber speaks is English. A flag or setting
// that Parse refuses should have been refused before (usage error, settings problem); here it
// is English too.
func Choose(lookup func(string) (string, bool), config, flag string) Choice {
	for _, src := range []struct{ from, v string }{{"--lang", flag}, {"config.toml", config}} {
		if v := strings.TrimSpace(src.v); v != "" && v != Auto {
			t, _ := FromLocale(v)
			return Choice{Tag: t, From: src.from, Value: src.v}
		}
	}
	if lookup != nil {
		for _, k := range EnvVars {
			if v, ok := lookup(k); ok && v != "" {
				t, _ := FromLocale(v)
				return Choice{Tag: t, From: k, Value: v}
			}
		}
	}
	return Choice{Tag: English}
}
