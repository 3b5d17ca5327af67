# Functions for scripts/measure.sh (sourced, not run). They expect $work (a scratch folder with
# the binaries: limber, ref, and before when BEFORE is set) and $REPS. Each measuring function
# prints one line of numbers; report prints median [min–max] of a column of such lines.

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

# jitter: a nap of 0.15 to 0.40 s, so key presses fall anywhere in a frame period.
jitter() { nap "0.$((15 + RANDOM % 26))"; }

# ms A B: (B − A) in milliseconds, one decimal; ms_minus A B S: (B − A − S s) in milliseconds.
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
ms_minus() { awk -v a="$1" -v b="$2" -v s="$3" 'BEGIN { printf "%.1f", (b - a - s) * 1000 }'; }

# start_busy / stop_busy: a `yes` loop pinned to each of $BUSY_CPUS (default: every core).
busy_pids=()
start_busy() {
  local c
  for c in ${BUSY_CPUS:-$(seq 0 $(($(nproc) - 1)))}; do
    taskset -c "$c" yes >/dev/null &
    busy_pids+=($!)
  done
}
stop_busy() {
  local p
  for p in "${busy_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  busy_pids=()
}

# report LABEL LINES [COLUMN]: the median, min and max of one column of LINES, and every value.
report() {
  local col=${3:-1}
  awk -v col="$col" 'NF >= col && $col != "-" { print $col }' <<<"$2" | sort -g | awk -v label="$1" '
    { v[NR] = $1 }
    END {
      if (NR == 0) { printf "%-52s n/a\n", label; exit }
      med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      all = v[1]; for (i = 2; i <= NR && i <= 30; i++) all = all " " v[i]
      if (NR > 30) all = all " …"
      printf "%-52s %s [%s – %s]   (n=%d: %s)\n", label, med, v[1], v[NR], NR, all
    }'
}

# --- tmux helpers ------------------------------------------------------------------------

# pane CMD...: a fresh 100×30 tmux server of its own (no user config) running CMD through the
# launcher, which notes the launch instant in $t0file. A new socket each time: a server still shutting down never answers for the next.
# The socket's name has the shell's own pid ($BASHPID: measurements run in $(...) subshells,
# whose counters the parent never sees), so no two panes ever share a server. On a loaded
# machine a new server now and then exits at once ("server exited unexpectedly"): then it is
# tried again.
pane_n=0
pane() {
  local try
  done_pane
  for try in 1 2 3; do
    pane_n=$((pane_n + 1))
    sock="limber-measure-$$-$BASHPID-$pane_n"
    t0file="$work/t0-$sock" # this pane's own: a failed try's late launch never overwrites it
    tmux -L "$sock" -f /dev/null new-session -d -s m -x 100 -y 30 "$work/launch.sh $t0file $*" 2>/dev/null && return
    tmux -L "$sock" kill-server 2>/dev/null || true
    nap 0.2
  done
  echo "measure: tmux would not start a session" >&2
  return 1
}
screen() { tmux -L "$sock" capture-pane -p -t m 2>/dev/null || true; }
pane_pid() { tmux -L "$sock" display -p -t m '#{pane_pid}'; }
keys() { tmux -L "$sock" send-keys -t m "$@"; }
done_pane() { [ -z "${sock:-}" ] || tmux -L "$sock" kill-server 2>/dev/null || true; }

# kill_panes: every server this run started (for the exit trap: a subshell may have left one).
kill_panes() {
  local s
  for s in "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/limber-measure-$$-"*; do
    [ -S "$s" ] && tmux -L "${s##*/}" kill-server 2>/dev/null || true
  done
}

# Screen times: a capture forks a tmux client, which takes a few ms (and, on a loaded machine or
# while a server starts, now and then far longer), so a change is dated to the middle of the
# first capture that shows it — when that capture most likely read the screen — not to its
# start. (Dating it to the start could even put a first frame before the program's launch.)

# mid A B: the instant halfway between EPOCHREALTIME values A and B, in the same form.
mid() {
  local a=${1/./} b=${2/./} m
  m=$(((10#$a + 10#$b) / 2))
  printf '%d.%06d' $((m / 1000000)) $((m % 1000000))
}

# until_seen TEXT [PERIOD] [TIMEOUT]: polls the screen every PERIOD s until TEXT shows; prints the
# middle of the capture that first showed it.
until_seen() {
  local t deadline=$((SECONDS + ${3:-60}))
  while :; do
    t=$EPOCHREALTIME
    screen | grep -qF -- "$1" && { mid "$t" "$EPOCHREALTIME"; return; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "measure: never saw \"$1\"" >&2; return 1; }
    nap "${2:-0.005}"
  done
}

# until_gone TEXT [PERIOD]: like until_seen, for TEXT going away.
until_gone() {
  local t deadline=$((SECONDS + 60))
  while :; do
    t=$EPOCHREALTIME
    screen | grep -qF -- "$1" || { mid "$t" "$EPOCHREALTIME"; return; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "measure: \"$1\" stayed" >&2; return 1; }
    nap "${2:-0.005}"
  done
}

# bin WHO: the binary of limber, before (BEFORE's build) or ref.
bin() { printf '%s' "$work/$1"; }

# hold_pane WHO SECONDS: WHO counting down a hold of SECONDS (30 or 600) in a fresh pane, once the
# countdown runs (limber: its get-ready is over; the reference has none).
hold_pane() {
  if [ "$1" = ref ]; then
    pane "$(bin ref)" -hold "$2s"
    until_seen "HOLD" 0.01 >/dev/null
  else
    pane "$(bin "$1")" run "measure-$2"
    until_seen "Measured hold" 0.01 >/dev/null
    until_gone "GET READY" 0.01 >/dev/null
  fi
}

# --- measurements ------------------------------------------------------------------------

# first_frame WHO KIND: launch to the first capture that is not blank, and launch to the first
# that shows the screen's own text (ms); then 1 if the first non-blank capture already showed it,
# else 0. KIND: home (`limber`), run (`limber run measure-30`), hold (`limber hold 30s`), max
# (`limber max plank`); the reference has only its hold. Captures start once the launcher has
# run (a capture sent to a server still starting can wait for it a long time).
first_frame() {
  local want t s tn="" tc="" first=0 deadline=$((SECONDS + 20))
  case "$1:$2" in
  ref:*) pane "$(bin ref)" -hold 30s; want="HOLD" ;;
  *:home) pane "$(bin "$1")"; want="back care and desk breaks" ;;
  *:run) pane "$(bin "$1")" run measure-30; want="GET READY" ;;
  *:hold) pane "$(bin "$1")" hold 30s; want="GET READY" ;;
  *:max) pane "$(bin "$1")" max plank; want="GET READY" ;;
  esac
  until [ -s "$t0file" ] || [ "$SECONDS" -ge "$deadline" ]; do nap 0.001; done
  while [ -z "$tc" ] && [ "$SECONDS" -lt "$deadline" ]; do
    t=$EPOCHREALTIME
    s=$(screen)
    t=$(mid "$t" "$EPOCHREALTIME")
    if [ -z "$tn" ] && [[ $s == *[![:space:]]* ]]; then
      tn=$t
      [[ $s != *"$want"* ]] || first=1
    fi
    [[ $s != *"$want"* ]] || tc=$t
  done
  done_pane
  [ -n "$tc" ] || { echo "measure: $1 $2 never showed \"$want\"" >&2; return 0; }
  echo "$(ms "$(cat "$t0file")" "$tn") $(ms "$(cat "$t0file")" "$tc") $first"
}

# key_latency WHO: during a hold, KEYS (default 8) presses of ? to open the help and as many to
# close it, each at a random moment; one line per press: the time from sending the key to the
# first capture showing the change (ms).
key_latency() {
  local i t0 t1
  hold_pane "$1" 600
  nap 1
  for ((i = 0; i < ${KEYS:-8}; i++)); do
    jitter
    t0=$EPOCHREALTIME
    keys '?'
    t1=$(until_seen "close help" 0)
    ms "$t0" "$t1"
    echo
    jitter
    t0=$EPOCHREALTIME
    keys '?'
    t1=$(until_gone "close help" 0)
    ms "$t0" "$t1"
    echo
  done
  done_pane
}

# plain_hold_error: plain mode, a 30 s hold; the time from its announcement to "Routine
# complete", read from line arrival times, minus 30 s (ms).
plain_hold_error() {
  "$work/launch.sh" "$work/t0-plain" "$(bin limber)" run measure-30 --plain </dev/null |
    while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$work/plain.log"
  local t0 t1
  t0=$(awk '/ Measured hold - hold 30 s/ { print $1; exit }' "$work/plain.log")
  t1=$(awk '/ Routine complete/ { print $1; exit }' "$work/plain.log")
  ms_minus "$t0" "$t1" 30
  echo
}

# tui_hold_error WHO: a 30 s hold on screen in tmux, from the frame where it starts to the
# frame where it is over, minus 30 s (ms). Limber's hold starts when GET READY goes; the
# reference's when its first frame shows.
tui_hold_error() {
  local t0 t1
  if [ "$1" = ref ]; then
    pane "$(bin ref)" -hold 30s
    t0=$(until_seen "HOLD" 0)
    nap 29
    t1=$(until_seen "DONE")
  else
    pane "$(bin "$1")" run measure-30
    until_seen "GET READY" 0.01 >/dev/null
    t0=$(until_gone "GET READY")
    nap 29
    t1=$(until_seen "Session complete")
  fi
  done_pane
  ms_minus "$t0" "$t1" 30
  echo
}

# usage PID: CPU ticks (utime+stime, all threads), CPU ns (schedstat, live threads) and
# voluntary context switches (all live threads: each is a thread going to sleep, so one wake-up
# each), as "ticks ns switches".
usage() {
  local a
  read -r -a a <"/proc/$1/stat"
  printf '%s %s %s\n' $((a[13] + a[14])) \
    "$(cat "/proc/$1"/task/*/schedstat | awk '{ s += $1 } END { print s }')" \
    "$(cat "/proc/$1"/task/*/status | awk '/^voluntary_ctxt_switches/ { s += $2 } END { print s }')"
}

# machine: busy and total jiffies of all cores, from /proc/stat.
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }

# over PID SECONDS: % of one core (schedstat, ns), % of one core (/proc/PID/stat ticks, 10 ms
# each, so coarse), wake-ups per second, screen changes seen (captured once a second), and how
# busy the whole machine was (% of all cores, this program included).
over() {
  local u0 u1 m0 m1 hz prev cur changes=0 i
  hz=$(getconf CLK_TCK)
  u0=$(usage "$1")
  m0=$(machine)
  prev=$(screen)
  for ((i = 0; i < $2; i++)); do
    nap 1
    cur=$(screen)
    [ "$cur" = "$prev" ] || changes=$((changes + 1))
    prev=$cur
  done
  u1=$(usage "$1")
  m1=$(machine)
  awk -v a="$u0" -v b="$u1" -v m0="$m0" -v m1="$m1" -v hz="$hz" -v ch="$changes" -v s="$2" 'BEGIN {
    split(a, x, " "); split(b, y, " "); split(m0, p, " "); split(m1, q, " ")
    printf "%.3f %.3f %.1f %d %.1f", (y[2] - x[2]) / 1e9 / s * 100, (y[1] - x[1]) / hz / s * 100,
      (y[3] - x[3]) / s, ch, (q[1] - p[1]) / (q[2] - p[2]) * 100 }'
}

# cpu_run WHO: WHO counting down a 10-minute hold for $CPU_SECONDS (default 20), then idle as
# long — limber on its home screen (a new pane), the reference paused (it has no other idle
# screen) — then its peak RSS. Prints "%schedstat %stat wakeups/s changes machine%" counting,
# the same idle, then the peak RSS in MiB (the larger of the two panes').
cpu_run() {
  local pid hold idle rss1 rss2 s=${CPU_SECONDS:-20}
  hold_pane "$1" 600
  pid=$(pane_pid)
  nap 3
  hold=$(over "$pid" "$s")
  rss1=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  if [ "$1" = ref ]; then
    keys space
  else
    pane "$(bin "$1")"
    until_seen "back care and desk breaks" 0.01 >/dev/null
    pid=$(pane_pid)
  fi
  nap 3
  idle=$(over "$pid" "$s")
  rss2=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  done_pane
  echo "$hold $idle $(awk -v a="$rss1" -v b="$rss2" 'BEGIN { print (a > b) ? a : b }')"
}

# list_wall: `limber list` wall time, launch to exit (ms).
list_wall() {
  local t0 t1
  t0=$EPOCHREALTIME
  LIMBER_CONFIG_DIR="$work/config" LIMBER_DATA_DIR="$work/data" "$(bin limber)" list >/dev/null
  t1=$EPOCHREALTIME
  ms "$t0" "$t1"
  echo
}

# list_rss: `limber list` peak RSS (MiB), from GNU time when installed.
list_rss() {
  [ -x /usr/bin/time ] || return 0
  LIMBER_CONFIG_DIR="$work/config" LIMBER_DATA_DIR="$work/data" \
    /usr/bin/time -f '%M' "$(bin limber)" list 2>&1 >/dev/null | awk '{ printf "%.1f\n", $1 / 1024 }'
}
