package content

import (
	"strings"
	"testing"
	"time"
)

func TestParseSettingsValid(t *testing.T) {
	src := `# my settings
bell = false
voice = "espeak-ng -s 140"
get_ready = "15s"
remind_every = "45m"
remind_hours = "08:30-17:00"
default_routine = "posture-upper-back"
safety_check_days = 14
`
	s, probs := ParseSettings("config.toml", []byte(src))
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	if s.Bell || s.Voice != "espeak-ng -s 140" || s.GetReady == nil || *s.GetReady != 15*time.Second ||
		s.RemindEvery != 45*time.Minute || s.RemindHours != (DayHours{All: Hours{From: 510, To: 1020}}) ||
		s.DefaultRoutine != "posture-upper-back" || s.SafetyCheckDays != 14 {
		t.Errorf("settings %+v", s)
	}
	if s.Lines["voice"] != 3 || s.Lines["safety_check_days"] != 8 {
		t.Errorf("lines %v", s.Lines)
	}
}

func TestParseSettingsEmptyIsDefault(t *testing.T) {
	s, probs := ParseSettings("config.toml", nil)
	d := DefaultSettings()
	if len(probs) > 0 || s.Bell != d.Bell || s.Voice != "off" || s.GetReady != nil || s.RemindEvery != 50*time.Minute ||
		s.RemindHours.String() != "09:00-18:00" || s.DefaultRoutine != "desk-break" || s.SafetyCheckDays != 30 {
		t.Errorf("settings %+v, problems %v", s, probs)
	}
}

func TestSettingsValidation(t *testing.T) {
	cases := []struct {
		name, src string
		want      string // substring of the only problem
		line      int
	}{
		{"unknown key", "bel = true\n", `unknown key "bel" (did you mean "bell"?)`, 1},
		{"unknown table", "bell = true\n[remind]\nevery = \"5m\"\n", `unknown key "remind"`, 2},
		{"bell as number", "bell = 1\n", "bell: expected true or false, found a number; using the default, true", 1},
		{"bell word", "bell = \"loud\"\n", `"loud" is not on or off`, 1},
		{"voice empty", "voice = \"  \"\n", "voice: is empty", 1},
		{"voice escape", "voice = \"say\\u001b]0;x\\u0007\"\n", "control characters", 1},
		{"voice number", "voice = 3\n", "voice: expected \"off\", \"auto\"", 1},
		{"get_ready bare number", "\nget_ready = 10\n", "must be a quoted string", 2},
		{"get_ready too long", "get_ready = \"3m\"\n", "get_ready: 3m is too long; use at most 2m", 1},
		{"get_ready negative", "get_ready = \"-1s\"\n", "is negative", 1},
		{"every too short", "remind_every = \"500ms\"\n", "500ms is too short; use 1s to 24h", 1},
		{"every not a duration", "remind_every = \"fifty\"\n", "not a duration", 1},
		{"hours shape", "remind_hours = \"9-5\"\n", "not a clock time", 1},
		{"hours no dash", "remind_hours = \"09:00\"\n", "not a time window", 1},
		{"hours bad hour", "remind_hours = \"09:00-25:00\"\n", "hours go from 00 to 23", 1},
		{"hours empty window", "remind_hours = \"09:00-09:00\"\n", "starts where it ends", 1},
		{"hours as array", "remind_hours = [\"09:00\"]\n", "found an array", 1},
		{"routine id shape", "default_routine = \"Desk Break\"\n", "is not a routine id", 1},
		{"days zero", "safety_check_days = 0\n", "0 is out of range; use 1 to 365", 1},
		{"days string", "safety_check_days = \"30\"\n", "expected a whole number of days", 1},
		{"figures unknown", "figures = \"pictures\"\n", `figures: "pictures" is not a figures setting; use "auto", "ascii" or "off"; using the default, "auto"`, 1},
		{"figures number", "figures = 0\n", "expected \"auto\", \"ascii\" or \"off\", found a number", 1},
		{"not toml", "bell = \n", "using the default settings", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, probs := ParseSettings("config.toml", []byte(c.src))
			if len(probs) != 1 {
				t.Fatalf("want one problem, got %v", probs)
			}
			p := probs[0]
			if !strings.Contains(p.Error(), c.want) {
				t.Errorf("problem %q, want it to contain %q", p.Error(), c.want)
			}
			if p.Line != c.line || !strings.HasPrefix(p.Error(), "config.toml:") {
				t.Errorf("problem %q: line %d, want %d", p.Error(), p.Line, c.line)
			}
			d := DefaultSettings()
			if s.Bell != d.Bell || s.Voice != d.Voice || s.GetReady != nil || s.RemindEvery != d.RemindEvery ||
				s.RemindHours != d.RemindHours || s.DefaultRoutine != d.DefaultRoutine || s.SafetyCheckDays != d.SafetyCheckDays {
				t.Errorf("a bad value must leave the defaults: %+v", s)
			}
		})
	}
}

func TestSettingsBadKeyKeepsTheOthers(t *testing.T) {
	s, probs := ParseSettings("config.toml", []byte("bell = false\nremind_every = 5\nvoice = \"auto\"\n"))
	if len(probs) != 1 || probs[0].Line != 2 {
		t.Fatalf("problems %v", probs)
	}
	if s.Bell || s.Voice != VoiceAuto || s.RemindEvery != 50*time.Minute {
		t.Errorf("settings %+v", s)
	}
}

func TestSettingsFriendlySpellings(t *testing.T) {
	s, probs := ParseSettings("c", []byte("bell = \"off\"\nvoice = true\nremind_hours = \"always\"\n"))
	if len(probs) > 0 || s.Bell || s.Voice != VoiceAuto || !s.RemindHours.All.Always() {
		t.Errorf("%+v %v", s, probs)
	}
	s, _ = ParseSettings("c", []byte("voice = \"OFF\"\n"))
	if s.Voice != VoiceOff {
		t.Errorf("voice %q", s.Voice)
	}
}

func TestSettingsValueRoundTrips(t *testing.T) {
	var b strings.Builder
	d := DefaultSettings()
	g := 7 * time.Second
	d.GetReady = &g
	for _, k := range SettingKeys() {
		b.WriteString(k + " = " + d.Value(k) + "\n")
	}
	s, probs := ParseSettings("c", []byte(b.String()))
	if len(probs) > 0 || s.GetReady == nil || *s.GetReady != g || s.RemindHours != d.RemindHours {
		t.Errorf("%q → %+v, %v", b.String(), s, probs)
	}
}

func TestFiguresSetting(t *testing.T) {
	for src, want := range map[string]string{
		"": FiguresAuto, "figures = \"off\"\n": FiguresOff, "figures = \"ASCII\"\n": FiguresASCII,
		"figures = false\n": FiguresOff, "figures = true\n": FiguresAuto, "figures = \"on\"\n": FiguresAuto,
	} {
		s, probs := ParseSettings("config.toml", []byte(src))
		if len(probs) > 0 || s.Figures != want {
			t.Errorf("%q: %q %v, want %q", src, s.Figures, probs, want)
		}
		if got := s.Value("figures"); got != `"`+want+`"` {
			t.Errorf("Value = %s", got)
		}
	}
}
