#!/usr/bin/env bash
# Journal reader measurements for docs/performance.md: wall time and peak RSS (/usr/bin/time) of
# limber stats, history --limit 10, history --since, history and status over generated histories of
# 100,000 and 1,000,000 sessions (scripts/genhistory), and the coach's history screen in tmux:
# the time from pressing h to the first session row, and to the stats.
#
#   scripts/measure-journal.sh [BIN...]     (default: ./cmd/limber, built now)
#
# Several binaries (say, one built from main and one from a branch) are measured interleaved,
# so a change in the machine's load touches them alike. REPS (default 5) runs of each; figures
# are median [min–max]. LOGS (default /tmp/limber-journal-logs) keeps the generated histories
# (1.5 GB) between runs. Needs /usr/bin/time and tmux.
set -euo pipefail
cd "$(dirname "$0")/.."

REPS=${REPS:-5}
LOGS=${LOGS:-/tmp/limber-journal-logs}
work=$(mktemp -d)
sock="limber-journal-$$"
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
  go build -o "$work/limber" ./cmd/limber
  bins=("$work/limber")
fi

# The histories: the last session starts on 2026-12-01 09:00 (+01:00); the clock of every run
# is the real one, which changes nothing that is measured.
for n in 100000 1000000; do
  dir="$LOGS/$n"
  if [ ! -s "$dir/history.jsonl" ]; then
    mkdir -p "$dir"
    go run ./scripts/genhistory -n "$n" -o "$dir/history.jsonl" -end 2026-12-01T09:00:00+01:00
  fi
  # Fresh safety answers, so the coach opens on its home screen.
  printf '{"date":"%s","red_flags":false,"pregnant":false,"gentle_only":false}\n' \
    "$(date -Iseconds)" >"$dir/safety.json"
done

# median_range: reads numbers, one a line; prints "median [min – max]".
median_range() {
  sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "-"; exit}; m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2;
    printf "%g [%g – %g]\n", m, v[1], v[NR]}'
}

# run_cli BIN N ARGS...: one run over the history of N sessions; prints "milliseconds
# kilobytes" (wall time from bash's clock, to the millisecond; peak RSS from /usr/bin/time).
run_cli() {
  local bin=$1 n=$2 t0 t1
  shift 2
  t0=$EPOCHREALTIME
  LIMBER_DATA_DIR="$LOGS/$n" /usr/bin/time -f '%M' -o "$work/time" "$bin" "$@" >/dev/null 2>"$work/err" || true
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v k="$(cat "$work/time")" 'BEGIN{printf "%.0f %d\n", (b-a)*1000, k}'
}

# coach_history BIN N: opens the coach over the history of N sessions, presses h once the home
# screen is drawn, and prints the milliseconds to the first session row and to the stats.
coach_history() {
  local bin=$1 n=$2 t0 t1 t2 now
  tmux -L "$sock" kill-server 2>/dev/null || true
  tmux -L "$sock" new -d -s m -x 100 -y 30 "LIMBER_DATA_DIR=$LOGS/$n $bin"
  until tmux -L "$sock" capture-pane -p -t m | grep -q 'h history'; do sleep 0.01; done
  t0=$EPOCHREALTIME
  tmux -L "$sock" send-keys -t m h
  t1="" t2=""
  while [ -z "$t2" ]; do
    local pane now
    pane=$(tmux -L "$sock" capture-pane -p -t m)
    now=$EPOCHREALTIME
    if [ -z "$t1" ] && grep -qE '^ +[0-9]{4}-[0-9]{2}-[0-9]{2} ' <<<"$pane"; then t1=$now; fi
    if [ -n "$t1" ] && grep -q 'In total  *[0-9]' <<<"$pane"; then t2=$now; fi
    if awk -v a="$t0" -v b="$now" 'BEGIN{exit !(b-a > 120)}'; then break; fi
  done
  tmux -L "$sock" kill-server 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" -v c="${t2:-0}" 'BEGIN{printf "%.0f %.0f\n", (b-a)*1000, (c>0)?(c-a)*1000:-1}'
}

cases=(
  "100000 stats"
  "1000000 stats"
  "1000000 history --limit 10"
  "1000000 history --since 2026-11-01"
  "100000 history"
  "1000000 status"
)

for b in "${!bins[@]}"; do : >"$work/$b.coach"; done
for ((r = 0; r < REPS; r++)); do
  for i in "${!cases[@]}"; do
    for b in "${!bins[@]}"; do
      # shellcheck disable=SC2086
      run_cli "${bins[$b]}" ${cases[$i]} >>"$work/$b.$i"
    done
  done
  for b in "${!bins[@]}"; do
    coach_history "${bins[$b]}" 1000000 >>"$work/$b.coach"
  done
done

for b in "${!bins[@]}"; do
  echo "== ${bins[$b]} ($REPS runs; median [min – max]; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for i in "${!cases[@]}"; do
    printf '%-40s %s ms, peak RSS %s MB\n' "${cases[$i]}" \
      "$(cut -d' ' -f1 "$work/$b.$i" | median_range)" \
      "$(awk '{printf "%.1f\n", $2/1024}' "$work/$b.$i" | median_range)"
  done
  printf '%-40s %s ms to the first row, %s ms to the stats\n' "coach: h on 1000000" \
    "$(cut -d' ' -f1 "$work/$b.coach" | median_range)" "$(cut -d' ' -f2 "$work/$b.coach" | median_range)"
done
