package cmdline

import "strings"

// Shells are the shells Script writes for.
func Shells() []string { return []string{"bash", "zsh", "fish"} }

// Script is the completion script for shell. Each is the shell's glue only: it passes the words
// typed so far to `PROG __complete` and offers what comes back, so the candidates always follow
// the command table of the limber on PATH and the person's own routines and exercises, without
// making the script again. A FilesMarker line hands the word to the shell's file completion.
func Script(p *Program, shell string) (string, bool) {
	var s string
	switch shell {
	case "bash":
		s = bashScript
	case "zsh":
		s = zshScript
	case "fish":
		s = fishScript
	default:
		return "", false
	}
	r := strings.NewReplacer("PROG", p.Name, "COMPLETE", CompleteCommand, "FILES", FilesMarker)
	return r.Replace(s), true
}

const bashScript = `# bash completion for PROG, made by: PROG completion bash
# Load it in this shell:  source <(PROG completion bash)
# For every new shell:    PROG completion bash > ~/.local/share/bash-completion/completions/PROG
#                         (or add the first line to ~/.bashrc)
_PROG() {
    local line=${COMP_LINE:0:COMP_POINT} cur prefix c
    local -a words out
    read -ra words <<<"$line"
    [[ $line == *[[:space:]] ]] && words+=("")
    cur=${words[${#words[@]}-1]}
    mapfile -t out < <(command PROG COMPLETE "${words[@]:1}" 2>/dev/null)
    COMPREPLY=()
    if [[ ${out[0]} == FILES ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
    fi
    # bash breaks --every=20m at the =: offer what comes after it.
    prefix=
    [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]] && prefix=${cur%"${cur##*=}"}
    for c in "${out[@]}"; do
        c=${c%%$'\t'*}
        COMPREPLY+=("${c#"$prefix"}")
    done
    return 0
}
complete -F _PROG PROG
`

const zshScript = `#compdef PROG
# zsh completion for PROG, made by: PROG completion zsh
# Load it in this shell:  source <(PROG completion zsh)   (after compinit)
# For every new shell:    PROG completion zsh > ~/.zfunc/_PROG
#                         with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc
_PROG() {
    local -a out cands
    local line
    out=("${(@f)$(command PROG COMPLETE "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    if [[ ${out[1]} == FILES ]]; then
        _files
        return
    fi
    for line in "${out[@]}"; do
        [[ -n $line ]] || continue
        if [[ $line == *$'\t'* ]]; then
            cands+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
        else
            cands+=("${line//:/\\:}")
        fi
    done
    (( ${#cands} )) && _describe -t candidates PROG cands
}
if [[ ${funcstack[1]} == _PROG ]]; then
    _PROG "$@"
else
    compdef _PROG PROG
fi
`

const fishScript = `# fish completion for PROG, made by: PROG completion fish
# Load it in this shell:  PROG completion fish | source
# For every new shell:    PROG completion fish > ~/.config/fish/completions/PROG.fish
function __PROG_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l out (command PROG COMPLETE $words[2..-1] 2>/dev/null)
    if test "$out[1]" = FILES
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\n' $out
end
complete -c PROG -f -a '(__PROG_complete)'
`
