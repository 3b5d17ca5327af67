package cli

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// ExerciseJSON is an exercise as `list --json` and `show --json` print it.
type ExerciseJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Position  string   `json:"position"`
	Equipment []string `json:"equipment"`
	Targets   []string `json:"targets"`
	Cues      []string `json:"cues"`
	Caution   string   `json:"caution,omitempty"`
	Sides     string   `json:"sides"`
	Dose      DoseJSON `json:"dose"`
	Gentler   string   `json:"gentler,omitempty"`
	Tags      []string `json:"tags"`
	Source    string   `json:"source"`
	Overrides string   `json:"overrides,omitempty"`
	// Figure is the exercise's picture as data, every pose with every angle filled in.
	Figure *FigureJSON `json:"figure,omitempty"`
}

// FigureJSON is an exercise's figure: where it is seen from, the point kept still, the props
// and each keyframe, complete (what a pose left out in the file filled in from the one
// before).
type FigureJSON struct {
	View  string     `json:"view"`
	Still string     `json:"still,omitempty"`
	Props []PropJSON `json:"props"`
	Poses []PoseJSON `json:"poses"`
}

// PropJSON is one prop and the point of the body it is placed by.
type PropJSON struct {
	Prop string `json:"prop"`
	At   string `json:"at"`
}

// PoseJSON is one keyframe: angles in degrees, limbs as [upper, lower, share seen of upper,
// share seen of lower].
type PoseJSON struct {
	Name      string     `json:"name,omitempty"`
	Back      float64    `json:"back"`
	Chest     float64    `json:"chest"`
	Head      float64    `json:"head"`
	Arm       [4]float64 `json:"arm"`
	Arm2      [4]float64 `json:"arm2"`
	Leg       [4]float64 `json:"leg"`
	Leg2      [4]float64 `json:"leg2"`
	Foot      float64    `json:"foot"`
	Foot2     float64    `json:"foot2"`
	Belly     float64    `json:"belly"`
	Turn      float64    `json:"turn"`
	Shoulders [2]float64 `json:"shoulders"`
}

// toFigure is f as JSON (nil for none).
func toFigure(f *figure.Figure) *FigureJSON {
	if f == nil {
		return nil
	}
	j := &FigureJSON{View: f.View.String(), Still: f.Still.String(), Props: []PropJSON{}}
	for _, p := range f.Props {
		j.Props = append(j.Props, PropJSON{Prop: p.Kind.String(), At: p.At.String()})
	}
	for _, p := range f.Poses {
		j.Poses = append(j.Poses, PoseJSON{Name: p.Name, Back: p.Back, Chest: p.Chest, Head: p.Head,
			Arm: p.Arm, Arm2: p.Arm2, Leg: p.Leg, Leg2: p.Leg2, Foot: p.Foot, Foot2: p.Foot2,
			Belly: p.Belly, Turn: p.Turn, Shoulders: p.Shoulders})
	}
	return j
}

// DoseJSON is a dose with durations in seconds.
type DoseJSON struct {
	Kind     string      `json:"kind"`
	Text     string      `json:"text"`
	HoldS    float64     `json:"hold_s,omitempty"`
	Reps     int         `json:"reps,omitempty"`
	TempoS   float64     `json:"tempo_s,omitempty"`
	Breath   []PhaseJSON `json:"breath,omitempty"`
	Repeat   int         `json:"repeat,omitempty"`
	ReleaseS float64     `json:"release_s,omitempty"`
	Sets     int         `json:"sets"`
	SetRestS float64     `json:"set_rest_s,omitempty"`
}

// PhaseJSON is one breathing phase: in, hold or out, and its length in seconds.
type PhaseJSON struct {
	Phase string  `json:"phase"`
	S     float64 `json:"s"`
}

// RoutineJSON is a routine with its computed length and resolved steps.
type RoutineJSON struct {
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
	Steps     []StepJSON `json:"steps"`
	Source    string     `json:"source"`
	Overrides string     `json:"overrides,omitempty"`
	// Today lists the steps whose dose or exercise differs today (limber show only), and why.
	Today []TodayJSON `json:"today,omitempty"`
}

// TodayJSON is one adjusted step of today's version: its index in steps (from 0), what changed
// and why, and today's exercise and dose (none when skipped).
type TodayJSON struct {
	Step     int       `json:"step"`
	Exercise string    `json:"exercise"`
	Change   string    `json:"change"`
	Reason   string    `json:"reason"`
	Instead  string    `json:"instead,omitempty"`
	Dose     *DoseJSON `json:"dose,omitempty"`
}

// StepJSON is one step of a routine as written, with its exercise's name.
type StepJSON struct {
	Exercise string   `json:"exercise"`
	Name     string   `json:"name"`
	Sides    string   `json:"sides"`
	Dose     DoseJSON `json:"dose"`
	RestS    float64  `json:"rest_s"`
	Note     string   `json:"note,omitempty"`
}

// nonNil is s, or an empty list for nil (JSON [] rather than null).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// toDose is d with durations in seconds.
func toDose(d content.Dose) DoseJSON {
	j := DoseJSON{Kind: d.Kind.String(), Text: d.String(), Sets: d.Sets, SetRestS: d.SetRest.Seconds()}
	switch d.Kind {
	case content.DoseHold:
		j.HoldS, j.Repeat, j.ReleaseS = d.Hold.Seconds(), d.Repeat, d.Release.Seconds()
	case content.DoseReps:
		j.Reps, j.TempoS = d.Reps, d.Tempo.Seconds()
	case content.DoseBreath:
		j.Repeat = d.Repeat
		for _, p := range d.Breath {
			j.Breath = append(j.Breath, PhaseJSON{p.Kind.String(), p.Duration.Seconds()})
		}
	}
	if d.Sets <= 1 {
		j.SetRestS = 0
	}
	return j
}

// ToExerciseJSON is e as list --json and show --json print it.
func ToExerciseJSON(e *content.Exercise) ExerciseJSON {
	return ExerciseJSON{
		ID: e.ID, Name: e.Name, Position: e.Position.String(), Equipment: nonNil(e.Equipment),
		Targets: nonNil(e.Targets), Cues: nonNil(e.Cues), Caution: e.Caution, Sides: e.Sides.String(),
		Dose: toDose(e.Dose), Gentler: e.Gentler, Tags: nonNil(e.Tags), Source: e.Source, Overrides: e.Overrides,
		Figure: toFigure(e.Figure),
	}
}

// ToRoutineJSON is r with its length under the settings and its steps resolved.
func ToRoutineJSON(lib *content.Library, settings content.Settings, r *content.Routine) RoutineJSON {
	total := policy.Length(lib, settings, r)
	needs := lib.Needs(r)
	j := RoutineJSON{
		ID: r.ID, Name: r.Name, Summary: r.Summary, For: nonNil(r.For), Tags: nonNil(r.Tags),
		Where: needs.Where(), Equipment: nonNil(needs.Equipment), Minutes: text.Minutes(total), Seconds: total.Seconds(),
		RestS: r.Rest.Seconds(), Steps: []StepJSON{}, Source: r.Source, Overrides: r.Overrides,
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
		j.Steps = append(j.Steps, StepJSON{Exercise: st.Exercise, Name: name, Sides: st.Sides.String(),
			Dose: toDose(st.Dose), RestS: st.Rest.Seconds(), Note: st.Note})
	}
	return j
}

// WithToday adds today's adjustments to a routine's JSON.
func WithToday(j RoutineJSON, res adapt.Result) RoutineJSON {
	for _, adj := range res.Adjustments {
		t := TodayJSON{Step: adj.Step, Exercise: adj.Exercise, Change: adj.Change.String(), Reason: adj.Reason, Instead: adj.Instead}
		if adj.Change != adapt.Skipped {
			d := toDose(adj.Dose)
			t.Dose = &d
		}
		j.Today = append(j.Today, t)
	}
	return j
}

// WriteJSON writes v as indented JSON, with every character that could act on a terminal
// (controls, bidi and zero-width characters) as a \u escape (journal.EscapeJSON).
func WriteJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(journal.EscapeJSON(b.Bytes()))
	return err
}
