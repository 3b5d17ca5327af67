package remind

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/text"
)

// Glance is what limber status knows: the running reminder's state (Running false when none
// runs), when the last session ended (zero when there is none), limber quiet's end (zero when
// not quiet), and the time. Its lines are what a status bar or a shell prompt shows.
type Glance struct {
	Now     time.Time
	Running bool
	State   State
	Last    time.Time
	// QuietUntil is the end of limber quiet, read from its file: the line shows it at once,
	// before the running reminder has seen it.
	QuietUntil time.Time
}

// Phase is the reminder's phase, or "off" when it is not running.
func (g Glance) Phase() string {
	if !g.Running {
		return "off"
	}
	return content.Sanitize(g.State.Phase)
}

// quietUntil is when a meeting's quiet time ends (limber quiet, the calendar), while the
// reminder runs and is not outside its hours; zero otherwise.
func (g Glance) quietUntil() time.Time {
	if !g.Running {
		return time.Time{}
	}
	why, _ := ParseWhy(g.State.Why)
	switch {
	case g.State.Phase == "quiet" && !why.Meeting():
		return time.Time{} // outside the hours: nothing to say
	case g.State.Phase == "quiet" && g.State.Opens.After(g.Now):
		return g.State.Opens
	case g.QuietUntil.After(g.Now) && g.State.Phase != "break":
		return g.QuietUntil
	}
	return time.Time{}
}

// Line is the default status line in English: see LineIn.
func (g Glance) Line() string { return g.LineIn(msg.NewIn(lang.English, StatusArea)) }

// StatusArea is the catalogue's file LineIn's strings are in: limber status reads only it.
const StatusArea = "status"

// LineIn is the default status line in tr's language: "break in 12m", "break due", "break in
// 4m (snoozed)", "on a break", "quiet until 14:00" (limber quiet, a busy event; with "· meeting
// moves?" once a long spell has offered them), nothing outside the hours or while away from the
// desk, or with no reminder "last break 1h20m ago" (nothing before the first session). The
// short durations ("12m", "1h05m") and clock times are the same in every language.
func (g Glance) LineIn(tr *msg.Tr) string {
	next := g.State.Next
	if q := g.quietUntil(); !q.IsZero() {
		line := tr.T("status.quiet_until", "Clock", q.In(g.Now.Location()).Format("15:04"))
		if g.State.Moves && g.State.Phase == "quiet" {
			line += " · " + tr.T("status.moves")
		}
		return line
	}
	switch g.Phase() {
	case "counting":
		if next.After(g.Now) {
			return tr.T("status.break_in", "In", text.Compact(next.Sub(g.Now), true))
		}
		return tr.T("status.due")
	case "snoozed":
		if next.After(g.Now) {
			return tr.T("status.break_in_snoozed", "In", text.Compact(next.Sub(g.Now), true))
		}
		return tr.T("status.due")
	case "due":
		return tr.T("status.due")
	case "break":
		return tr.T("status.on_break")
	case "quiet", "idle":
		return ""
	}
	if g.Last.IsZero() {
		return ""
	}
	return tr.T("status.last", "Ago", text.Compact(g.Now.Sub(g.Last), false))
}

// Format fills the placeholders of f (see Placeholders); any placeholder with nothing to say
// empties the whole line. Values from the state file are sanitized: a tampered file cannot put
// escape sequences into a prompt.
func (g Glance) Format(f string) string {
	counts := Counts{}
	if g.State.Day == g.Now.Format(time.DateOnly) {
		counts = g.State.Counts()
	}
	if g.Running {
		counts = g.State.Today(g.Now)
	}
	phase := g.Phase()
	counting := g.Running && (phase == "counting" || phase == "snoozed") && g.State.Next.After(g.Now)
	values := map[string]string{
		"{state}":   phase,
		"{taken}":   fmt.Sprint(counts.Taken),
		"{skipped}": fmt.Sprint(counts.Skipped),
		"{spells}":  fmt.Sprint(counts.Long),
	}
	if counting {
		values["{next}"] = text.Compact(g.State.Next.Sub(g.Now), true)
		values["{at}"] = g.State.Next.In(g.Now.Location()).Format("15:04")
	}
	if g.Running {
		values["{routine}"] = content.Sanitize(g.State.RoutineName)
		if d := g.State.SittingAt(g.Now); d > 0 {
			values["{sitting}"] = text.Compact(d, false)
		}
	}
	if counts.Longest > 0 {
		values["{longest}"] = text.Compact(counts.Longest, false)
	}
	if q := g.quietUntil(); !q.IsZero() {
		values["{quiet}"] = q.In(g.Now.Location()).Format("15:04")
	}
	if !g.Last.IsZero() {
		values["{since}"] = text.Compact(g.Now.Sub(g.Last), false)
	}
	var b strings.Builder
	for f != "" {
		i, j := placeholderAt(f)
		if i < 0 {
			b.WriteString(f)
			break
		}
		b.WriteString(f[:i])
		key := f[i:j]
		val, known := values[key]
		if !known && IsPlaceholder(key) || known && val == "" {
			return "" // nothing to say
		}
		if !known {
			val = key // not a placeholder: kept as typed
		}
		b.WriteString(val)
		f = f[j:]
	}
	return b.String()
}

// placeholderAt finds the next "{…}" in f: its start and end, or -1 when there is none.
func placeholderAt(f string) (start, end int) {
	i := strings.IndexByte(f, '{')
	if i < 0 {
		return -1, -1
	}
	j := strings.IndexByte(f[i:], '}')
	if j < 0 {
		return -1, -1
	}
	return i, i + j + 1
}

// Placeholders are what a status format may use: {next} (time to the next break), {at} (its
// clock time), {state}, {since} (time since the last session), {taken}, {skipped} (today's
// breaks), {routine}, {sitting} (the current sitting spell), {longest} (today's longest),
// {spells} (today's spells that reached the interval) and {quiet} (when a quiet time ends).
func Placeholders() []string {
	return []string{"{next}", "{at}", "{state}", "{since}", "{taken}", "{skipped}", "{routine}",
		"{sitting}", "{longest}", "{spells}", "{quiet}"}
}

// IsPlaceholder reports whether key is one of Placeholders.
func IsPlaceholder(key string) bool { return slices.Contains(Placeholders(), key) }

// Misspelt returns the first "{…}" in f that is no placeholder but is close to one, with the
// placeholder it is close to (a format with "{nxt}" would put that in a prompt as typed);
// braces that look like no placeholder are text. ok is false when there is none.
func Misspelt(f string) (key, near string, ok bool) {
	for f != "" {
		i, j := placeholderAt(f)
		if i < 0 {
			return "", "", false
		}
		if key := f[i:j]; !IsPlaceholder(key) {
			if near := content.Suggest(key, Placeholders()); near != "" {
				return key, near, true
			}
		}
		f = f[j:]
	}
	return "", "", false
}
