package reminder

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/remind"
	"github.com/limber-coach/limber/tui/activity"
)

var meetingMoves = content.Routine{ID: "meeting-moves", Name: "Meeting moves"}

// TestBackgroundMeetingThenTheBreak drives limber remind --background with a fake clock and a
// fake desk: someone types from 09:00 to 10:30 with a meeting (limber quiet) from 09:30 to
// 10:15. The meeting moves are offered once, silently, at 09:50 (50 min of sitting); the real
// break comes when the meeting ends, as a notification that says how to start it; one more
// comes 10 min later when nobody answers; when the typing stops, idle_reset later the due break
// is dropped as a break taken away from the desk.
func TestBackgroundMeetingThenTheBreak(t *testing.T) {
	start := day(9, 0)
	var mu sync.Mutex
	now := start
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	var notes []string
	var out bytes.Buffer
	observe := func(at time.Time) activity.Observation {
		var o activity.Observation
		o.Seen.Active = at
		if stop := day(10, 30); at.After(stop) {
			o.Seen.Active = stop
		}
		o.Quiet = []remind.Quiet{{From: day(9, 30), Until: day(10, 15), Why: remind.WhyQuiet}}
		return o
	}
	o := Options{
		Schedule: remind.New(remind.Config{Every: 50 * time.Minute, Week: allDay}, start, remind.Counts{}),
		Routine:  deskBreak, Moves: &meetingMoves, MovesLength: time.Minute, Length: 5 * time.Minute,
		Now: clock, Observe: observe, Bell: true, Notify: true,
		Desktop: func(title, body string) { notes = append(notes, clock().Format("15:04")+" "+body) },
	}
	timers := make(chan chan time.Time)
	after := func(d time.Duration) <-chan time.Time {
		ch := make(chan time.Time, 1)
		timers <- ch
		return ch
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	done := make(chan error, 1)
	go func() { done <- NewBackground(o, &out, after).Run(ctx) }()
	// Each timer fires a minute on: the runner never waits longer than PollEvery when it can
	// help it, and a minute's steps keep the test short without missing an event.
	for ch := range timers {
		mu.Lock()
		now = now.Add(time.Minute)
		at := now
		mu.Unlock()
		if at.After(day(11, 0)) {
			cancel(context.Canceled)
			ch <- at
			go func() {
				for range timers {
				}
			}()
			break
		}
		ch <- at
	}
	<-done
	close(timers)

	want := []string{
		"09:50 Sitting 50 min in a meeting: Meeting moves, 1 min in your chair, nobody will notice (limber run meeting-moves)",
		"10:15 Time for a break: Desk break (5 min). Start it with: limber run desk-break",
		"10:25 Still sitting (1 h 25 min): Time for a break: Desk break (5 min). Start it with: limber run desk-break",
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notifications:\n  %s\nwant:\n  %s", strings.Join(notes, "\n  "), strings.Join(want, "\n  "))
	}
	log := out.String()
	for _, w := range []string{"09:30 Quiet (limber quiet) until 10:15", "10:15 The quiet time is over.", "10:35 No activity for 5 min: that was a break."} {
		if !strings.Contains(log, w) {
			t.Errorf("the log has no %q:\n%s", w, log)
		}
	}
	// The moves are silent: no bell and no OSC notification before the due break's, and that
	// one only once.
	if i := strings.Index(log, "10:15 The quiet"); i < 0 || strings.Contains(log[:i], "\a") {
		t.Errorf("a bell before the due break:\n%q", log)
	}
	if n := strings.Count(log, "\x1b]9;"); n != 1 {
		t.Errorf("%d OSC 9 notifications, want 1 (the due break's):\n%q", n, log)
	}
}
