#!/usr/bin/env bash
# End-to-end run of the quick timers in tmux, the way a person uses them: `limber hold 3s` to
# the end, then `limber max plank` stopped with space about 2 s into the stopwatch; then both
# history records are checked. The safety check is answered beforehand (safety.json). Needs
# tmux; exits 0 when everything was seen.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
sock="limber-timers-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

go build -o "$tmp/limber" ./cmd/limber
mkdir -p "$tmp/config" "$tmp/data"
printf '{"v":2,"date":"%s","red_flags":false,"pregnant":false,"gentle_only":false}\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$tmp/data/safety.json"
mkdir -p "$tmp/state" && echo e2e-aaaaaa > "$tmp/state/device" # this machine's device id
hist="$tmp/data/history.d/e2e-aaaaaa.jsonl"

fail() {
  echo "e2e-timers: FAIL: $*" >&2
  echo "---- screen ----" >&2
  tmux -L "$sock" capture-pane -p -t "$sess" >&2 || true
  exit 1
}
sess=""
screen() { tmux -L "$sock" capture-pane -p -t "$sess"; }
# wait_for TEXT [SECONDS]: poll the screen until TEXT shows up.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  until screen | grep -qF -- "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "did not see \"$1\""
    sleep 0.1
  done
  echo "e2e-timers: saw \"$1\""
}
keys() { tmux -L "$sock" send-keys -t "$sess" "$@"; }
# start ARGS: run limber ARGS in a new tmux session, recording its exit code.
start() {
  rm -f "$tmp/exit"
  sess="t$((${sess#t} + 1))"
  tmux -L "$sock" new-session -d -s "$sess" -x 100 -y 30 \
    "LIMBER_CONFIG_DIR='$tmp/config' LIMBER_DATA_DIR='$tmp/data' LIMBER_STATE_DIR='$tmp/state' TERM=xterm-256color '$tmp/limber' $*; echo \"EXIT=\$?\" > '$tmp/exit'; sleep 30"
}
# exited: wait for limber to exit 0.
exited() {
  for _ in $(seq 50); do [ -f "$tmp/exit" ] && break; sleep 0.1; done
  [ "$(cat "$tmp/exit" 2>/dev/null)" = "EXIT=0" ] || fail "limber exited with $(cat "$tmp/exit" 2>/dev/null || echo nothing)"
}
# has LINE TEXT...: the history line LINE holds every TEXT.
has() {
  local line
  line=$(sed -n "$1p" "$hist")
  shift
  for want in "$@"; do
    grep -qF -- "$want" <<<"$line" || fail "history record lacks $want: $line"
  done
}

# A bare 3 s hold, run to the end.
start hold 3s
wait_for "GET READY"
wait_for "Session complete" 15
wait_for "Saved to your history"
keys q
exited
[ "$(wc -l < "$hist")" -eq 1 ] || fail "history has $(wc -l < "$hist") lines after the hold, want 1"
has 1 '"kind":"hold"' '"status":"completed"' '"routine_name":"Quick hold"' \
  '"kind":"hold","set":1,"sets":1,"outcome":"done","planned_s":3,"achieved_s":3'

# A plank max test, stopped with space about 2 s into the stopwatch.
start max plank
wait_for "GET READY"
wait_for "space stops the clock" 15
sleep 2
keys Space
wait_for "first test: the time to beat"
wait_for "Saved to your history"
keys q
exited
[ "$(wc -l < "$hist")" -eq 2 ] || fail "history has $(wc -l < "$hist") lines after the test, want 2"
has 2 '"kind":"max"' '"status":"completed"' '"routine_name":"Max test · Plank"' \
  '"exercise":"plank","name":"Plank","kind":"count-up","set":1,"sets":1,"outcome":"done","achieved_s":'
secs=$(sed -n 2p "$hist" | grep -o '"achieved_s":[0-9.]*' | cut -d: -f2)
awk -v s="$secs" 'BEGIN { exit !(s >= 1.5 && s <= 4) }' || fail "the test held $secs s, want about 2"
echo "e2e-timers: the test held $secs s"
[ "$(stat -c %a "$hist")" = 600 ] || fail "history file mode $(stat -c %a "$hist"), want 600"
echo "e2e-timers: ok"
