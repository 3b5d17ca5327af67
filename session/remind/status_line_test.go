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

func TestGlanceSittingAndQuiet(t *testing.T) {
	now := at(11, 0)
	sitting := State{Phase: "counting", Next: at(11, 10), Every: "50m", Since: at(10, 20), Day: "2026-11-23", LongestSec: 30 * 60, Long: 0}
	g := Glance{Now: now, Running: true, State: sitting}
	if got := g.Format("{sitting}|{longest}|{spells}"); got != "40m|40m|0" {
		t.Errorf("Format = %q", got)
	}
	g.Now = at(11, 12) // the spell passed 50 min since the reminder last wrote: counted here
	if got := g.Format("{sitting} {longest} {spells}"); got != "52m 52m 1" {
		t.Errorf("Format = %q", got)
	}
	idle := State{Phase: "idle", Day: "2026-11-23", LongestSec: 75 * 60, Long: 2, Every: "50m"}
	g = Glance{Now: now, Running: true, State: idle}
	if g.Line() != "" || g.Format("{sitting}") != "" || g.Format("{longest}/{spells}") != "1h15m/2" {
		t.Errorf("idle: %q %q", g.Line(), g.Format("{longest}/{spells}"))
	}
	meeting := State{Phase: "quiet", Why: "calendar", Opens: at(11, 30), Since: at(10, 0), Every: "50m", Day: "2026-11-23", Moves: true}
	g = Glance{Now: now, Running: true, State: meeting}
	if g.Line() != "quiet until 11:30 · meeting moves?" || g.Format("[{quiet}]") != "[11:30]" {
		t.Errorf("meeting: %q %q", g.Line(), g.Format("[{quiet}]"))
	}
	offHours := State{Phase: "quiet", Why: "hours", Opens: at(24+9, 0)}
	if g := (Glance{Now: now, Running: true, State: offHours, QuietUntil: at(12, 0)}); g.Line() != "" || g.Format("{quiet}") != "" {
		t.Errorf("outside the hours: %q", g.Line())
	}
	// limber quiet was just said: the line shows it before the reminder has seen it.
	if g := (Glance{Now: now, Running: true, State: sitting, QuietUntil: at(11, 45)}); g.Line() != "quiet until 11:45" {
		t.Errorf("fresh quiet: %q", g.Line())
	}
	if g := (Glance{Now: now, State: sitting, QuietUntil: at(11, 45), Last: at(10, 0)}); g.Line() != "last break 1h00m ago" {
		t.Errorf("no reminder, no quiet: %q", g.Line())
	}
	// Yesterday's state says nothing about today.
	if c := (State{Day: "2026-11-22", Taken: 4, Phase: "counting", Since: at(9, 0)}).Today(now); c.Taken != 0 || c.Day != "2026-11-23" {
		t.Errorf("%+v", c)
	}
}
