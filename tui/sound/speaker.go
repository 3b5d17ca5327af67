package sound

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/limber-coach/limber/content"
)

// AutoVoices are the speech commands voice = "auto" looks for on PATH, in order: macOS's say,
// then speech-dispatcher's spd-say, then eSpeak NG.
func AutoVoices() []string { return []string{"say", "spd-say", "espeak-ng"} }

// Resolve turns the voice setting into a command line: nil for "off"; the first of AutoVoices
// found on PATH for "auto"; otherwise the setting split on spaces (no shell), whose first word
// must be found on PATH (or be a path). The text to speak is added as the last argument.
func Resolve(setting string, lookPath func(string) (string, error)) ([]string, error) {
	switch setting {
	case "", content.VoiceOff:
		return nil, nil
	case content.VoiceAuto:
		for _, name := range AutoVoices() {
			if p, err := lookPath(name); err == nil {
				return []string{p}, nil
			}
		}
		return nil, fmt.Errorf("voice = \"auto\" found none of %s on PATH; install one (e.g. apt install espeak-ng) or name a command", strings.Join(AutoVoices(), ", "))
	}
	argv := strings.Fields(setting)
	if len(argv) == 0 {
		return nil, nil // a blank setting: no voice
	}
	p, err := lookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("voice command %q was not found on PATH", argv[0])
	}
	argv[0] = p
	return argv, nil
}

// queueSize is how many phrases may wait while one is spoken. When it is full the oldest
// waiting phrase is dropped: a slow voice falls behind by a few words at most and always ends
// on the latest cue.
const queueSize = 3

// maxErrOutput caps how much of a failing command's error output is reported.
const maxErrOutput = 200

// Speaker speaks phrases through a command, one at a time, on its own goroutine. Say never
// blocks; a command that fails (or cannot start) is reported once through the error callback,
// and from then on the Speaker says nothing. Safe for concurrent use.
//
// The text never becomes an option of the program. Phrases carry content text (an exercise
// named "-f/etc/passwd" once made espeak-ng read that file aloud), so the text is always one
// argument, the last, and:
//   - it never starts with "-": a phrase that would gets a space in front (" -f/etc/passwd"),
//     which no option parser (getopt or other) takes for an option, and speech ignores;
//   - espeak-ng and spd-say, which end their options at "--", also get "--" before it, whether
//     found by voice = "auto" or named in the voice setting. say (macOS) is not given "--",
//     which it would speak; a command of the user's own gets the leading-space rule alone,
//     since limber cannot know how it reads "--".
//
// The command is run directly (no shell), with the null device as its stdin and stdout.
type Speaker struct {
	argv    []string
	onError func(error)
	queue   chan string
	ctx     context.Context
	cancel  context.CancelFunc
	done    chan struct{}

	mu     sync.Mutex
	closed bool
	failed bool
}

// NewSpeaker starts a Speaker for the command line argv (as Resolve returns it). onError, if
// not nil, is called at most once, from the Speaker's goroutine, with the first failure.
func NewSpeaker(argv []string, onError func(error)) *Speaker {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Speaker{argv: argv, onError: onError, queue: make(chan string, queueSize), ctx: ctx, cancel: cancel, done: make(chan struct{})}
	go s.loop()
	return s
}

// Say queues text to be spoken and returns at once. A nil Speaker says nothing.
func (s *Speaker) Say(text string) {
	if s == nil || text == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.failed {
		return
	}
	for {
		select {
		case s.queue <- text:
			return
		default:
		}
		select { // full: drop the oldest waiting phrase and try again
		case <-s.queue:
		default:
		}
	}
}

// Close stops the Speaker: what is queued or being spoken may finish within grace, then the
// speech command is stopped. Close waits for the goroutine to end and may be called twice.
func (s *Speaker) Close(grace time.Duration) {
	if s == nil {
		return
	}
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		close(s.queue)
	}
	s.mu.Unlock()
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-s.done:
	case <-t.C:
		s.cancel()
		<-s.done
	}
	s.cancel()
}

func (s *Speaker) loop() {
	defer close(s.done)
	for text := range s.queue {
		if err := s.speak(text); err != nil {
			if s.ctx.Err() != nil {
				return // stopped by Close
			}
			s.mu.Lock()
			s.failed = true
			s.mu.Unlock()
			if s.onError != nil {
				s.onError(err)
			}
			for range s.queue { // drain: nothing more is spoken
			}
			return
		}
	}
}

// speechArgs returns the arguments after the program for speaking text: the configured ones,
// "--" for the programs that take it as the end of options, and text, never starting with "-".
func speechArgs(argv []string, text string) []string {
	args := append([]string(nil), argv[1:]...)
	if endsOptions(argv[0]) {
		args = append(args, "--")
	}
	if strings.HasPrefix(text, "-") {
		text = " " + text
	}
	return append(args, text)
}

// endsOptions reports whether the program is one known to end its options at "--" (getopt):
// eSpeak NG (and the older espeak) and speech-dispatcher's spd-say.
func endsOptions(program string) bool {
	switch strings.TrimSuffix(filepath.Base(program), ".exe") {
	case "espeak-ng", "espeak", "spd-say":
		return true
	}
	return false
}

// speak runs the command with text as its last argument and waits for it.
func (s *Speaker) speak(text string) error {
	args := speechArgs(s.argv, text)
	cmd := exec.CommandContext(s.ctx, s.argv[0], args...)
	var errOut bytes.Buffer
	cmd.Stderr = &errOut // stdin and stdout are the null device: never the terminal
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if err == nil {
		return nil
	}
	msg := strings.TrimSpace(content.Sanitize(errOut.String()))
	msg = ansi.Truncate(msg, maxErrOutput, "…") // never cuts a character in half
	var ee *exec.ExitError
	if errors.As(err, &ee) && msg != "" {
		return fmt.Errorf("voice command %s failed (%v): %s", s.argv[0], err, msg)
	}
	return fmt.Errorf("voice command %s failed: %v", s.argv[0], err)
}
