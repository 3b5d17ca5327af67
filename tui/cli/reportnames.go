package cli

import (
	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/trend"
)

// LocalizeReport names the built-in routines and exercises of r as lib does (lib in the
// report's language): the log keeps the English names, a report in German says the German
// ones. A name lib does not know (a quick timer, a routine since removed) stays as logged.
func LocalizeReport(r trend.Report, lib *content.Library) trend.Report {
	routine := func(id, name string) string {
		if x, ok := lib.Routine(id); ok && id != "" {
			return x.Name
		}
		return name
	}
	exercise := func(id, name string) string {
		if x, ok := lib.Exercise(id); ok && id != "" {
			return x.Name
		}
		return name
	}
	names := map[string]string{} // a routine's logged name → its name in the language
	r.Routines = append([]trend.RoutineDone(nil), r.Routines...)
	for i, x := range r.Routines {
		n := routine(x.ID, x.Name)
		names[x.Name] = n
		r.Routines[i].Name = n
	}
	in := func(name string) string {
		if n, ok := names[name]; ok {
			return n
		}
		return name
	}
	r.Exercises = append([]trend.ExerciseDone(nil), r.Exercises...)
	for i, x := range r.Exercises {
		r.Exercises[i].Name = exercise(x.ID, x.Name)
	}
	r.PainStops = append([]trend.PainStop(nil), r.PainStops...)
	for i, x := range r.PainStops {
		r.PainStops[i].Name, r.PainStops[i].Routine = exercise(x.Exercise, x.Name), in(x.Routine)
	}
	r.Swaps = append([]trend.Swap(nil), r.Swaps...)
	for i, x := range r.Swaps {
		r.Swaps[i].Name, r.Swaps[i].Routine = exercise(x.Exercise, x.Name), in(x.Routine)
	}
	return r
}
