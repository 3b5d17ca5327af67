package remind

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/msg"
)

// Bounds of limber quiet.
const (
	MinQuiet = time.Minute
	MaxQuiet = 12 * time.Hour
)

// QuietUntil reads limber quiet's arguments at now: a duration ("45m", "1h30m"), "until HH:MM"
// (the next such clock time, today or tomorrow), or "off" (off true). A bare number is a
// mistake, as everywhere in limber: it names the two readings it could have.
// Its mistakes are said in tr's language.
func QuietUntil(args []string, now time.Time, tr *msg.Tr) (until time.Time, off bool, err error) {
	mistake := func(id string, kv ...any) error { return errors.New(tr.T(id, kv...)) }
	switch {
	case len(args) == 1 && strings.EqualFold(args[0], "off"):
		return time.Time{}, true, nil
	case len(args) == 2 && strings.EqualFold(args[0], "until"):
		h, err := content.ParseHours("00:00-" + args[1]) // the window's end is the clock time
		if err != nil {
			return time.Time{}, false, mistake("quiet.err.clock", "Arg", fmt.Sprintf("%q", args[1]))
		}
		y, m, d := now.Date()
		until = time.Date(y, m, d, h.To/60, h.To%60, 0, 0, now.Location())
		if !until.After(now) {
			until = time.Date(y, m, d+1, h.To/60, h.To%60, 0, 0, now.Location())
		}
		return until, false, nil
	case len(args) == 1:
		if n, err := strconv.Atoi(args[0]); err == nil {
			return time.Time{}, false, mistake("quiet.err.unit", "Arg", fmt.Sprintf("%q", args[0]), "N", n)
		}
		d, err := time.ParseDuration(args[0])
		switch {
		case err != nil:
			return time.Time{}, false, mistake("quiet.err.what", "Arg", fmt.Sprintf("%q", args[0]))
		case d < MinQuiet || d > MaxQuiet:
			return time.Time{}, false, mistake("quiet.err.range", "Arg", args[0], "Min", content.FormatDuration(MinQuiet), "Max", content.FormatDuration(MaxQuiet))
		}
		return now.Add(d).Round(0), false, nil
	}
	return time.Time{}, false, mistake("quiet.err.what", "Arg", fmt.Sprintf("%q", strings.Join(args, " ")))
}
