package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/limber-coach/limber/session"
)

// physioPlan is a routine file as a physiotherapist might write it, with an exercise of its own
// and a built-in one.
const physioPlan = `# From your physio: twice a day.
[[exercise]]
id = "wall-slide-easy"
name = "Easy wall slide"
position = "standing"
equipment = ["wall"]
cues = ["Back against the wall.", "Slide down a little, then up."]
hold = "10s"
repeat = 3
gentler = "pelvic-tilt"
progress = { every = 2, add = "5s", max = "30s" }
tags = ["gentle"]

[[routine]]
id = "physio-plan"
name = "Physio plan"
summary = "The plan from the clinic."
get_ready = "8s"
rest = "12s"
tags = ["gentle"]
[[routine.step]]
exercise = "wall-slide-easy"
note = "Only as low as is comfortable."
[[routine.step]]
exercise = "cat-cow"
reps = 6
tempo = "4s"
rest = "20s"
`

// TestExportThenAddOnAnotherMachine: limber export's file is accepted as it is by limber add on
// another machine, and the routine plans there exactly as here.
func TestExportThenAddOnAnotherMachine(t *testing.T) {
	here := newTestApp(t)
	here.writeUserFile(t, "plan.toml", physioPlan)
	file := filepath.Join(t.TempDir(), "shared.toml")
	for _, id := range []string{"physio-plan", "desk-break", "core-stability"} {
		os.Remove(file)
		if code := here.run("export", id, "-o", file); code != 0 {
			t.Fatalf("export %s: exit %d: %s", id, code, here.errOut)
		}
		there := newTestApp(t)
		if code := there.run("add", file, "--as", "shared-"+id); code != 0 {
			t.Fatalf("add %s: exit %d: %s", id, code, there.errOut)
		}
		if code := there.run("validate"); code != 0 {
			t.Fatalf("validate after adding %s: %s", id, there.errOut)
		}
		a, b := loadLibrary(here.app), loadLibrary(there.app)
		ra, _ := a.Routine(id)
		rb, ok := b.Routine("shared-" + id)
		if !ok {
			t.Fatalf("%s: not added", id)
		}
		pa, err1 := session.NewPlan(ra, a, session.Options{})
		pb, err2 := session.NewPlan(rb, b, session.Options{})
		if err1 != nil || err2 != nil || pa.Total() != pb.Total() || len(pa.Steps) != len(pb.Steps) {
			t.Fatalf("%s: plans differ: %v %v %v %v", id, pa.Total(), pb.Total(), err1, err2)
		}
		for i := range pa.Steps {
			sa, sb := pa.Steps[i], pb.Steps[i]
			if sa.Exercise.ID != sb.Exercise.ID || sa.Kind != sb.Kind || sa.Duration != sb.Duration || sa.Reps != sb.Reps || sa.Tempo != sb.Tempo || sa.Side != sb.Side || sa.Note != sb.Note || sa.Exercise.Gentler != sb.Exercise.Gentler {
				t.Errorf("%s step %d: %+v vs %+v", id, i, sa, sb)
			}
		}
	}
	// Without --as, the same file adds nothing new on the machine it came from.
	if code := here.run("add", file); code != 0 || !strings.Contains(here.out.String(), "Nothing to add") {
		t.Errorf("adding back: exit %d: %s %s", code, here.out, here.errOut)
	}
	// export never writes over a file.
	if code := here.run("export", "desk-break", "-o", file); code != 2 || !strings.Contains(here.errOut.String(), "exists") {
		t.Errorf("export over a file: exit %d: %s", code, here.errOut)
	}
	if code := here.run("export", "plank"); code != 2 {
		t.Errorf("export of an exercise: exit %d", code)
	}
}

func TestAddRefusesAndChangesNothing(t *testing.T) {
	ta := newTestApp(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	contentDir := ta.app.contentDir()
	list := func() string {
		es, _ := os.ReadDir(contentDir)
		var n []string
		for _, e := range es {
			n = append(n, e.Name())
		}
		return strings.Join(n, " ")
	}
	bad := write("bad.toml", "[[routine]]\nid = \"bad\"\nname = \"Bad\"\n[[routine.step]]\nexercise = \"cat-cow\"\nhodl = \"3s\"\n")
	if code := ta.run("add", bad); code != 1 || !strings.Contains(ta.errOut.String(), `unknown key "hodl"`) || !strings.Contains(ta.errOut.String(), "nothing was changed") || list() != "" {
		t.Errorf("a bad file: exit %d: %s; folder %q", code, ta.errOut, list())
	}
	clash := write("clash.toml", strings.Replace(physioPlan, `id = "physio-plan"`, `id = "desk-break"`, 1))
	if code := ta.run("add", clash); code != 1 || !strings.Contains(ta.errOut.String(), `routine "desk-break" differs from the one in the built-ins: add it under another id with --as NAME`) || list() != "" {
		t.Errorf("an id clash: exit %d: %s", code, ta.errOut)
	}
	good := write("plan.toml", physioPlan)
	if code := ta.run("add", good); code != 0 || list() != "plan.toml" || !strings.Contains(ta.out.String(), "routine physio-plan") {
		t.Fatalf("a good file: exit %d: %s %s", code, ta.out, ta.errOut)
	}
	data, _ := os.ReadFile(filepath.Join(contentDir, "plan.toml"))
	if string(data) != physioPlan {
		t.Error("the file was not installed as it is")
	}
	other := write("sub/plan.toml", strings.ReplaceAll(physioPlan, "physio-plan", "physio-two"))
	os.MkdirAll(filepath.Dir(other), 0o755)
	os.WriteFile(other, []byte(strings.ReplaceAll(physioPlan, "physio-plan", "physio-two")), 0o644)
	if code := ta.run("add", other); code != 1 || !strings.Contains(ta.errOut.String(), "already in your content folder; add this one under another name with --as NAME") {
		t.Errorf("a file name taken: exit %d: %s", code, ta.errOut)
	}
	changed := write("changed.toml", strings.Replace(physioPlan, `hold = "10s"`, `hold = "20s"`, 1))
	if code := ta.run("add", changed, "--as", "plan-b"); code != 1 || !strings.Contains(ta.errOut.String(), `exercise "wall-slide-easy" differs from the one in`) {
		t.Errorf("a changed exercise: exit %d: %s", code, ta.errOut)
	}
	// From standard input a routine is filed under its id, so a second one does not find the
	// name taken.
	for _, id := range []string{"from-stdin", "from-stdin-2"} {
		if code := ta.runWithInput(strings.ReplaceAll(physioPlan, "physio-plan", id), "add", "-"); code != 0 || !strings.Contains(list(), id+".toml") {
			t.Errorf("from standard input: exit %d: %s; folder %q", code, ta.errOut, list())
		}
	}
}
