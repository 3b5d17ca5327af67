package text

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDur(t *testing.T) {
	s := time.Second
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0 s"}, {-s, "0 s"}, {45 * s, "45 s"}, {2500 * time.Millisecond, "2.5 s"},
		{59*s + 960*time.Millisecond, "1 min"}, {90 * s, "1 min 30 s"}, {12 * time.Minute, "12 min"},
		{322*s + 400*time.Millisecond, "5 min 22 s"}, {time.Hour + 5*time.Minute + 20*s, "1 h 5 min"},
		{2 * time.Hour, "2 h"},
	} {
		if got := Dur(c.d); got != c.want {
			t.Errorf("Dur(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}

func TestDurUpAndCompact(t *testing.T) {
	s := time.Second
	for _, c := range []struct {
		d                  time.Duration
		up, compUp, compDn string
	}{
		{40*s + 100*time.Millisecond, "41 s", "41s", "40s"},
		{11*time.Minute + s, "12 min", "12m", "11m"},
		{90 * time.Minute, "1 h 30 min", "1h30m", "1h30m"},
		{3 * 24 * time.Hour, "72 h", "3d", "3d"},
	} {
		if got := DurUp(c.d); got != c.up {
			t.Errorf("DurUp(%v) = %q, want %q", c.d, got, c.up)
		}
		if got := Compact(c.d, true); got != c.compUp {
			t.Errorf("Compact(%v, up) = %q, want %q", c.d, got, c.compUp)
		}
		if got := Compact(c.d, false); got != c.compDn {
			t.Errorf("Compact(%v, down) = %q, want %q", c.d, got, c.compDn)
		}
	}
}

func TestMinutesAndSession(t *testing.T) {
	if Minutes(10*time.Second) != 1 || Minutes(5*time.Minute+31*time.Second) != 6 || MinutesText(0) != "1 min" {
		t.Error("Minutes rounds to whole minutes, at least 1")
	}
	for secs, want := range map[int]string{0: "0", 10: "<1", 29: "<1", 30: "1", 359: "6"} {
		if got := SessionMinutes(secs); got != want {
			t.Errorf("SessionMinutes(%d) = %q, want %q", secs, got, want)
		}
	}
}

func TestClocks(t *testing.T) {
	ms := time.Millisecond
	checks := []struct{ got, want string }{
		{Clock(65*time.Second + 600*ms), "1:06"},
		{Countdown(2*time.Second + ms), "3"}, {Countdown(0), "0"}, {Countdown(90 * time.Second), "1:30"},
		{Stopwatch(65*time.Second + 900*ms), "1:05"},
		{Seconds(65.4), "1:05"}, {Tenths(42.39), "0:42.3"}, {Tenths(4.5), "0:04.5"}, {Tenths(605.0), "10:05.0"},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	if Plural(1, "day") != "1 day" || Plural(0, "day") != "0 days" || Plural(3, "test") != "3 tests" {
		t.Error("Plural")
	}
	if ExerciseName(nil) != "Hold" {
		t.Error("a bare hold's name")
	}
}

func TestWrap(t *testing.T) {
	got := Wrap("Sit tall   and breathe slowly through the nose", 12)
	want := []string{"Sit tall and", "breathe", "slowly", "through the", "nose"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	if got := Wrap("abcdefghij xy", 4); !reflect.DeepEqual(got, []string{"abcd", "efgh", "ij", "xy"}) {
		t.Errorf("long word: %q", got)
	}
	if got := Wrap("日本語の文", 4); !reflect.DeepEqual(got, []string{"日本", "語の", "文"}) {
		t.Errorf("wide runes: %q", got)
	}
	if Wrap("   ", 10) != nil {
		t.Error("empty text wraps to nothing")
	}
	for _, l := range Wrap(strings.Repeat("word ", 50), 17) {
		if Width(l) > 17 {
			t.Errorf("line %q wider than 17", l)
		}
	}
	if got := Hang("one two three four", 10, "  • ", "    "); !reflect.DeepEqual(got, []string{"  • one", "    two", "    three", "    four"}) {
		t.Errorf("Hang = %q", got)
	}
	if got := Indent("one two three", 7, "  "); got != "one two\n  three" {
		t.Errorf("Indent = %q", got)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Clip("Knee to chest", 8), "Knee to…"}, {Clip("short", 8), "short"}, {Clip("abc", 0), ""},
		{ClipList("desk work, neck, mid back", 16), "desk work, …"}, {ClipList("verylongitem, b", 6), "veryl…"},
		{Pad("ab", 4), "ab  "}, {Pad("abcdef", 4), "abc…"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
	if got := Sentences("Stop. Rest now! Why? Fine"); !reflect.DeepEqual(got, []string{"Stop.", "Rest now!", "Why?", "Fine"}) {
		t.Errorf("Sentences = %q", got)
	}
}
