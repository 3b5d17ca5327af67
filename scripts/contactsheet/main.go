// Command contactsheet writes every built-in exercise's figure — each keyframe, the first
// (where the move starts) to the last (where it goes, or the pose held) — into one Markdown
// page of text blocks, for reviewing them all at once: scripts/figures.sh regenerates
// docs/figures.md with it.
//
//	go run ./scripts/contactsheet [-o docs/figures.md] [-only id,id] [-ascii] [-w 26 -h 9]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
)

func main() {
	out := flag.String("o", "", "the file to write (default: standard output)")
	only := flag.String("only", "", "comma-separated exercise ids to draw (default: all)")
	ascii := flag.Bool("ascii", false, "draw with the ASCII fallback instead of braille")
	w := flag.Int("w", 26, "width of one frame, in cells")
	h := flag.Int("h", 9, "height of one frame, in rows")
	flag.Parse()
	lib, probs := content.Build(content.BuiltinSources())
	for _, p := range probs {
		fmt.Fprintln(os.Stderr, "contactsheet:", p.Error())
	}
	cs := figure.Braille
	if *ascii {
		cs = figure.ASCII
	}
	var dst io.Writer = os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "contactsheet:", err)
			os.Exit(1)
		}
		defer f.Close()
		dst = f
	}
	var ids []string
	if *only != "" {
		ids = strings.Split(*only, ",")
	}
	write(dst, lib, ids, figure.Options{Width: *w, Height: *h, Charset: cs})
}

// write prints the sheet: a heading per library file, then each exercise's frames side by side.
func write(w io.Writer, lib *content.Library, ids []string, o figure.Options) {
	if ids == nil {
		fmt.Fprint(w, "# Exercise figures\n\n"+
			"Every built-in exercise's figure, each keyframe from the first (where the move starts) to\n"+
			"the last (where it goes, or the pose held). Drawn by `content/figure` in braille, as the\n"+
			"coach draws them; regenerate with `scripts/figures.sh` after changing a figure. The format\n"+
			"is in the README (\"Figures\").\n")
		charsets(w, lib, o)
	}
	file := ""
	for _, e := range lib.Exercises() {
		if ids != nil && !slices.Contains(ids, e.ID) {
			continue
		}
		if e.Source != file && ids == nil {
			file = e.Source
			fmt.Fprintf(w, "\n## %s\n", strings.TrimPrefix(file, content.BuiltinPrefix))
		}
		fmt.Fprintf(w, "\n### %s (`%s`)\n\n", e.Name, e.ID)
		f := e.Figure
		if f == nil {
			fmt.Fprintln(w, "No figure.")
			continue
		}
		frames := make([][]string, len(f.Poses))
		labels := make([]string, len(f.Poses))
		for i, p := range f.Poses {
			frames[i] = f.Render(float64(i), o)
			labels[i] = fmt.Sprintf("%d. %s", i+1, p.Name)
		}
		fmt.Fprintf(w, "%s, %s; %s view\n\n```text\n", e.Position.Label(), e.Dose.String(), f.View)
		for start := 0; start < len(frames); start += 3 { // three frames a row
			end := min(start+3, len(frames))
			var head []string
			for i := start; i < end; i++ {
				head = append(head, pad(labels[i], o.Width))
			}
			fmt.Fprintln(w, strings.TrimRight(strings.Join(head, "   "), " "))
			for r := 0; r < o.Height; r++ {
				var row []string
				for i := start; i < end; i++ {
					row = append(row, frames[i][r])
				}
				fmt.Fprintln(w, strings.TrimRight(strings.Join(row, " │ "), " "))
			}
		}
		fmt.Fprintln(w, "```")
	}
}

// charsets shows why the figures are braille: the cat-cow in braille, in line-drawing
// characters at one point a cell, and in the ASCII that stands in where braille cannot show.
func charsets(w io.Writer, lib *content.Library, o figure.Options) {
	e, ok := lib.Exercise("cat-cow")
	if !ok || e.Figure == nil {
		return
	}
	lineChars := strings.NewReplacer("/", "╱", "\\", "╲", "|", "│", "-", "─", "_", "▁", "O", "○")
	fmt.Fprint(w, "\n## Braille, line characters or ASCII\n\n"+
		"Braille packs 2×4 dots into a cell, and the dots are about square: a 26×9 box is a 52×36\n"+
		"grid, fine enough for a back that rounds by ten degrees or a chin drawn back. Line-drawing\n"+
		"characters (`╱ ╲ │ ─`) draw one point a cell, an eighth of the detail: a shallow slope is a\n"+
		"flat line or a staircase, so the cow's sag below is gone and the cat's arch is a lump. So the\n"+
		"figures are braille, and plain ASCII (the line characters' shapes, in characters every\n"+
		"console has) stands in on the Linux console and in locales that are not UTF-8.\n\n```text\n")
	for _, cs := range []struct {
		name string
		cs   figure.Charset
		fix  func(string) string
	}{{"braille", figure.Braille, nil}, {"line characters", figure.ASCII, lineChars.Replace}, {"ASCII", figure.ASCII, nil}} {
		o.Charset = cs.cs
		a, b := e.Figure.Render(0, o), e.Figure.Render(1, o)
		fmt.Fprintln(w, pad(cs.name+": cow", o.Width)+"   "+cs.name+": cat")
		for r := range a {
			row := a[r] + " │ " + b[r]
			if cs.fix != nil {
				row = cs.fix(row)
			}
			fmt.Fprintln(w, strings.TrimRight(row, " "))
		}
	}
	fmt.Fprintln(w, "```")
}

func pad(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s + strings.Repeat(" ", n-len([]rune(s)))
}
