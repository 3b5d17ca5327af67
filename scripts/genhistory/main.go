// Command genhistory writes a large, realistic history.jsonl for measuring the journal reader:
// mostly guided routines of six to twelve work steps, some quick holds and max tests, a few
// stopped and pain-stopped sessions, in the order a real log has them — appended as sessions
// end, so a short session that started during a longer one comes after it (slightly out of
// started order).
//
//	go run ./scripts/genhistory -n 1000000 -o /tmp/h1m/history.jsonl
//
// With -devices N the same sessions are spread across N devices' files beside it instead, a
// session each in turn, as N machines sharing the data folder write them
// (history.d/devK-aaaaaa.jsonl, each entry naming its device; history.jsonl is not written):
//
//	go run ./scripts/genhistory -n 100000 -devices 3 -o /tmp/h100k-3/history.jsonl
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/limber-coach/limber/session/journal"
)

func main() {
	n := flag.Int("n", 100000, "how many sessions")
	out := flag.String("o", "history.jsonl", "the file to write (replaced)")
	end := flag.String("end", "", "when the last session starts, RFC 3339 (default: now)")
	seed := flag.Uint64("seed", 1, "random seed, for a reproducible log")
	devices := flag.Int("devices", 0, "spread the sessions across this many devices' files beside -o (0: write -o)")
	flag.Parse()
	last := time.Now()
	if *end != "" {
		var err error
		if last, err = time.Parse(time.RFC3339, *end); err != nil {
			fail(err)
		}
	}
	if err := write(*out, *devices, *n, last, rand.New(rand.NewPCG(*seed, *seed))); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genhistory:", err)
	os.Exit(1)
}

// write generates n sessions, the last one starting at last, and writes them in end order: to
// path, or with devices > 0 to that many devices' files of its log, a session each in turn.
func write(path string, devices, n int, last time.Time, rnd *rand.Rand) error {
	files, err := create(path, devices)
	if err != nil {
		return err
	}
	next := 0
	// Sessions start on average every ~4 hours; a window of recent ones is kept so they can be
	// written in end order.
	var window []journal.Entry
	flush := func(upTo time.Time) error {
		slices.SortStableFunc(window, func(a, b journal.Entry) int { return a.Ended.Compare(b.Ended) })
		i := 0
		for ; i < len(window) && !window[i].Ended.After(upTo); i++ {
			o := files[next%len(files)]
			next++
			window[i].Device = o.device
			line, err := journal.Marshal(window[i])
			if err != nil {
				return err
			}
			o.w.Write(line)
		}
		window = slices.Delete(window, 0, i)
		return nil
	}
	// n×4 h overflows a time.Duration (292 years) from n = 640,000: count back in days.
	start := last.AddDate(0, 0, -n/6).Truncate(time.Second)
	for i := range n {
		start = start.Add(time.Duration(rnd.IntN(8*3600)) * time.Second)
		if i == n-1 {
			start = last.Truncate(time.Second)
		}
		window = append(window, session(start, rnd))
		if err := flush(start); err != nil {
			return err
		}
	}
	if err := flush(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		return err
	}
	for _, o := range files {
		if err := o.w.Flush(); err != nil {
			return err
		}
		if err := o.f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// out is one file being written, and the device that writes it ("" for history.jsonl).
type out struct {
	device string
	f      *os.File
	w      *bufio.Writer
}

// create makes the file at path, or (devices > 0) that many devices' files of its log.
func create(path string, devices int) ([]out, error) {
	var outs []out
	add := func(device, p string) error {
		f, err := os.OpenFile(p, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
		if err != nil {
			return err
		}
		outs = append(outs, out{device, f, bufio.NewWriterSize(f, 1<<20)})
		return nil
	}
	if devices <= 0 {
		return outs, add("", path)
	}
	for k := range devices {
		device := fmt.Sprintf("dev%d-aaaaaa", k)
		p := journal.DeviceFile(path, device)
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return nil, err
		}
		if err := add(device, p); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// routine is a routine id and name with its exercises.
type routine struct {
	id, name string
	steps    []exercise
}

type exercise struct {
	id, name, kind string
	sides          bool
	sets           int
}

var routines = []routine{
	{"desk-break", "Desk break", []exercise{
		{"seated-twist", "Seated twist", "hold", true, 2},
		{"chin-tuck", "Chin tuck", "reps", false, 2},
		{"shoulder-rolls", "Shoulder rolls", "reps", false, 1},
		{"box-breathing", "Box breathing", "breath", false, 1},
	}},
	{"lower-back-relief", "Gentle lower-back relief", []exercise{
		{"knee-to-chest", "Knee-to-chest stretch", "hold", true, 2},
		{"pelvic-tilt", "Pelvic tilt", "reps", false, 2},
		{"cat-cow", "Cat-cow", "reps", false, 1},
		{"childs-pose", "Child's pose", "hold", false, 1},
		{"piriformis-stretch", "Piriformis stretch", "hold", true, 1},
	}},
	{"core-stability", "Core stability", []exercise{
		{"bird-dog", "Bird dog", "reps", true, 2},
		{"dead-bug", "Dead bug", "reps", false, 2},
		{"side-plank", "Side plank", "hold", true, 2},
		{"glute-bridge", "Glute bridge", "reps", false, 2},
	}},
	{"posture-upper-back", "Posture and upper back", []exercise{
		{"wall-angel", "Wall angel", "reps", false, 2},
		{"doorway-pec-stretch", "Doorway chest stretch", "hold", true, 1},
		{"prone-y-raise", "Prone Y raise", "reps", false, 2},
	}},
}

// session makes one session starting at start.
func session(start time.Time, rnd *rand.Rand) journal.Entry {
	e := journal.Entry{V: journal.Version, ID: journal.NewID(start), Kind: journal.KindRoutine,
		Status: "completed", Started: start, Steps: []journal.Step{}, Pain: []journal.Pain{}}
	switch r := rnd.IntN(100); {
	case r < 8: // a quick hold, each side
		e.Kind, e.RoutineName = journal.KindHold, "Quick hold · Side plank"
		secs := float64(20 + 5*rnd.IntN(8))
		for _, side := range []string{"left", "right"} {
			e.Steps = append(e.Steps, journal.Step{Exercise: "side-plank", Name: "Side plank", Kind: "hold",
				Side: side, Set: 1, Sets: 1, Outcome: "done", PlannedS: secs, AchievedS: secs})
		}
	case r < 12: // a max test
		e.Kind, e.RoutineName = journal.KindMax, "Max test · Plank"
		e.Steps = append(e.Steps, journal.Step{Exercise: "plank", Name: "Plank", Kind: "count-up",
			Set: 1, Sets: 1, Outcome: "done", AchievedS: float64(300+rnd.IntN(900)) / 10})
	default:
		r := routines[rnd.IntN(len(routines))]
		e.Routine, e.RoutineName = r.id, r.name
		for _, x := range r.steps {
			for set := 1; set <= x.sets; set++ {
				sides := []string{""}
				if x.sides {
					sides = []string{"left", "right"}
				}
				for _, side := range sides {
					s := journal.Step{Exercise: x.id, Name: x.name, Kind: x.kind, Side: side, Set: set,
						Sets: x.sets, Outcome: "done"}
					if x.kind == "reps" {
						s.PlannedReps, s.AchievedReps = 10, 10
					} else {
						s.PlannedS, s.AchievedS = 30, 30
					}
					e.Steps = append(e.Steps, s)
				}
			}
		}
	}
	secs := 0
	for _, s := range e.Steps {
		secs += int(cmp.Or(s.AchievedS, float64(3*s.AchievedReps))) + 10
	}
	switch r := rnd.IntN(100); {
	case r < 4 && len(e.Steps) > 2: // sharp pain part-way
		k := len(e.Steps) / 2
		e.Status = "pain"
		e.Steps[k].Outcome, e.Steps[k].AchievedS, e.Steps[k].AchievedReps = "pain", e.Steps[k].AchievedS/2, e.Steps[k].AchievedReps/2
		e.Pain = append(e.Pain, journal.Pain{Exercise: e.Steps[k].Exercise, Name: e.Steps[k].Name,
			Side: e.Steps[k].Side, At: start.Add(time.Duration(secs/2) * time.Second)})
		for j := k + 1; j < len(e.Steps); j++ {
			e.Steps[j].Outcome, e.Steps[j].AchievedS, e.Steps[j].AchievedReps = "pending", 0, 0
		}
		secs /= 2
	case r < 10: // stopped early
		e.Status = "stopped"
		for j := len(e.Steps) * 2 / 3; j < len(e.Steps); j++ {
			e.Steps[j].Outcome, e.Steps[j].AchievedS, e.Steps[j].AchievedReps = "pending", 0, 0
		}
		secs = secs * 2 / 3
	}
	e.Seconds = secs
	e.Ended = start.Add(time.Duration(secs+rnd.IntN(60)) * time.Second)
	return e
}
