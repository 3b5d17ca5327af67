package main

import "testing"

// The coach runs only when both ends are a terminal that can draw it: TERM=dumb (an Emacs
// shell buffer, some CI logs) gets plain mode, like a pipe.
func TestUseCoach(t *testing.T) {
	for _, c := range []struct {
		in, out bool
		term    string
		want    bool
	}{
		{true, true, "xterm-256color", true},
		{true, true, "", true},
		{true, true, "dumb", false},
		{false, true, "xterm", false},
		{true, false, "xterm", false},
	} {
		ta := newTestApp(t)
		ta.stdinTTY, ta.stdoutTTY, ta.env["TERM"] = c.in, c.out, c.term
		if got := useCoach(ta.app); got != c.want {
			t.Errorf("stdin tty %v, stdout tty %v, TERM=%q: useCoach %v, want %v", c.in, c.out, c.term, got, c.want)
		}
	}
}
