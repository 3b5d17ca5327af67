package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/session/adapt"
	"github.com/limber-coach/limber/session/policy"
	"github.com/limber-coach/limber/session/text"
)

// Routine prints a routine with today's doses: each step as written, and under a step that
// differs today, what you will do and why.
func Routine(w io.Writer, lib *content.Library, settings content.Settings, r *content.Routine, res adapt.Result) {
	total := policy.Length(lib, settings, res.Routine)
	needs := lib.Needs(r)
	fmt.Fprintf(w, "%s  (%s)\n", r.Name, r.ID)
	if r.Summary != "" {
		fmt.Fprintf(w, "%s\n", text.Indent(r.Summary, 78, ""))
	}
	fmt.Fprintln(w)
	if len(r.For) > 0 {
		fmt.Fprintf(w, "For:        %s\n", strings.Join(r.For, ", "))
	}
	fmt.Fprintf(w, "Where:      %s\n", needs.Where())
	if len(needs.Equipment) > 0 {
		fmt.Fprintf(w, "Equipment:  %s\n", strings.Join(needs.Equipment, ", "))
	}
	fmt.Fprintf(w, "Total:      %s, %s\n", text.Dur(total), text.Plural(len(res.Routine.Steps), "exercise"))
	if len(res.Adjustments) > 0 {
		fmt.Fprintf(w, "Today:      %s\n", text.Indent(fmt.Sprintf("adjusted from your history (limber run %s --base runs the routine as written)", r.ID), 66, strings.Repeat(" ", 12)))
	}
	fmt.Fprintln(w)
	var cautions []string
	rows := make([][3]string, len(r.Steps)) // name, dose, rest
	nameW, doseW := 0, 0
	for i, st := range r.Steps {
		e, _ := lib.Exercise(st.Exercise)
		dose := st.Dose.String()
		if s := st.Sides.Text(); s != "" {
			dose += ", " + s
		}
		rows[i] = [3]string{text.Clip(e.Name, 30), dose, ""}
		if i < len(r.Steps)-1 && st.Rest > 0 {
			rows[i][2] = "rest " + text.Dur(st.Rest)
		}
		nameW, doseW = max(nameW, len([]rune(rows[i][0]))), max(doseW, len([]rune(dose)))
	}
	for i, st := range r.Steps {
		e, _ := lib.Exercise(st.Exercise)
		stepRow(w, i+1, rows[i], nameW, doseW)
		if st.Note != "" {
			fmt.Fprintf(w, "     %s\n", text.Indent(st.Note, 74, "     "))
		}
		for _, adj := range res.Adjustments {
			if adj.Step == i {
				fmt.Fprintf(w, "     today: %s\n", text.Indent(text.Adjustment(lib, adj), 68, "            "))
			}
		}
		if e.Caution != "" && !slices.Contains(cautions, e.Name+": "+e.Caution) {
			cautions = append(cautions, e.Name+": "+e.Caution)
		}
	}
	if len(cautions) > 0 {
		fmt.Fprintf(w, "\nCautions:\n")
		for _, c := range cautions {
			fmt.Fprintf(w, "  - %s\n", text.Indent(c, 74, "    "))
		}
	}
	fmt.Fprintf(w, "\nSource: %s\n", content.Origin(r.Source, r.Overrides))
	fmt.Fprintf(w, "Start:  limber run %s\n", r.ID)
}

// stepRow prints "  3. Name   dose   rest 10 s" in columns; a rest that would pass 80
// columns goes on a line of its own.
func stepRow(w io.Writer, n int, row [3]string, nameW, doseW int) {
	name, dose, rest := row[0], row[1], row[2]
	line := fmt.Sprintf("%3d. %-*s  %-*s", n, nameW, name, doseW, dose)
	switch {
	case rest == "":
		line = strings.TrimRight(line, " ")
	case len([]rune(line))+2+len(rest) <= 80:
		line += "  " + rest
	default:
		line = strings.TrimRight(line, " ") + "\n     " + rest
	}
	fmt.Fprintln(w, line)
}

// ShowOptions say what limber show draws besides the words.
type ShowOptions struct {
	// Figures is the character set the exercise's figure is drawn with; figure.None (the zero
	// value) draws none: when figures are off, and for a terminal that cannot show them.
	Figures figure.Charset
}

// Exercise prints one exercise, as ExerciseWith does, without its figure.
func Exercise(w io.Writer, lib *content.Library, e *content.Exercise) {
	ExerciseWith(w, lib, e, ShowOptions{})
}

// ExerciseWith prints one exercise: position, targets, dose, its figure (when o draws it),
// cues, caution, gentler variant, tags and where it comes from.
func ExerciseWith(w io.Writer, lib *content.Library, e *content.Exercise, o ShowOptions) {
	fmt.Fprintf(w, "%s  (%s)\n\n", e.Name, e.ID)
	pos := e.Position.String()
	if len(e.Equipment) > 0 {
		pos += " · needs " + strings.Join(e.Equipment, ", ")
	}
	fmt.Fprintf(w, "Position:  %s\n", pos)
	if len(e.Targets) > 0 {
		fmt.Fprintf(w, "Targets:   %s\n", strings.Join(e.Targets, ", "))
	}
	dose := e.Dose.String()
	if s := e.Sides.Text(); s != "" {
		dose += ", " + s
	}
	fmt.Fprintf(w, "Dose:      %s\n\n", dose)
	Figure(w, e.Figure, o.Figures)
	for _, c := range e.Cues {
		fmt.Fprintf(w, "  • %s\n", text.Indent(c, 76, "    "))
	}
	if e.Caution != "" {
		fmt.Fprintf(w, "\nCaution:   %s\n", text.Indent(e.Caution, 68, "           "))
	}
	if e.Gentler != "" {
		name := e.Gentler
		if g, ok := lib.Exercise(e.Gentler); ok {
			name = g.Name
		}
		fmt.Fprintf(w, "Gentler:   %s (%s)\n", name, e.Gentler)
	}
	if len(e.Tags) > 0 {
		fmt.Fprintf(w, "Tags:      %s\n", strings.Join(e.Tags, ", "))
	}
	fmt.Fprintf(w, "Source:    %s\n", content.Origin(e.Source, e.Overrides))
}

// The figure's frames in limber show: two to a row, each this size, inside Width.
const (
	showFigureWidth  = 34
	showFigureHeight = 9
)

// Figure prints f's keyframes, two to a row with the name of each under it — how the move
// starts and where it goes (or the pose held) — then a blank line. It prints nothing when f
// is nil or cs is figure.None.
func Figure(w io.Writer, f *figure.Figure, cs figure.Charset) {
	if f == nil || cs == figure.None {
		return
	}
	o := figure.Options{Width: showFigureWidth, Height: showFigureHeight, Charset: cs}
	arrow := " → "
	if cs != figure.Braille {
		arrow = " > "
	}
	for start := 0; start < len(f.Poses); start += 2 {
		end := min(start+2, len(f.Poses))
		frames := make([][]string, 0, 2)
		for i := start; i < end; i++ {
			frames = append(frames, f.Render(float64(i), o))
		}
		for r := range showFigureHeight {
			line := "  " + frames[0][r]
			if len(frames) > 1 {
				mid := "   "
				if r == showFigureHeight/2 {
					mid = arrow
				}
				line += mid + frames[1][r]
			}
			fmt.Fprintln(w, strings.TrimRight(line, " "))
		}
		var names []string
		for i := start; i < end; i++ {
			names = append(names, text.Pad(text.Clip(fmt.Sprintf("%d. %s", i+1, f.Poses[i].Name), showFigureWidth), showFigureWidth))
		}
		fmt.Fprintln(w, strings.TrimRight("  "+strings.Join(names, "   "), " "))
	}
	fmt.Fprintln(w)
}
