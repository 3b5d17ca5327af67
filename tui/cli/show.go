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
func Routine(p Printer, lib *content.Library, settings content.Settings, r *content.Routine, res adapt.Result) {
	total := policy.Length(lib, settings, res.Routine)
	needs := lib.Needs(r)
	w, width := p.W, p.Cols()
	p.Heading(fmt.Sprintf("%s  (%s)", r.Name, r.ID))
	if r.Summary != "" {
		fmt.Fprintf(w, "%s\n", text.Indent(r.Summary, width-2, ""))
	}
	fmt.Fprintln(w)
	if len(r.For) > 0 {
		fmt.Fprintf(w, "For:        %s\n", text.Indent(strings.Join(r.For, ", "), width-12, strings.Repeat(" ", 12)))
	}
	fmt.Fprintf(w, "Where:      %s\n", needs.Where())
	if len(needs.Equipment) > 0 {
		fmt.Fprintf(w, "Equipment:  %s\n", text.Indent(strings.Join(needs.Equipment, ", "), width-12, strings.Repeat(" ", 12)))
	}
	fmt.Fprintf(w, "Total:      %s, %s\n", text.Dur(total), text.Plural(len(res.Routine.Steps), "exercise"))
	if len(res.Adjustments) > 0 {
		fmt.Fprintf(w, "Today:      %s\n", text.Indent(fmt.Sprintf("adjusted from your history (limber run %s --base runs the routine as written)", r.ID), width-14, strings.Repeat(" ", 12)))
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
		stepRow(w, i+1, rows[i], nameW, doseW, width)
		if st.Note != "" {
			fmt.Fprintf(w, "     %s\n", text.Indent(st.Note, width-6, "     "))
		}
		for _, adj := range res.Adjustments {
			if adj.Step == i {
				fmt.Fprintf(w, "     today: %s\n", text.Indent(text.Adjustment(lib, adj), width-12, "            "))
			}
		}
		if e.Caution != "" && !slices.Contains(cautions, e.Name+": "+e.Caution) {
			cautions = append(cautions, e.Name+": "+e.Caution)
		}
	}
	if len(cautions) > 0 {
		fmt.Fprintln(w)
		p.Heading("Cautions:")
		for _, c := range cautions {
			fmt.Fprintf(w, "  - %s\n", text.Indent(c, width-6, "    "))
		}
	}
	fmt.Fprintf(w, "\nSource: %s\n", content.Origin(r.Source, r.Overrides))
	fmt.Fprintf(w, "Start:  limber run %s\n", r.ID)
}

// stepRow prints "  3. Name   dose   rest 10 s" in columns; a rest that would pass the width
// goes on a line of its own.
func stepRow(w io.Writer, n int, row [3]string, nameW, doseW, width int) {
	name, dose, rest := row[0], row[1], row[2]
	line := fmt.Sprintf("%3d. %-*s  %-*s", n, nameW, name, doseW, dose)
	switch {
	case rest == "":
		line = strings.TrimRight(line, " ")
	case len([]rune(line))+2+len(rest) <= width:
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

// Exercise prints one exercise: position, targets, dose, its figure (when o draws it), cues,
// caution, gentler variant, tags and where it comes from.
func Exercise(p Printer, lib *content.Library, e *content.Exercise, o ShowOptions) {
	w, width := p.W, p.Cols()
	p.Heading(fmt.Sprintf("%s  (%s)", e.Name, e.ID))
	fmt.Fprintln(w)
	pos := e.Position.String()
	if len(e.Equipment) > 0 {
		pos += " · needs " + strings.Join(e.Equipment, ", ")
	}
	pad := strings.Repeat(" ", 11)
	fmt.Fprintf(w, "Position:  %s\n", text.Indent(pos, width-11, pad))
	if len(e.Targets) > 0 {
		fmt.Fprintf(w, "Targets:   %s\n", text.Indent(strings.Join(e.Targets, ", "), width-11, pad))
	}
	dose := e.Dose.String()
	if s := e.Sides.Text(); s != "" {
		dose += ", " + s
	}
	fmt.Fprintf(w, "Dose:      %s\n\n", dose)
	Figure(w, e.Figure, o.Figures, width)
	for _, c := range e.Cues {
		fmt.Fprintf(w, "  • %s\n", text.Indent(c, width-4, "    "))
	}
	if e.Caution != "" {
		fmt.Fprintf(w, "\nCaution:   %s\n", text.Indent(e.Caution, width-12, "           "))
	}
	if e.Gentler != "" {
		name := e.Gentler
		if g, ok := lib.Exercise(e.Gentler); ok {
			name = g.Name
		}
		fmt.Fprintf(w, "Gentler:   %s (%s)\n", name, e.Gentler)
	}
	if len(e.Tags) > 0 {
		fmt.Fprintf(w, "Tags:      %s\n", text.Indent(strings.Join(e.Tags, ", "), width-11, pad))
	}
	fmt.Fprintf(w, "Source:    %s\n", content.Origin(e.Source, e.Overrides))
}

// The figure's frames in limber show: two to a row when they fit the width, each at most this
// size; on a narrower terminal one to a row, as wide as it allows.
const (
	showFigureWidth  = 34
	showFigureHeight = 9
)

// Figure prints f's keyframes with the name of each under it — how the move starts and where
// it goes (or the pose held) — then a blank line, laid out for width columns. It prints
// nothing when f is nil or cs is figure.None.
func Figure(w io.Writer, f *figure.Figure, cs figure.Charset, width int) {
	if f == nil || cs == figure.None {
		return
	}
	const indent, gap = 2, 3
	fw, perRow := showFigureWidth, 2
	if indent+2*fw+gap > width {
		fw, perRow = min(fw, width-indent), 1
	}
	o := figure.Options{Width: fw, Height: showFigureHeight, Charset: cs}
	arrow := " → "
	if cs != figure.Braille {
		arrow = " > "
	}
	for start := 0; start < len(f.Poses); start += perRow {
		end := min(start+perRow, len(f.Poses))
		frames := make([][]string, 0, perRow)
		for i := start; i < end; i++ {
			frames = append(frames, f.Render(float64(i), o))
		}
		for r := range showFigureHeight {
			if r < blankTop(frames) {
				continue // a lying pose leaves the top empty: no need to print it
			}
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
			names = append(names, text.Pad(text.Clip(fmt.Sprintf("%d. %s", i+1, f.Poses[i].Name), fw), fw))
		}
		fmt.Fprintln(w, strings.TrimRight("  "+strings.Join(names, "   "), " "))
	}
	fmt.Fprintln(w)
}

// blankTop is how many rows at the top are empty in every one of frames.
func blankTop(frames [][]string) int {
	for r := range showFigureHeight {
		for _, f := range frames {
			if strings.TrimSpace(strings.ReplaceAll(f[r], "\u2800", "")) != "" {
				return r
			}
		}
	}
	return showFigureHeight
}
