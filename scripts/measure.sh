#!/usr/bin/env bash
# Whole-program measurements for docs/performance.md, with nothing but bash, tmux and /proc, each
# side by side with the reference countdown built on bubbles' timer (scripts/timer-reference,
# Bubble Tea's default 60 fps), interleaved run by run so a change in the machine's load touches
# every program alike:
#
#   startup  launch to the first frame in tmux (100×30): limber's home, run, hold and max
#            screens and the reference's — the first capture that is not blank, the first that
#            shows the screen's own text, and how often those were the same frame
#   keys     a key press to the screen: ? opens and closes the help during a hold
#   cpu      % of a core (schedstat), wake-ups a second and peak RSS, counting down a hold and
#            idle (limber on its home screen, the reference paused)
#   hold     a 30 s hold's error: plain mode (line arrival times) and in tmux (screen sampled),
#            idle and with every core busy (`yes` pinned to each)
#   list     `limber list` wall time and peak RSS
#
#   scripts/measure.sh [all|startup|keys|cpu|hold|list] ...   (default: all; ~30 minutes)
#
# REPS (default 3) repeats each measurement (startup: 2×REPS launches of each screen; keys: 2×KEYS
# presses a run, KEYS default 8); figures are printed as median [min–max] (n: every value).
# BEFORE=REV also builds limber at git revision REV and measures it alongside (before/after in
# one run). ALSO="NAME=BINARY[,VAR=VALUE...] ..." measures more limber binaries alongside, each
# with its own environment (e.g. another frame rate, or a build against a patched Bubble Tea).
# LIMBER_FPS, when set, is passed on to every limber (for trying other frame rates); LIMBER_BIN
# measures that binary instead of building ./cmd/limber. BUSY_CPUS (default: every core) are the
# cores the busy runs load. Needs tmux, taskset, and go to build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measure-lib.sh

REPS=${REPS:-3}
work=$(mktemp -d)
sock=""
cleanup() {
  kill_panes
  stop_busy
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${LIMBER_BIN:-}" ]; then cp "$LIMBER_BIN" "$work/limber"; else go build -o "$work/limber" ./cmd/limber; fi
go build -o "$work/ref" ./scripts/timer-reference
who=(limber)
if [ -n "${BEFORE:-}" ]; then
  mkdir "$work/before-src"
  git archive "$BEFORE" | tar -x -C "$work/before-src"
  (cd "$work/before-src" && go build -o "$work/before" ./cmd/limber)
  who+=(before)
fi
for also in ${ALSO:-}; do # NAME=BINARY[,VAR=VALUE...]: a launcher that sets the environment
  name=${also%%=*} rest=${also#*=}
  IFS=, read -r -a parts <<<"$rest"
  { echo '#!/bin/sh'; for kv in "${parts[@]:1}"; do echo "export $kv"; done; echo "exec '${parts[0]}' \"\$@\""; } >"$work/$name"
  chmod +x "$work/$name"
  who+=("$name")
done
setup_dirs "$work"

# startup: launch to first frame, every screen, all programs interleaved.
measure_startup() {
  local i k w kinds=(home run hold max) out=()
  declare -A lines
  for ((i = 0; i < 2 * REPS; i++)); do
    for k in "${kinds[@]}"; do
      for w in "${who[@]}"; do lines[$w:$k]+=$(first_frame "$w" "$k")$'\n'; done
    done
    lines[ref]+=$(first_frame ref hold)$'\n'
  done
  for k in "${kinds[@]}"; do
    for w in "${who[@]}"; do
      report "first frame, $w $k, not blank (ms)" "${lines[$w:$k]}" 1
      report "first frame, $w $k, its text (ms)" "${lines[$w:$k]}" 2
      report "first frame, $w $k, text in the first (1 yes, 0 no)" "${lines[$w:$k]}" 3
    done
  done
  report "first frame, reference, not blank (ms)" "${lines[ref]}" 1
  report "first frame, reference, its text (ms)" "${lines[ref]}" 2
}

# keys: a key press to the screen during a hold.
measure_keys() {
  local i w
  declare -A lines
  for ((i = 0; i < REPS; i++)); do
    for w in "${who[@]}" ref; do lines[$w]+=$(key_latency "$w")$'\n'; done
  done
  for w in "${who[@]}" ref; do report "key to screen, $w (ms)" "${lines[$w]}"; done
}

# cpu: counting down and idle, and the peak RSS.
measure_cpu() {
  local i w state col
  declare -A lines
  for ((i = 0; i < REPS; i++)); do
    for w in "${who[@]}" ref; do lines[$w]+=$(cpu_run "$w")$'\n'; done
  done
  for w in "${who[@]}" ref; do
    for state in "counting down:1" "idle:6"; do
      col=${state#*:}
      report "cpu, $w, ${state%:*} (% of a core, schedstat)" "${lines[$w]}" "$col"
      report "cpu, $w, ${state%:*} (% of a core, /proc stat)" "${lines[$w]}" $((col + 1))
      report "wake-ups, $w, ${state%:*} (/s)" "${lines[$w]}" $((col + 2))
      report "screen changes, $w, ${state%:*} (in ${CPU_SECONDS:-20} s)" "${lines[$w]}" $((col + 3))
      report "machine busy meanwhile, $w, ${state%:*} (% of all cores)" "${lines[$w]}" $((col + 4))
    done
    report "peak RSS, $w (MiB)" "${lines[$w]}" 11
  done
}

# hold: the 30 s hold's measured length minus 30 s, idle and with every core busy.
measure_hold() {
  local load i w
  for load in idle busy; do
    declare -A lines=()
    [ "$load" = idle ] || start_busy
    for ((i = 0; i < REPS; i++)); do
      lines[plain]+=$(plain_hold_error)$'\n'
      for w in "${who[@]}" ref; do lines[$w]+=$(tui_hold_error "$w")$'\n'; done
    done
    [ "$load" = idle ] || stop_busy
    report "hold error, limber plain, $load (ms)" "${lines[plain]}"
    for w in "${who[@]}" ref; do report "hold error, $w in tmux, $load (ms)" "${lines[$w]}"; done
  done
}

# list: wall time and peak RSS of limber list.
measure_list() {
  report "limber list wall time (ms)" "$(REPS=$((REPS * 7)) repeat list_wall)"
  report "limber list peak RSS (MiB)" "$(repeat list_rss)"
}

# repeat CMD...: runs CMD $REPS times, one output line each.
repeat() {
  local i
  for ((i = 0; i < REPS; i++)); do "$@"; done
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr), $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "limber: $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')${BEFORE:+, before: $BEFORE}; reps: $REPS; LIMBER_FPS=${LIMBER_FPS:-default}"
what=("$@")
[ ${#what[@]} -gt 0 ] || what=(all)
for w in "${what[@]}"; do
  case "$w" in
  all) measure_startup; measure_keys; measure_cpu; measure_hold; measure_list ;;
  startup | keys | cpu | hold | list) "measure_$w" ;;
  *) echo "unknown measurement $w (all, startup, keys, cpu, hold, list)" >&2; exit 2 ;;
  esac
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
