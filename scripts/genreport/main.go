// Command genreport writes a sample data folder for limber report: seven weeks up to today of
// a person doing the lower-back mobility routine more often as the weeks go by, their doses
// growing, a check-in after most sessions with pain and stiffness falling, two function goals
// rated weekly, two sharp-pain stops (one with the gentler variant the next time), a flare-up,
// and notes — one of which tries to put HTML into the report.
//
//	go run ./scripts/genreport DATA_DIR
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/store"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genreport DATA_DIR")
		os.Exit(2)
	}
	if err := write(store.Dir{Data: os.Args[1], State: os.Args[1]}); err != nil {
		fmt.Fprintln(os.Stderr, "genreport:", err)
		os.Exit(1)
	}
}

func write(d store.Dir) error {
	rnd := rand.New(rand.NewPCG(7, 7))
	y, m, day := time.Now().Date()
	today := time.Date(y, m, day, 0, 0, 0, 0, time.Local)
	start := today.AddDate(0, 0, -48)
	var g checkin.Goals
	g, _ = g.Add("Sit through a 1-hour meeting", start)
	g, _ = g.Add("Lift my daughter into the car", start)
	if err := d.SaveGoals(g, start); err != nil {
		return err
	}
	ptr := func(n int) *int { return &n }
	for i := 0; i <= 48; i++ {
		at := start.AddDate(0, 0, i).Add(8 * time.Hour)
		week := i / 7
		if i%7 == 1 {
			e, _ := g.Rate([]int{min(10, 3+week), min(10, 2+week/2)}, at.Add(-time.Hour))
			if err := d.SaveEvent(e); err != nil {
				return err
			}
		}
		if i == 17 {
			if _, err := d.StartFlare(at.Add(3*time.Hour), 0, "2 sharp-pain stops in 3 days"); err != nil {
				return err
			}
		}
		if i == 22 {
			if _, _, err := d.EndFlare(at.Add(2 * time.Hour)); err != nil {
				return err
			}
		}
		if rnd.Float64() > 0.35+0.08*float64(week) {
			continue
		}
		pain := i == 13 || i == 16
		e := session(at, week, pain, i == 17)
		if err := journal.Append(d.HistoryPath(), e); err != nil {
			return err
		}
		p := max(0, min(10, 6-week+rnd.IntN(3)-1))
		if pain {
			p = 7
		}
		s := max(0, min(10, 7-week*2/3+rnd.IntN(3)-1))
		note := ""
		switch i {
		case 16:
			note = "Sharp twinge in the plank again, <b>the train</b> this morning did not help <script>alert(1)</script>"
		case 30:
			note = "Stiff after a long drive | felt better after the cat-cow"
		case 44:
			note = "Carried the shopping without trouble"
		}
		c, err := checkin.New(e.Ended.Add(time.Minute), ptr(p), ptr(s), note, e.ID, checkin.EndOf)
		if err != nil {
			return err
		}
		if err := d.SaveEvent(c); err != nil {
			return err
		}
	}
	return nil
}

// session is one lower-back mobility session: the doses grow by the week; pain stops the plank
// on the left; gentler runs the knee plank in its place.
func session(at time.Time, week int, pain, gentler bool) journal.Entry {
	e := journal.Entry{V: journal.Version, ID: journal.NewID(at), Routine: "lower-back-mobility", RoutineName: "Lower-back mobility",
		Kind: journal.KindRoutine, Status: "completed", Started: at, Ended: at.Add(9 * time.Minute), Seconds: 520}
	e.Steps = []journal.Step{
		{Exercise: "cat-cow", Name: "Cat-cow", Kind: "reps", Set: 1, Sets: 1, Outcome: "done", PlannedReps: 8 + week, AchievedReps: 8 + week},
		{Exercise: "glute-bridge", Name: "Glute bridge", Kind: "hold", Set: 1, Sets: 2, Outcome: "done", PlannedS: float64(10 + 2*week), AchievedS: float64(10 + 2*week)},
		{Exercise: "knee-to-chest", Name: "Knee-to-chest stretch", Kind: "hold", Side: "left", Set: 1, Sets: 1, Outcome: "done", PlannedS: 20, AchievedS: 20},
	}
	switch {
	case pain:
		e.Status = "pain"
		e.Steps = append(e.Steps, journal.Step{Exercise: "plank", Name: "Plank", Kind: "hold", Set: 1, Sets: 1, Outcome: "pain", PlannedS: 20, AchievedS: 7.5})
		e.Pain = []journal.Pain{{Exercise: "plank", Name: "Plank", Side: "left", At: at.Add(6 * time.Minute)}}
	case gentler:
		e.Steps = append(e.Steps, journal.Step{Exercise: "knee-plank", Name: "Knee plank", Kind: "hold", Set: 1, Sets: 1, Outcome: "done", PlannedS: 15, AchievedS: 15, Gentler: true})
	default:
		e.Steps = append(e.Steps, journal.Step{Exercise: "plank", Name: "Plank", Kind: "hold", Set: 1, Sets: 1, Outcome: "done", PlannedS: float64(20 + 5*week/2), AchievedS: float64(20 + 5*week/2)})
	}
	return e
}
