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
	tr := p.tr()
	w, width := p.W, p.Cols()
	lab := labels(p, "for", "where", "equipment", "total", "today", "source", "start")
	lw := len([]rune(lab["for"]))
	pad := strings.Repeat(" ", lw)
	p.Heading(fmt.Sprintf("%s  (%s)", r.Name, r.ID))
	if r.Summary != "" {
		fmt.Fprintf(w, "%s\n", text.Indent(r.Summary, width-2, ""))
	}
	fmt.Fprintln(w)
	if len(r.For) > 0 {
		fmt.Fprintf(w, "%s%s\n", lab["for"], text.Indent(strings.Join(r.For, ", "), width-lw, pad))
	}
	fmt.Fprintf(w, "%s%s\n", lab["where"], whereIn(p, needs))
	if len(needs.Equipment) > 0 {
		fmt.Fprintf(w, "%s%s\n", lab["equipment"], text.Indent(strings.Join(needs.Equipment, ", "), width-lw, pad))
	}
	fmt.Fprintf(w, "%s%s\n", lab["total"], p.N("show.total", len(res.Routine.Steps), "Dur", tr.Dur(total)))
	if len(res.Adjustments) > 0 {
		fmt.Fprintf(w, "%s%s\n", lab["today"], text.Indent(p.T("show.adjusted", "ID", r.ID), width-lw-2, pad))
	}
	fmt.Fprintln(w)
	var cautions []string
	rows := make([][3]string, len(r.Steps)) // name, dose, rest
	nameW, doseW := 0, 0
	for i, st := range r.Steps {
		e, _ := lib.Exercise(st.Exercise)
		dose := text.DoseIn(tr, st.Dose)
		if s := text.SidesIn(tr, st.Sides); s != "" {
			dose += ", " + s
		}
		rows[i] = [3]string{text.Clip(e.Name, 30), dose, ""}
		if i < len(r.Steps)-1 && st.Rest > 0 {
			rows[i][2] = p.T("show.rest", "Dur", tr.Dur(st.Rest))
		}
		nameW, doseW = max(nameW, len([]rune(rows[i][0]))), max(doseW, len([]rune(dose)))
	}
	today := p.T("show.step_today") + " "
	todayPad := strings.Repeat(" ", 5+len([]rune(today)))
	for i, st := range r.Steps {
		e, _ := lib.Exercise(st.Exercise)
		stepRow(w, i+1, rows[i], nameW, doseW, width)
		if st.Note != "" {
			fmt.Fprintf(w, "     %s\n", text.Indent(st.Note, width-6, "     "))
		}
		for _, adj := range res.Adjustments {
			if adj.Step == i {
				fmt.Fprintf(w, "     %s%s\n", today, text.Indent(text.AdjustmentIn(tr, lib, adj), width-len(todayPad), todayPad))
			}
		}
		if e.Caution != "" && !slices.Contains(cautions, e.Name+": "+e.Caution) {
			cautions = append(cautions, e.Name+": "+e.Caution)
		}
	}
	if len(cautions) > 0 {
		fmt.Fprintln(w)
		p.Heading(p.T("show.cautions"))
		for _, c := range cautions {
			fmt.Fprintf(w, "  - %s\n", text.Indent(c, width-6, "    "))
		}
	}
	fmt.Fprintf(w, "\n%s%s\n", lab["source"], originIn(p, r.Source, r.Overrides))
	fmt.Fprintf(w, "%slimber run %s\n", lab["start"], r.ID)
}

// labels are the show.label.* labels of ids in the printer's language (each with its colon,
// as the language writes it) padded to the widest, so the values line up in any language.
func labels(p Printer, ids ...string) map[string]string {
	out := make(map[string]string, len(ids))
	wid := 0
	for _, id := range ids {
		out[id] = p.T("show.label." + id)
		wid = max(wid, len([]rune(out[id])))
	}
	for id, l := range out {
		out[id] = text.Pad(l, wid+2)
	}
	return out
}

// originIn says where an item came from (content.Origin in the printer's language): the
// built-in file, or the user's file and the built-in it overrides.
func originIn(p Printer, source, overrides string) string {
	switch {
	case strings.HasPrefix(source, content.BuiltinPrefix):
		return p.T("show.builtin", "File", content.DisplayPath(strings.TrimPrefix(source, content.BuiltinPrefix)))
	case overrides != "":
		return p.T("show.overrides", "File", content.DisplayPath(source), "Builtin", content.DisplayPath(strings.TrimPrefix(overrides, content.BuiltinPrefix)))
	}
	return content.DisplayPath(source)
}

// stepRow prints "  3. Name   dose   rest 10 s" in columns; a dose that would pass the width
// goes under the name, and a rest that would, on a line of its own.
func stepRow(w io.Writer, n int, row [3]string, nameW, doseW, width int) {
	name, dose, rest := row[0], row[1], row[2]
	line := fmt.Sprintf("%3d. %-*s  %-*s", n, nameW, name, doseW, dose)
	if len([]rune(strings.TrimRight(line, " "))) > width {
		fmt.Fprintf(w, "%3d. %s\n", n, name)
		line = fmt.Sprintf("     %-*s", doseW, dose)
	}
	switch {
	case rest == "":
		line = strings.TrimRight(line, " ")
	case len([]rune(line))+2+len([]rune(rest)) <= width:
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
	tr := p.tr()
	lab := labels(p, "position", "targets", "dose", "caution", "gentler", "tags", "source")
	lw := len([]rune(lab["position"]))
	pad := strings.Repeat(" ", lw)
	p.Heading(fmt.Sprintf("%s  (%s)", e.Name, e.ID))
	fmt.Fprintln(w)
	pos := text.PositionIn(tr, e.Position)
	if len(e.Equipment) > 0 {
		pos += " · " + p.T("show.needs", "What", strings.Join(e.Equipment, ", "))
	}
	fmt.Fprintf(w, "%s%s\n", lab["position"], text.Indent(pos, width-lw, pad))
	if len(e.Targets) > 0 {
		fmt.Fprintf(w, "%s%s\n", lab["targets"], text.Indent(strings.Join(e.Targets, ", "), width-lw, pad))
	}
	dose := text.DoseIn(tr, e.Dose)
	if s := text.SidesIn(tr, e.Sides); s != "" {
		dose += ", " + s
	}
	fmt.Fprintf(w, "%s%s\n\n", lab["dose"], text.Indent(dose, width-lw, pad))
	figureIn(p, e.Figure, o.Figures, width)
	for _, c := range e.Cues {
		fmt.Fprintf(w, "  • %s\n", text.Indent(c, width-4, "    "))
	}
	if e.Caution != "" {
		fmt.Fprintf(w, "\n%s%s\n", lab["caution"], text.Indent(e.Caution, width-lw-1, pad))
	}
	if e.Gentler != "" {
		name := e.Gentler
		if g, ok := lib.Exercise(e.Gentler); ok {
			name = g.Name
		}
		id := "(" + e.Gentler + ")" // typed back in, so never cut: on a line of its own when it must
		if line := name + " " + id; len([]rune(line)) <= width-lw {
			fmt.Fprintf(w, "%s%s\n", lab["gentler"], line)
		} else {
			fmt.Fprintf(w, "%s%s\n%s%s\n", lab["gentler"], text.Indent(name, width-lw, pad), pad, id)
		}
	}
	if len(e.Tags) > 0 {
		fmt.Fprintf(w, "%s%s\n", lab["tags"], text.Indent(strings.Join(e.Tags, ", "), width-lw, pad))
	}
	fmt.Fprintf(w, "%s%s\n", lab["source"], originIn(p, e.Source, e.Overrides))
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
	figureIn(Printer{W: w}, f, cs, width)
}

// figureIn is Figure in the printer's language: a pose without a name is called the start
// (the first) or the end (the last).
func figureIn(p Printer, f *figure.Figure, cs figure.Charset, width int) {
	w := p.W
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
			names = append(names, text.Pad(text.Clip(fmt.Sprintf("%d. %s", i+1, poseName(p, f, i)), fw), fw))
		}
		fmt.Fprintln(w, strings.TrimRight("  "+strings.Join(names, "   "), " "))
	}
	fmt.Fprintln(w)
}

// poseName is pose i's name, or when it has none, "start" for the first and "end" for the
// last (nothing for one between).
func poseName(p Printer, f *figure.Figure, i int) string {
	switch {
	case f.Poses[i].Name != "":
		return f.Poses[i].Name
	case i == 0:
		return p.T("show.pose_start")
	case i == len(f.Poses)-1:
		return p.T("show.pose_end")
	}
	return ""
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
