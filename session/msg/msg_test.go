package msg

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/limber-coach/limber/content/lang"
)

// forms is a message's plural forms and text as one map ("other" alone for a plain message).
func forms(m *i18n.Message) map[string]string {
	out := map[string]string{}
	for k, v := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

func byID(t *testing.T, l lang.Tag) map[string]*i18n.Message {
	t.Helper()
	ms, err := Messages(l)
	if err != nil {
		t.Fatalf("locale/%s/: %v", l, err)
	}
	out := map[string]*i18n.Message{}
	for _, m := range ms {
		out[m.ID] = m
	}
	return out
}

var placeholderRE = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestShippedLanguagesAreComplete fails on any interface string a shipped language lacks, has
// left blank, or has beyond English (an orphan, from a renamed id), and on a placeholder a
// translation dropped or invented.
func TestShippedLanguagesAreComplete(t *testing.T) {
	en := byID(t, lang.English)
	for _, l := range lang.Supported()[1:] {
		tr := byID(t, l)
		for id, m := range en {
			x, ok := tr[id]
			if !ok {
				t.Errorf("locale/%s/ lacks %s (English: %q)", l, id, m.Other)
				continue
			}
			ef, xf := forms(m), forms(x)
			if xf["other"] == "" {
				t.Errorf("locale/%s/: %s has no text (other)", l, id)
			}
			want := placeholders(strings.Join(mapValues(ef), " "))
			for form, s := range xf {
				if got := placeholders(s); !slices.Equal(got, want) && !(form == "one" && len(ef) > 1) {
					t.Errorf("locale/%s/: %s.%s has placeholders %v; English has %v", l, id, form, got, want)
				}
			}
			if len(ef) > 1 && xf["one"] == "" {
				t.Errorf("locale/%s/: %s is a plural message but has no one =", l, id)
			}
		}
		for id := range tr {
			if _, ok := en[id]; !ok {
				t.Errorf("locale/%s/: %s is not an English id (renamed or misspelt?)", l, id)
			}
		}
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// callRE finds the catalogue's calls with a literal id: tr.T("run.paused", …), Tr.N("…", n).
var callRE = regexp.MustCompile(`\.(?:T|N)\(\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"`)

// TestEveryIDIsInEnglish reads limber's Go source for the ids it asks the catalogue for and
// fails on one English lacks: it would show as the bare id.
func TestEveryIDIsInEnglish(t *testing.T) {
	en := byID(t, lang.English)
	root := filepath.Join("..", "..")
	n := 0
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range callRE.FindAllStringSubmatch(string(src), -1) {
			n++
			if _, ok := en[m[1]]; !ok {
				t.Errorf("%s asks for %s, which locale/en/ lacks", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range append(weekdayIDs[:], monthIDs[:]...) {
		if _, ok := en[id]; !ok {
			t.Errorf("locale/en/ lacks %s", id)
		}
	}
	if n < 150 {
		t.Errorf("found only %d calls; is the pattern out of date?", n)
	}
}

func TestFallbackIsEnglishPerString(t *testing.T) {
	tr := New(lang.German)
	if got := tr.T("no.such.id"); got != "no.such.id" {
		t.Errorf("an unknown id reads %q", got)
	}
	if got := New(lang.Tag(99)).Lang(); got != lang.English {
		t.Errorf("a tag out of range is %v", got)
	}
}

func TestLocaleFormats(t *testing.T) {
	de, fr, en := New(lang.German), New(lang.French), New(lang.English)
	for _, tc := range []struct{ got, want string }{
		{de.Dec(1.5, 1), "1,5"},
		{en.Dec(1.5, 1), "1.5"},
		{de.Dur(2500 * time.Millisecond), "2,5 s"},
		{fr.Dur(90 * time.Second), "1 min 30 s"},
		{en.Dur(2500 * time.Millisecond), "2.5 s"},
		{DurIn(65*time.Minute, Neutral), "1 h 5 min"},
		{en.DurUp(61 * time.Second), "2 min"},
		{de.Weekday(time.Monday), "Montag"},
		{fr.Weekday(time.Sunday), "dimanche"},
		{New(lang.Spanish).Weekday(time.Wednesday), "miércoles"},
		{de.Date(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)), "3. Dez."},
		{en.Date(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)), "3 Dec"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestPseudoMarksWordsNotPlaceholders(t *testing.T) {
	if got := pseudoWords("Next: {{.Name}} now"); got != "⟦Next: ⟧{{.Name}}⟦ now⟧" {
		t.Errorf("pseudoWords = %q", got)
	}
	if got := pseudoWords("{{.N}}/{{.Of}}"); got != "{{.N}}/{{.Of}}" {
		t.Errorf("pseudoWords = %q", got)
	}
	if got := Unmarked("⟦Paused⟧ 12  Next ⟦x⟧ 3"); !slices.Equal(got, []string{"12  Next"}) {
		t.Errorf("Unmarked = %q", got)
	}
	if got := Pseudo().T("weekday.mon"); got != "⟦Monday⟧" {
		t.Errorf("pseudo Monday = %q", got)
	}
}

func BenchmarkNew(b *testing.B) {
	for _, t := range []lang.Tag{lang.English, lang.German} {
		b.Run(t.String(), func(b *testing.B) {
			for b.Loop() {
				New(t)
			}
		})
	}
}

// TestNewInReadsOnlyItsAreas: a catalogue of one area has its strings in the language and
// nothing of the others (an id from another file shows bare, as a missing one does).
func TestNewInReadsOnlyItsAreas(t *testing.T) {
	tr := NewIn(lang.German, "status")
	if got := tr.T("status.due"); got != "Pause fällig" {
		t.Errorf("status.due = %q", got)
	}
	if got := tr.T("run.paused"); got != "run.paused" {
		t.Errorf("run.paused = %q; core.toml was read", got)
	}
	if got, want := New(lang.German).T("status.due"), tr.T("status.due"); got != want {
		t.Errorf("New says %q, NewIn %q", got, want)
	}
}
