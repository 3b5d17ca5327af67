package plain

import (
	"context"
	"strings"
	"testing"

	"github.com/limber-coach/limber/session/runner"
)

// TestBellAndVoice runs the fixture on its own with the bell on and a recording voice: the
// bell rings with the clock's 3-2-1 and step ends, and the voice says each step and countdown.
func TestBellAndVoice(t *testing.T) {
	var said []string
	r, out, _ := newRunnerWith(t, "", runner.Options{Speak: func(s string) { said = append(said, s) }})
	r.ann.bell = true
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(said, " | ")
	for _, want := range []string{
		"Get ready: Pelvic tilt | 3 | 2 | 1 | Pelvic tilt | 1 | 2 | 3 | Rest, next: Knee hug | 3 | 2 | 1 | Knee hug, left side",
		"Switch sides | 3 | 2 | 1 | Knee hug, right side",
		"Box breathing | Breathe in | Hold | Breathe out | Hold | Breathe in",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("said %q\nwant it to contain %q", got, want)
		}
	}
	if !strings.HasSuffix(got, "Done") {
		t.Errorf("the last word is %q, want Done", said[len(said)-1])
	}
	if n := strings.Count(out.String(), "\a"); n < 10 {
		t.Errorf("the bell rang %d times", n)
	}
}

func TestNoBellByDefault(t *testing.T) {
	r, out, _ := newRunner(t, "")
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\a") {
		t.Error("plain mode rang the bell without being asked to")
	}
}

func TestOwnCommandsDoNotRing(t *testing.T) {
	r, out, _ := newRunner(t, "n\nn\nq\n")
	r.ann.bell = true
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\a") {
		t.Errorf("typed commands rang the bell:\n%s", out)
	}
}
