package remind

import (
	"strings"
	"testing"
)

func TestGlanceLines(t *testing.T) {
	now := at(10, 0)
	counting := State{Phase: "counting", Next: at(10, 12), RoutineName: "Desk break", Day: "2026-11-23", Taken: 2}
	for _, c := range []struct {
		name string
		g    Glance
		line string
		f    string
		fmt  string
	}{
		{"counting", Glance{Now: now, Running: true, State: counting}, "break in 12m", "{next}|{at}|{taken}|{routine}", "12m|10:12|2|Desk break"},
		{"snoozed", Glance{Now: now, Running: true, State: State{Phase: "snoozed", Next: at(10, 4)}}, "break in 4m (snoozed)", "{state}", "snoozed"},
		{"due", Glance{Now: now, Running: true, State: State{Phase: "due"}}, "break due", "{next}", ""},
		{"off, last session", Glance{Now: now, Last: at(8, 40)}, "last break 1h20m ago", "{state} {since}", "off 1h20m"},
		{"off, nothing yet", Glance{Now: now}, "", "{since}", ""},
		{"a state left by a crash is off", Glance{Now: now, State: counting}, "", "{routine}", ""},
		{"not placeholders stay", Glance{Now: now, Running: true, State: counting}, "break in 12m", "{x} {next}", "{x} 12m"},
	} {
		if got := c.g.Line(); got != c.line {
			t.Errorf("%s: Line = %q, want %q", c.name, got, c.line)
		}
		if got := c.g.Format(c.f); got != c.fmt {
			t.Errorf("%s: Format(%q) = %q, want %q", c.name, c.f, got, c.fmt)
		}
	}
}

// A tampered state file cannot put escape sequences or forged lines into a prompt.
func TestGlanceSanitizesTheStateFile(t *testing.T) {
	g := Glance{Now: at(10, 0), Running: true, State: State{Phase: "counting\x1b]0;pwned\a", Next: at(10, 5),
		RoutineName: "Desk\x1b[31m break\u202e\u0085\nline"}}
	out := g.Format("{routine}|{state}") + g.Line()
	for _, bad := range []string{"\x1b", "\a", "\u202e", "\u0085", "\n"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q reached the status line: %q", bad, out)
		}
	}
}

func TestMisspelt(t *testing.T) {
	if key, near, ok := Misspelt("{nxt} at {at}"); !ok || key != "{nxt}" || near != "{next}" {
		t.Errorf("Misspelt = %q %q %v", key, near, ok)
	}
	if _, _, ok := Misspelt("{battery_percent} {next}"); ok {
		t.Error("{battery_percent} is text, not a misspelt placeholder")
	}
}
