package content

import (
	"strings"
	"testing"
)

// FuzzParseSettings: whatever config.toml holds, parsing never panics, every problem points
// into the file, and every setting is within its range (a bad value leaves the default).
func FuzzParseSettings(f *testing.F) {
	for _, seed := range []string{
		"remind_hours = \"always\"\n", "remind_days = \"sat\"\nremind_hours = { sat = \"10:00-12:00\" }\n",
		"", "bell = false\nvoice = \"auto\"\n", "get_ready = \"10s\"\nremind_every = \"45m\"\n",
		"remind_hours = \"22:00-06:00\"\nsafety_check_days = 7\n", "remind_every = 5\n", "[x]\ny = 1\n",
		"voice = \"say\\u001b[31m\"\n", "remind_hours = \"24:00-24:00\"\n", "get_ready = \"-3s\"\n",
		// Hostile shapes: deep nesting, long keys and values, many unknown keys, control bytes
		// and escape sequences, huge numbers.
		"bell = " + strings.Repeat("{a=", 12) + "1" + strings.Repeat("}", 12) + "\n",
		"voice = " + strings.Repeat("[", 12) + strings.Repeat("]", 12) + "\n",
		strings.Repeat("a.", 12) + "a = 1\n", "[" + strings.Repeat("a.", 12) + "a]\n",
		strings.Repeat("k", 200) + " = 1\n", "voice = \"" + strings.Repeat("espeak-ng ", 20) + "\"\n",
		strings.Repeat("unknown_key = 1\n[t]\n", 30),
		"voice = \"-f/etc/passwd\"\n", `voice = "say\u202e\u200b\u2028"` + "\n",
		"safety_check_days = 99999999999999999999\n", "safety_check_days = -9223372036854775808\n",
		"remind_every = \"2562047h\"\nget_ready = \"-2562047h\"\n", "bell = 1979-05-27T07:32:00Z\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, probs := ParseSettings("config.toml", []byte(src))
		lines := strings.Count(src, "\n") + 1
		for _, p := range probs {
			if p.Line < 0 || p.Line > lines || p.File != "config.toml" {
				t.Errorf("problem outside the file: %v", p)
			}
		}
		if len(probs) > MaxProblemsPerFile+1 {
			t.Errorf("%d problems listed", len(probs))
		}
		if s.RemindEvery < MinRemindEvery || s.RemindEvery > MaxRemindEvery ||
			s.SafetyCheckDays < 1 || s.SafetyCheckDays > MaxSafetyCheckDays ||
			s.GetReady != nil && (*s.GetReady < 0 || *s.GetReady > MaxGetReady) ||
			s.Voice == "" || Sanitize(s.Voice) != s.Voice || s.DefaultRoutine == "" {
			t.Errorf("out-of-range settings from %q: %+v", src, s)
		}
		for _, h := range append(s.RemindHours.Of[:], s.RemindHours.All) {
			if h.From < 0 || h.From >= 24*60 || h.To < 0 || h.To >= 24*60 {
				t.Errorf("hours %+v", h)
			}
		}
		if s.RemindDays == (Days{}) || s.IdleReset < MinIdleReset || s.IdleReset > MaxIdleReset {
			t.Errorf("days %v, idle_reset %v", s.RemindDays, s.IdleReset)
		}
		// What limber config writes reads back the same.
		var b strings.Builder
		for _, k := range SettingKeys() {
			if k != "get_ready" || s.GetReady != nil { // unset, limber config comments it out
				b.WriteString(k + " = " + s.Value(k) + "\n")
			}
		}
		if back, probs := ParseSettings("again", []byte(b.String())); back.Week() != s.Week() || back.Calendar != s.Calendar ||
			len(probs) > 0 && s.RemindHours.outsideDays(s.RemindDays) == "" {
			t.Errorf("settings do not round-trip through %q: %v", b.String(), probs)
		}
	})
}
