package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/text"
)

const statusUsage = `
usage: limber status [--format FORMAT]

One short line for a tmux status bar or a shell prompt, and nothing at all when
there is nothing to say. While limber remind runs: "break in 12m", "break due",
"break in 4m (snoozed)" or "on a break" (nothing outside its hours); otherwise
the time since your last session, "last break 1h20m ago". It reads only two
small files, so it is quick enough to run on every prompt.
  --format FORMAT   your own line, with placeholders:
      {next}     time to the next break ("12m"), while limber remind counts
      {at}       the clock time of the next break ("10:40")
      {state}    counting, due, snoozed, quiet or break (off when limber remind
                 is not running)
      {since}    time since your last session ended ("1h20m")
      {taken}    breaks taken today (through limber remind)
      {skipped}  breaks skipped today
      {routine}  the break routine's name
    When a placeholder has nothing to say, the whole line is left empty.
`

func runStatus(a *app, args []string) error {
	fs := newFlags(a, "status")
	format := fs.String("format", "", "")
	pos, help, err := parseFlags(a, fs, statusUsage, args)
	if help || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("status: unexpected %q (see limber status -h)", strings.Join(pos, " "))
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	v := readStatus(a)
	line := v.line()
	if *format != "" {
		line = v.format(*format)
	}
	if line != "" {
		fmt.Fprintln(a.stdout, line)
	}
	return nil
}

// statusView is what limber status knows: the running reminder's state (running false when
// none runs), the end of the last session, and the time.
type statusView struct {
	now     time.Time
	running bool
	state   remind.State
	// last is when the last session ended; zero when there is none.
	last time.Time
}

// readStatus reads the reminder's state file (trusted only while its lock is held) and the end
// of the history. Errors mean nothing to say: a status line never complains.
func readStatus(a *app) statusView {
	v := statusView{now: a.now()}
	dir := a.dataDir()
	if st, err := remind.LoadState(filepath.Join(dir, remind.StateFile)); err == nil {
		v.state = st
		v.running = st.Running && remind.Running(dir)
	}
	if t, ok, err := journal.LastEnded(a.historyPath()); err == nil && ok {
		v.last = t
	}
	return v
}

// phase is the reminder's phase, or "off" when it is not running.
func (v statusView) phase() string {
	if !v.running {
		return "off"
	}
	return v.state.Phase
}

// line is the default status line.
func (v statusView) line() string {
	switch v.phase() {
	case "counting":
		if v.state.Next.After(v.now) {
			return "break in " + text.Compact(v.state.Next.Sub(v.now), true)
		}
		return "break due"
	case "snoozed":
		if v.state.Next.After(v.now) {
			return "break in " + text.Compact(v.state.Next.Sub(v.now), true) + " (snoozed)"
		}
		return "break due"
	case "due":
		return "break due"
	case "break":
		return "on a break"
	case "quiet":
		return ""
	}
	if v.last.IsZero() {
		return ""
	}
	return "last break " + text.Compact(v.now.Sub(v.last), false) + " ago"
}

// format fills the placeholders of f; any placeholder with nothing to say empties the line.
func (v statusView) format(f string) string {
	today := v.now.Format(time.DateOnly)
	counts := remind.Counts{}
	if v.state.Day == today {
		counts = v.state.Counts()
	}
	counting := v.running && (v.state.Phase == "counting" || v.state.Phase == "snoozed") && v.state.Next.After(v.now)
	values := map[string]string{
		"{state}":   v.phase(),
		"{taken}":   fmt.Sprint(counts.Taken),
		"{skipped}": fmt.Sprint(counts.Skipped),
	}
	if counting {
		values["{next}"] = text.Compact(v.state.Next.Sub(v.now), true)
		values["{at}"] = v.state.Next.In(v.now.Location()).Format("15:04")
	}
	if v.running {
		values["{routine}"] = v.state.RoutineName
	}
	if !v.last.IsZero() {
		values["{since}"] = text.Compact(v.now.Sub(v.last), false)
	}
	var b strings.Builder
	for f != "" {
		i := strings.IndexByte(f, '{')
		j := strings.IndexByte(f[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(f)
			break
		}
		b.WriteString(f[:i])
		key := f[i : i+j+1]
		val, known := values[key]
		if !known && isPlaceholder(key) || known && val == "" {
			return "" // nothing to say
		}
		if !known {
			val = key // not a placeholder: kept as typed
		}
		b.WriteString(val)
		f = f[i+j+1:]
	}
	return b.String()
}

// isPlaceholder reports whether key is one of status's placeholders.
// checkFormat rejects a --format with a misspelt placeholder ("{nxt}"), which would otherwise
// end up in a prompt as typed. Braces that look like no placeholder are text and stay.
func checkFormat(f string) error {
	for f != "" {
		i := strings.IndexByte(f, '{')
		if i < 0 {
			return nil
		}
		j := strings.IndexByte(f[i:], '}')
		if j < 0 {
			return nil
		}
		key := f[i : i+j+1]
		if !isPlaceholder(key) {
			if near := content.Suggest(key, placeholders()); near != "" {
				return usagef("status: unknown placeholder %s in --format (did you mean %s?)", content.Sanitize(key), near)
			}
		}
		f = f[i+j+1:]
	}
	return nil
}

// placeholders returns the --format placeholders.
func placeholders() []string {
	return []string{"{next}", "{at}", "{state}", "{since}", "{taken}", "{skipped}", "{routine}"}
}

func isPlaceholder(key string) bool { return slices.Contains(placeholders(), key) }
