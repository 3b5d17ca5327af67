package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/content/figure"
	"github.com/limber-coach/limber/content/lang"
	"github.com/limber-coach/limber/session/msg"
)

// limber show draws every built-in exercise's figure within 80 columns, each keyframe named,
// in braille or in ASCII; with figures off it prints what it printed before figures.
func TestShowFigure(t *testing.T) {
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	tr := msg.New(lang.English) // once: a Printer without one makes it at every call
	printer := func(w *bytes.Buffer) Printer { p := Plain(w); p.Tr = tr; return p }
	for _, e := range lib.Exercises() {
		var plain, braille, ascii bytes.Buffer
		Exercise(printer(&plain), lib, e, ShowOptions{})
		Exercise(printer(&braille), lib, e, ShowOptions{Figures: figure.Braille})
		Exercise(printer(&ascii), lib, e, ShowOptions{Figures: figure.ASCII})
		if strings.IndexFunc(plain.String(), isBraille) >= 0 || strings.Contains(plain.String(), "1. "+e.Figure.Poses[0].Name) {
			t.Errorf("%s: a figure without figures asked for", e.ID)
		}
		for _, out := range []string{braille.String(), ascii.String()} {
			for _, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > Width {
					t.Errorf("%s: a line of %d columns: %q", e.ID, n, l)
				}
			}
			for i, p := range e.Figure.Poses {
				if !strings.Contains(out, strconv.Itoa(i+1)+". "+p.Name) {
					t.Errorf("%s: pose %q not named", e.ID, p.Name)
				}
			}
			if !strings.Contains(out, strings.TrimSuffix(plain.String(), "\n")[strings.Index(plain.String(), "  • "):]) {
				t.Errorf("%s: the words after the figure differ from show without it", e.ID)
			}
		}
		if strings.IndexFunc(ascii.String(), isBraille) >= 0 {
			t.Errorf("%s: braille in the ASCII figure", e.ID)
		}
	}
}

func isBraille(r rune) bool { return r >= 0x2800 && r <= 0x28ff }

// show --json carries the figure as data: every pose complete.
func TestExerciseJSONFigure(t *testing.T) {
	lib, err := content.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	e, _ := lib.Exercise("cat-cow")
	var b bytes.Buffer
	if err := WriteJSON(&b, ToExerciseJSON(e)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Figure struct {
			View  string `json:"view"`
			Still string `json:"still"`
			Poses []struct {
				Name string     `json:"name"`
				Back float64    `json:"back"`
				Arm  [4]float64 `json:"arm"`
			} `json:"poses"`
		} `json:"figure"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	f := got.Figure
	if f.View != "side" || f.Still != "knee" || len(f.Poses) != 2 || f.Poses[1].Name != "cat: back up" ||
		f.Poses[1].Arm != [4]float64{270, 270, 1, 1} || f.Poses[0].Back != e.Figure.Poses[0].Back {
		t.Errorf("figure JSON: %+v", f)
	}
}

// The README's worked example of a figure loads without a problem, and the drawing under it
// is what limber show draws.
func TestReadmeFigureExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(readme)
	start := strings.Index(doc, "# ~/.config/limber/content/mine.toml")
	end := strings.Index(doc[start:], "```")
	if start < 0 || end < 0 {
		t.Fatal("no content example in the README")
	}
	src := doc[start : start+end]
	lib, probs := content.Build(append(content.BuiltinSources(), content.Source{Name: "mine.toml", Data: []byte(src)}))
	if len(probs) > 0 {
		t.Fatalf("the README's example has problems: %v", probs)
	}
	e, ok := lib.Exercise("wall-sit")
	if !ok || e.Figure == nil {
		t.Fatal("the README's wall sit has no figure")
	}
	var b bytes.Buffer
	Figure(&b, e.Figure, figure.Braille, Width)
	if !strings.Contains(doc, strings.TrimRight(b.String(), "\n")) {
		t.Errorf("the README's drawing of the wall sit is not what show draws:\n%s", b.String())
	}
}
