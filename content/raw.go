package content

import (
	"fmt"
	"time"

	"github.com/BurntSushi/toml"
)

// rawFile is one TOML file as written: any mix of [[exercise]], [[routine]] and (built-in only)
// [safety].
type rawFile struct {
	Exercise []rawExercise `toml:"exercise"`
	Routine  []rawRoutine  `toml:"routine"`
	Safety   *rawSafety    `toml:"safety"`
}

// doseFields are the dose keys an exercise sets and a routine step may override.
type doseFields struct {
	Hold    *durationValue `toml:"hold"`
	Reps    *int64         `toml:"reps"`
	Tempo   *durationValue `toml:"tempo"`
	Breath  []string       `toml:"breath"`
	Repeat  *int64         `toml:"repeat"`
	Release *durationValue `toml:"release"`
	Sets    *int64         `toml:"sets"`
	SetRest *durationValue `toml:"set_rest"`
	// Progress is how the dose grows: { every = 3, add = "5s", max = "60s" } for holds,
	// { every = 3, add = 2, max = 15 } for reps.
	Progress *rawProgress `toml:"progress"`
}

// rawProgress is a progression rule as written. add and max are durations for holds and whole
// numbers for reps, so they are decoded loosely and checked against the dose kind.
type rawProgress struct {
	Every *int64 `toml:"every"`
	Add   any    `toml:"add"`
	Max   any    `toml:"max"`
}

type rawExercise struct {
	ID        string   `toml:"id"`
	Name      string   `toml:"name"`
	Position  string   `toml:"position"`
	Equipment []string `toml:"equipment"`
	Targets   []string `toml:"targets"`
	Cues      []string `toml:"cues"`
	Caution   string   `toml:"caution"`
	Sides     string   `toml:"sides"`
	Gentler   string   `toml:"gentler"`
	Tags      []string `toml:"tags"`
	doseFields
	Noted noted // the fields problems named already (loose.go)
	// Figure is the exercise's picture (see figure.go).
	Figure *rawFigure `toml:"figure"`
}

type rawRoutine struct {
	ID       string         `toml:"id"`
	Name     string         `toml:"name"`
	Summary  string         `toml:"summary"`
	For      []string       `toml:"for"`
	GetReady *durationValue `toml:"get_ready"`
	Rest     *durationValue `toml:"rest"`
	Tags     []string       `toml:"tags"`
	Step     []rawStep      `toml:"step"`
	Noted    noted
}

type rawStep struct {
	Exercise string         `toml:"exercise"`
	Rest     *durationValue `toml:"rest"`
	Note     string         `toml:"note"`
	doseFields
	Noted noted
}

type rawSafety struct {
	Disclaimer    string   `toml:"disclaimer"`
	RedFlags      []string `toml:"red_flags"`
	Emergency     string   `toml:"emergency"`
	PainRule      string   `toml:"pain_rule"`
	AfterPain     string   `toml:"after_pain"`
	Pregnancy     string   `toml:"pregnancy"`
	PregnancyStop []string `toml:"pregnancy_stop"`
	SelfCare      []string `toml:"self_care"`
}

// The openings of durationValue's errors, by which decodeProblem knows them.
const (
	durationMust = "a duration must be"
	notADuration = " is not a duration"
)

// durationValue decodes a TOML string such as "30s" or "1m30s". A bare number is refused: 30
// could mean seconds or nanoseconds, and guessing wrong would silently break a hold.
type durationValue struct {
	d time.Duration
}

var _ toml.Unmarshaler = (*durationValue)(nil)

// UnmarshalTOML implements toml.Unmarshaler.
func (v *durationValue) UnmarshalTOML(x any) error {
	s, ok := x.(string)
	if !ok {
		return fmt.Errorf("%s a quoted string such as \"30s\" or \"1m30s\", not a bare %s", durationMust, tomlTypeName(x))
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("%s%s; write it like \"30s\", \"90s\" or \"1m30s\"", quoted(s), notADuration)
	}
	v.d = d
	return nil
}

// tomlTypeName names the kind of a decoded TOML value in plain words ("number", "date").
func tomlTypeName(x any) string {
	switch x.(type) {
	case int64:
		return "number"
	case float64:
		return "decimal number"
	case bool:
		return "boolean"
	case string:
		return "string"
	case time.Time:
		return "date"
	case []map[string]any:
		return "array of tables"
	case []any:
		return "array"
	case map[string]any:
		return "table"
	}
	return "value"
}
