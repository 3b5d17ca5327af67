package activity

import (
	"context"
	"sync"
	"time"

	"github.com/limber-coach/limber/session/store"
)

// ReadTimeout bounds one read of a source that runs a process.
const ReadTimeout = 2 * time.Second

// Watcher reads the sources, each no more often than it is worth, and keeps what each last
// said. A source is trusted once it has seen activity since the reminder started (or within
// grace before): until then — no hook installed, a heartbeat file left from long ago, tmux with
// no client — the clock stands in, so a setup without sources still reminds by the clock.
// Its methods may be called from any goroutine.
type Watcher struct {
	started time.Time
	grace   time.Duration

	mu    sync.Mutex
	slots []slot
}

// slot is one source and what it last said.
type slot struct {
	src    Source
	last   Reading
	readAt time.Time
	works  bool
}

// NewWatcher watches sources for a reminder that started at started; grace is how long before
// the start a source's last activity still makes it trusted (idle_reset).
func NewWatcher(started time.Time, grace time.Duration, sources ...Source) *Watcher {
	w := &Watcher{started: started.Round(0), grace: grace}
	for _, s := range sources {
		w.slots = append(w.slots, slot{src: s})
	}
	return w
}

// Add watches one more source (the keys of the reminder's screen).
func (w *Watcher) Add(s Source) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.slots = append(w.slots, slot{src: s})
}

// Poll reads the sources that are due and returns the latest activity any has seen, and clock
// set when no source is trusted yet (the keys in limber remind never are on their own: they
// cannot see work elsewhere).
func (w *Watcher) Poll(ctx context.Context, now time.Time) (active time.Time, clock bool) {
	now = now.Round(0)
	w.mu.Lock()
	defer w.mu.Unlock()
	trusted := false
	for i := range w.slots {
		sl := &w.slots[i]
		if sl.readAt.IsZero() || now.Sub(sl.readAt) >= sl.src.Every() || now.Before(sl.readAt) {
			rctx, cancel := context.WithTimeout(ctx, ReadTimeout)
			sl.last, sl.readAt = sl.src.Read(rctx, now), now
			cancel()
		}
		r := sl.last
		if r.Last.IsZero() || r.Off {
			continue
		}
		if _, keys := sl.src.(*Keys); !keys {
			if !r.Last.Before(w.started.Add(-w.grace)) {
				sl.works = true
			}
			if !sl.works {
				continue
			}
			trusted = true
		}
		if r.Last.After(active) {
			active = r.Last
		}
	}
	return active, !trusted
}

// Line is one source in limber remind --explain.
type Line struct {
	Name, Note string
	// Used says the source counts: it works here and has seen activity since the reminder
	// started.
	Used bool
}

// Lines are what each source last said (Poll first).
func (w *Watcher) Lines() []Line {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []Line
	for _, sl := range w.slots {
		note := sl.last.Note
		if !sl.last.Off && !sl.works && !sl.last.Last.IsZero() {
			if _, keys := sl.src.(*Keys); !keys {
				note += "; not used until it sees activity again"
			}
		}
		out = append(out, Line{Name: sl.src.Name(), Note: note, Used: sl.works || isKeys(sl.src) && !sl.last.Last.IsZero()})
	}
	return out
}

func isKeys(s Source) bool { _, ok := s.(*Keys); return ok }

// Env is what Sources looks at to choose the sources of this machine.
type Env struct {
	// Path is $PATH, where the programs are looked for.
	Path string
	// GOOS is the operating system (runtime.GOOS).
	GOOS string
	// Dir is limber's folders; the heartbeat is in the state folder.
	Dir store.Dir
	// Run runs the programs; nil means Run.
	Run Runner
}

// Sources are the activity sources this machine has: the shell's heartbeat always; tmux when it
// is installed; the desktop's idle time on Linux (loginctl) and macOS (ioreg).
func Sources(e Env) []Source {
	run := e.Run
	if run == nil {
		run = Run
	}
	out := []Source{Heartbeat{Dir: e.Dir}}
	if LookPath(e.Path, "tmux") {
		out = append(out, Tmux{Run: run})
	}
	switch {
	case e.GOOS == "linux" && LookPath(e.Path, "loginctl"):
		out = append(out, &Logind{Run: run})
	case e.GOOS == "darwin" && LookPath(e.Path, "ioreg"):
		out = append(out, IOReg{Run: run})
	}
	return out
}
