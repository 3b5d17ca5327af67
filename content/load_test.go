package content

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLoad checks that the loader never panics, whatever the bytes, and that whatever it loads
// is sanitized and within limits.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(fixture))
	f.Add([]byte("[[exercise]]\nid = \"x\"\nname = \"X\"\nposition = \"seated\"\ncues = [\"a\"]\nbreath = [\"in 4s\", \"hold 4s\"]\nrepeat = 3\n"))
	f.Add([]byte("[[routine]]\nid = \"r\"\nname = \"R\"\nget_ready = \"0s\"\n[[routine.step]]\nexercise = \"pelvic-tilt\"\nhold = \"5s\"\nsets = 2\n"))
	f.Add([]byte("\x00\xff[[["))
	for _, s := range BuiltinSources() {
		f.Add(s.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lib, _ := Build(fixtureSources(string(data)))
		for _, e := range lib.Exercises() {
			for _, s := range append([]string{e.Name, e.Caution}, e.Cues...) {
				if !utf8.ValidString(s) || strings.ContainsAny(s, "\x1b\n\t\r\x7f") {
					t.Fatalf("unsanitized text %q", s)
				}
			}
			if e.Dose.Hold > MaxHold || e.Dose.Reps > MaxReps || e.Dose.Sets < 1 {
				t.Fatalf("dose out of limits: %+v", e.Dose)
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
		}
	})
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

// BenchmarkValidate10k validates a generated file of 10,000 exercises.
func BenchmarkValidate10k(b *testing.B) {
	var sb strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&sb, "[[exercise]]\nid = \"ex-%d\"\nname = \"Exercise %d\"\nposition = \"seated\"\ncues = [\"Sit tall.\", \"Breathe.\"]\nsides = \"each\"\nhold = \"20s\"\nrepeat = 2\ntags = [\"gentle\"]\n\n", i, i)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		lib, probs := Build([]Source{{Name: "big.toml", Data: data}})
		if len(probs) != 0 || len(lib.Exercises()) != 10000 {
			b.Fatalf("%d exercises, problems %v", len(lib.Exercises()), probs)
		}
	}
}

func writeFile(path, body string) error { return os.WriteFile(path, []byte(body), 0o600) }
