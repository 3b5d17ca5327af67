#!/usr/bin/env bash
# Replays hostile files against the real limber binary, built once: content files and
# config.toml made to exhaust the decoder (deep nesting, long keys and strings, huge arrays),
# to make the loader's work grow with the square of the input (tens of thousands of unknown
# keys, missing gentlers, unknown tags), to hang it (named pipes, /dev/zero), to act on the
# terminal (escape sequences and newlines in file names), to become an option of the speech
# command, and content that validates but should not (gentler loops, absurd totals).
#
# Each case runs `limber validate`, `list`, `show`, `run --plain` with stdin closed and
# `limber` itself with no terminal, each under `timeout` and an address-space limit
# (prlimit --as, or ulimit -v), timed and measured by /usr/bin/time. A command passes when its
# work fits the budget (1 s of CPU, user and system, by default: the machine is shared, so the
# wall-clock time is printed too but only a hang fails on it), does not crash, exits 0 or 1,
# keeps stderr short and prints nothing that could act on a terminal; some cases check more
# (the file named, the problems capped). Prints the cases tried and passed, the worst time and
# the worst memory, and exits 1 on any failure.
#
# Adding a case: write a function case_NAME that fills "$cfg" (the config folder: content/,
# config.toml) and "$data" (the data folder) and sets what it needs of:
#   CMDS    the commands to run, one per line ("validate", "list", …; default: all five)
#   EXPECT  an extended regex that stderr of `limber validate` must match
#   CHECK   the name of a function called after each command as CHECK CMD STDOUT STDERR
#           CODE, returning non-zero on failure (for cases such as signals or data files)
# Cases run in name order; HOSTILE_CASES='regex' runs only the matching ones.
#
# Environment: HOSTILE_BUDGET_MS (1000), HOSTILE_BUDGET_ON (cpu, or wall to hold the
# wall-clock time to the budget on a quiet machine), HOSTILE_TIMEOUT (20 s, a hung command),
# HOSTILE_MEM_MB (2048: the address-space limit; the Go runtime reserves about 600 MB of address
# space at start and glibc up to 64 MB more per thread, none of it used, so 1 GiB is too tight
# for a plain run, while the 4 GiB the nested tables once took is well over),
# HOSTILE_KEEP=1 keeps the work folder, HOSTILE_BIN=path replays against that binary instead.
set -uo pipefail
cd "$(dirname "$0")/.."

budget_ms=${HOSTILE_BUDGET_MS:-1000}
budget_on=${HOSTILE_BUDGET_ON:-cpu}
hang_s=${HOSTILE_TIMEOUT:-20}
mem_mb=${HOSTILE_MEM_MB:-2048}
only=${HOSTILE_CASES:-.}

work=$(mktemp -d)
cleanup() { [ -n "${HOSTILE_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >/dev/null 2>&1 || true
fi
have_time=0
[ -x /usr/bin/time ] && have_time=1
limit() { # run "$@" under the address-space limit
	if command -v prlimit >/dev/null; then
		prlimit --as=$((mem_mb << 20)) "$@"
	else
		(ulimit -v $((mem_mb << 10)) && exec "$@")
	fi
}

if [ -n "${HOSTILE_BIN:-}" ]; then # another build, e.g. an older one, to see what it fails
	bin=$HOSTILE_BIN
else
	echo "== building limber"
	bin="$work/limber"
	go build -o "$bin" ./cmd/limber || exit 1
fi

# --- generators: plain bash and awk, linear, no dependencies ---
rep() { # rep STRING N: STRING N times
	awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}
exercise() { # exercise ID [EXTRA-LINES]
	printf '[[exercise]]\nid = "%s"\nname = "Exercise %s"\nposition = "seated"\ncues = ["Sit tall."]\nhold = "5s"\n%s\n\n' "$1" "$1" "${2:-}"
}
# A good file in every case: a one-second routine, so that `run` finishes quickly.
quick_routine() {
	mkdir -p "$cfg/content"
	{
		exercise quick-hold
		printf '[[routine]]\nid = "quick"\nname = "Quick"\nget_ready = "0s"\n[[routine.step]]\nexercise = "quick-hold"\nhold = "1s"\n'
	} >"$cfg/content/0-quick.toml"
}

# --- the cases ---
case_arrays_nested_a_million_deep() {
	{ printf 'x = '; rep '[' 1000000; rep ']' 1000000; echo; } >"$cfg/content/arrays.toml"
	EXPECT='arrays.toml: the file is 1.9 MiB; a content file may be at most 1 MiB'
}
case_arrays_nested_within_the_size() {
	{ printf 'x = '; rep '[' 500000; rep ']' 500000; echo; } >"$cfg/content/arrays.toml"
	EXPECT='arrays.toml:1:13: x: arrays and tables nested more than 8 deep'
}
case_inline_tables_nested_10000_deep() {
	{ printf 'x = '; rep '{a=' 10000; printf 1; rep '}' 10000; echo; } >"$cfg/content/nest.toml"
	EXPECT='nest.toml:1:29: x: arrays and tables nested more than 8 deep'
}
case_inline_tables_nested_in_config() {
	{ printf 'bell = '; rep '{a=' 10000; printf 1; rep '}' 10000; echo; } >"$cfg/config.toml"
	EXPECT='config.toml:1:32: bell: arrays and tables nested more than 8 deep.*; using the default settings'
}
case_dotted_key_10000_parts() {
	{ rep 'a.' 10000; echo 'a = 1'; } >"$cfg/content/dotted.toml"
	EXPECT='dotted.toml:1:18: a dotted key or table name with more than 8 parts'
}
case_table_header_10000_parts() {
	{ printf '['; rep 'a.' 10000; printf 'a]\nx = 1\n'; } >"$cfg/content/header.toml"
	EXPECT='header.toml:1:19: a dotted key or table name with more than 8 parts'
}
case_tag_of_10_mb() {
	{ exercise big-tag "tags = [\"$(rep tttttttttt 1000000)\"]"; } >"$cfg/content/tag.toml"
	EXPECT='tag.toml: the file is 9.5 MiB; a content file may be at most 1 MiB'
}
case_tag_of_1_mb() {
	{ exercise big-tag "tags = [\"$(rep tttttttttt 100000)\"]"; } >"$cfg/content/tag.toml"
	EXPECT='tag.toml:7:[0-9]+: tags: a quoted string longer than 16 KiB'
}
case_unknown_keys_20000() {
	awk 'BEGIN { for (i = 0; i < 20000; i++) printf "unknown-key-%d = 1\n", i }' >"$cfg/content/keys.toml"
	EXPECT='keys.toml: … and 19,980 more problems in this file'
}
case_unknown_keys_filling_1_mib() {
	awk 'BEGIN { for (i = 0; i < 95000; i++) printf "k%d = 1\n", i }' >"$cfg/content/keys.toml"
	EXPECT='keys.toml:50001:[0-9]+: more than 50,000 keys in one file'
}
case_unknown_keys_49000() {
	awk 'BEGIN { for (i = 0; i < 49000; i++) printf "unknown-%d = 1\n", i }' >"$cfg/content/keys.toml"
	EXPECT='keys.toml: … and 48,980 more problems in this file'
}
case_tables_filling_1_mib() {
	awk 'BEGIN { for (i = 0; i < 80000; i++) printf "[[routine]]\n" }' >"$cfg/content/tables.toml"
	EXPECT='tables.toml:20001:1: more than 20,000 tables'
}
case_tables_19000() {
	awk 'BEGIN { for (i = 0; i < 19000; i++) printf "[[exercise]]\nid = \"e-%d\"\n", i }' >"$cfg/content/tables.toml"
	EXPECT='tables.toml: … and [0-9,]+ more problems in this file'
}
case_arrays_of_999_numbers() {
	local items
	items=$(rep '1,' 998)
	awk -v items="$items" 'BEGIN { for (i = 0; i < 520; i++) printf "k%d = [%s1]\n", i, items }' >"$cfg/content/arrays.toml"
	EXPECT='arrays.toml: … and 500 more problems in this file'
}
case_exercises_of_999_cues() {
	local cues
	cues=$(rep '"Sit.",' 998)
	awk -v cues="$cues" 'BEGIN { for (i = 0; i < 140; i++) printf "[[exercise]]\nid = \"e-%d\"\ncues = [%s\"Sit.\"]\n", i, cues }' >"$cfg/content/cues.toml"
	EXPECT='cues.toml: … and [0-9,]+ more problems in this file'
}
case_unknown_keys_in_config() {
	awk 'BEGIN { for (i = 0; i < 3500; i++) printf "setting%d = 1\n", i }' >"$cfg/config.toml"
	EXPECT='config.toml: … and 3,480 more problems in this file'
}
case_missing_gentlers_5000() {
	for ((i = 0; i < 5000; i++)); do exercise "e-$i" "gentler = \"nothing-$i\""; done >"$cfg/content/gentlers.toml"
	EXPECT='gentlers.toml: … and 4,980 more problems in this file'
}
case_unknown_tags_filling_1_mib() {
	local tags
	tags=$(rep '"nope",' 990)
	for ((i = 0; i < 140; i++)); do exercise "e-$i" "tags = [${tags%,}]"; done >"$cfg/content/tags.toml"
	EXPECT='tags.toml: … and 138,580 more problems in this file'
}
case_gentler_loop() {
	{ exercise loop-a 'gentler = "loop-b"'; exercise loop-b 'gentler = "loop-c"'; exercise loop-c 'gentler = "loop-a"'; } >"$cfg/content/loop.toml"
	EXPECT='the gentler variants go round in a loop \(loop-a → loop-b → loop-c → loop-a\)'
}
case_routine_of_2412158_minutes() {
	{
		exercise huge 'sides = "each"'
		printf '[[routine]]\nid = "forever"\nname = "Forever"\n'
		for ((i = 0; i < 100; i++)); do printf '[[routine.step]]\nexercise = "huge"\nhold = "10m"\nrepeat = 50\nsets = 20\n'; done
	} >"$cfg/content/forever.toml"
	EXPECT='routine "forever" step 1: this dose takes 336 h 10 min; keep one exercise.s dose .* to 1 h'
}
case_fifo_as_content_file() {
	mkfifo "$cfg/content/x.toml"
	EXPECT='x.toml: cannot be read: not a regular file \(it is a named pipe\)'
}
case_fifo_as_config() {
	mkfifo "$cfg/config.toml"
	EXPECT='config.toml: cannot be read: not a regular file \(it is a named pipe\); using the default settings'
}
case_link_to_dev_zero() {
	ln -s /dev/zero "$cfg/content/zero.toml"
	ln -s /dev/zero "$cfg/config.toml"
	EXPECT='zero.toml: cannot be read: not a regular file \(it is a device\)'
}
case_content_is_a_file() {
	rm -rf "$cfg/content"
	exercise sneaky >"$cfg/content"
	EXPECT='content: is a regular file, not a folder'
}
case_file_of_20_mb() {
	head -c $((20 << 20)) /dev/zero | tr '\0' '#' >"$cfg/content/big.toml"
	EXPECT='big.toml: the file is 20 MiB; a content file may be at most 1 MiB'
}
case_folder_of_1500_files() {
	for ((i = 0; i < 1500; i++)); do : >"$cfg/content/f$i.toml"; done
	EXPECT='holds more than 1,000 .toml files; none of them is loaded'
}
case_file_names_that_drive_the_terminal() {
	exercise title-name 'hodl = 1' >"$cfg/content/$(printf 'title\033]0;pwned\007.toml')"
	exercise clip-name 'hodl = 1' >"$cfg/content/$(printf 'clip\033]52;c;cm0gLXJmIH4K\007.toml')"
	exercise newline-name 'hodl = 1' >"$cfg/content/$(printf 'forge\nlimber: ok.toml')"
	exercise bidi-name 'hodl = 1' >"$cfg/content/$(printf 'rev\342\200\256lmot.toml')"
	exercise chin-tuck >"$cfg/content/$(printf 'over\033[2Jride.toml')"
	EXPECT='"[^"]*/title\\x1b\]0;pwned\\a\.toml":7'
	CHECK=check_no_forged_line
}
check_no_forged_line() {
	if grep -aq '^limber: ok' "$2" "$3"; then
		echo "    a file name forged a line"
		return 1
	fi
}
case_text_that_drives_the_terminal() {
	{
		printf '[[exercise]]\nid = "evil"\nname = "Evil\\u001b[2J\\u001b]0;pwned\\u0007 \\u009b31m\\u202egnp\\u200b\\u2028"\n'
		printf 'position = "seated"\ncues = ["Sit\\u0007\\r\\u001b]52;c;cm0=\\u0007 tall\\u2066\\u200d"]\nhold = "1s"\n\n'
		printf '[[routine]]\nid = "quick"\nname = "Quick\\u001b]0;x\\u0007"\nget_ready = "0s"\n[[routine.step]]\nexercise = "evil"\n'
	} >"$cfg/content/0-quick.toml"
	CMDS=$'validate\nlist\nshow\nrun\nnoterm\nlist exercises\nshow evil'
}
case_exercise_named_like_a_speech_option() {
	mkdir -p "$work/bin"
	printf '#!/bin/sh\nfor a in "$@"; do printf "[%%s]" "$a"; done >> "%s"\necho >> "%s"\n' "$work/argv.log" "$work/argv.log" >"$work/bin/espeak-ng"
	chmod +x "$work/bin/espeak-ng"
	: >"$work/argv.log"
	printf 'voice = "espeak-ng -s 150"\n' >"$cfg/config.toml"
	{
		exercise quick-hold
		printf '[[exercise]]\nid = "sneaky"\nname = "-f/etc/passwd"\nposition = "seated"\ncues = ["Sit."]\nhold = "1s"\n\n'
		printf '[[routine]]\nid = "quick"\nname = "--help"\nget_ready = "0s"\n[[routine.step]]\nexercise = "sneaky"\n'
	} >"$cfg/content/0-quick.toml"
	CMDS='run'
	CHECK=check_speech_args
	EXTRA_PATH="$work/bin"
}
check_speech_args() {
	if ! grep -q 'f/etc/passwd' "$work/argv.log"; then
		echo "    the voice never said the name: $(cat "$work/argv.log")"
		return 1
	fi
	if grep -v '^\[-s\]\[150\]\[--\]\[[^-]' "$work/argv.log" | grep -q .; then
		echo "    text reached the speech command as an option: $(cat "$work/argv.log")"
		return 1
	fi
}

# --- the runner ---
tried=0 passed=0 failed=0
worst_ms=0 worst_what="" worst_cpu=0 worst_cpu_what="" worst_kb=0 worst_kb_what="" worst_run_ms=0
ms_of() { awk -v s="$1" 'BEGIN { printf "%d", s * 1000 }'; }

# run_one CASE CMD: runs one command; prints a line and returns non-zero on failure.
run_one() {
	local name=$1 cmd=$2 args=() stdin=/dev/null extra=0
	case "$cmd" in
	validate) args=(validate) ;;
	list) args=(list) ;;
	show) args=(show quick) ;;
	run) args=(run quick --plain) extra=1500 ;; # the routine itself takes about a second
	noterm) args=() ;;                          # limber with no terminal: the routine list
	*) read -r -a args <<<"$cmd" ;;
	esac
	local out="$work/out" err="$work/err" tf="$work/time" code ms kb cpu secs user sys
	local env=(env "LIMBER_CONFIG_DIR=$cfg" "LIMBER_DATA_DIR=$data" "LIMBER_STATE_DIR=$data.state" "PATH=${EXTRA_PATH:+$EXTRA_PATH:}$PATH" TERM=dumb)
	local start end
	start=$(date +%s%N)
	if [ $have_time = 1 ]; then
		# time outside timeout: timeout signals limber itself, and time still reports the
		# largest resident set of what it waited for (limber).
		limit /usr/bin/time -f '%e %U %S %M' -o "$tf" timeout -k 2 "$hang_s" "${env[@]}" "$bin" "${args[@]}" <"$stdin" >"$out" 2>"$err"
		code=$?
	else
		limit timeout -k 2 "$hang_s" "${env[@]}" "$bin" "${args[@]}" <"$stdin" >"$out" 2>"$err"
		code=$?
	fi
	end=$(date +%s%N)
	ms=$(((end - start) / 1000000))
	kb=0 cpu=$ms # without /usr/bin/time, the wall-clock time stands for both
	if [ $have_time = 1 ] && [ -s "$tf" ]; then
		read -r secs user sys kb < <(tail -1 "$tf")
		ms=$(ms_of "$secs")
		cpu=$(ms_of "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
	fi
	local spent=$cpu
	[ "$budget_on" = wall ] && spent=$ms
	local label="limber ${args[*]}"
	[ "$cmd" = noterm ] && label="limber with no terminal"
	local why=""
	if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
		why="hung (killed after ${hang_s}s)"
	elif [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then
		why="exit status $code"
	elif grep -aqE '^(panic:|fatal error:|goroutine [0-9]+ \[)' "$err"; then
		why="crashed"
	elif [ "$spent" -gt $((budget_ms + extra)) ]; then
		why="took ${spent} ms of $budget_on time (budget $((budget_ms + extra)) ms)"
	elif [ "$(wc -c <"$err")" -gt 65536 ]; then
		why="$(wc -c <"$err") bytes on stderr"
	elif LC_ALL=C grep -aqP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa0-\xa9]|\xef\xbb\xbf|\xd8\x9c' "$out" "$err"; then
		why="printed a control or invisible character: $(LC_ALL=C grep -aoP '.{0,20}([\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa0-\xa9]).{0,20}' "$out" "$err" | head -1 | od -c | head -2 | tr -s ' ')"
	elif [ "$cmd" = validate ] && [ -n "${EXPECT:-}" ] && ! grep -aqE -- "$EXPECT" "$err"; then
		why="stderr does not match /$EXPECT/: $(head -c 300 "$err")"
	elif [ -n "${CHECK:-}" ] && ! "$CHECK" "$cmd" "$out" "$err" "$code"; then
		why="failed $CHECK"
	fi
	if [ "$cmd" = run ]; then
		[ "$ms" -gt "$worst_run_ms" ] && worst_run_ms=$ms
	else
		[ "$ms" -gt "$worst_ms" ] && worst_ms=$ms worst_what="$label, $name"
		[ "$cpu" -gt "$worst_cpu" ] && worst_cpu=$cpu worst_cpu_what="$label, $name"
	fi
	if [ "${kb:-0}" -gt "$worst_kb" ]; then worst_kb=$kb worst_kb_what="$label, $name"; fi
	if [ -n "$why" ]; then
		printf '  FAIL %-14s %5d ms wall %5d ms cpu %6s KB  %s\n' "$cmd" "$ms" "$cpu" "$kb" "$why"
		return 1
	fi
	printf '  ok   %-14s %5d ms wall %5d ms cpu %6s KB\n' "$cmd" "$ms" "$cpu" "$kb"
}

for fn in $(declare -F | awk '{ print $3 }' | grep '^case_' | sort); do
	name=${fn#case_}
	[[ $name =~ $only ]] || continue
	cfg="$work/$name/config" data="$work/$name/data"
	mkdir -p "$cfg/content" "$data"
	CMDS=$'validate\nlist\nshow\nrun\nnoterm' EXPECT="" CHECK="" EXTRA_PATH=""
	quick_routine
	"$fn"
	echo "== ${name//_/ }"
	tried=$((tried + 1))
	ok=1
	while IFS= read -r cmd; do
		[ -n "$cmd" ] || continue
		run_one "$name" "$cmd" || ok=0
	done <<<"$CMDS"
	if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
	rm -rf "${work:?}/$name"
done

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo ?) cores"
echo "cases: $tried tried, $passed passed, $failed failed"
echo "worst time: $worst_ms ms wall ($worst_what), $worst_cpu ms cpu ($worst_cpu_what)"
echo "worst run --plain of a 1 s routine: $worst_run_ms ms wall"
if [ $have_time = 1 ]; then
	echo "worst memory: $((worst_kb / 1024)) MiB max RSS ($worst_kb_what); limit ${mem_mb} MiB of address space"
else
	echo "worst memory: not measured (/usr/bin/time is missing); limit ${mem_mb} MiB of address space"
fi
[ $failed = 0 ]
