package content

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/content/safefile"
)

// Settings are the user's preferences from config.toml. A key the file leaves out, or sets to
// something invalid, keeps its DefaultSettings value.
type Settings struct {
	// Bell rings the terminal bell at 3-2-1, at each step's end and when a break is due.
	Bell bool
	// Voice is "off", "auto" (the first of say, spd-say, espeak-ng found on PATH), or a command
	// line run with the text to speak as its last argument.
	Voice string
	// GetReady, when set, is the get-ready time of routines that set none of their own (and of
	// quick timers without --ready); a routine's own get_ready always wins.
	GetReady *time.Duration
	// RemindEvery is how long limber remind lets you sit before a break is due (its --every).
	RemindEvery time.Duration
	// RemindHours are the clock times reminders ring in (--hours): one window for every day,
	// or one per day.
	RemindHours DayHours
	// RemindDays are the days reminders ring on (--days).
	RemindDays Days
	// IdleReset is how long without any activity counts as a break away from the desk.
	IdleReset time.Duration
	// Calendar is a local iCalendar file whose busy events keep reminders quiet; "" for none.
	Calendar string
	// Hooks are the commands (argument lists, run without a shell) for a break's events, by
	// setting name (HookKeys); a missing or empty one runs nothing.
	Hooks map[string][]string
	// DefaultRoutine is what limber run and limber remind start when no routine is named.
	DefaultRoutine string
	// SafetyCheckDays is how many days a safety-check answer holds before it is asked again.
	SafetyCheckDays int
	// Checkins is when the coach and plain mode ask for 0–10 pain and stiffness ratings:
	// "off", "end" (after a session) or "both" (before it too).
	Checkins string
	// Figures is how the coach draws exercise figures: FiguresAuto (braille, or ASCII where the
	// terminal cannot show it), FiguresASCII, or FiguresOff.
	Figures string
	// Language is the language limber speaks: a code ("de"), a locale ("de_DE.UTF-8"), or
	// lang.Auto (the default: follow LC_ALL, LC_MESSAGES and LANG). --lang wins over it.
	Language string
	// Lines is the line of each key the file sets, valid or not, for problems found later
	// (a default_routine that names no routine).
	Lines map[string]int
}

// Setting limits.
const (
	MinRemindEvery     = time.Second
	MaxRemindEvery     = 24 * time.Hour
	MaxSafetyCheckDays = 365
	MinIdleReset       = time.Minute
	MaxIdleReset       = 4 * time.Hour
	// MaxHookArgs and MaxSettingText bound a hook's argument list and a path or argument.
	MaxHookArgs    = 64
	MaxSettingText = 4096
)

// DefaultIdleReset is idle_reset's default: five minutes without activity is a break.
const DefaultIdleReset = 5 * time.Minute

// HookKeys are the settings that name a command for a break's events, in the order they happen.
func HookKeys() []string {
	return []string{"on_break_due", "on_break_start", "on_break_done", "on_break_skipped"}
}

// Voice settings with a meaning of their own; anything else is a command.
const (
	VoiceOff  = "off"
	VoiceAuto = "auto"
)

// Figures settings.
const (
	FiguresAuto  = "auto"
	FiguresASCII = "ascii"
	FiguresOff   = "off"
)

// DefaultSettings are the settings with no config.toml.
func DefaultSettings() Settings {
	return Settings{
		Bell:            true,
		Voice:           VoiceOff,
		RemindEvery:     50 * time.Minute,
		RemindHours:     DayHours{All: defaultHours},
		RemindDays:      Weekdays,
		IdleReset:       DefaultIdleReset,
		DefaultRoutine:  DefaultRoutine,
		SafetyCheckDays: 30,
		Checkins:        "end",
		Figures:         FiguresAuto,
		Language:        lang.Auto,
	}
}

// SettingKeys are config.toml's keys, in the order limber config lists them.
func SettingKeys() []string {
	keys := []string{"bell", "voice", "get_ready", "remind_every", "remind_hours", "remind_days", "idle_reset", "calendar"}
	return append(append(keys, HookKeys()...), "default_routine", "safety_check_days", "checkins", "figures", "language")
}

// Week is when limber remind may ring: remind_days with remind_hours. remind_hours = "always"
// is any time of any day, unless remind_days names the days.
func (s Settings) Week() Week {
	if s.RemindHours.All.Always() && s.RemindHours.Named == (Days{}) && s.Lines["remind_days"] == 0 {
		return EveryDay(AllDays, AllDay)
	}
	return s.RemindHours.Week(s.RemindDays)
}

// Value returns the setting for key written as config.toml spells it ("" for an unknown key);
// an unset get_ready is "each routine's own".
func (s Settings) Value(key string) string {
	switch key {
	case "bell":
		return fmt.Sprint(s.Bell)
	case "voice":
		return fmt.Sprintf("%q", s.Voice)
	case "get_ready":
		if s.GetReady == nil {
			return "each routine's own"
		}
		return fmt.Sprintf("%q", FormatDuration(*s.GetReady))
	case "remind_every":
		return fmt.Sprintf("%q", FormatDuration(s.RemindEvery))
	case "remind_hours":
		return s.RemindHours.TOML()
	case "remind_days":
		return fmt.Sprintf("%q", s.Week().Days) // "always" with no days written is every day
	case "idle_reset":
		return fmt.Sprintf("%q", FormatDuration(s.IdleReset))
	case "calendar":
		return fmt.Sprintf("%q", s.Calendar)
	case "on_break_due", "on_break_start", "on_break_done", "on_break_skipped":
		q := make([]string, len(s.Hooks[key]))
		for i, a := range s.Hooks[key] {
			q[i] = fmt.Sprintf("%q", a)
		}
		return "[" + strings.Join(q, ", ") + "]"
	case "default_routine":
		return fmt.Sprintf("%q", s.DefaultRoutine)
	case "safety_check_days":
		return fmt.Sprint(s.SafetyCheckDays)
	case "checkins":
		return fmt.Sprintf("%q", s.Checkins)
	case "figures":
		return fmt.Sprintf("%q", s.Figures)
	case "language":
		return fmt.Sprintf("%q", s.Language)
	}
	return ""
}

// defaultText is key's default in a problem's words: its value, or what an empty one means.
func (s Settings) defaultText(key string) string {
	switch v := s.Value(key); v {
	case "[]":
		return "no command"
	case `""`:
		return "none"
	default:
		return v
	}
}

// ReadSettings reads and checks the settings file at path. A missing file means the defaults
// and no problem. The file is read with safefile — a regular file only, never blocking on a
// named pipe, at most MaxSettingsSize — and anything else is reported, with the defaults used.
func ReadSettings(path string) (Settings, Problems) {
	data, err := safefile.ReadFile(path, MaxSettingsSize)
	if errors.Is(err, fs.ErrNotExist) {
		return DefaultSettings(), nil
	}
	if err != nil {
		return DefaultSettings(), Problems{{File: path, Msg: readMessage(err, settingsLimits) + "; using the default settings"}}
	}
	return ParseSettings(path, data)
}

// ParseSettings reads config.toml. Each problem names the file and line and says which default
// is used instead: a key with a bad value keeps its default while the other keys still apply,
// and a file that is not valid TOML (or past the bounds of prescan) leaves every setting at its
// default. At most MaxProblemsPerFile problems are listed, then one line counting the rest.
func ParseSettings(file string, data []byte) (Settings, Problems) {
	s := DefaultSettings()
	s.Lines = map[string]int{}
	bad, kinds := prescan(file, data, settingsLimits)
	if bad != nil {
		bad.Msg += "; using the default settings"
		return s, Problems{*bad}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		p := decodeProblem(file, err)
		p.Msg += "; using the default settings"
		return s, Problems{p}
	}
	loc := newLocator(data, kinds)
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
		s.Lines[k] = settingLine(loc, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(s.Lines[a], s.Lines[b]), cmp.Compare(a, b)) })
	var probs Problems
	bs := budgets{}
	b := bs.of(file)
	def := DefaultSettings()
	for _, k := range keys {
		err := s.set(k, raw[k])
		switch {
		case err == nil:
		case !b.take():
		case errors.Is(err, errUnknownSetting):
			probs = append(probs, Problem{File: file, Line: s.Lines[k], Msg: fmt.Sprintf("unknown key %s%s; the keys are %s",
				quoted(k), didYouMean(k, SettingKeys()), strings.Join(SettingKeys(), ", "))})
		default:
			probs = append(probs, Problem{File: file, Line: s.Lines[k], Msg: fmt.Sprintf("%s: %v; using the default, %s", k, err, def.defaultText(k))})
		}
	}
	if p := s.RemindHours.outsideDays(s.RemindDays); p != "" && b.take() {
		probs = append(probs, Problem{File: file, Line: s.Lines["remind_hours"], Msg: "remind_hours: " + p})
	}
	return s, bs.close(probs)
}

// settingLine finds the line of a top-level key, or of a [table] header by that name.
func settingLine(loc *locator, key string) int {
	if n := loc.firstKey(key); n > 0 {
		return n
	}
	return loc.headerLine(key)
}

var errUnknownSetting = errors.New("unknown setting")

// set validates one key's value and stores it; on error s keeps the default.
func (s *Settings) set(key string, v any) error {
	switch key {
	case "bell":
		b, err := onOff(v)
		if err == nil {
			s.Bell = b
		}
		return err
	case "voice":
		voice, err := voiceValue(v)
		if err == nil {
			s.Voice = voice
		}
		return err
	case "get_ready":
		d, err := durationIn(v, 0, MaxGetReady)
		if err == nil {
			s.GetReady = &d
		}
		return err
	case "remind_every":
		d, err := durationIn(v, MinRemindEvery, MaxRemindEvery)
		if err == nil {
			s.RemindEvery = d
		}
		return err
	case "remind_hours":
		h, err := dayHoursValue(v)
		if err == nil {
			s.RemindHours = h
		}
		return err
	case "remind_days":
		d, err := daysValue(v)
		if err == nil {
			s.RemindDays = d
		}
		return err
	case "idle_reset":
		d, err := durationIn(v, MinIdleReset, MaxIdleReset)
		if err == nil {
			s.IdleReset = d
		}
		return err
	case "calendar":
		str, ok := v.(string)
		switch {
		case !ok:
			return fmt.Errorf("expected the quoted path of an .ics file, such as \"~/calendar.ics\", found %s", aType(v))
		case sanitize(str) != str || len(str) > MaxSettingText:
			return errors.New("is not a usable path (control characters, or too long)")
		}
		s.Calendar = strings.TrimSpace(str)
		return nil
	case "on_break_due", "on_break_start", "on_break_done", "on_break_skipped":
		argv, err := argvValue(v)
		if err == nil {
			if s.Hooks == nil {
				s.Hooks = map[string][]string{}
			}
			s.Hooks[key] = argv
		}
		return err
	case "default_routine":
		str, ok := v.(string)
		switch {
		case !ok:
			return fmt.Errorf("expected a quoted routine id such as \"desk-break\", found %s", aType(v))
		case !idRE.MatchString(str) || len(str) > MaxID:
			return fmt.Errorf("%s is not a routine id (lower-case letters, digits and single dashes, e.g. \"desk-break\")", quoted(str))
		}
		s.DefaultRoutine = str
		return nil
	case "safety_check_days":
		n, ok := v.(int64)
		switch {
		case !ok:
			return fmt.Errorf("expected a whole number of days, found %s", aType(v))
		case n < 1 || n > MaxSafetyCheckDays:
			return fmt.Errorf("%d is out of range; use 1 to %d", n, MaxSafetyCheckDays)
		}
		s.SafetyCheckDays = int(n)
		return nil
	case "checkins":
		str, ok := v.(string)
		if !ok || str != "off" && str != "end" && str != "both" {
			return fmt.Errorf("expected \"off\", \"end\" or \"both\", found %s", aValue(v))
		}
		s.Checkins = str
		return nil
	case "figures":
		f, err := figuresValue(v)
		if err == nil {
			s.Figures = f
		}
		return err
	case "language":
		str, ok := v.(string)
		if !ok {
			return fmt.Errorf("expected a quoted language such as \"de\" or %q, found %s", lang.Auto, aType(v))
		}
		if _, _, err := lang.Parse(str); err != nil {
			return err
		}
		s.Language = str
		return nil
	}
	return errUnknownSetting
}

// aValue is a quoted string as written, else its type.
func aValue(v any) string {
	if str, ok := v.(string); ok {
		return quoted(str)
	}
	return aType(v)
}

// aType is "a number", "an array", … for a decoded TOML value.
func aType(v any) string {
	if _, ok := v.(time.Time); ok {
		return "a date"
	}
	n := tomlTypeName(v)
	if strings.IndexByte("aeiou", n[0]) >= 0 {
		return "an " + n
	}
	return "a " + n
}

// onOff reads true/false, or the strings "on"/"off".
func onOff(v any) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case string:
		switch strings.ToLower(strings.TrimSpace(x)) {
		case "on", "true", "yes":
			return true, nil
		case "off", "false", "no":
			return false, nil
		}
		return false, fmt.Errorf("%s is not on or off; write true or false", quoted(x))
	}
	return false, fmt.Errorf("expected true or false, found %s", aType(v))
}

// voiceValue reads "off", "auto", a command line, or true (auto) / false (off).
func voiceValue(v any) (string, error) {
	switch x := v.(type) {
	case bool:
		if x {
			return VoiceAuto, nil
		}
		return VoiceOff, nil
	case string:
		t := strings.TrimSpace(x)
		switch {
		case t == "":
			return "", errors.New(`is empty; use "off", "auto" or a command such as "espeak-ng"`)
		case sanitize(t) != t:
			return "", errors.New("contains control characters; name a plain command such as \"espeak-ng\"")
		case strings.EqualFold(t, VoiceOff), strings.EqualFold(t, "none"):
			return VoiceOff, nil
		case strings.EqualFold(t, VoiceAuto):
			return VoiceAuto, nil
		}
		return t, nil
	}
	return "", fmt.Errorf("expected \"off\", \"auto\" or a quoted command, found %s", aType(v))
}

// figuresValue reads "auto", "ascii", "off", or true (auto) / false (off).
func figuresValue(v any) (string, error) {
	switch x := v.(type) {
	case bool:
		if x {
			return FiguresAuto, nil
		}
		return FiguresOff, nil
	case string:
		switch t := strings.ToLower(strings.TrimSpace(x)); t {
		case FiguresAuto, FiguresASCII, FiguresOff:
			return t, nil
		case "on":
			return FiguresAuto, nil
		}
		return "", fmt.Errorf("%s is not a figures setting; use \"auto\", \"ascii\" or \"off\"", quoted(x))
	}
	return "", fmt.Errorf("expected \"auto\", \"ascii\" or \"off\", found %s", aType(v))
}

// durationIn reads a quoted duration (never a bare number) between lo and hi.
func durationIn(v any, lo, hi time.Duration) (time.Duration, error) {
	var dv durationValue
	if err := dv.UnmarshalTOML(v); err != nil {
		return 0, err
	}
	switch d := dv.d; {
	case d < lo && lo == 0:
		return 0, fmt.Errorf("%s is negative; use \"0s\" to %s", d, FormatDuration(hi))
	case d < lo:
		return 0, fmt.Errorf("%s is too short; use %s to %s", d, FormatDuration(lo), FormatDuration(hi))
	case d > hi:
		return 0, fmt.Errorf("%s is too long; use at most %s", FormatDuration(d), FormatDuration(hi))
	}
	return dv.d, nil
}
