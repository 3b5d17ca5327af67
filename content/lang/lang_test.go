package lang

import (
	"strings"
	"testing"
)

func TestFromLocale(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Tag
		ok   bool
	}{
		{"de_DE.UTF-8", German, true},
		{"de_AT", German, true},
		{"de_CH.utf8@euro", German, true},
		{"de", German, true},
		{"DE", German, true},
		{"de-DE", German, true},
		{"fr_CA", French, true},
		{"fr_FR.ISO-8859-1", French, true},
		{"es", Spanish, true},
		{"es_MX.UTF-8", Spanish, true},
		{"en_GB.UTF-8", English, true},
		{"en", English, true},
		{"C", English, true},
		{"C.UTF-8", English, true},
		{"POSIX", English, true},
		{"pt_BR.UTF-8", English, false},
		{"it_IT", English, false},
		{"", English, false},
		{"deu", English, false}, // a three-letter code is not one limber knows
		{"_DE", English, false},
		{".UTF-8", English, false},
		{"de\x1b[31m", English, false},
	} {
		got, ok := FromLocale(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("FromLocale(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Tag
		auto bool
		err  bool
	}{
		{"de", German, false, false},
		{"fr_FR.UTF-8", French, false, false},
		{"auto", English, true, false},
		{"en", English, false, false},
		{"C", English, false, false},
		{"klingon", English, false, true},
		{"pt", English, false, true},
		{"", English, false, true},
	} {
		got, auto, err := Parse(tc.in)
		if got != tc.want || auto != tc.auto || (err != nil) != tc.err {
			t.Errorf("Parse(%q) = %v, %v, %v; want %v, %v, error %v", tc.in, got, auto, err, tc.want, tc.auto, tc.err)
		}
	}
	_, _, err := Parse("pt")
	if err == nil || !strings.Contains(err.Error(), "en, de, es, fr") || !strings.Contains(err.Error(), "auto") {
		t.Errorf("Parse's error should list the languages and auto: %v", err)
	}
}

func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) (string, bool) {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
	}
	for _, tc := range []struct {
		name         string
		env          func(string) (string, bool)
		config, flag string
		want         Tag
		from         string
	}{
		{"nothing set", env(), "", "", English, ""},
		{"nil lookup", nil, "", "", English, ""},
		{"LANG", env("LANG", "de_DE.UTF-8"), "", "", German, "LANG"},
		{"LC_MESSAGES over LANG", env("LANG", "de_DE.UTF-8", "LC_MESSAGES", "fr_FR.UTF-8"), "", "", French, "LC_MESSAGES"},
		{"LC_ALL over both", env("LANG", "de_DE.UTF-8", "LC_MESSAGES", "fr_FR.UTF-8", "LC_ALL", "es_ES.UTF-8"), "", "", Spanish, "LC_ALL"},
		{"empty LC_ALL is unset", env("LC_ALL", "", "LANG", "fr_CA"), "", "", French, "LANG"},
		{"unsupported first wins: English", env("LC_ALL", "pt_BR.UTF-8", "LANG", "de_DE.UTF-8"), "", "", English, "LC_ALL"},
		{"C wins: English", env("LC_ALL", "C", "LANG", "de_DE.UTF-8"), "", "", English, "LC_ALL"},
		{"POSIX wins: English", env("LC_MESSAGES", "POSIX", "LANG", "de_DE.UTF-8"), "", "", English, "LC_MESSAGES"},
		{"config over env", env("LC_ALL", "de_DE.UTF-8"), "es", "", Spanish, "config.toml"},
		{"flag over config", env("LC_ALL", "de_DE.UTF-8"), "es", "fr", French, "--lang"},
		{"flag en over German env", env("LANG", "de_DE.UTF-8"), "", "en", English, "--lang"},
		{"config auto follows env", env("LANG", "de_DE.UTF-8"), "auto", "", German, "LANG"},
		{"flag auto follows config", env("LANG", "de_DE.UTF-8"), "fr", "auto", French, "config.toml"},
		{"bad flag is English", env("LANG", "de_DE.UTF-8"), "", "xx", English, "--lang"},
		{"blank config passes", env("LANG", "es_ES"), "  ", "", Spanish, "LANG"},
	} {
		c := Choose(tc.env, tc.config, tc.flag)
		if c.Tag != tc.want || c.From != tc.from {
			t.Errorf("%s: Choose = %v from %q; want %v from %q", tc.name, c.Tag, c.From, tc.want, tc.from)
		}
		if d := Detect(tc.env, tc.config, tc.flag); d != c.Tag {
			t.Errorf("%s: Detect = %v, Choose = %v", tc.name, d, c.Tag)
		}
	}
}

func TestTags(t *testing.T) {
	want := []string{"en", "de", "es", "fr"}
	for i, tag := range Supported() {
		if tag.String() != want[i] {
			t.Errorf("Supported()[%d] = %q, want %q", i, tag, want[i])
		}
		if back, ok := FromCode(tag.String()); !ok || back != tag {
			t.Errorf("FromCode(%q) = %v, %v", tag, back, ok)
		}
		if tag.Name() == "unknown" || tag.Name() == "" {
			t.Errorf("%v has no name", tag)
		}
	}
	if Tag(99).String() != "unknown" || Tag(-1).Name() != "unknown" {
		t.Error("out-of-range tags should be unknown")
	}
	if Codes() != "en, de, es, fr" {
		t.Errorf("Codes() = %q", Codes())
	}
}
