package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/checkin"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/msg"
	"github.com/limber-coach/limber/session/policy"
)

// coachRecord is a finished session of routine r as the coach records it (with the English
// names the history keeps): its first three exercises done, or, with pain, the second stopped
// for sharp pain on the left and the rest not reached.
func coachRecord(lib *content.Library, r *content.Routine, pain bool) session.Record {
	rec := session.Record{Kind: session.PlanRoutine, RoutineID: r.ID, RoutineName: r.Name, Status: session.StatusCompleted,
		Started: t0, Ended: t0.Add(3 * time.Minute), Active: 150 * time.Second}
	if en, ok := lib.English().Routine(r.ID); ok {
		rec.RoutineName = en.Name
	}
	for i, st := range r.Steps[:min(3, len(r.Steps))] {
		name := st.Exercise
		if x, ok := lib.English().Exercise(st.Exercise); ok {
			name = x.Name
		}
		s := session.StepRecord{Exercise: st.Exercise, Name: name, Kind: session.KindHold, Set: 1, Sets: 1,
			Outcome: session.OutcomeDone, PlannedTime: 20 * time.Second, AchievedTime: 20 * time.Second}
		if pain && i == 1 {
			s.Outcome, s.Side, s.AchievedTime = session.OutcomePain, session.SideLeft, 8*time.Second
			rec.Status = session.StatusPain
			rec.Pain = []session.PainRecord{{Exercise: st.Exercise, Name: name, Side: session.SideLeft, At: t0.Add(time.Minute)}}
		} else if pain && i > 1 {
			s.Outcome, s.AchievedTime = session.OutcomePending, 0
		}
		rec.Steps = append(rec.Steps, s)
	}
	return rec
}

// coachScreens are the coach's screens beyond the run (issue 22's second wave) in language tr
// with library lib: home (new, with a history and problems, filtering), the problems, the
// preview of routine rid, the check-in before a session, the summary after completion (its
// check-in asked, then answered with a flare-up offer) and after pain, the history (sessions,
// pain stops, a personal best, check-ins) and the max test's result on exercise maxID.
func coachScreens(t *testing.T, w, h int, tr *msg.Tr, lib *content.Library, rid, maxID string) []screenCase {
	t.Helper()
	var out []screenCase
	add := func(name string, p page, data ...string) {
		out = append(out, screenCase{name: name, page: p, data: data})
	}
	r, ok := lib.Routine(rid)
	if !ok {
		t.Fatalf("no routine %q", rid)
	}

	c := langCommon(t, w, h, newClock(), tr, lib)
	home := newHome(c)
	home, _ = home.Update(cmdMsg(home.Init()))
	add("home", home.page())
	filtering, _ := home.Update(press("/"))
	add("home filtering", filtering.page())

	// One shared store from here on: the summary's check-ins and the max test reach the history.
	clk := newClock()
	c = langCommon(t, w, h, clk, tr, lib)
	c.Settings.Checkins = checkin.End
	c.Problems = someProblems()
	en := lib.English()
	enR, _ := en.Routine(rid)
	writeHistory(t, c, []histSession{
		{26 * time.Hour, rid, enR.Name, "completed", 370, nil},
		{50 * time.Hour, rid, enR.Name, "pain", 245, []journal.Pain{{Exercise: r.Steps[0].Exercise, Name: "logged name", Side: "left"}}},
		{75 * time.Hour, rid, enR.Name, "stopped", 130, nil},
	})
	home = newHome(c)
	home, _ = home.Update(cmdMsg(home.Init()))
	add("home with history and problems", home.page())
	problems, _ := home.Update(press("v"))
	var data []string
	for _, pr := range c.Problems { // the loader's messages, as limber validate gives them
		data = append(data, pr.Error())
	}
	add("problems", problems.page(), data...)

	pv := newPreview(c, r)
	pv, _ = pv.Update(cmdMsg(pv.Init()))
	add("preview", pv.page())

	ck := newCheckin(c, startMsg{}, policy.Decision{Today: adapt.Result{Routine: r}})
	add("check-in", ck.page())

	rec := coachRecord(lib, r, false)
	if err := journal.Append(c.HistoryPath, journal.FromRecord(rec, "SESSION1")); err != nil {
		t.Fatal(err)
	}
	sm, cmd := newSummary(c, rec).Update(savedMsg{})
	sm, _ = sm.Update(cmd())
	add("summary completed", sm.page())
	sm = answer(sm, "9", "4")
	add("summary flare offer", sm.page())
	sm = answer(sm, "f")
	add("summary flare on", sm.page())

	pc := langCommon(t, w, h, newClock(), tr, lib)
	pm, _ := newSummary(pc, coachRecord(lib, r, true)).Update(savedMsg{})
	add("summary pain", pm.page())

	ex, ok := lib.Exercise(maxID)
	if !ok {
		t.Fatalf("no exercise %q", maxID)
	}
	plan, err := session.NewQuickPlan(session.Quick{Kind: session.PlanMax, Exercise: ex}, lib, session.Options{})
	if err != nil {
		t.Fatal(err)
	}
	enEx, _ := en.Exercise(maxID)
	if err := journal.Append(c.HistoryPath, journal.Entry{V: journal.Version, ID: "01MAX", Kind: journal.KindMax, Status: "completed",
		RoutineName: enEx.Name, Started: t0.Add(-20 * time.Hour), Ended: t0.Add(-20*time.Hour + time.Minute), Seconds: 40,
		Steps: []journal.Step{{Exercise: maxID, Name: enEx.Name, Kind: "hold", Set: 1, Sets: 1, Outcome: "done", AchievedS: 30}}}); err != nil {
		t.Fatal(err)
	}
	mc := *c
	mc.Now = clk.Now
	mx, _ := newMaxTest(&mc, testRun(&mc, plan))
	bests, _, err := journal.ReadBests(c.HistoryPath, t0)
	mx, _ = mx.Update(maxBestsMsg{bests, err})
	for at := 3.0; mx.run.eng.State() != session.StateFinished && at < 600; at += 40 { // each side: ready, hold 30 s, stop
		mx, _ = maxTick(mx, clk, at)
		mx, _ = maxTick(mx, clk, at+10)
		mx, _ = maxTick(mx, clk, at+30)
		mx, cmd = maxKey(mx, clk, at+31+float64(int(at)%7), "space")
	}
	add("max result", finish(t, mx, cmd).page())

	add("history", loadedHistory(t, c).page())
	return out
}

// The coach's screens in German, Spanish and French as golden views at 80×24 and 40×12, on
// the built-in library in that language; every view fits.
func TestCoachLanguageGoldens(t *testing.T) {
	for _, l := range lang.Supported()[1:] {
		lib := builtinLib(t).Localize(l)
		tr := msg.New(l)
		for _, sz := range [][2]int{{80, 24}, {40, 12}} {
			for _, sc := range coachScreens(t, sz[0], sz[1], tr, lib, "desk-break", "plank") {
				v := sc.page.render()
				fitsIn(t, v, sz[0], sz[1])
				golden(t, fmt.Sprintf("%s/coach-%s-%dx%d.golden", l, slug(sc.name), sz[0], sz[1]), v)
			}
		}
	}
}

// slug is a screen's name as a file name: "summary pain" is "summary-pain".
func slug(name string) string {
	out := []rune(name)
	for i, r := range out {
		if r == ' ' {
			out[i] = '-'
		}
	}
	return string(out)
}
