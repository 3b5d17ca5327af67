package content

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// hostileShapes are files built to make the loader's work explode: nesting the decoder pays
// for with the square of its depth, and many small mistakes each of which used to cost a scan
// of the file or a comparison with every id. Each is at most MaxFileSize.
func hostileShapes() map[string]string {
	rep := func(s string, n int) string { return strings.Repeat(s, n) }
	fill := func(unit func(i int) string) string { // as many units as fit in MaxFileSize
		var b strings.Builder
		for i := 0; ; i++ {
			u := unit(i)
			if b.Len()+len(u) > MaxFileSize {
				return b.String()
			}
			b.WriteString(u)
		}
	}
	ex := func(id, extra string) string {
		return fmt.Sprintf("[[exercise]]\nid = %q\nname = \"E\"\nposition = \"seated\"\ncues = [\"Sit.\"]\nhold = \"5s\"\n%s\n", id, extra)
	}
	return map[string]string{
		"nested inline tables":   "x = " + rep("{a=", 10000) + "1" + rep("}", 10000) + "\n",
		"nested arrays":          "x = " + rep("[", MaxFileSize/2-4) + rep("]", MaxFileSize/2-4) + "\n",
		"deep table header":      "[" + rep("a.", 10000) + "a]\nx = 1\n",
		"deep dotted key":        rep("a.", 10000) + "a = 1\n",
		"quoted dotted key":      rep(`"a".`, 10000) + "a = 1\n",
		"huge tag":               ex("x", "tags = [\""+rep("t", MaxFileSize-200)+"\"]"),
		"huge bare value":        "x = " + rep("1", MaxFileSize-10) + "\n",
		"huge array":             "x = [" + rep("1,", MaxFileSize/2-10) + "]\n",
		"unknown keys":           fill(func(i int) string { return fmt.Sprintf("k%d = 1\n", i) }),
		"unknown keys in tables": fill(func(i int) string { return fmt.Sprintf("[[exercise]]\nk%d = 1\n", i) }),
		"missing gentlers": fill(func(i int) string {
			return ex(fmt.Sprintf("e-%d", i), fmt.Sprintf("gentler = \"g-%d\"", i))
		}),
		"unknown tags": fill(func(i int) string {
			return ex(fmt.Sprintf("e-%d", i), "tags = ["+strings.TrimSuffix(rep(`"nope",`, 900), ",")+"]")
		}),
		"unknown step exercises": fill(func(i int) string {
			return fmt.Sprintf("[[routine]]\nid = \"r-%d\"\nname = \"R\"\n[[routine.step]]\nexercise = \"x-%d\"\n", i, i)
		}),
		"duplicate ids": fill(func(i int) string { return ex("same", "") }),
		"empty cues, a line each": fill(func(i int) string {
			return fmt.Sprintf("[[exercise]]\nid = \"e-%d\"\nname = \"E\"\nposition = \"seated\"\nhold = \"5s\"\ncues = [\n%s]\n", i, rep("\"\",\n", 900))
		}),
		"gentler chain": fill(func(i int) string {
			return ex(fmt.Sprintf("e-%d", i), fmt.Sprintf("gentler = \"e-%d\"", i+1))
		}),
		"arrays of 999 numbers": fill(func(i int) string {
			return fmt.Sprintf("k%d = [%s1]\n", i, rep("1,", 998))
		}),
		"exercises of 999 cues": fill(func(i int) string {
			return fmt.Sprintf("[[exercise]]\nid = \"e-%d\"\ncues = [%s\"a\"]\n", i, rep("\"a\",", 998))
		}),
		"empty tables": fill(func(i int) string { return "[[routine]]\n" }),
		"comments and strings hiding brackets": fill(func(i int) string {
			return fmt.Sprintf("# [[[[{{{{ %d\nk%d = \"[[[[{{{{\\\"[[\" # ]]]]\n", i, i)
		}),
	}
}

// timeBudget is how long a test here allows work that takes well under a second: generous for
// a loaded 2-core machine, and more so under the race detector, which slows it several times.
func timeBudget() time.Duration {
	if raceEnabled {
		return 60 * time.Second
	}
	return 10 * time.Second
}

// TestHostileShapesAreBounded loads each hostile shape as a user file and checks it finishes in
// bounded time (they took from 5 s to more than 20 s, or ran out of memory, before the bounds)
// with at most MaxProblemsPerFile problems listed and the rest counted. The bound here is
// generous for a loaded 2-core machine and the race detector; scripts/hostile.sh holds the
// real binary to 1 s a command.
func TestHostileShapesAreBounded(t *testing.T) {
	budget := timeBudget()
	for name, src := range hostileShapes() {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			if len(src) > MaxFileSize {
				t.Fatalf("the shape is %d bytes, over MaxFileSize", len(src))
			}
			type result struct {
				probs Problems
				took  time.Duration
			}
			done := make(chan result, 1)
			go func() {
				start := time.Now()
				_, probs := Build(fixtureSources(src))
				done <- result{probs, time.Since(start)}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(budget):
				t.Fatalf("still loading after %v", budget) // the load goes on in the background
			}
			t.Logf("%v, %d problems listed of %d: %.200s", r.took.Round(time.Millisecond), len(r.probs), r.probs.Count(), r.probs[0].Error())
			if len(r.probs) == 0 {
				t.Fatal("no problem reported")
			}
			if len(r.probs) > MaxProblemsPerFile+1 {
				t.Errorf("%d problems listed; the cap is %d and a count of the rest", len(r.probs), MaxProblemsPerFile)
			}
			if n := r.probs.Count(); n > MaxProblemsPerFile {
				last := r.probs[len(r.probs)-1]
				if want := fmt.Sprintf("… and %s more problems in this file", thousands(n-MaxProblemsPerFile)); last.Msg != want {
					t.Errorf("last problem %q, want %q", last.Msg, want)
				}
			}
			if s := r.probs.Error(); len(s) > 40000 {
				t.Errorf("the problems take %d bytes", len(s))
			}
		})
	}
}

// TestBoundsAreReportedWithTheirLine checks each bound of prescan is reported on the line that
// goes past it, naming the key when there is one, and that nothing inside strings or comments
// counts.
func TestBoundsAreReportedWithTheirLine(t *testing.T) {
	head := "[[exercise]]\nid = \"x\"\n"
	cases := []struct {
		name, src, want string
		line            int
	}{
		{"nesting", head + "progress = " + strings.Repeat("{a=", 9) + "1" + strings.Repeat("}", 9) + "\n", "progress: arrays and tables nested more than 8 deep", 3},
		{"nesting in a header", "[[[[[[[[[a]]]]]]]]]\n", "nested more than 8 deep", 1},
		{"dotted key", head + "a.b.c.d.e.f.g.h.i = 1\n", "a dotted key or table name with more than 8 parts", 3},
		{"table header", "\n[a.b.c.d.e.f.g.h.i]\n", "more than 8 parts", 2},
		{"long string", head + "cues = [\n  \"" + strings.Repeat("x", MaxString+1) + "\"]\n", "cues: a quoted string longer than 16 KiB", 4},
		{"long multi-line string", head + "caution = \"\"\"\n" + strings.Repeat("line\n", MaxString/5+1) + "\"\"\"\n", "caution: a quoted string longer than 16 KiB", 3 + MaxString/5 + 1},
		{"long bare word", head + "reps = " + strings.Repeat("9", MaxWord+1) + "\n", "reps: a bare key or value longer than 128", 3},
		{"many items", head + "tags = [" + strings.Repeat(`"a",`, MaxItems) + "]\n", "tags: an array or inline table with more than 1000 items", 3},
		{"size", strings.Repeat("# comment\n", MaxFileSize/10+1), "the file is 1,048,580 bytes; a content file may be at most 1,048,576 bytes", 0},
		{"keys", strings.Repeat("k = 1\n", MaxKeys+1), "more than 50,000 keys in one file", MaxKeys + 1},
		{"tables", strings.Repeat("[[exercise]]\n", MaxTables) + "x = [1]\n[[exercise]]\n", "more than 20,000 tables", MaxTables + 2},
	}
	for _, c := range cases {
		_, probs := Build(fixtureSources(c.src))
		if len(probs) != 1 || !strings.Contains(probs[0].Msg, c.want) || probs[0].Line != c.line || !probs[0].FileLeftOut {
			t.Errorf("%s: got %v, want one problem on line %d holding %q", c.name, probs, c.line, c.want)
		}
	}

	// Brackets, dots, quotes and long runs inside strings and comments count for nothing; a
	// real file with every kind of string passes.
	fine := head + `name = "Brackets [[[[[[[[[[ and {{{{{{{{{ in a name"
position = 'seated' # a comment with [[[[[[[[[[ and a.b.c.d.e.f.g.h.i.j and "quotes
cues = [
  """A multi-line "string" with [[[[[[[[[[ and a.b.c.d.e.f.g.h.i.j""",
  '''A literal one with \ and [[[[[[[[[[ and ""''''',
  "An escaped \" quote and a \\ backslash [[[[[[[[[[",
]
caution = """
Lines, with "quotes" and ""two"" and \
a line-ending backslash [[[[[[[[[[ ""
"""
hold = "5s"
progress = { every = 3, add = "5s", max = "60s" }
`
	lib, probs := Build(fixtureSources(fine))
	if len(probs) != 0 {
		t.Fatalf("a valid file with brackets in its strings and comments: %v", probs)
	}
	if e, ok := lib.Exercise("x"); !ok || len(e.Cues) != 3 || !strings.HasSuffix(e.Cues[1], `""''`) {
		t.Errorf("loaded %+v", e)
	}
}

// TestUnknownKeysArePlacedFast loads 50,000 unknown keys: each is placed on its line (the
// locator used to scan the file for each), the first 20 are listed with their lines, and the
// rest counted.
func TestUnknownKeysArePlacedFast(t *testing.T) {
	var b strings.Builder
	for i := range 50000 {
		fmt.Fprintf(&b, "key-%d = 1\n", i)
	}
	start := time.Now()
	_, probs := Build(fixtureSources(b.String()))
	took := time.Since(start)
	if len(probs) != MaxProblemsPerFile+1 || probs.Count() != 50000 {
		t.Fatalf("%d problems listed, %d counted", len(probs), probs.Count())
	}
	for i, p := range probs[:MaxProblemsPerFile] {
		if p.Line != i+1 {
			t.Errorf("problem %d on line %d: %v", i, p.Line, p)
		}
	}
	if want := "… and 49,980 more problems in this file"; probs[MaxProblemsPerFile].Msg != want {
		t.Errorf("last %q, want %q", probs[MaxProblemsPerFile].Msg, want)
	}
	if took > timeBudget() {
		t.Errorf("took %v", took)
	}
}

// TestSuggestSkipsFarCandidates checks the cheap length test: a long unknown word is not
// compared letter by letter with every candidate, yet near ones are still found.
func TestSuggestSkipsFarCandidates(t *testing.T) {
	if got := Suggest("gentel", validKeys("exercise")); got != "gentler" {
		t.Errorf("Suggest = %q", got)
	}
	long := strings.Repeat("x", 100000)
	ids := make([]string, 100000)
	for i := range ids {
		ids[i] = fmt.Sprintf("exercise-%d", i)
	}
	start := time.Now()
	for range 10 {
		Suggest(long, ids)
		Closest(long, ids, 3)
	}
	if took := time.Since(start); took > timeBudget() {
		t.Errorf("10 suggestions for a 100,000-letter word among 100,000 ids took %v", took)
	}
	if got := Closest("exercise-9999", ids, 3); len(got) == 0 || got[0] != "exercise-9999" {
		t.Errorf("Closest = %v", got)
	}
}

// TestWrongValuesAreFast loads 15,000 routine steps whose values are all of the wrong type (and
// one problem more: too many steps). The
// file is decoded field by field so every mistake is found; the TOML decoder's own type errors
// each cost a pass over the whole file (19 s for this one), so limber checks the types itself.
func TestWrongValuesAreFast(t *testing.T) {
	var b strings.Builder
	b.WriteString("[[routine]]\nid = \"r\"\nname = \"R\"\n")
	for i := range 15000 {
		fmt.Fprintf(&b, "[[routine.step]]\nexercise = %d\nhold = %d\n", i, i)
	}
	start := time.Now()
	_, probs := Build(fixtureSources(b.String()))
	took := time.Since(start)
	if probs.Count() != 30001 || probs[0].Msg != "exercise: expected a quoted string, found a whole number" || probs[0].Line != 5 || probs[0].Col != 12 {
		t.Errorf("%d problems, the first %v", probs.Count(), probs[0])
	}
	if took > timeBudget() {
		t.Errorf("took %v", took)
	}
}
