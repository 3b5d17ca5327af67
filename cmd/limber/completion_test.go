package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// myRoutine is a routine of the person's own, which completion must offer like a built-in.
const myRoutine = "[[routine]]\nid = \"my-morning\"\nname = \"My morning\"\n[[routine.step]]\nexercise = \"plank\"\n"

// values is the first column of __complete's lines.
func values(out string) []string {
	var vs []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		v, _, _ := strings.Cut(l, "\t")
		vs = append(vs, v)
	}
	return vs
}

// TestCompleteCandidates: what limber __complete offers for each kind of word, from the command
// table and the library (the person's own routines included).
func TestCompleteCandidates(t *testing.T) {
	ta := newTestApp(t)
	ta.writeUserFile(t, "mine.toml", myRoutine)
	for _, tc := range []struct {
		words []string
		want  []string // all of these, and nothing that does not start with the last word
	}{
		{[]string{""}, []string{"run", "list", "show", "completion", "man", "help", "version"}},
		{[]string{"sh"}, []string{"show"}},
		{[]string{"-"}, []string{"--help", "--version"}},
		{[]string{"run", "my"}, []string{"my-morning"}},
		{[]string{"run", "desk"}, []string{"desk-break"}},
		{[]string{"show", "plank", "--j"}, []string{"--json"}},
		{[]string{"history", "--json", "--"}, []string{"--csv", "--since", "--limit", "--help"}},
		{[]string{"remind", "--routine", "my-"}, []string{"my-morning"}},
		{[]string{"remind", "--every="}, []string{"--every=50m", "--every=1h"}},
		{[]string{"hold", "30s", "side-pl"}, []string{"side-plank", "side-plank-knees"}},
		{[]string{"max", "kn"}, []string{"knee-plank"}},
		{[]string{"list", ""}, []string{"routines", "exercises"}},
		{[]string{"help", "hi"}, []string{"history"}},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}},
		{[]string{"validate", ""}, []string{":files"}},
	} {
		if code := ta.run(append([]string{"__complete"}, tc.words...)...); code != 0 {
			t.Fatalf("%q: exit %d %s", tc.words, code, ta.errOut)
		}
		got := values(ta.out.String())
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: %q lacks %q", tc.words, got, w)
			}
		}
		for _, g := range got {
			if cur := tc.words[len(tc.words)-1]; !strings.HasPrefix(g, cur) && g != ":files" {
				t.Errorf("%q: %q does not start with %q", tc.words, g, cur)
			}
		}
	}
	// Past the last argument, and for a flag's value with nothing to offer: nothing.
	for _, words := range [][]string{{"show", "plank", ""}, {"history", "--since", ""}, {"nope", ""}} {
		if ta.run(append([]string{"__complete"}, words...)...); ta.out.Len() != 0 {
			t.Errorf("%q: %q", words, ta.out)
		}
	}
	// max offers only the holds it can test.
	ta.run("__complete", "max", "")
	if got := values(ta.out.String()); slices.Contains(got, "cat-cow") || !slices.Contains(got, "plank") {
		t.Errorf("max: %q", got)
	}
}

// shellRig is the real limber on PATH and a folder with the person's own routine, for the
// shells to complete with.
func shellRig(t *testing.T, shell string) (env []string, dir string) {
	t.Helper()
	if _, err := exec.LookPath(shell); err != nil {
		t.Skipf("%s is not installed", shell)
	}
	bin, out, err := binary.build()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir = t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "config", "content"), 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "config", "content", "mine.toml"), []byte(myRoutine), 0o600))
	must(t, os.WriteFile(filepath.Join(dir, "notes.toml"), nil, 0o600))
	return []string{"PATH=" + filepath.Dir(bin) + ":/usr/bin:/bin", "HOME=" + dir, "LIMBER_CONFIG_DIR=" + filepath.Join(dir, "config"),
		"LIMBER_DATA_DIR=" + filepath.Join(dir, "data"), "TERM=dumb"}, dir
}

// runShell runs script in shell (no start-up files), in dir, and returns what it printed.
func runShell(t *testing.T, env []string, dir, shell string, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(shell, append(args, "-c", script)...)
	cmd.Env, cmd.Dir = env, dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", shell, err, out)
	}
	return string(out)
}

// completionCases are command lines (the cursor at the end) and what each shell must offer.
var completionCases = []struct{ line, want string }{
	{"limber sh", "show"},
	{"limber run my", "my-morning"},
	{"limber show plank --j", "--json"},
	{"limber history --l", "--limit"},
	{"limber hold 30s side-pl", "side-plank-knees"},
	{"limber validate no", "notes.toml"},
	{"limber completion f", "fish"},
}

// TestCompletionInBash loads the script in a real bash and calls its function as readline would,
// with COMP_LINE and COMP_POINT set.
func TestCompletionInBash(t *testing.T) {
	env, dir := shellRig(t, "bash")
	for _, tc := range completionCases {
		if out := bashComplete(t, env, dir, tc.line); !slices.Contains(out, tc.want) {
			t.Errorf("bash: %q offers %q, want %q", tc.line, out, tc.want)
		}
	}
	// bash splits --every=20m at the =: the candidates are what follows it.
	if out := bashComplete(t, env, dir, "limber remind --every=2"); !slices.Equal(out, []string{"20m"}) {
		t.Errorf("bash: --every=2 offers %q", out)
	}
}

// bashComplete is what bash's completion function offers for line.
func bashComplete(t *testing.T, env []string, dir, line string) []string {
	t.Helper()
	script := `source <(limber completion bash) || exit 1
complete -p limber >/dev/null || exit 1
COMP_LINE=$LINE COMP_POINT=${#LINE} _limber
printf '%s\n' "${COMPREPLY[@]}"`
	return strings.Fields(runShell(t, append(env, "LINE="+line), dir, "bash", script, "--norc", "--noprofile"))
}

// TestCompletionInZsh loads the script in a real zsh and calls its function with words and
// CURRENT set as the completion system sets them; _describe and _files, which need a live line
// editor, are stood in for by functions that print what they were given.
func TestCompletionInZsh(t *testing.T) {
	env, dir := shellRig(t, "zsh")
	for _, tc := range append(completionCases, struct{ line, want string }{"limber remind --every=2", "--every=20m"}) {
		script := `compdef() { :; }
_describe() { local -a c; c=("${(@P)4}"); print -rl -- "${c[@]%%:*}"; }
_files() { print -rl -- ${PREFIX}*; }
source <(limber completion zsh) || exit 1
words=(${(z)LINE}); [[ $LINE == *' ' ]] && words+=('')
CURRENT=${#words}; PREFIX=${words[CURRENT]}
_limber`
		out := strings.Fields(runShell(t, append(env, "LINE="+tc.line), dir, "zsh", script, "-f"))
		if !slices.Contains(out, tc.want) {
			t.Errorf("zsh: %q offers %q, want %q", tc.line, out, tc.want)
		}
	}
}

// TestCompletionInFish loads the script in a real fish and asks fish's own completion engine
// (complete -C) what it offers.
func TestCompletionInFish(t *testing.T) {
	env, dir := shellRig(t, "fish")
	for _, tc := range append(completionCases, struct{ line, want string }{"limber remind --every=2", "--every=20m"}) {
		out := runShell(t, append(env, "LINE="+tc.line), dir, "fish", `limber completion fish | source; complete -C"$LINE"`, "--no-config")
		if !slices.Contains(values(out), tc.want) {
			t.Errorf("fish: %q offers %q, want %q", tc.line, values(out), tc.want)
		}
	}
}

// BenchmarkComplete is the cost of one completion of a routine id, the library loaded (the
// slowest kind: a command or a flag needs no library).
func BenchmarkComplete(b *testing.B) {
	ta := newTestApp(b)
	for b.Loop() {
		ta.run("__complete", "run", "")
	}
}
