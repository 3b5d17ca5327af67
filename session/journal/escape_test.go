package journal

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// dangerous are characters that must never reach a terminal raw.
var dangerous = []rune{0x00, 0x07, 0x08, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f, 0x061c, 0x200b, 0x200c, 0x200d,
	0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068,
	0x2069, 0xfeff}

// rawDanger returns the first dangerous character of b outside JSON white space, or -1.
func rawDanger(s string) rune {
	for _, r := range s {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		for _, d := range dangerous {
			if r == d {
				return r
			}
		}
	}
	return -1
}

func TestEscapeJSON(t *testing.T) {
	var name strings.Builder
	for _, r := range dangerous {
		name.WriteString("x" + string(r))
	}
	name.WriteString("\t\n\r é ✓ 🙂 \u2027 \u2030 \u0600")
	v := map[string]any{"name": name.String(), "list": []string{"a\x1b[31m", "\u202egnp.exe"}, "n": 1.5}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out := EscapeJSON(b)
	if r := rawDanger(string(out)); r != -1 {
		t.Fatalf("%U left raw in %s", r, out)
	}
	var back map[string]any
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("not valid JSON any more: %v\n%s", err, out)
	}
	var want map[string]any
	json.Unmarshal(b, &want)
	if !reflect.DeepEqual(back, want) {
		t.Errorf("the data changed:\n got %q\nwant %q", back, want)
	}
	if !strings.Contains(string(out), `x\u001b`) || !strings.Contains(string(out), `\u202e`) || !strings.Contains(string(out), "\n  ") {
		t.Errorf("want \\u escapes and the layout kept:\n%s", out)
	}
	if !strings.Contains(string(out), "é ✓ 🙂 \u2027 \u2030 \u0600") {
		t.Errorf("harmless characters were escaped:\n%s", out)
	}
}

func TestEscapeJSONEdges(t *testing.T) {
	for in, want := range map[string]string{
		``:                               ``,
		`{"a":"plain"}`:                  `{"a":"plain"}`,
		`"\\` + "\u202e" + `"`:           `"\\\u202e"`,
		`"\"` + "\x1b" + `"`:             `"\"\u001b"`,
		"\"a\xffb\"":                     `"a\ufffdb"`,
		"[1,\n\t2]":                      "[1,\n\t2]",
		"\"tab\tin string\"":             `"tab\u0009in string"`,
		"\x1b[2J":                        `\u001b[2J`,
		`"\u001b already escaped"`:       `"\u001b already escaped"`,
		`{"k` + "\u2028" + `":"v"}`:      `{"k\u2028":"v"}`,
		`"` + "\u00e9\u0085\u00a0" + `"`: `"` + "\u00e9" + `\u0085` + "\u00a0" + `"`,
	} {
		if got := string(EscapeJSON([]byte(in))); got != want {
			t.Errorf("EscapeJSON(%q) = %q, want %q", in, got, want)
		}
	}
	plain := []byte(`{"a":"nothing to do"}`)
	if out := EscapeJSON(plain); &out[0] != &plain[0] {
		t.Error("nothing to escape, yet the input was copied")
	}
}

// FuzzEscapeJSON checks that any valid JSON stays valid, decodes to the same value, and has
// no dangerous character left raw.
func FuzzEscapeJSON(f *testing.F) {
	for _, s := range []string{`{"a":"b\u001b"}`, "[\"\u202e\", 1, true, null]", `"\\"`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var in any
		if json.Unmarshal(b, &in) != nil || !utf8.Valid(b) {
			return
		}
		out := EscapeJSON(b)
		if r := rawDanger(string(out)); r != -1 {
			t.Fatalf("%U left raw: %q", r, out)
		}
		var got any
		if err := json.Unmarshal(out, &got); err != nil || !reflect.DeepEqual(got, in) {
			t.Fatalf("%q → %q: %v, %v vs %v", b, out, err, got, in)
		}
	})
}
