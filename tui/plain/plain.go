// Package plain is limber's line-by-line coach, for pipes, scripts, CI and screen readers: one
// line per event, no escape codes, no redraws. It drives a runner.Run in real time from a clock
// it is given, reads single-line commands from an input stream, and returns the record.
package plain

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/runner"
)

// Options configure a Runner. Now and After default to the real clock.
type Options struct {
	// In is where commands come from; nil or at EOF, the session runs on its own to the end.
	In io.Reader
	// Lines, when set, replaces In: one command per value, closed at the end of input.
	Lines <-chan string
	// Out receives the announcements. When a write to it fails (a closed pipe, a full disk) the
	// session stops, as stopped, and Run returns a *WriteError.
	Out io.Writer
	// Safety is the content's safety text (the after-pain advice is taken from it).
	Safety content.Safety
	// PregnancyStop are the signs to stop at once in pregnancy that a pain stop lists too (for
	// a person who said they are pregnant; see policy.PregnancyStop).
	PregnancyStop []string
	// Now and After are the clock; tests pass a fake one.
	Now   func() time.Time
	After func(time.Duration) <-chan time.Time
	// SelfPacedRep is the pace at which self-paced reps count themselves once input has ended.
	SelfPacedRep time.Duration
	// Bell rings the terminal bell (BEL on Out) when the runner says the clock's cues ring, as
	// the coach does; set it only when Out is a terminal. (The voice is the runner's.)
	Bell bool
	// Tr is the language of what is said; nil is the language of the plan's library.
	Tr *msg.Tr
}

// Runner runs one session in plain mode.
type Runner struct {
	run  *runner.Run
	eng  *session.Engine
	opts Options
	ann  announcer
	// out is opts.Out, keeping the first write error.
	out *errWriter
	// eof is set once the input has ended: from then on the session runs by itself.
	eof bool
	// repDue is set while the runner waits to count the next self-paced rep by itself.
	repDue bool
}

// New returns a Runner for run, which must not have been started.
func New(run *runner.Run, opts Options) *Runner {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.After == nil {
		opts.After = time.After
	}
	if opts.SelfPacedRep <= 0 {
		opts.SelfPacedRep = session.DefaultSelfPacedRep
	}
	out := &errWriter{w: opts.Out}
	if opts.Out == nil {
		out.w = io.Discard
	}
	eng := run.Engine()
	if opts.Tr == nil {
		opts.Tr = msg.New(eng.Plan().Lang())
	}
	return &Runner{run: run, eng: eng, opts: opts, out: out,
		ann: announcer{out: out, tr: opts.Tr, eng: eng, safety: opts.Safety, pregnancyStop: opts.PregnancyStop, bell: opts.Bell, doneSaid: -1}}
}

// WriteError is Run's error when the output could not be written (for a pipe whose reader
// has gone, EPIPE): the session was stopped there.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return "cannot write the output: " + e.Err.Error() }

// Unwrap returns the write's own error.
func (e *WriteError) Unwrap() error { return e.Err }

// errWriter passes writes on until the first one fails, then keeps that error and drops the
// rest (the announcements go on to the end of the current flush, but nowhere).
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		w.err = err
	}
	return n, err
}

// Run starts the session and runs it until it ends: completed, stopped by `q`, ended from the
// pain prompt, cancelled through ctx (a signal), or cut short by a failed write to Out; the
// last two stop it as `stopped`. It returns the record, with context.Cause(ctx) when cancelled
// and a *WriteError when the output failed.
func (r *Runner) Run(ctx context.Context) (session.Record, error) {
	lines := r.opts.Lines
	if lines == nil {
		lines = Lines(r.opts.In)
	}
	now := r.opts.Now()
	r.ann.flush(now, r.run.Start(now))
	for !r.run.Finished() && r.out.err == nil {
		wake := r.wake(now)
		// Input and signals that are already waiting go before a timer that is also due.
		select {
		case <-ctx.Done():
			wake = nil
		case line, ok := <-lines:
			now = r.opts.Now()
			r.ann.flush(now, r.input(now, line, ok, &lines))
			continue
		default:
		}
		select {
		case <-ctx.Done():
			now = r.opts.Now()
			u, _ := r.run.Act(now, runner.Stop)
			r.ann.flush(now, u)
			return r.run.Record(), context.Cause(ctx)
		case line, ok := <-lines:
			now = r.opts.Now()
			r.ann.flush(now, r.input(now, line, ok, &lines))
		case <-wake:
			now = r.opts.Now()
			u := r.run.Tick(now)
			if r.repDue {
				u = join(u, r.autoRep(now))
			}
			r.ann.flush(now, u)
		}
	}
	if err := r.out.err; err != nil {
		// Nobody can see the coaching any more (nor, as a rule, type to it): stop here, so
		// the record says what was really done.
		r.run.Act(now, runner.Stop)
		return r.run.Record(), &WriteError{Err: err}
	}
	return r.run.Record(), nil
}

// join puts two updates in order: their cues one after the other, and the bell if either rings.
func join(a, b runner.Update) runner.Update {
	return runner.Update{Cues: append(a.Cues, b.Cues...), Ring: a.Ring || b.Ring}
}

// wake returns a channel that fires at the engine's next visible change, or at the next
// automatic rep once input has ended; nil when nothing is due (paused, waiting for input).
func (r *Runner) wake(now time.Time) <-chan time.Time {
	r.repDue = false
	if t, ok := r.eng.NextChange(now); ok {
		return r.opts.After(max(t.Sub(now), 0))
	}
	if r.eof && r.waitingForReps() {
		r.repDue = true
		return r.opts.After(r.opts.SelfPacedRep)
	}
	return nil
}

func (r *Runner) waitingForReps() bool {
	s := r.eng.Snapshot(r.opts.Now())
	return r.eng.State() == session.StateRunning && s.Step.Kind == session.KindReps && !s.Step.Timed()
}

// autoRep counts a self-paced rep by itself once the input has ended.
func (r *Runner) autoRep(now time.Time) runner.Update {
	if r.eof && r.waitingForReps() {
		u, _ := r.run.Act(now, runner.Rep)
		return u
	}
	return runner.Update{}
}

// inputEnded switches to running on its own: a pause is lifted, and a pending pain prompt —
// which nobody can answer any more — ends the session. So does a max test's stopwatch, running
// or still to come, which nobody could stop: the session is stopped and nothing counts.
func (r *Runner) inputEnded(now time.Time) runner.Update {
	r.eof = true
	var a runner.Action
	switch {
	case r.run.Finished():
		return r.run.Tick(now)
	case r.countUpAhead(now):
		r.ann.say("%s", r.opts.Tr.T("plain.input_ended_max"))
		a = runner.Stop
	case r.eng.State() == session.StatePaused:
		a = runner.Pause
	case r.eng.State() == session.StatePainPrompt:
		a = runner.EndSession
	default:
		return r.run.Tick(now)
	}
	u, _ := r.run.Act(now, a)
	return u
}

// countUpAhead reports whether the current step or one after it is a count-up.
func (r *Runner) countUpAhead(now time.Time) bool {
	steps := r.eng.Plan().Steps
	for i := r.eng.Snapshot(now).Index; i < len(steps); i++ {
		if steps[i].Kind == session.KindCountUp {
			return true
		}
	}
	return false
}

// countingUp reports whether a count-up's stopwatch is running.
func (r *Runner) countingUp() bool {
	return r.eng.State() == session.StateRunning && r.eng.Snapshot(r.opts.Now()).Step.Kind == session.KindCountUp
}

// input handles one receive from the lines channel: a command, or (closed) the end of input.
func (r *Runner) input(now time.Time, line string, ok bool, lines *<-chan string) runner.Update {
	if !ok {
		*lines = nil
		return r.inputEnded(now)
	}
	return r.command(now, line)
}

// maxLine is how much of an input line is kept: far more than any command. The rest of a
// longer line is read and dropped, and the line is marked with a trailing "…", so it can only
// be an unknown command (never, cut short, a command it does not spell).
const maxLine = 1024

// Lines feeds in's lines to a channel, closed at EOF (or a read error). With no input it is
// closed at once. Lines may be of any length: past maxLine they are cut (see maxLine), and
// reading goes on. The goroutine ends with the input (for a terminal, when the program exits).
func Lines(in io.Reader) <-chan string {
	ch := make(chan string)
	if in == nil {
		close(ch)
		return ch
	}
	go func() {
		defer close(ch)
		br := bufio.NewReader(in)
		for {
			line, err := readLine(br)
			if err != nil {
				return
			}
			ch <- line
		}
	}()
	return ch
}

// readLine reads one line without its "\n" or "\r\n", keeping at most maxLine bytes of it (a
// longer one ends in "…"). A last line without a newline counts; io.EOF comes after it.
func readLine(br *bufio.Reader) (string, error) {
	var kept []byte
	cut, got := false, false
	for {
		part, more, err := br.ReadLine()
		if err != nil {
			if got && err == io.EOF { // a long last line with no newline ended with the buffer
				break
			}
			return "", err
		}
		got = true
		if room := maxLine - len(kept); len(part) > room {
			part, cut = part[:room], true
		}
		kept = append(kept, part...)
		if !more {
			break
		}
	}
	if cut {
		return string(kept) + "…", nil
	}
	return string(kept), nil
}

// command applies one input line.
func (r *Runner) command(now time.Time, line string) runner.Update {
	cmd := strings.ToLower(strings.TrimSpace(line))
	if r.eng.State() == session.StatePainPrompt {
		return r.painChoice(now, cmd)
	}
	var a runner.Action
	switch cmd {
	case "":
		switch {
		case r.waitingForReps():
			a = runner.Rep
		case r.countingUp():
			a = runner.Done
		default:
			return r.run.Tick(now)
		}
	case "p", "pause", "space", " ":
		a = runner.Pause
	case "n", "next", "skip":
		a = runner.Next
	case "b", "back":
		a = runner.Back
	case "d", "done":
		a = runner.Done
	case "!", "pain":
		a = runner.Pain
	case "q", "quit", "stop":
		a = runner.Stop
	case "?", "h", "help":
		r.ann.help()
		return r.run.Tick(now)
	default:
		r.ann.say("%s", r.opts.Tr.T("plain.unknown_command", "Cmd", fmt.Sprintf("%q", echo(line)), "Help", r.opts.Tr.T("plain.help")))
		return r.run.Tick(now)
	}
	u, _ := r.run.Act(now, a)
	return u
}

func (r *Runner) painChoice(now time.Time, cmd string) runner.Update {
	var a runner.Action
	switch cmd {
	case "s", "skip":
		a = runner.SkipExercise
	case "g", "gentler":
		a = runner.Gentler
	case "e", "end", "q":
		a = runner.EndSession
	case "c", "continue":
		a = runner.Continue
	default:
		r.ann.painChoices()
		return r.run.Tick(now)
	}
	u, err := r.run.Act(now, a)
	if err != nil {
		r.ann.say("%s", r.opts.Tr.T("plain.no_gentler"))
	}
	return u
}

// echo is an unknown command as it is said back: sanitized, and cut to a few words.
func echo(line string) string {
	const most = 40
	s := content.Sanitize(line)
	if r := []rune(s); len(r) > most {
		return string(r[:most]) + "…"
	}
	return s
}

// SafetyCheck writes the pre-session safety text: the disclaimer, the emergency signs (first,
// as on every safety screen), the red flags and the pain rule.
func SafetyCheck(w io.Writer, tr *msg.Tr, s content.Safety) {
	fmt.Fprintf(w, "%s\n", tr.T("plain.before_start", "Text", s.Disclaimer))
	fmt.Fprintf(w, "%s\n", tr.T("safety.emergency", "Text", s.Emergency))
	fmt.Fprintf(w, "%s\n", tr.T("safety.red_flags_lead"))
	for _, f := range s.RedFlags {
		fmt.Fprintf(w, "  - %s\n", f)
	}
	fmt.Fprintf(w, "%s\n\n", s.PainRule)
}
