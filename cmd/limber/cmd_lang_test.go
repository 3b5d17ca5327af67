package main

import (
	"strings"
	"testing"
)

// TestOwnMistakesSpeakTheLanguage: the usage mistakes cmd/limber finds itself (not the
// parser's) are worded in the language asked for, and still in English without one.
func TestOwnMistakesSpeakTheLanguage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		de, en string
	}{
		{[]string{"list", "foo"}, `"foo" ist keine Liste`, `"foo" is not a list`},
		{[]string{"service"}, "install, uninstall oder status fehlt", "install, uninstall or status is missing"},
		{[]string{"service", "bar"}, `"bar" ist weder install`, `"bar" is not install`},
		{[]string{"status", "--format", "{stat}"}, "unbekannter Platzhalter", "unknown placeholder"},
	} {
		for _, lang := range []string{"de", "en"} {
			ta := newTestApp(t)
			want := map[string]string{"de": c.de, "en": c.en}[lang]
			if code := ta.run(append([]string{"--lang", lang}, c.args...)...); code == 0 || !strings.Contains(ta.errOut.String(), want) {
				t.Errorf("%s %v: exit %d, stderr lacks %q:\n%s", lang, c.args, code, want, ta.errOut)
			}
		}
	}
}
