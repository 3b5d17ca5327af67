package reminder

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/session/text"
)

// screen is a reminder Model with a settable clock and recorded side effects.
type screen struct {
	m      Model
	now    time.Time
	states []remind.State
	spoken []string
	desk   []string
}

func newScreen(t *testing.T, start time.Time, every time.Duration, hours content.Week, counts remind.Counts) *screen {
	t.Helper()
	sc := &screen{now: start}
	o := Options{
		Schedule: remind.New(remind.Config{Every: every, Week: hours}, start, counts),
		Routine:  deskBreak, Length: 5 * time.Minute, Bell: true, Notify: true,
		Now:     func() time.Time { return sc.now },
		Save:    func(st remind.State) { sc.states = append(sc.states, st) },
		Speak:   func(s string) { sc.spoken = append(sc.spoken, s) },
		Desktop: func(title, body string) { sc.desk = append(sc.desk, title+": "+body) },
	}
	sc.m = New(o, false)
	sc.update(tea.WindowSizeMsg{Width: 72, Height: 20})
	return sc
}

func (sc *screen) update(msg tea.Msg) tea.Cmd {
	next, cmd := sc.m.Update(msg)
	sc.m = next.(Model)
	return cmd
}

// at moves the clock to t and delivers the live tick, then what it observed.
func (sc *screen) at(t time.Time) {
	sc.now = t
	sc.tick(tickMsg{gen: sc.m.gen})
}

// tick delivers a tick and runs the Cmd that observes the world.
func (sc *screen) tick(msg tickMsg) {
	if cmd := sc.update(msg); cmd != nil {
		sc.update(cmd())
	}
}

// every ticks from the current time to t, every 30 s, as the real tick loop would.
func (sc *screen) every(t time.Time) {
	for sc.now.Before(t) {
		sc.at(minTime(sc.now.Add(remind.MaxWait), t))
	}
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func (sc *screen) key(k string) tea.Cmd {
	msg := tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
	switch k {
	case "enter":
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	case "ctrl+c":
		msg = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	return sc.update(msg)
}

func (sc *screen) view() string { return ansi.Strip(sc.m.render()) }

func TestScreenCountsDownThenAsks(t *testing.T) {
	sc := newScreen(t, day(10, 0), 50*time.Minute, nineToSix, remind.Counts{Day: "2026-11-23", Taken: 2, Skipped: 1})
	sc.at(day(10, 0))
	var frames []string
	frames = append(frames, sc.view())
	sc.every(day(10, 49).Add(30 * time.Second))
	frames = append(frames, sc.view())
	sc.every(day(10, 50))
	frames = append(frames, sc.view())
	if sc.m.alerts != 1 || len(sc.spoken) != 1 || len(sc.desk) != 1 || sc.desk[0] != "limber: Time for a break: Desk break (5 min)" {
		t.Errorf("due: %d alerts, spoken %q, desktop %q", sc.m.alerts, sc.spoken, sc.desk)
	}
	sc.every(day(10, 52))
	if sc.m.alerts != 1 {
		t.Errorf("a due break alerts once, not on every tick: %d", sc.m.alerts)
	}
	sc.key("s")
	frames = append(frames, sc.view())
	sc.every(day(10, 57))
	sc.key("k")
	frames = append(frames, sc.view())
	golden(t, "screen.golden", strings.Join(frames, "\n----\n")+"\n")
	for _, f := range frames {
		if n := strings.Count(f, "\n") + 1; n != frameHeight {
			t.Errorf("a frame of %d lines; it must keep its height:\n%s", n, f)
		}
		for _, l := range strings.Split(f, "\n") {
			if w := ansi.StringWidth(l); w > 72 {
				t.Errorf("line %d wide: %q", w, l)
			}
		}
	}
	if sc.m.alerts != 2 {
		t.Errorf("alerts %d, want 2 (due, then after the snooze)", sc.m.alerts)
	}
	last := sc.states[len(sc.states)-1]
	if last.Skipped != 2 || last.Taken != 2 || last.Phase != "counting" {
		t.Errorf("state %+v", last)
	}
}

func TestScreenEnterStartsTheBreak(t *testing.T) {
	sc := newScreen(t, day(10, 0), 50*time.Minute, nineToSix, remind.Counts{})
	sc.at(day(10, 5))
	cmd := sc.key("enter")
	if sc.m.Result().Action != ActionStart || cmd == nil {
		t.Fatalf("action %v", sc.m.Result().Action)
	}
	if sc.m.o.Schedule.Phase() != remind.PhaseBreak || sc.states[len(sc.states)-1].Phase != "break" {
		t.Errorf("phase %v, state %+v", sc.m.o.Schedule.Phase(), sc.states[len(sc.states)-1])
	}
	if v := sc.view(); v != "" { // nothing stays behind: the reminder comes back in its rows
		t.Errorf("the frame before the coach: %q", v)
	}
	before := sc.m.gen
	sc.update(tickMsg{gen: before})
	if sc.m.gen != before {
		t.Error("a finished screen handles nothing")
	}
}

func TestScreenQuitAndInterrupt(t *testing.T) {
	sc := newScreen(t, day(20, 0), 50*time.Minute, nineToSix, remind.Counts{})
	sc.at(day(20, 0))
	if v := sc.view(); !strings.Contains(v, "Outside your hours · quiet until tomorrow 09:00") || !strings.Contains(v, "enter break now · q quit") {
		t.Errorf("quiet view:\n%s", v)
	}
	sc.key("k") // nothing to skip at night
	if c := sc.m.o.Schedule.Today(); c.Skipped != 0 {
		t.Errorf("skipped at night: %+v", c)
	}
	sc.key("q")
	if sc.m.Result().Action != ActionQuit || sc.view() != "limber remind stopped. Today: 0 taken, 0 skipped.\n\n\n" {
		t.Errorf("quit: %v %q", sc.m.Result().Action, sc.view())
	}
	sc = newScreen(t, day(10, 0), time.Hour, nineToSix, remind.Counts{})
	sc.key("ctrl+c")
	if r := sc.m.Result(); r.Action != ActionSignal || r.Signal != os.Interrupt {
		t.Errorf("ctrl+c: %v", sc.m.Result().Action)
	}
	sc = newScreen(t, day(10, 0), time.Hour, nineToSix, remind.Counts{})
	sc.update(SignalMsg(syscall.SIGTERM))
	if r := sc.m.Result(); r.Action != ActionSignal || r.Signal != syscall.SIGTERM {
		t.Errorf("signal: %+v", r)
	}
}

func TestScreenStaleTickIsDropped(t *testing.T) {
	sc := newScreen(t, day(10, 0), time.Minute, allDay, remind.Counts{})
	sc.at(day(10, 0))
	stale := sc.m.gen
	sc.key("k") // reschedules: the old tick is stale
	sc.now = day(10, 1).Add(10 * time.Second)
	sc.tick(tickMsg{gen: stale})
	if sc.m.alerts != 0 {
		t.Error("a stale tick advanced the schedule")
	}
	sc.tick(tickMsg{gen: sc.m.gen})
	if sc.m.alerts != 1 {
		t.Error("the live tick did not")
	}
}

func TestTickWaitsForTheNextVisibleChange(t *testing.T) {
	s := remind.New(remind.Config{Every: 50 * time.Minute, Week: allDay}, day(10, 0), remind.Counts{})
	s.Tick(day(10, 0), remind.Seen{Clock: true})
	for _, c := range []struct {
		now, want time.Time
	}{
		{day(10, 0), day(10, 0).Add(remind.MaxWait)},                           // capped: a suspend is noticed soon
		{day(10, 48).Add(45 * time.Second), day(10, 49)},                       // "2 min" becomes "1 min"
		{day(10, 49).Add(10 * time.Second), day(10, 49).Add(11 * time.Second)}, // seconds in the last minute
		{day(10, 49).Add(59*time.Second + 500*time.Millisecond), day(10, 50)},  // then the due time
	} {
		if got := wake(s, c.now, remind.MaxWait); !got.Equal(c.want) {
			t.Errorf("wake at %s = %s, want %s", c.now.Format("15:04:05.0"), got.Format("15:04:05.0"), c.want.Format("15:04:05.0"))
		}
	}
}

func TestAlertAndTexts(t *testing.T) {
	o := Options{Routine: deskBreak, Bell: true, Notify: true, Tmux: false}
	o.defaults()
	if a := o.alert(); !strings.HasPrefix(a, "\a\x1b]9;limber: Time for a break: Desk break\a") || !strings.Contains(a, "\x1b]777;notify;limber;") {
		t.Errorf("alert %q", a)
	}
	o.Bell, o.Notify = false, false
	if o.alert() != "" {
		t.Error("bell off and no terminal: no alert")
	}
	for d, want := range map[time.Duration]string{45 * time.Second: "45 s", 61 * time.Second: "2 min", time.Hour: "1 h", 90 * time.Minute: "1 h 30 min"} {
		if got := text.DurUp(d); got != want {
			t.Errorf("text.DurUp(%v) = %q, want %q", d, got, want)
		}
	}
	if got := text.MinutesText(5*time.Minute + 22*time.Second); got != "5 min" {
		t.Errorf("text.MinutesText(5m22s) = %q, want 5 min, as limber list says", got)
	}
	now := day(22, 0)
	for at, want := range map[time.Time]string{day(22, 30): "22:30", day(9, 0).AddDate(0, 0, 1): "tomorrow 09:00", day(9, 0).AddDate(0, 0, 5): "Sat 09:00"} {
		if got := clockText(o.Tr, now, at); got != want {
			t.Errorf("clockText(%v) = %q, want %q", at, got, want)
		}
	}
	if Action(9).String() != "unknown" || ActionStart.String() != "start" {
		t.Error("action names")
	}
}
