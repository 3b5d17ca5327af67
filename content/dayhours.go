package content

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// defaultHours is remind_hours' default window, 09:00-18:00.
var defaultHours = Hours{From: 9 * 60, To: 18 * 60}

// DayHours is remind_hours: one window for every day (All), or a table naming some days'
// windows (Named, Of) — the days it leaves out keep All, which is then the default window.
type DayHours struct {
	All   Hours
	Named Days
	Of    [7]Hours // indexed by time.Weekday, for the Named days
}

// For is day d's window.
func (h DayHours) For(d time.Weekday) Hours {
	if h.Named[d] {
		return h.Of[d]
	}
	return h.All
}

// Week is these hours on the given days.
func (h DayHours) Week(days Days) Week {
	w := Week{Days: days}
	for d := range 7 {
		w.Hours[d] = h.For(time.Weekday(d))
	}
	return w
}

// String is the window ("09:00-18:00"), or the table as config.toml writes it.
func (h DayHours) String() string {
	if h.Named == (Days{}) {
		return h.All.String()
	}
	return h.TOML()
}

// TOML is the value as config.toml writes it: "09:00-18:00", or { mon = "09:00-17:00", … }.
func (h DayHours) TOML() string {
	if h.Named == (Days{}) {
		return fmt.Sprintf("%q", h.All)
	}
	var parts []string
	for _, d := range mondayFirst {
		if h.Named[d] {
			parts = append(parts, fmt.Sprintf("%s = %q", dayNames[d], h.Of[d]))
		}
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

// outsideDays says which days the table names that days leaves out (they never ring), or "".
func (h DayHours) outsideDays(days Days) string {
	var out []string
	for _, d := range mondayFirst {
		if h.Named[d] && !days[d] {
			out = append(out, dayNames[d])
		}
	}
	if len(out) == 0 {
		return ""
	}
	return fmt.Sprintf("%s has hours but remind_days (%s) leaves it out, so it never rings; add it to remind_days",
		strings.Join(out, ", "), days)
}

// dayHoursValue reads remind_hours: a quoted window, or a table of days and windows.
func dayHoursValue(v any) (DayHours, error) {
	switch x := v.(type) {
	case string:
		h, err := ParseHours(x)
		return DayHours{All: h}, err
	case map[string]any:
		out := DayHours{All: defaultHours}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if len(keys) == 0 {
			return DayHours{}, errors.New(`the table names no day; write it like { mon = "09:00-17:00", fri = "09:00-13:00" }`)
		}
		for _, k := range keys {
			d, err := ParseDay(k)
			if err != nil {
				return DayHours{}, err
			}
			if out.Named[d] {
				return DayHours{}, fmt.Errorf("%s is named twice", dayNames[d])
			}
			str, ok := x[k].(string)
			if !ok {
				return DayHours{}, fmt.Errorf("%s: expected a quoted window such as \"09:00-17:00\", found %s", dayNames[d], aType(x[k]))
			}
			h, err := ParseHours(str)
			if err != nil {
				return DayHours{}, fmt.Errorf("%s: %w", dayNames[d], err)
			}
			out.Named[d], out.Of[d] = true, h
		}
		return out, nil
	}
	return DayHours{}, fmt.Errorf(`expected a quoted window such as "09:00-18:00" or "always", or a table of days such as { mon = "09:00-17:00", fri = "09:00-13:00" }, found %s`, aType(v))
}

// daysValue reads remind_days: "mon-fri", "every day", or a list such as ["mon", "wed", "fri"].
func daysValue(v any) (Days, error) {
	switch x := v.(type) {
	case string:
		return ParseDays(x)
	case []any:
		var days Days
		for _, e := range x {
			str, ok := e.(string)
			if !ok {
				return Days{}, fmt.Errorf("expected quoted day names such as \"mon\", found %s", aType(e))
			}
			d, err := ParseDays(str)
			if err != nil {
				return Days{}, err
			}
			for i := range days {
				days[i] = days[i] || d[i]
			}
		}
		if days == (Days{}) {
			return Days{}, errors.New(`names no day, so reminders would never ring; write it like "mon-fri" or "every day"`)
		}
		return days, nil
	}
	return Days{}, fmt.Errorf(`expected days such as "mon-fri", "every day" or ["mon", "wed", "fri"], found %s`, aType(v))
}

// argvValue reads a hook's command: a list of quoted words, the program first, run without a
// shell; [] is no command.
func argvValue(v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf(`expected a command as a list of words, such as ["playerctl", "pause"] (no shell), found %s`, aType(v))
	}
	if len(list) > MaxHookArgs {
		return nil, fmt.Errorf("has %d words; at most %d", len(list), MaxHookArgs)
	}
	argv := make([]string, 0, len(list))
	for i, e := range list {
		str, ok := e.(string)
		switch {
		case !ok:
			return nil, fmt.Errorf("word %d: expected a quoted word, found %s", i+1, aType(e))
		case sanitize(str) != str || strings.ContainsAny(str, "\n\t") || len(str) > MaxSettingText:
			return nil, fmt.Errorf("word %d has control characters or is too long", i+1)
		case i == 0 && strings.TrimSpace(str) == "":
			return nil, errors.New("the program (the first word) is empty")
		}
		argv = append(argv, str)
	}
	return argv, nil
}
