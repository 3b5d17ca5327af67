#!/usr/bin/env bash
# The coach's CPU while an exercise figure moves, side by side with a plain hold: % of a core
# (from /proc/PID/stat, and from schedstat for finer grain), wake-ups per second and screen
# changes over 20 s of each, in tmux at 100×30 (the figure beside the count). Uses the
# functions of scripts/measure-lib.sh (its setup, panes and 20-second sampling).
#
#   scripts/measure-figures.sh            (~3 minutes a round; REPS rounds, default 3)
#
#   plain hold     a 10-minute hold of an exercise without a figure (measure.sh's own)
#   figure hold    a 10-minute plank: its figure drawn once, held still
#   figure reps    cat-cow at 3 s a rep: the figure moves, a frame every 250 ms at most
#   reps, no fig   the same reps with figures = "off" in config.toml
#
# ONLY (e.g. ONLY="plain reps") runs only those. LIMBER_BIN measures that binary instead of
# building ./cmd/limber. Needs tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/measure-lib.sh

REPS=${REPS:-3}
work=$(mktemp -d)
sock=""
cleanup() {
  kill_panes
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${LIMBER_BIN:-}" ]; then cp "$LIMBER_BIN" "$work/limber"; else go build -o "$work/limber" ./cmd/limber; fi
setup_dirs "$work"
cat >"$work/config/content/figures.toml" <<'TOML'
[[routine]]
id = "measure-reps"
name = "Measure reps"
get_ready = "2s"
[[routine.step]]
exercise = "cat-cow"
reps = 200
tempo = "3s"

[[routine]]
id = "measure-plank"
name = "Measure plank"
get_ready = "2s"
[[routine.step]]
exercise = "plank"
hold = "10m"
TOML

# figure_run ROUTINE TITLE [off]: 20 s of ROUTINE once its get-ready is over, figures off when
# asked; prints over's "%schedstat %stat wakeups/s changes machine%".
figure_run() {
  local pid
  if [ "${3:-}" = off ]; then
    echo 'figures = "off"' >"$work/config/config.toml"
  else
    rm -f "$work/config/config.toml"
  fi
  pane "$work/limber" run "$1"
  until_seen "$2" 0.05 >/dev/null
  until_gone "GET READY" 0.05 >/dev/null
  pid=$(pane_pid)
  nap 3
  over "$pid" 20
  echo
  done_pane
}

ONLY=${ONLY:-plain hold reps off}
plain="" hold="" reps="" off=""
for ((i = 0; i < REPS; i++)); do # interleaved, so a change in the machine's load touches all alike
  for who in $ONLY; do
    case $who in
    plain) plain+=$(figure_run measure-600 "Measured hold")$'\n' ;;
    hold) hold+=$(figure_run measure-plank "Plank")$'\n' ;;
    reps) reps+=$(figure_run measure-reps "Cat-cow")$'\n' ;;
    off) off+=$(figure_run measure-reps "Cat-cow" off)$'\n' ;;
    esac
  done
done
for who in $ONLY; do
  case $who in
  plain) label="plain hold" ;;
  hold) label="figure hold" ;;
  reps) label="figure reps" ;;
  off) label="reps, no fig" ;;
  esac
  lines=${!who}
  report "cpu, $label (% of a core, schedstat)" "$lines" 1
  report "cpu, $label (% of a core, /proc stat)" "$lines" 2
  report "wake-ups, $label (/s)" "$lines" 3
  report "screen changes, $label (in 20 s)" "$lines" 4
done
