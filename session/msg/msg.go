// Package msg is limber's catalogue of interface strings: every word a screen, plain mode or the
// voice says that is not the library's own text. Messages live in TOML files embedded here
// (locale/en.toml, de.toml, …), keyed by a dotted id ("run.paused"); a Tr reads them in one
// language, with English as the fallback string by string (never a blank, never an id), plural
// forms by the language's CLDR rules, and numbers, durations and weekdays as the language writes
// them.
//
// The catalogue is github.com/nicksnyder/go-i18n/v2 (docs/i18n-ui.md says why). A Tr is
// immutable: build one per run with New and pass it down, as the library is passed down.
package msg

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/limber-coach/limber/content/lang"
)

//go:embed locale/*/*.toml
var files embed.FS

// Tr is the interface's strings in one language. The zero value and nil are not usable; build
// one with New (or Pseudo in a test). It is safe for concurrent use.
type Tr struct {
	tag lang.Tag
	loc *i18n.Localizer
	// pseudo is set for the test-only pseudo-locale.
	pseudo bool
}

// bcp47 is each language's tag for the catalogue's plural rules and matching.
var bcp47 = [...]language.Tag{lang.English: language.English, lang.German: language.German,
	lang.Spanish: language.Spanish, lang.French: language.French}

// New returns the strings in language t, English where t's file lacks one. The files are
// embedded and checked by the package's tests, so New cannot fail at run time; a broken file
// would panic here, on the first run of any test.
func New(t lang.Tag) *Tr { return NewIn(t) }

// NewIn is New reading only the named areas' files (locale/<t>/<area>.toml), or every file
// when none is named: for a hot path such as limber status, run at every shell prompt, which
// needs a few strings and not the parsing of them all. An id outside those files shows as in
// a file that lacks it: the bare id, which the package's tests catch.
func NewIn(t lang.Tag, areas ...string) *Tr {
	if t < 0 || int(t) >= len(bcp47) {
		t = lang.English
	}
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	langs := []lang.Tag{lang.English}
	if t != lang.English {
		langs = append(langs, t)
	}
	for _, l := range langs {
		ms, err := messagesOf(l, areas)
		if err != nil {
			panic(fmt.Sprintf("msg: %v", err))
		}
		if err := b.AddMessages(bcp47[l], ms...); err != nil {
			panic(fmt.Sprintf("msg: locale/%s: %v", l, err))
		}
	}
	return &Tr{tag: t, loc: i18n.NewLocalizer(b, bcp47[t].String())}
}

// Lang returns the language of the strings.
func (tr *Tr) Lang() lang.Tag { return tr.tag }

// T returns message id with its placeholders filled from kv, given as name, value pairs:
// T("run.next", "Name", ex.Name) for "Next: {{.Name}}".
func (tr *Tr) T(id string, kv ...any) string {
	return tr.localize(id, nil, kv)
}

// N returns message id in the plural form count calls for in the language ("1 set", "3 sets";
// French "0 série", "2 séries"), with {{.N}} set to count and the rest filled from kv.
func (tr *Tr) N(id string, count int, kv ...any) string {
	return tr.localize(id, count, append([]any{"N", count}, kv...))
}

func (tr *Tr) localize(id string, count any, kv []any) string {
	var data map[string]any
	if len(kv) > 0 {
		data = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			data[fmt.Sprint(kv[i])] = kv[i+1]
		}
	}
	s, err := tr.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if s == "" && err != nil {
		// An id English lacks is a mistake TestEveryIDIsInEnglish catches; show it rather
		// than a blank.
		return id
	}
	return s
}

// Messages returns the messages of language t as the catalogue reads them, from every file of
// its folder, locale/<t>/*.toml (one file per area of the program, so the areas are translated
// and merged independently): for tests and for checking a translation. An id in two files is
// an error.
func Messages(t lang.Tag) ([]*i18n.Message, error) { return messagesOf(t, nil) }

// messagesOf is Messages of the named areas' files only (every file when areas is empty).
func messagesOf(t lang.Tag, areas []string) ([]*i18n.Message, error) {
	dir := path.Join("locale", t.String())
	names, err := fs.Glob(files, dir+"/*.toml")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("%s: no message files (%v)", dir, err)
	}
	if len(areas) > 0 {
		names = slices.DeleteFunc(names, func(n string) bool {
			return !slices.Contains(areas, strings.TrimSuffix(path.Base(n), ".toml"))
		})
	}
	var all []*i18n.Message
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, err
		}
		f, err := i18n.ParseMessageFileBytes(data, t.String()+".toml", map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, m := range f.Messages {
			if other, dup := seen[m.ID]; dup {
				return nil, fmt.Errorf("%s: %s is also in %s", name, m.ID, other)
			}
			seen[m.ID] = name
		}
		all = append(all, f.Messages...)
	}
	return all, nil
}
