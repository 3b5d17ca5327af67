package reminder

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/activity"
)

// langRoutines are the break and the meeting moves as the built-in library names them in each
// language.
func langRoutines(t *testing.T, l lang.Tag) (brk, moves *content.Routine) {
	t.Helper()
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	lib = lib.Localize(l)
	brk, ok := lib.Routine("desk-break")
	moves, ok2 := lib.Routine("meeting-moves")
	if !ok || !ok2 {
		t.Fatal("the built-in library has no desk-break or meeting-moves")
	}
	return brk, moves
}

// screenScenes draws the reminder screen in language tr at width w through a day: counting,
// the last minute, due, snoozed, a note (back from away), quiet outside the hours, and the
// line left when it stops. It returns the frames.
func screenScenes(t *testing.T, tr *msg.Tr, brk *content.Routine, w int) []string {
	t.Helper()
	now := day(10, 0)
	away := false
	o := Options{
		Schedule: remind.New(remind.Config{Every: 50 * time.Minute, Week: nineToSix, IdleReset: 5 * time.Minute}, now, remind.Counts{Day: "2026-11-23", Taken: 2, Skipped: 1}),
		Routine:  brk, Length: 5 * time.Minute, Tr: tr,
		Now: func() time.Time { return now },
		Observe: func(at time.Time) activity.Observation {
			var ob activity.Observation
			ob.Seen.Active = at
			if away {
				ob.Seen.Active = day(11, 0)
			}
			return ob
		},
	}
	sc := &screen{m: New(o, false), now: now}
	sc.update(tea.WindowSizeMsg{Width: w, Height: 24})
	set := func(at time.Time) { // as the tick loop would: at most remind.MaxWait at a time
		for now.Before(at) {
			now = minTime(now.Add(remind.MaxWait), at)
			sc.at(now)
		}
	}
	sc.at(now)
	var frames []string
	for _, at := range []time.Time{day(10, 0), day(10, 49).Add(30 * time.Second), day(10, 50)} {
		set(at)
		frames = append(frames, sc.view())
	}
	sc.key("s")
	frames = append(frames, sc.view())
	sc.key("k")
	set(day(11, 0))
	away = true
	set(day(11, 10))
	frames = append(frames, sc.view())
	away = false
	set(day(11, 12))
	set(day(18, 0))
	frames = append(frames, sc.view())
	sc.key("q")
	frames = append(frames, sc.view())
	return frames
}

// TestReminderInEveryLanguage keeps the reminder's screen as golden views in each language at
// 40×12 and 80×24, and checks each frame fits: no line wider than the terminal, the frame's
// height kept.
func TestReminderInEveryLanguage(t *testing.T) {
	for _, l := range lang.Supported() {
		tr := msg.New(l)
		brk, _ := langRoutines(t, l)
		for _, sz := range [][2]int{{40, 12}, {80, 24}} {
			frames := screenScenes(t, tr, brk, sz[0])
			for _, f := range frames {
				lines := strings.Split(f, "\n")
				if len(lines) != frameHeight || len(lines) > sz[1] {
					t.Errorf("%s %dx%d: a frame of %d lines:\n%s", l, sz[0], sz[1], len(lines), f)
				}
				for _, line := range lines {
					if ansi.StringWidth(line) > sz[0] {
						t.Errorf("%s %dx%d: line %q is too wide", l, sz[0], sz[1], line)
					}
				}
			}
			golden(t, filepath.Join(l.String(), fmt.Sprintf("screen-%dx%d.golden", sz[0], sz[1])), strings.Join(frames, "\n----\n")+"\n")
		}
	}
}

// plainDay runs the plain reminder in language tr: the introduction, a due break snoozed and
// skipped, an unknown command, nothing to snooze, the evening's quiet, and quitting.
func plainDay(t *testing.T, tr *msg.Tr, brk *content.Routine) string {
	h := newHarness(t, day(17, 0), 50*time.Minute, nineToSix, true)
	h.p.o.Tr, h.p.o.Routine = tr, brk
	h.run()
	h.until(day(17, 50))
	h.send("s")
	h.until(day(17, 55))
	h.send("k")
	h.send("s")
	h.send("bogus")
	h.until(day(18, 5))
	h.send("k")
	h.send("q")
	return h.out.String()
}

// backgroundDay runs the background reminder in language tr through a meeting (limber quiet),
// the moves offered, the break due, notified twice, and dropped when the typing stops. It
// returns the log and the desktop notifications.
func backgroundDay(t *testing.T, tr *msg.Tr, brk, moves *content.Routine) (log string, notes []string) {
	start := day(9, 0)
	now := start
	var out bytes.Buffer
	o := Options{
		Schedule: remind.New(remind.Config{Every: 50 * time.Minute, Week: allDay, IdleReset: 5 * time.Minute}, start, remind.Counts{}),
		Routine:  brk, Moves: moves, MovesLength: time.Minute, Length: 5 * time.Minute, Tr: tr,
		Now: func() time.Time { return now },
		Observe: func(at time.Time) activity.Observation {
			var ob activity.Observation
			ob.Seen.Active = at
			if at.After(day(10, 30)) {
				ob.Seen.Active = day(10, 30)
			}
			ob.Quiet = []remind.Quiet{{From: day(9, 30), Until: day(10, 15), Why: remind.WhyQuiet}}
			return ob
		},
		Desktop: func(title, body string) { notes = append(notes, title+": "+body) },
	}
	b := NewBackground(o, &out, nil)
	ctx := context.Background()
	b.Run(ctxAt(ctx)) // returns at once: the context is done; the introduction is written
	for now = start.Add(time.Minute); !now.After(day(11, 0)); now = now.Add(time.Minute) {
		b.look(now)
	}
	return out.String(), notes
}

// ctxAt is a context already cancelled, so Background.Run writes its introduction and returns.
func ctxAt(parent context.Context) context.Context {
	ctx, cancel := context.WithCancel(parent)
	cancel()
	return ctx
}

// TestPlainAndBackgroundInEveryLanguage keeps plain mode's lines and the background log with
// its notifications as golden files in each language.
func TestPlainAndBackgroundInEveryLanguage(t *testing.T) {
	for _, l := range lang.Supported() {
		tr := msg.New(l)
		brk, moves := langRoutines(t, l)
		out := plainDay(t, tr, brk)
		log, notes := backgroundDay(t, tr, brk, moves)
		golden(t, filepath.Join(l.String(), "plain.golden"), out+"----\n"+log+"----\n"+strings.Join(notes, "\n")+"\n")
	}
}

// TestReminderBypassesNoCatalogue draws the reminder's screens, its plain lines, its background
// log and notifications, and --explain in the pseudo-locale with pseudo names: every letter
// must come through the catalogue or the library, but the keys' names, commands to type and
// the routines' ids.
func TestReminderBypassesNoCatalogue(t *testing.T) {
	tr := msg.Pseudo()
	brk := &content.Routine{ID: "desk-break", Name: msg.Open + "Desk break" + msg.Close}
	moves := &content.Routine{ID: "meeting-moves", Name: msg.Open + "Meeting moves" + msg.Close}
	allowed := []string{"enter", "s", "k", "q", "limber run desk-break", "meeting-moves", "desk-break", "limber", "\"bogus\""}
	check := func(what, s string) {
		t.Helper()
		for _, u := range msg.Unmarked(ansi.Strip(s)) {
			if !slices.Contains(allowed, strings.Trim(u, " ·().:,")) {
				t.Errorf("%s: %q bypasses the catalogue in:\n%s", what, u, s)
			}
		}
	}
	for _, w := range []int{40, 80, 120} {
		for _, f := range screenScenes(t, tr, brk, w) {
			check(fmt.Sprintf("screen at %d columns", w), f)
		}
	}
	check("plain mode", plainDay(t, tr, brk))
	log, notes := backgroundDay(t, tr, brk, moves)
	check("background log", log)
	for _, n := range notes {
		check("notification", n)
	}
	var b bytes.Buffer
	desk := activity.NewDesk(activity.Env{Path: t.TempDir(), GOOS: "linux"}, day(10, 0), 5*time.Minute, "")
	Explain(&b, Explanation{Now: day(10, 0), Desk: desk, Every: 50 * time.Minute, IdleReset: 5 * time.Minute,
		Week: nineToSix, Routine: brk, Tr: tr})
	// The activity sources' own lines (their names and notes) are the activity package's, not
	// yet in the catalogue: left out here.
	var kept []string
	skip := false
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "  • ") {
			skip = false
			for _, src := range desk.Watcher.Lines() {
				skip = skip || strings.HasPrefix(line, "  • "+src.Name+":")
			}
		} else if !strings.HasPrefix(line, "    ") {
			skip = false
		}
		if !skip {
			kept = append(kept, line)
		}
	}
	check("--explain", strings.Join(kept, "\n"))
}
