package activity

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// shellRun runs script in shell (bash, zsh: as an interactive shell reading stdin, so the
// prompt hooks fire as at a terminal; fish: with -c, where `emit fish_prompt` stands in for a
// prompt). It fails the test when the shell takes more than 10 s: a hook that blocks.
func shellRun(t *testing.T, shell, script string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var cmd *exec.Cmd
	switch shell {
	case "bash":
		cmd = exec.CommandContext(ctx, "bash", "--norc", "--noprofile", "-i")
	case "zsh":
		cmd = exec.CommandContext(ctx, "zsh", "-f", "-i")
	case "fish":
		cmd = exec.CommandContext(ctx, "fish", "--no-config", "-c", script)
	}
	if shell != "fish" {
		cmd.Stdin = strings.NewReader(script)
	}
	cmd.Env = append(os.Environ(), "PS1=", "PROMPT=", "HISTFILE=/dev/null")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s did not finish in 10 s: the hook blocked the shell\n%s", shell, errb.String())
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", shell, err, errb.String())
	}
	return out.String(), errb.String()
}

// needShell skips the test where shell is not installed.
func needShell(t *testing.T, shell string) {
	t.Helper()
	if _, err := exec.LookPath(shell); err != nil {
		t.Skipf("%s is not installed: its hook is not tried here", shell)
	}
}

// prompt is what makes shell show a prompt (or, in fish's -c, what a prompt would fire).
func prompt(shell string) string {
	if shell == "fish" {
		return "emit fish_prompt\n"
	}
	return ":\n" // any line read: the next prompt fires the hook
}

// hookFor is the hook of shell for the heartbeat at path, as the shell would eval it.
func hookFor(t *testing.T, shell, path string) string {
	t.Helper()
	s, err := HookScript(shell, path)
	if err != nil {
		t.Fatal(err)
	}
	return s + "\n"
}

// TestHookInRealShells runs each shell's hook in the shell itself: a prompt sets the
// heartbeat's time, the exit status a prompt shows is kept, a path with quotes and spaces is
// quoted, loading the hook twice installs it once, a named pipe put where the file goes does not
// block the shell, and a missing folder says nothing.
func TestHookInRealShells(t *testing.T) {
	for _, shell := range Shells() {
		t.Run(shell, func(t *testing.T) {
			needShell(t, shell)
			dir := filepath.Join(t.TempDir(), `it's a "data" dir`)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "heartbeat")
			hook := hookFor(t, shell, path)

			// A prompt sets the file's time.
			old := time.Now().Add(-time.Hour)
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(path, old, old)
			status := "echo status=$?\n"
			if shell == "fish" {
				status = "echo status=$status\n"
			}
			out, _ := shellRun(t, shell, hook+hook+prompt(shell)+"false\n"+status)
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if !fi.ModTime().After(old.Add(30 * time.Minute)) {
				t.Errorf("a prompt left the heartbeat at %v", fi.ModTime())
			}
			if shell != "fish" && !strings.Contains(out, "status=1") {
				// bash and zsh run the hook between false and echo: $? must survive it.
				t.Errorf("the hook changed $?: %q", out)
			}

			// Installed once, however often it is loaded.
			switch shell {
			case "bash":
				out, _ = shellRun(t, shell, hook+hook+"echo \"[$PROMPT_COMMAND]\"\n")
				if strings.Count(out, "_limber_heartbeat") != 1 {
					t.Errorf("loaded twice, PROMPT_COMMAND is %q", out)
				}
			case "zsh":
				out, _ = shellRun(t, shell, hook+hook+"echo \"[${precmd_functions}]\"\n")
				if strings.Count(out, "_limber_heartbeat") != 1 {
					t.Errorf("loaded twice, precmd_functions is %q", out)
				}
			}

			// A named pipe is left alone, and the shell goes on.
			os.Remove(path)
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
			shellRun(t, shell, hook+prompt(shell)+prompt(shell))
			if fi, err := os.Lstat(path); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
				t.Errorf("the named pipe was replaced: %v %v", fi, err)
			}

			// No state folder yet: nothing said, nothing made.
			gone := filepath.Join(t.TempDir(), "none", "heartbeat")
			_, stderr := shellRun(t, shell, hookFor(t, shell, gone)+prompt(shell)+prompt(shell))
			if strings.Contains(stderr, "No such") || strings.Contains(stderr, "does not exist") || strings.Contains(stderr, "error") {
				t.Errorf("a missing folder was reported: %q", stderr)
			}
			if _, err := os.Stat(gone); err == nil {
				t.Error("the hook made a file in a folder that does not exist")
			}
		})
	}
}

// TestHookCost measures the hook the way a prompt runs it: 1,000 calls in the real shell,
// which must average under 2 ms each (the limit; it costs some 0.1 ms: builtins only,
// no process started).
func TestHookCost(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the shells")
	}
	for _, shell := range Shells() {
		t.Run(shell, func(t *testing.T) {
			needShell(t, shell)
			path := filepath.Join(t.TempDir(), "heartbeat")
			fn := "_limber_heartbeat"
			loop := "for i in {1..1000}; do " + fn + "; done\n"
			if shell == "fish" {
				fn = "__limber_heartbeat"
				loop = "for i in (seq 1000); " + fn + "; end\n"
			}
			script := hookFor(t, shell, path)
			start := time.Now()
			shellRun(t, shell, script+"exit\n")
			base := time.Since(start)
			start = time.Now()
			shellRun(t, shell, script+loop+"exit\n")
			per := (time.Since(start) - base) / 1000
			t.Logf("%s: %v per prompt (1,000 calls)", shell, per)
			if per > 2*time.Millisecond {
				t.Errorf("%s's hook costs %v per prompt; the limit is 2 ms", shell, per)
			}
		})
	}
}

func TestHookUnknownShell(t *testing.T) {
	if _, err := HookScript("tcsh", "/x"); err == nil || !strings.Contains(err.Error(), "bash, zsh, fish") {
		t.Errorf("tcsh: %v", err)
	}
}
