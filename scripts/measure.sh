#!/usr/bin/env bash
# Whole-program measurements for docs/performance.md, with nothing but bash, tmux and /proc:
# hold accuracy (plain mode from line arrival times, the coach in tmux from its screen, with and
# without the other core busy), CPU and wake-ups during a hold and while paused, launch to first
# frame, `limber list` wall time and peak RSS — each side by side with the reference countdown
# built on bubbles' timer (scripts/timer-reference).
#
#   scripts/measure.sh [all|hold|cpu|startup|list] ...   (default: all; ~20 minutes)
#
# REPS (default 3) repeats each measurement; figures are printed as median [min–max]. BUSY_CPU
# (default 1) is the core a `yes` loop is pinned to for the "other core busy" runs. LIMBER_FPS,
# when set, is passed on to limber (for trying other frame rates); LIMBER_BIN measures that
# binary instead of building ./cmd/limber. Needs tmux and taskset.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measure-lib.sh

REPS=${REPS:-3}
BUSY_CPU=${BUSY_CPU:-1}
work=$(mktemp -d)
sock="limber-measure-$$"
busy_pid=""
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  [ -z "$busy_pid" ] || kill "$busy_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${LIMBER_BIN:-}" ]; then cp "$LIMBER_BIN" "$work/limber"; else go build -o "$work/limber" ./cmd/limber; fi
go build -o "$work/ref" ./scripts/timer-reference
setup_dirs "$work"

# hold: the 30 s hold's measured length minus 30 s, in plain mode and in tmux, limber and the
# reference, idle and with a busy loop on the other core.
measure_hold() {
  local load i plain tui ref
  for load in idle busy; do
    plain="" tui="" ref=""
    [ "$load" = idle ] || start_busy
    for ((i = 0; i < REPS; i++)); do # interleaved, as for cpu
      plain+=$(plain_hold_error)$'\n'
      tui+=$(tui_hold_error limber)$'\n'
      ref+=$(tui_hold_error ref)$'\n'
    done
    [ "$load" = idle ] || stop_busy
    report "hold error, plain, $load (ms)" "$plain"
    report "hold error, coach in tmux, $load (ms)" "$tui"
    report "hold error, reference in tmux, $load (ms)" "$ref"
  done
}

# cpu: % of one core (from /proc/PID/stat, and from schedstat for finer grain), wake-ups per
# second and screen changes, over 20 s counting down and 20 s paused; the peak RSS after both.
measure_cpu() {
  local who lines state col i
  local limber ref10 ref
  # Interleaved, so a change in the machine's load touches all three alike.
  for ((i = 0; i < REPS; i++)); do
    limber+=$(cpu_run limber)$'\n'
    ref10+=$(cpu_run ref10)$'\n'
    ref+=$(cpu_run ref)$'\n'
  done
  for who in limber ref10 ref; do
    lines=${!who}
    for state in "counting down:1" "paused:6"; do
      col=${state#*:}
      report "cpu, $who, ${state%:*} (% of a core)" "$lines" "$col"
      report "cpu, $who, ${state%:*} (% of a core, schedstat)" "$lines" $((col + 1))
      report "wake-ups, $who, ${state%:*} (/s)" "$lines" $((col + 2))
      report "screen changes, $who, ${state%:*} (in 20 s)" "$lines" $((col + 3))
      report "machine busy meanwhile, $who, ${state%:*} (% of all cores)" "$lines" $((col + 4))
    done
    report "peak RSS, $who, after 40 s (MB)" "$lines" 11
  done
}

# startup: launch to first frame in tmux.
measure_startup() {
  local r=$((REPS * 3))
  report "first frame, limber home (ms)" "$(REPS=$r repeat first_frame limber-home)"
  report "first frame, limber run (ms)" "$(REPS=$r repeat first_frame limber-run)"
  report "first frame, reference (ms)" "$(REPS=$r repeat first_frame ref)"
}

# list: wall time and peak RSS of limber list.
measure_list() {
  report "limber list wall time (ms)" "$(REPS=$((REPS * 7)) repeat list_wall)"
  report "limber list peak RSS (MB)" "$(repeat list_rss)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr), $(go version | cut -d' ' -f3)"
echo "reps: $REPS; load: idle, or \`yes\` pinned to cpu $BUSY_CPU; LIMBER_FPS=${LIMBER_FPS:-default}"
what=("$@")
[ ${#what[@]} -gt 0 ] || what=(startup list cpu hold)
for w in "${what[@]}"; do
  case "$w" in
  all) measure_startup; measure_list; measure_cpu; measure_hold ;;
  hold | cpu | startup | list) "measure_$w" ;;
  *) echo "unknown measurement $w (all, hold, cpu, startup, list)" >&2; exit 2 ;;
  esac
done
