package content

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// hostile is text meant to take over a terminal: clear the screen, retitle the window, write a
// hyperlink, a DCS string, a C1 CSI, a bell, a backspace and a carriage return, flip the text
// with bidirectional overrides and isolates, hide characters (zero-width space, joiners, word
// joiner) and break the line with the Unicode line and paragraph separators.
const hostile = `Evil\u001b[2J\u001b[H\u001b]0;pwned\u0007 \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ ` +
	`\u001bPq#0\u001b\\\u009b31m\u0007\u0008\r\u202egnp.exe\u2066x\u2069\u200f\u061c\ufeff\u007f` +
	`\u200b\u200c\u200d\u2060\u2028\u2029\u0085 end`

// hostileFile uses hostile text in every text field of an exercise, a routine and a step.
func hostileFile() string {
	q := func(s string) string { return `"` + s + `"` }
	return fmt.Sprintf(`
[[exercise]]
id = "evil"
name = %[1]s
position = "seated"
equipment = [%[1]s]
targets = [%[1]s]
cues = [%[1]s, %[1]s]
caution = %[1]s
hold = "5s"

[[routine]]
id = "evil-routine"
name = %[1]s
summary = %[1]s
for = [%[1]s]
[[routine.step]]
exercise = "evil"
note = %[1]s
`, q(hostile))
}

// unsafeRune reports a rune that must never reach the terminal from content.
func unsafeRune(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidi(r) || r == utf8.RuneError ||
		(r >= 0x200b && r <= 0x200d) || r == 0x2060 || r == 0x2028 || r == 0x2029
}

// walkStrings calls f with every string reachable from v (fields, slices, maps, pointers),
// visiting each pointer once.
func walkStrings(v reflect.Value, path string, seen map[uintptr]bool, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		walkStrings(v.Elem(), path, seen, f)
	case reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, seen, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			walkStrings(v.Field(i), path+"."+v.Type().Field(i).Name, seen, f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), seen, f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			walkStrings(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), seen, f)
		}
	}
}

// TestHostileTextIsSanitizedEverywhere loads hostile text in every text field and checks every
// string the library then holds, found by walking its values, is free of escape sequences,
// control characters and bidirectional controls — while the words themselves survive.
func TestHostileTextIsSanitizedEverywhere(t *testing.T) {
	lib, probs := Build(fixtureSources(hostileFile()))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	ex, ok := lib.Exercise("evil")
	r, ok2 := lib.Routine("evil-routine")
	if !ok || !ok2 {
		t.Fatal("the hostile exercise or routine did not load")
	}
	for _, want := range []string{ex.Name, ex.Cues[0], ex.Caution, r.Name, r.Summary} {
		if !strings.HasPrefix(want, "Evil") || !strings.HasSuffix(want, "end") || !strings.Contains(want, "gnp.exe") {
			t.Errorf("the text lost its words: %q", want)
		}
	}
	checked := 0
	walkStrings(reflect.ValueOf(lib), "lib", map[uintptr]bool{}, func(path, s string) {
		checked++
		for _, c := range s {
			if unsafeRune(c) {
				t.Errorf("%s = %q holds %U", path, s, c)
				return
			}
		}
	})
	if checked < 20 {
		t.Errorf("walked only %d strings; the walk is not reaching the content", checked)
	}
}

// TestHostileProblemsAreSanitized checks problems quoting hostile text (a bad id, an unknown
// position, a bad duration, an unknown key, an unknown exercise) carry none of its controls.
func TestHostileProblemsAreSanitized(t *testing.T) {
	ex := func(id, position, hold, extra string) string {
		return "[[exercise]]\nid = \"" + id + "\"\nname = \"x\"\nposition = \"" + position +
			"\"\ncues = [\"a\"]\nhold = \"" + hold + "\"\n" + extra
	}
	for name, src := range map[string]string{
		"id":       ex(`Evil\u001b[2J`, "seated", "5s", ""),
		"position": ex("x", `sit\u202eting`, "5s", ""),
		"duration": ex("x", "seated", `5\u001b]0;pwned\u0007s`, ""),
		"key":      ex("x", "seated", "5s", `"ev\u001b[31mil" = 1`+"\n"),
		"step":     "[[routine]]\nid = \"r\"\nname = \"R\"\n[[routine.step]]\nexercise = \"no\\u009b2Jpe\"\n",
	} {
		_, probs := Build(fixtureSources(src))
		if len(probs) == 0 {
			t.Errorf("%s: no problem reported", name)
			continue
		}
		for _, c := range probs.Error() {
			if c != '\n' && unsafeRune(c) {
				t.Errorf("%s: the problem holds %U: %q", name, c, probs.Error())
				break
			}
		}
	}
}

// TestHugeCueIsBoundedAndQuotedShort loads a 900 KB cue: the load takes bounded time, the
// problem names the cue, its line and the limit without repeating the text, and nothing panics.
func TestHugeCueIsBoundedAndQuotedShort(t *testing.T) {
	// 26 bytes once decoded: the override and the escape are written as TOML escapes.
	cue := strings.Repeat(`Breathe out slowly \u202e\u001b[2J`, 900<<10/34)
	src := "[[exercise]]\nid = \"huge\"\nname = \"Huge\"\nposition = \"seated\"\ncues = [\"" + cue +
		"\"]\nhold = \"5s\"\n"
	start := time.Now()
	_, probs := Build(fixtureSources(src))
	if d := time.Since(start); d > timeBudget() {
		t.Errorf("loading a 900 KB cue took %v", d)
	}
	if len(probs) == 0 || !strings.Contains(probs.Error(), "cues") || probs[0].Line != 5 {
		t.Fatalf("want a problem about the cues on line 5, got %v", probs)
	}
	if n := len(probs.Error()); n > 2000 {
		t.Errorf("the problem text is %d bytes; it should not quote the whole cue", n)
	}
}
