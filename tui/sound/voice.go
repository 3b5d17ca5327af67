// Package sound is the voice: a Speaker that runs a text-to-speech command in the background, so
// speech never holds up the timer or the screen, and Voice, its life for one run (started from
// the voice setting, stopped with a grace for the last phrase, its first failure kept to be
// reported once). What is said comes from package runner; the coach, plain mode and limber
// remind share this.
package sound

import (
	"time"

	"github.com/limber-coach/limber/content/lang"
)

// Voice is the speaking side of a run.
type Voice struct {
	sp   *Speaker
	errs chan error
}

// Open starts the voice for the voice setting, finding commands with lookPath (exec.LookPath),
// speaking language t where the program can be told (see WithLang). With the voice off the
// Voice is silent; a command that cannot be found is returned as err, with a silent Voice, so
// the run goes on without speech.
func Open(setting string, lookPath func(string) (string, error), t lang.Tag) (*Voice, error) {
	v := &Voice{errs: make(chan error, 1)}
	argv, err := Resolve(setting, lookPath)
	if err != nil || argv == nil {
		return v, err
	}
	argv = WithLang(argv, t)
	v.sp = NewSpeaker(argv, func(err error) {
		select {
		case v.errs <- err:
		default:
		}
	})
	return v, nil
}

// Speak is the function a run says its phrases with (runner.Options.Speak): nil when silent.
// It never blocks.
func (v *Voice) Speak() func(string) {
	if v == nil || v.sp == nil {
		return nil
	}
	return v.sp.Say
}

// Close lets the last phrase finish within grace, stops the voice, and returns the first
// failure of the command, if any (the voice was then turned off for the rest of the run).
func (v *Voice) Close(grace time.Duration) error {
	if v == nil {
		return nil
	}
	v.sp.Close(grace)
	select {
	case err := <-v.errs:
		return err
	default:
		return nil
	}
}
