package calendar

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestReadBusyTimes(t *testing.T) {
	data, err := os.ReadFile("testdata/work.ics")
	if err != nil {
		t.Fatal(err)
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data")
	}
	mon := time.Date(2026, 11, 23, 0, 0, 0, 0, berlin)
	res, err := Read(data, mon, mon.AddDate(0, 0, 4), berlin)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range res.Busy {
		got = append(got, b.Start.In(berlin).Format("Mon 15:04")+"-"+b.End.In(berlin).Format("15:04")+" "+b.Summary)
	}
	want := []string{
		"Mon 09:30-09:45 Team standup",  // a folded line, unfolded
		"Mon 14:00-15:00 Design review", // 13:00 UTC
		"Tue 11:00-11:30 Team stand-up (moved)",
		"Tue 16:00-16:30 1:1", // unknown Windows zone: local time
		// Wed and Thu are EXDATEs; Tue's 09:30 moved to 11:00
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("busy:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.Events != 8 || res.Skipped != 1 || !strings.Contains(res.Note, `"Broken": "tomorrow-ish" is not a date and time`) {
		t.Errorf("events %d, skipped %d, note %q", res.Events, res.Skipped, res.Note)
	}
	// Friday: the rule goes on.
	res, _ = Read(data, mon.AddDate(0, 0, 4), mon.AddDate(0, 0, 5), berlin)
	if len(res.Busy) != 1 || res.Busy[0].Start.In(berlin).Format("Mon 15:04") != "Fri 09:30" {
		t.Errorf("Friday %+v", res.Busy)
	}
}

func TestNotACalendar(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	for _, bad := range []string{"", "hello", "BEGIN:VCARD\r\nEND:VCARD\r\n", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",
		strings.Repeat("BEGIN:X\r\n", 10000)} {
		if _, err := Read([]byte(bad), now, now.Add(time.Hour), time.UTC); err == nil {
			t.Errorf("%.20q read as a calendar", bad)
		}
	}
	// A rule every minute since 2000 is not walked through.
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:spam\r\nDTSTART:20000101T000000Z\r\nDTEND:20000101T000100Z\r\nRRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:y\r\nSUMMARY:hourly\r\nDTSTART:19900101T000000Z\r\nDTEND:19900101T000100Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	start := time.Now()
	res, err := Read([]byte(ics), now, now.Add(time.Hour), time.UTC)
	if err != nil || len(res.Busy) != 0 || res.Skipped != 2 || !strings.Contains(res.Note, "every few seconds or minutes") {
		t.Errorf("%+v %v", res, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func FuzzRead(f *testing.F) {
	data, _ := os.ReadFile("testdata/work.ics")
	f.Add(data)
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261123T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := Read(b, now, now.Add(48*time.Hour), time.UTC)
		if err != nil {
			return
		}
		for _, x := range res.Busy {
			if !x.End.After(x.Start) || !x.Start.Before(now.Add(48*time.Hour)) || !x.End.After(now) {
				t.Errorf("busy %+v outside the window", x)
			}
		}
	})
}
