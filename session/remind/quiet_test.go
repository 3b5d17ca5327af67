package remind

import (
	"strings"
	"testing"
	"time"

	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

func TestQuietUntil(t *testing.T) {
	now := at(10, 20)
	for _, c := range []struct {
		args []string
		want time.Time
		off  bool
		err  string
	}{
		{args: []string{"45m"}, want: at(11, 5)},
		{args: []string{"1h30m"}, want: at(11, 50)},
		{args: []string{"until", "14:00"}, want: at(14, 0)},
		{args: []string{"until", "9:15"}, want: at(9, 15).AddDate(0, 0, 1)}, // tomorrow morning
		{args: []string{"OFF"}, off: true},
		{args: []string{"45"}, err: `"45" needs a unit: 45m or 45h`},
		{args: []string{"30s"}, err: "out of range; quiet for 1m to 12h"},
		{args: []string{"13h"}, err: "out of range"},
		{args: []string{"until", "25:00"}, err: "not a clock time"},
		{args: []string{"until"}, err: "is not a duration"},
		{args: []string{"soon"}, err: "is not a duration"},
	} {
		until, off, err := QuietUntil(c.args, now, msg.New(lang.English))
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%v: %v, want %q", c.args, err, c.err)
			}
		case err != nil || off != c.off || !until.Equal(c.want):
			t.Errorf("%v: %v %v %v", c.args, until, off, err)
		}
	}
}
