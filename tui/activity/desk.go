package activity

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/safefile"
	"github.com/limber-coach/limber/session/calendar"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/store"
)

// Observation is what a reminder's tick needs from the world.
type Observation struct {
	// Seen is the activity and the newest logged session.
	Seen remind.Seen
	// Quiet are limber quiet's quiet time and the calendar's busy times.
	Quiet []remind.Quiet
	// Problems are things to say once: a calendar that cannot be read.
	Problems []string
}

// Desk is everything a reminder looks at before a tick: the activity sources, the history's
// newest session, limber quiet and the calendar.
type Desk struct {
	Watcher *Watcher
	Dir     store.Dir
	// Calendar, when set, is the calendar whose busy events are quiet times.
	Calendar *Calendar
}

// NewDesk is the desk of this machine (Sources), for a reminder that starts at now; grace is
// idle_reset; calendar is the calendar's path ("" for none).
func NewDesk(e Env, now time.Time, grace time.Duration, calendar string) *Desk {
	d := &Desk{Watcher: NewWatcher(now, grace, Sources(e)...), Dir: e.Dir}
	if calendar != "" {
		d.Calendar = &Calendar{Path: calendar, Loc: now.Location()}
	}
	return d
}

// CalendarPath is the calendar setting as a path: "~/" is the home folder, and a relative path
// is in the config folder; "" stays "".
func CalendarPath(setting, home, configDir string) string {
	switch {
	case setting == "":
		return ""
	case strings.HasPrefix(setting, "~/"):
		return filepath.Join(home, setting[2:])
	case !filepath.IsAbs(setting):
		return filepath.Join(configDir, setting)
	}
	return setting
}

// Observe reads the world at now. It reads small files and may run a process (a source due for
// reading): call it off a screen's Update.
func (d *Desk) Observe(ctx context.Context, now time.Time) Observation {
	var o Observation
	o.Seen.Active, o.Seen.Clock = d.Watcher.Poll(ctx, now)
	if t, ok, err := journal.LastEnded(d.Dir.LogPath()); err == nil && ok {
		o.Seen.Logged = t
	}
	if until, err := d.Dir.Quiet(); err == nil && until.After(now) {
		o.Quiet = append(o.Quiet, remind.Quiet{Until: until, Why: remind.WhyQuiet})
	}
	if d.Calendar != nil {
		busy, problem := d.Calendar.Busy(now)
		o.Quiet = append(o.Quiet, busy...)
		if problem != "" {
			o.Problems = append(o.Problems, problem)
		}
	}
	return o
}

// MaxCalendarSize is the largest calendar file read: a year of a busy person's meetings is a
// few hundred KiB.
const MaxCalendarSize = 4 << 20

// calendarWindow is how far around now the busy times are worked out; they are worked out
// again when the file changes or now nears the window's end.
const calendarWindow = 36 * time.Hour

// Calendar is a local iCalendar file whose busy events are quiet times. It is read again when
// it changes (its size or time); a file that cannot be read is reported once per change and
// ignored, never fatal.
type Calendar struct {
	Path string
	// Loc is the time zone of times the file leaves floating; nil means time.Local.
	Loc *time.Location

	mu       sync.Mutex
	size     int64
	mod      time.Time
	from, to time.Time
	busy     []remind.Quiet
	events   int
	status   string
}

// Busy are the busy times around now, and a problem to report (once per change of the file).
func (c *Calendar) Busy(now time.Time) ([]remind.Quiet, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fi, err := os.Stat(c.Path)
	if err != nil {
		msg := "calendar " + content.DisplayPath(c.Path) + ": " + errText(err)
		if errors.Is(err, fs.ErrNotExist) {
			msg = "calendar " + content.DisplayPath(c.Path) + " does not exist; no busy times until it does"
		}
		return nil, c.say(msg)
	}
	fresh := fi.Size() == c.size && fi.ModTime().Equal(c.mod) && !now.Before(c.from) && now.Add(calendarWindow/2).Before(c.to)
	if fresh {
		return c.busy, ""
	}
	c.size, c.mod = fi.Size(), fi.ModTime()
	c.from, c.to, c.busy, c.events = now.Add(-calendarWindow/4), now.Add(calendarWindow), nil, 0
	data, err := safefile.ReadFile(c.Path, MaxCalendarSize)
	if err != nil {
		return nil, c.say("calendar " + content.DisplayPath(c.Path) + ": " + errText(err) + "; it is ignored")
	}
	loc := c.Loc
	if loc == nil {
		loc = time.Local
	}
	res, err := calendar.Read(data, c.from, c.to, loc)
	if err != nil {
		return nil, c.say("calendar " + content.DisplayPath(c.Path) + ": " + err.Error() + "; it is ignored")
	}
	for _, b := range res.Busy {
		c.busy = append(c.busy, remind.Quiet{From: b.Start, Until: b.End, Why: remind.WhyCalendar})
	}
	c.events = res.Events
	if res.Skipped > 0 {
		return c.busy, c.say(fmt.Sprintf("calendar %s: %d of %d events left out (%s)", content.DisplayPath(c.Path), res.Skipped, res.Events, res.Note))
	}
	if res.Note != "" {
		return c.busy, c.say("calendar " + content.DisplayPath(c.Path) + ": " + res.Note)
	}
	c.say("")
	return c.busy, ""
}

// say keeps msg as the calendar's status and returns it when it is new (to report once).
func (c *Calendar) say(msg string) string {
	if msg == c.status {
		return ""
	}
	c.status = msg
	return msg
}

// Line is the calendar in limber remind --explain: its events and the next busy time, or its
// problem.
func (c *Calendar) Line(now time.Time) Line {
	busy, _ := c.Busy(now)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.status != "" {
		return Line{Name: "calendar", Note: c.status}
	}
	note := fmt.Sprintf("%s: %d events", content.DisplayPath(c.Path), c.events)
	for _, b := range busy {
		if b.Until.After(now) {
			note += fmt.Sprintf("; busy %s-%s", b.From.In(now.Location()).Format("Mon 15:04"), b.Until.In(now.Location()).Format("15:04"))
			break
		}
	}
	return Line{Name: "calendar", Note: note, Used: true}
}

// errText is an error in words, without Go's "open /x:" prefix when the path is said already.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
