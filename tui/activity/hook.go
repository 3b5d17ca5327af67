package activity

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Shells are the shells limber hook knows.
func Shells() []string { return []string{"bash", "zsh", "fish"} }

// HookScript is the prompt hook for shell: at each prompt (and in zsh and fish when a command
// starts) it truncates the heartbeat file at path, which sets the file's time — with the shell's
// own builtins only, no process started, nothing waited for: a named pipe put there is left
// alone (opening it would wait for a reader), and an error (no state folder yet) is silenced (fish
// looks for the folder first).
// bash keeps $? for the prompt; noclobber does not stop it (>|).
func HookScript(shell, path string) (string, error) {
	switch shell {
	case "bash":
		q := shQuote(path)
		return fmt.Sprintf(`# limber: a heartbeat at each prompt for limber remind's sitting time (limber hook bash)
_limber_heartbeat() {
  local s=$?
  [[ -p %[1]s ]] || { : >| %[1]s; } 2>/dev/null
  return $s
}
if [[ ";${PROMPT_COMMAND[*]:-};" != *";_limber_heartbeat;"* ]]; then
  PROMPT_COMMAND="_limber_heartbeat${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
fi
`, q), nil
	case "zsh":
		q := shQuote(path)
		// No comment line: an interactive zsh without interactivecomments would run "#" (and
		// eval "$(limber hook zsh)" is typed at a prompt to try it).
		return fmt.Sprintf(`_limber_heartbeat() {
  [[ -p %[1]s ]] || { : >| %[1]s } 2>/dev/null
}
typeset -ag precmd_functions preexec_functions
(( ${precmd_functions[(I)_limber_heartbeat]} )) || precmd_functions+=(_limber_heartbeat)
(( ${preexec_functions[(I)_limber_heartbeat]} )) || preexec_functions+=(_limber_heartbeat)
`, q), nil
	case "fish":
		// fish warns of a failed redirection whatever 2>/dev/null says: look for the folder first.
		return fmt.Sprintf(`# limber: a heartbeat at each prompt for limber remind's sitting time (limber hook fish)
function __limber_heartbeat --on-event fish_prompt --on-event fish_preexec
    if test -d %[2]s; and not test -p %[1]s
        true >%[1]s 2>/dev/null
    end
end
`, fishQuote(path), fishQuote(filepath.Dir(path))), nil
	}
	return "", fmt.Errorf("no hook for %q; the shells are %s", shell, strings.Join(Shells(), ", "))
}

// shQuote quotes s for bash and zsh: in single quotes, each ' written '\”.
func shQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// fishQuote quotes s for fish: in single quotes, \ and ' escaped.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
