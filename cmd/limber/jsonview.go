package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// exerciseJSON is an exercise as `list --json` and `show --json` print it.
type exerciseJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Position  string   `json:"position"`
	Equipment []string `json:"equipment"`
	Targets   []string `json:"targets"`
	Cues      []string `json:"cues"`
	Caution   string   `json:"caution,omitempty"`
	Sides     string   `json:"sides"`
	Dose      doseJSON `json:"dose"`
	Gentler   string   `json:"gentler,omitempty"`
	Tags      []string `json:"tags"`
	Source    string   `json:"source"`
	Overrides string   `json:"overrides,omitempty"`
}

// doseJSON is a dose with durations in seconds.
type doseJSON struct {
	Kind     string      `json:"kind"`
	Text     string      `json:"text"`
	HoldS    float64     `json:"hold_s,omitempty"`
	Reps     int         `json:"reps,omitempty"`
	TempoS   float64     `json:"tempo_s,omitempty"`
	Breath   []phaseJSON `json:"breath,omitempty"`
	Repeat   int         `json:"repeat,omitempty"`
	ReleaseS float64     `json:"release_s,omitempty"`
	Sets     int         `json:"sets"`
	SetRestS float64     `json:"set_rest_s,omitempty"`
}

type phaseJSON struct {
	Phase string  `json:"phase"`
	S     float64 `json:"s"`
}

// routineJSON is a routine with its computed length and resolved steps.
type routineJSON struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Summary   string     `json:"summary,omitempty"`
	For       []string   `json:"for"`
	Tags      []string   `json:"tags"`
	Where     string     `json:"where"`
	Equipment []string   `json:"equipment"`
	Minutes   int        `json:"minutes"`
	Seconds   float64    `json:"seconds"`
	GetReadyS *float64   `json:"get_ready_s,omitempty"`
	RestS     float64    `json:"rest_s"`
	Steps     []stepJSON `json:"steps"`
	Source    string     `json:"source"`
	Overrides string     `json:"overrides,omitempty"`
	// Today lists the steps whose dose or exercise differs today (limber show only), and why.
	Today []todayJSON `json:"today,omitempty"`
}

// todayJSON is one adjusted step of today's version: its index in steps (from 0), what changed
// and why, and today's exercise and dose (none when skipped).
type todayJSON struct {
	Step     int       `json:"step"`
	Exercise string    `json:"exercise"`
	Change   string    `json:"change"`
	Reason   string    `json:"reason"`
	Instead  string    `json:"instead,omitempty"`
	Dose     *doseJSON `json:"dose,omitempty"`
}

type stepJSON struct {
	Exercise string   `json:"exercise"`
	Name     string   `json:"name"`
	Sides    string   `json:"sides"`
	Dose     doseJSON `json:"dose"`
	RestS    float64  `json:"rest_s"`
	Note     string   `json:"note,omitempty"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func toDoseJSON(d content.Dose) doseJSON {
	j := doseJSON{Kind: d.Kind.String(), Text: d.String(), Sets: d.Sets, SetRestS: d.SetRest.Seconds()}
	switch d.Kind {
	case content.DoseHold:
		j.HoldS, j.Repeat, j.ReleaseS = d.Hold.Seconds(), d.Repeat, d.Release.Seconds()
	case content.DoseReps:
		j.Reps, j.TempoS = d.Reps, d.Tempo.Seconds()
	case content.DoseBreath:
		j.Repeat = d.Repeat
		for _, p := range d.Breath {
			j.Breath = append(j.Breath, phaseJSON{p.Kind.String(), p.Duration.Seconds()})
		}
	}
	if d.Sets <= 1 {
		j.SetRestS = 0
	}
	return j
}

func toExerciseJSON(e *content.Exercise) exerciseJSON {
	return exerciseJSON{
		ID: e.ID, Name: e.Name, Position: e.Position.String(), Equipment: nonNil(e.Equipment),
		Targets: nonNil(e.Targets), Cues: nonNil(e.Cues), Caution: e.Caution, Sides: e.Sides.String(),
		Dose: toDoseJSON(e.Dose), Gentler: e.Gentler, Tags: nonNil(e.Tags), Source: e.Source, Overrides: e.Overrides,
	}
}

func toRoutineJSON(lib *content.Library, r *content.Routine) routineJSON {
	total := routineTotal(lib, r)
	needs := lib.Needs(r)
	j := routineJSON{
		ID: r.ID, Name: r.Name, Summary: r.Summary, For: nonNil(r.For), Tags: nonNil(r.Tags),
		Where: needs.Where(), Equipment: nonNil(needs.Equipment), Minutes: text.Minutes(total), Seconds: total.Seconds(),
		RestS: r.Rest.Seconds(), Steps: []stepJSON{}, Source: r.Source, Overrides: r.Overrides,
	}
	if r.GetReady != nil {
		g := r.GetReady.Seconds()
		j.GetReadyS = &g
	}
	for _, st := range r.Steps {
		name := st.Exercise
		if e, ok := lib.Exercise(st.Exercise); ok {
			name = e.Name
		}
		j.Steps = append(j.Steps, stepJSON{Exercise: st.Exercise, Name: name, Sides: st.Sides.String(),
			Dose: toDoseJSON(st.Dose), RestS: st.Rest.Seconds(), Note: st.Note})
	}
	return j
}

// withToday adds today's adjustments to a routine's JSON.
func withToday(j routineJSON, res adapt.Result) routineJSON {
	for _, adj := range res.Adjustments {
		t := todayJSON{Step: adj.Step, Exercise: adj.Exercise, Change: adj.Change.String(), Reason: adj.Reason, Instead: adj.Instead}
		if adj.Change != adapt.Skipped {
			d := toDoseJSON(adj.Dose)
			t.Dose = &d
		}
		j.Today = append(j.Today, t)
	}
	return j
}

// writeJSON writes v as indented JSON, with every character that could act on a terminal
// (controls, bidi and zero-width characters) as a \u escape (journal.EscapeJSON).
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(journal.EscapeJSON(b.Bytes()))
	return err
}
