package msg

import (
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/limber-coach/limber/content/lang"
)

// Open and Close mark the words of every message in the pseudo-locale: "⟦Paused⟧".
const (
	Open  = "⟦"
	Close = "⟧"
)

// Pseudo returns the test-only pseudo-locale: English with every run of a message's own words
// between Open and Close, and the placeholders left outside, so "Next: {{.Name}}" reads
// "⟦Next: ⟧" followed by the name as given. A screen drawn with it shows every letter that came
// through the catalogue inside markers; a letter outside them came from somewhere else — a
// string that bypasses the catalogue (or a name that is not the library's). Numbers and
// punctuation are left as they are.
func Pseudo() *Tr {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	ms, err := Messages(lang.English)
	if err != nil {
		panic("msg: locale/en/: " + err.Error())
	}
	for _, m := range ms {
		for _, f := range []*string{&m.Zero, &m.One, &m.Two, &m.Few, &m.Many, &m.Other} {
			*f = pseudoWords(*f)
		}
	}
	if err := b.AddMessages(language.English, ms...); err != nil {
		panic("msg: pseudo: " + err.Error())
	}
	return &Tr{tag: lang.English, loc: i18n.NewLocalizer(b, "en"), pseudo: true}
}

// pseudoWords marks the text of a template outside its actions: "a {{.X}} b" → "⟦a ⟧{{.X}}⟦ b⟧".
// Text of spaces or punctuation only is left unmarked (it holds no letter to check).
func pseudoWords(src string) string {
	var b strings.Builder
	for src != "" {
		i := strings.Index(src, "{{")
		if i < 0 {
			i = len(src)
		}
		b.WriteString(mark(src[:i]))
		src = src[i:]
		if src == "" {
			break
		}
		j := strings.Index(src, "}}")
		if j < 0 {
			b.WriteString(src)
			break
		}
		b.WriteString(src[:j+2])
		src = src[j+2:]
	}
	return b.String()
}

func mark(s string) string {
	if !strings.ContainsFunc(s, isLetter) {
		return s
	}
	return Open + s + Close
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// Unmarked returns the runs of text in s, outside Open … Close, that hold a letter: words that
// did not come through the catalogue (or the library). A screen drawn in the pseudo-locale has
// none. Markers do not nest, and a marker left open at a line's end (a text wrapped, or cut
// short with "…") stays open on the next line until its Close.
func Unmarked(s string) []string {
	var out []string
	inside := false
	var cur strings.Builder
	flush := func() {
		if strings.ContainsFunc(cur.String(), isLetter) {
			out = append(out, strings.TrimSpace(cur.String()))
		}
		cur.Reset()
	}
	for _, r := range s {
		switch {
		case string(r) == Open:
			flush()
			inside = true
		case string(r) == Close:
			inside = false
		case r == '\n':
			flush()
		case !inside:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}
