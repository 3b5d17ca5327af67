package tui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBigGlyphsAreRectangles(t *testing.T) {
	for _, r := range "0123456789:/ INHOLDUT" {
		g, ok := bigGlyph(r)
		if !ok {
			t.Errorf("no glyph for %q", r)
			continue
		}
		w := utf8.RuneCountInString(g[0])
		for i, row := range g {
			if n := utf8.RuneCountInString(row); n != w || strings.Trim(row, " █") != "" {
				t.Errorf("%q row %d: %q (width %d, want %d, only blocks and spaces)", r, i, row, n, w)
			}
		}
	}
	if _, ok := bigGlyph('x'); ok {
		t.Error("a glyph for x")
	}
}

func TestBigText(t *testing.T) {
	lines, ok := bigText("1:05", 1)
	want := []string{
		" ██    ████ ████",
		"  █  █ █  █ █   ",
		"  █    █  █ ████",
		"  █  █ █  █    █",
		" ███   ████ ████",
	}
	if !ok || strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("bigText(1:05) =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	double, ok := bigText("1:05", 2)
	if !ok || len(double) != 2*bigRows || utf8.RuneCountInString(double[0]) != 2*utf8.RuneCountInString(lines[0]) {
		t.Errorf("scale 2: %d lines of %d cells", len(double), utf8.RuneCountInString(double[0]))
	}
	for _, s := range []string{"", "1x", "in"} {
		if l, ok := bigText(s, 1); ok || l != nil {
			t.Errorf("bigText(%q) = %v, %v; want nothing", s, l, ok)
		}
	}
	if _, ok := bigText("HOLD 12", 1); !ok {
		t.Error("no block text for a breathing phase")
	}
}
