# Functions for scripts/measure.sh (sourced, not run). They expect $work (a scratch folder with
# the limber and ref binaries), $sock (a tmux socket name) and $REPS. Each measuring function
# prints one line of numbers; repeat runs it $REPS times and report prints median [min–max].

# setup_dirs DIR: a config folder with the measuring routines and a data folder whose safety
# answers are fresh, so no run stops at the safety check; plus the launcher used in tmux.
setup_dirs() {
  mkdir -p "$1/config/content" "$1/data"
  printf '{"v":2,"date":"%s","red_flags":false,"pregnant":false,"gentle_only":false}\n' \
    "$(date -Iseconds)" >"$1/data/safety.json"
  cat >"$1/config/content/measure.toml" <<'TOML'
[[exercise]]
id = "measure-hold"
name = "Measured hold"
position = "standing"
cues = ["Stand tall and breathe."]
sides = "none"
hold = "30s"

[[routine]]
id = "measure-30"
name = "Measure 30"
get_ready = "2s"
[[routine.step]]
exercise = "measure-hold"

[[routine]]
id = "measure-600"
name = "Measure 600"
get_ready = "2s"
[[routine.step]]
exercise = "measure-hold"
hold = "10m"
TOML
  # launch.sh T0FILE CMD...: notes the launch instant, then becomes CMD (same pid, so tmux's
  # pane_pid is the program's). DIR/env.sh, when there, is sourced first (for experiments).
  cat >"$1/launch.sh" <<SH
#!/usr/bin/env bash
printf '%s' "\$EPOCHREALTIME" >"\$1"
shift
export LIMBER_CONFIG_DIR='$1/config' LIMBER_DATA_DIR='$1/data' TERM=xterm-256color
[ -z "${LIMBER_FPS:-}" ] || export LIMBER_FPS='${LIMBER_FPS:-}'
[ ! -f '$1/env.sh' ] || . '$1/env.sh'
exec "\$@"
SH
  chmod +x "$1/launch.sh"
  mkfifo "$1/nap.fifo"
  exec {napfd}<>"$1/nap.fifo"
}

# nap SECONDS: sleep without forking (read from a fifo nobody writes to).
nap() { read -r -t "$1" -u "$napfd" _ || true; }


# ms A B: (B − A) in milliseconds, one decimal; ms_minus A B S: (B − A − S s) in milliseconds.
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
ms_minus() { awk -v a="$1" -v b="$2" -v s="$3" 'BEGIN { printf "%.1f", (b - a - s) * 1000 }'; }

start_busy() { taskset -c "$BUSY_CPU" yes >/dev/null & busy_pid=$!; }
stop_busy() { kill "$busy_pid" 2>/dev/null || true; wait "$busy_pid" 2>/dev/null || true; busy_pid=""; }

# repeat CMD...: runs CMD $REPS times, one output line each.
repeat() {
  local i
  for ((i = 0; i < REPS; i++)); do "$@"; done
}

# report LABEL LINES [COLUMN]: the median, min and max of one column of LINES, and every value.
report() {
  local col=${3:-1}
  awk -v col="$col" 'NF { print $col }' <<<"$2" | sort -g | awk -v label="$1" '
    { v[NR] = $1 }
    END {
      if (NR == 0) { printf "%-50s n/a\n", label; exit }
      med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      all = v[1]; for (i = 2; i <= NR; i++) all = all " " v[i]
      printf "%-50s %s [%s – %s]   (%s)\n", label, med, v[1], v[NR], all
    }'
}

# --- tmux helpers ------------------------------------------------------------------------

# pane CMD...: a fresh 100×30 tmux session running CMD through the launcher.
pane() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -f "$work/t0"
  tmux -L "$sock" new-session -d -s m -x 100 -y 30 "$work/launch.sh $work/t0 $*"
}
screen() { tmux -L "$sock" capture-pane -p -t m 2>/dev/null || true; }
pane_pid() { tmux -L "$sock" display -p -t m '#{pane_pid}'; }
keys() { tmux -L "$sock" send-keys -t m "$@"; }
done_pane() { tmux -L "$sock" kill-server 2>/dev/null || true; }

# until_seen TEXT [PERIOD] [TIMEOUT]: polls the screen every PERIOD s until TEXT shows; prints the
# instant just before the capture that first showed it.
until_seen() {
  local t deadline=$((SECONDS + ${3:-60}))
  while :; do
    t=$EPOCHREALTIME
    screen | grep -qF -- "$1" && { printf '%s' "$t"; return; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "measure: never saw \"$1\"" >&2; return 1; }
    nap "${2:-0.005}"
  done
}

# until_gone TEXT [PERIOD]: like until_seen, for TEXT going away.
until_gone() {
  local t deadline=$((SECONDS + 60))
  while :; do
    t=$EPOCHREALTIME
    screen | grep -qF -- "$1" || { printf '%s' "$t"; return; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "measure: \"$1\" stayed" >&2; return 1; }
    nap "${2:-0.005}"
  done
}

# --- measurements ------------------------------------------------------------------------

# plain_hold_error: plain mode, a 30 s hold; the time from its announcement to "Routine
# complete", read from line arrival times, minus 30 s (ms).
plain_hold_error() {
  "$work/launch.sh" "$work/t0" "$work/limber" run measure-30 --plain </dev/null |
    while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$work/plain.log"
  local t0 t1
  t0=$(awk '/ Measured hold - hold 30 s/ { print $1; exit }' "$work/plain.log")
  t1=$(awk '/ Routine complete/ { print $1; exit }' "$work/plain.log")
  ms_minus "$t0" "$t1" 30
  echo
}

# tui_hold_error limber|ref: a 30 s hold on screen in tmux, from the frame where it starts to the
# frame where it is over, minus 30 s (ms). Limber's hold starts when GET READY goes; the
# reference's when its first frame shows.
tui_hold_error() {
  local t0 t1
  if [ "$1" = limber ]; then
    pane "$work/limber" run measure-30
    until_seen "GET READY" 0.01 >/dev/null
    t0=$(until_gone "GET READY")
    nap 29
    t1=$(until_seen "Session complete")
  else
    pane "$work/ref" -hold 30s
    t0=$(until_seen "HOLD" 0)
    nap 29
    t1=$(until_seen "DONE")
  fi
  done_pane
  ms_minus "$t0" "$t1" 30
  echo
}

# usage PID: CPU ticks (utime+stime, all threads), CPU ns (schedstat, live threads) and context
# switches (all live threads), as "ticks ns switches".
usage() {
  local a
  read -r -a a <"/proc/$1/stat"
  printf '%s %s %s\n' $((a[13] + a[14])) \
    "$(cat "/proc/$1"/task/*/schedstat | awk '{ s += $1 } END { print s }')" \
    "$(cat "/proc/$1"/task/*/status | awk '/ctxt_switches/ { s += $2 } END { print s }')"
}

# machine: busy and total jiffies of all cores, from /proc/stat.
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }

# over20 PID: % of one core (from /proc/PID/stat ticks), % of one core (schedstat), wake-ups per
# second, screen changes seen (the screen is captured once a second), and how busy the whole
# machine was (% of all cores, this program included), over 20 s.
over20() {
  local u0 u1 m0 m1 hz prev cur changes=0 i
  hz=$(getconf CLK_TCK)
  u0=$(usage "$1")
  m0=$(machine)
  prev=$(screen)
  for i in $(seq 20); do
    nap 1
    cur=$(screen)
    [ "$cur" = "$prev" ] || changes=$((changes + 1))
    prev=$cur
  done
  u1=$(usage "$1")
  m1=$(machine)
  awk -v a="$u0" -v b="$u1" -v m0="$m0" -v m1="$m1" -v hz="$hz" -v ch="$changes" 'BEGIN {
    split(a, x, " "); split(b, y, " "); split(m0, p, " "); split(m1, q, " ")
    printf "%.3f %.3f %.1f %d %.1f", (y[1] - x[1]) / hz / 20 * 100, (y[2] - x[2]) / 1e9 / 20 * 100,
      (y[3] - x[3]) / 20, ch, (q[1] - p[1]) / (q[2] - p[2]) * 100 }'
}

# cpu_run limber|ref|ref10: one program counting down a 10-minute hold in tmux: 20 s of it
# counting, then 20 s paused. Prints "%stat %schedstat wakeups/s changes machine%" counting down,
# the same paused, then the peak RSS in MB.
cpu_run() {
  local pid hold paused rss
  case "$1" in
  limber) pane "$work/limber" run measure-600 ;;
  ref) pane "$work/ref" -hold 10m ;;
  ref10) pane "$work/ref" -hold 10m -fps 10 ;;
  esac
  if [ "$1" = limber ]; then
    until_seen "Measured hold" 0.05 >/dev/null
    until_gone "GET READY" 0.05 >/dev/null
  else
    until_seen "HOLD" 0.05 >/dev/null
  fi
  pid=$(pane_pid)
  nap 3
  hold=$(over20 "$pid")
  keys space
  if [ "$1" = limber ]; then until_seen "PAUSED" 0.05 >/dev/null; fi
  nap 2
  paused=$(over20 "$pid")
  rss=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  done_pane
  echo "$hold $paused $rss"
}

# first_frame limber-home|limber-run|ref: launch to the first frame in tmux (ms).
first_frame() {
  local want t1
  case "$1" in
  limber-home) pane "$work/limber"; want="back care and desk breaks" ;;
  limber-run) pane "$work/limber" run measure-30; want="GET READY" ;;
  ref) pane "$work/ref"; want="HOLD" ;;
  esac
  t1=$(until_seen "$want" 0)
  done_pane
  ms "$(cat "$work/t0")" "$t1"
  echo
}

# list_wall: `limber list` wall time, launch to exit (ms).
list_wall() {
  local t0 t1
  t0=$EPOCHREALTIME
  LIMBER_CONFIG_DIR="$work/config" LIMBER_DATA_DIR="$work/data" "$work/limber" list >/dev/null
  t1=$EPOCHREALTIME
  ms "$t0" "$t1"
  echo
}

# list_rss: `limber list` peak RSS (MB), from GNU time when installed.
list_rss() {
  [ -x /usr/bin/time ] || return 0
  LIMBER_CONFIG_DIR="$work/config" LIMBER_DATA_DIR="$work/data" \
    /usr/bin/time -f '%M' "$work/limber" list 2>&1 >/dev/null | awk '{ printf "%.1f\n", $1 / 1024 }'
}
