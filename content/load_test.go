package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/limber-coach/limber/content/figure"
)

// FuzzLoad checks that the loader never panics, whatever the bytes, and that whatever it loads
// is sanitized and within limits: no gentler loop survives, no routine is longer than
// MaxRoutineLength, no file lists more than MaxProblemsPerFile problems, and no problem holds a
// character that could act on the terminal. The seeds include hostile shapes: deep nesting,
// long keys and strings, control bytes and escape sequences, gentler loops, huge numbers.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(fixture))
	f.Add([]byte("[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"a\"]\nbreath = [\"in 4s\", \"hold 4s\"]\nrepeat = 3\n"))
	f.Add([]byte("[[routine]]\nid = \"r\"\nname = \"R\"\nget_ready = \"0s\"\n[[routine.step]]\nexercise = \"pelvic-tilt\"\nhold = \"5s\"\nsets = 2\n"))
	f.Add([]byte("\x00\xff[[["))
	for _, s := range figureSeeds() {
		f.Add([]byte(s))
	}
	for _, s := range hostileSeeds() {
		f.Add([]byte(s))
	}
	for _, s := range BuiltinSources() {
		f.Add(s.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lib, probs := Build(fixtureSources(string(data)))
		for _, e := range lib.Exercises() {
			for _, s := range append([]string{e.Name, e.Caution}, e.Cues...) {
				if !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\n\t\r\x7f\u200b\u2028\u202e") {
					t.Fatalf("unsanitized text %q", s)
				}
			}
			if e.Dose.Hold > MaxHold || e.Dose.Reps > MaxReps || e.Dose.Sets < 1 || e.Dose.Length(e.Sides) > MaxDoseLength {
				t.Fatalf("dose out of limits: %+v", e.Dose)
			}
			if fig := e.Figure; fig != nil {
				if n := len(fig.Poses); n < figure.MinPoses || n > figure.MaxPoses || len(fig.Props) > figure.MaxProps {
					t.Fatalf("figure of %d poses, %d props loaded", n, len(fig.Props))
				}
				for _, cs := range []figure.Charset{figure.Braille, figure.ASCII} {
					for _, at := range []float64{0, 0.5, fig.Held()} {
						if lines := fig.Render(at, figure.Options{Width: 12, Height: 5, Charset: cs, Mirror: at > 0}); len(lines) != 5 {
							t.Fatalf("figure drew %d lines in a box of 5", len(lines))
						}
					}
				}
			}
			seen := map[string]bool{}
			for g := e; g != nil && g.Gentler != ""; g, _ = lib.Exercise(g.Gentler) {
				if seen[g.ID] {
					t.Fatalf("gentler loop through %q", g.ID)
				}
				seen[g.ID] = true
			}
		}
		for _, r := range lib.Routines() {
			if len(r.Steps) == 0 {
				t.Fatalf("routine %q loaded with no steps", r.ID)
			}
			for _, st := range r.Steps {
				if _, ok := lib.Exercise(st.Exercise); !ok {
					t.Fatalf("routine %q step names missing exercise %q", r.ID, st.Exercise)
				}
			}
			if r.Length() > MaxRoutineLength {
				t.Fatalf("routine %q takes %v", r.ID, r.Length())
			}
		}
		perFile := map[string]int{}
		for _, p := range probs {
			perFile[p.File]++
			for _, c := range p.Error() {
				if c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || isBidi(c) || isInvisible(c) || c == 0x2028 || c == 0x2029 {
					t.Fatalf("problem holds %U: %q", c, p.Error())
				}
			}
		}
		for file, n := range perFile {
			if n > MaxProblemsPerFile+1 {
				t.Fatalf("%s: %d problems listed", file, n)
			}
		}
	})
}

// figureSeeds are exercises with figures, good and bad, for the fuzzer to start from.
func figureSeeds() []string {
	ex := func(dose, fig string) string {
		return "[[exercise]]\nid = \"f\"\nname = \"F\"\nposition = \"standing\"\ncues = [\"Stand.\"]\n" + dose + "\n[exercise.figure]\n" + fig
	}
	return []string{
		ex(`reps = 5`, "view = \"side\"\nstill = \"knee\"\nposes = [\n { name = \"cow\", back = -14, chest = 14, head = 45, arm = [270, 270], leg = [270, 180], foot = 190 },\n { name = \"cat\", back = 22, chest = -22, head = -60 },\n]\n"),
		ex(`hold = "5s"`, "view = \"front\"\nprops = { chair = \"hip\", dumbbells = \"hand\" }\nposes = [\n { back = 90, arm = [265, 270], leg = [270, 270, 0.25, 1] },\n { turn = 60, arm = [225, 250], shoulders = [0, 0.5] },\n]\n"),
		ex(`breath = ["in 4s", "out 4s"]`, "view = \"above\"\nposes = [{ back = 180, arm = [90, 90], leg = [-4, 4, 0.5, 0.35], belly = 0 }, { belly = 1 }]\n"),
		ex(`hold = "5s"`, "props = { roller = \"chest\", band = \"foot\", step = \"foot2\" }\nposes = [{ back = 170, arm = [100, 200], leg = [50, 290] }, { back = 186, leg = [22, 292] }]\n"),
		ex(`hold = "5s"`, "poses = [{ back = 90 }, { bakc = 1e400 }, { arm = [nan, inf] }, { leg = [] }]\n"),
		ex(`hold = "5s"`, "figure = 1\n"),
		ex(`reps = 3`, "poses = [{ back = -360, arm = [360, -360, 0, 1], leg = [0, 0, 1, 0] }, { back = 360, turn = 90, belly = 1 }]\n"),
	}
}

// hostileSeeds are small versions of the shapes that once hung or exhausted the loader, and
// text made to act on a terminal, for the fuzzers to start from. Each is just past a bound, not
// far past it: the fuzzer minimizes what it finds byte by byte, and a large seed makes a short
// fuzz run spend its time there (TestHostileShapesAreBounded has the full-size shapes).
func hostileSeeds() []string {
	rep := strings.Repeat
	ex := func(id, extra string) string {
		return "[[exercise]]\nid = \"" + id + "\"\nname = \"E\"\nposition = \"seated\"\ncues = [\"Sit.\"]\nhold = \"5s\"\n" + extra + "\n"
	}
	return []string{
		"x = " + rep("{a=", 12) + "1" + rep("}", 12) + "\n",
		"x = " + rep("[", 12) + rep("]", 12) + "\n",
		rep("a.", 12) + "a = 1\n",
		"[" + rep("a.", 12) + "a]\nx = 1\n",
		rep("k", 200) + " = 1\n",
		"\"" + rep("q", 200) + "\" = 1\n",
		ex("x", "caution = \""+rep("long ", 80)+"\""),
		ex("x", "caution = \"\"\"\n"+rep("[[exercise]]\nid = \"y\"\n", 5)+"\"\"\""),
		ex("x", "tags = ["+rep("\"nope\",", 30)+"]"),
		ex("evil", `caution = "\u001b]0;pwned\u0007\u001b]52;c;cm0=\u0007\u009b2J\u202e\u200b\u2028\u0085"`),
		ex("a", "gentler = \"b\"") + ex("b", "gentler = \"a\""),
		ex("a", "gentler = \"b\"") + ex("b", "gentler = \"c\"") + ex("c", "gentler = \"a\""),
		ex("pelvic-tilt", "gentler = \"knee-to-chest\""),
		ex("x", "reps = 99999999999999999999"),
		ex("y", "sets = 9223372036854775807\nrepeat = -9223372036854775808"),
		ex("z", "hold = \"2562047h\"\nrelease = \"-1ns\""),
		ex("w", "progress = { every = 1e400, add = inf, max = nan }"),
		ex("big", "sides = \"each\"\nrepeat = 50\nsets = 20") + "[[routine]]\nid = \"r\"\nname = \"R\"\n" + rep("[[routine.step]]\nexercise = \"big\"\nhold = \"10m\"\n", 10),
		rep("unknown-key = 1\n[[exercise]]\n", 30),
		"[[exercise]]\nid = \"x\"\ncues = [\n" + rep("\"\",\n", 30) + "]\n",
		"key = '''" + rep("'", 5) + "\n",
		"key = \"\"\"\"\"\"\"\" # seven quotes\n",
	}
}

func TestEmbeddedLibraryDecodesCleanly(t *testing.T) {
	lib, err := LoadBuiltin()
	if err != nil {
		t.Fatalf("built-in library has problems:\n%v", err)
	}
	if len(lib.Exercises()) == 0 || len(lib.Routines()) == 0 {
		t.Fatalf("built-in library is empty: %d exercises, %d routines", len(lib.Exercises()), len(lib.Routines()))
	}
	if lib.Safety().PainRule == "" || len(lib.Safety().RedFlags) == 0 {
		t.Errorf("built-in safety text is missing")
	}
}

func TestLoadUserDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := writeFile(dir+"/"+name, body); err != nil {
			t.Fatal(err)
		}
	}
	write("good.toml", "[[routine]]\nid = \"my-break\"\nname = \"Mine\"\n[[routine.step]]\nexercise = \"plank\"\n")
	write("bad.toml", "[[exercise]]\nid = \"x\"\nhodl = 3\n")
	write("notes.txt", "not content")
	lib, probs := Load(dir)
	if _, ok := lib.Routine("my-break"); !ok {
		t.Errorf("good user routine using a built-in exercise not loaded (problems: %v)", probs)
	}
	if _, ok := lib.Routine(DefaultRoutine); !ok {
		t.Errorf("built-in desk break lost")
	}
	files := probs.Files()
	if len(files) != 1 || !strings.HasSuffix(files[0], "bad.toml") {
		t.Errorf("problems should name only bad.toml, got %v", probs)
	}
	if _, probs := Load(dir + "/missing"); len(probs) != 0 {
		t.Errorf("a missing user folder is not a problem, got %v", probs)
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := LoadBuiltin(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate10k validates 10,000 generated exercises in two files, each under the 1 MiB
// a content file may hold.
func BenchmarkValidate10k(b *testing.B) {
	var files [2]strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&files[i%2], "[[exercise]]\nid = \"ex-%d\"\nname = \"Exercise %d\"\nposition = \"seated\"\ncues = [\"Sit tall.\", \"Breathe.\"]\nsides = \"each\"\nhold = \"20s\"\nrepeat = 2\ntags = [\"gentle\"]\n\n", i, i)
	}
	srcs := []Source{{Name: "big-1.toml", Data: []byte(files[0].String())}, {Name: "big-2.toml", Data: []byte(files[1].String())}}
	b.SetBytes(int64(len(srcs[0].Data) + len(srcs[1].Data)))
	for b.Loop() {
		lib, probs := Build(srcs)
		if len(probs) != 0 || len(lib.Exercises()) != 10000 {
			b.Fatalf("%d exercises, problems %v", len(lib.Exercises()), probs)
		}
	}
}

func writeFile(path, body string) error { return os.WriteFile(path, []byte(body), 0o600) }
