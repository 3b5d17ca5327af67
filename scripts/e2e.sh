#!/usr/bin/env bash
# End-to-end run of the real binary in tmux, the way a person uses it: a short routine through
# the safety check, a two-sided hold, reps, a sharp-pain stop and "end the session"; then the
# history record is checked. Needs tmux; exits 0 when everything was seen.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
sock="limber-e2e-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

go build -o "$tmp/limber" ./cmd/limber
mkdir -p "$tmp/config/content" "$tmp/data"
cat > "$tmp/config/content/e2e.toml" <<'TOML'
[[routine]]
id = "e2e"
name = "End-to-end check"
get_ready = "1s"
rest = "1s"
[[routine.step]]
exercise = "knee-to-chest"
hold = "2s"
repeat = 1
[[routine.step]]
exercise = "pelvic-tilt"
reps = 20
tempo = "1s"
TOML

fail() {
  echo "e2e: FAIL: $*" >&2
  echo "---- screen ----" >&2
  tmux -L "$sock" capture-pane -p -t e2e >&2 || true
  exit 1
}
screen() { tmux -L "$sock" capture-pane -p -t e2e; }
# wait_for TEXT [SECONDS]: poll the screen until TEXT shows up.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  until screen | grep -qF -- "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "did not see \"$1\""
    sleep 0.1
  done
  echo "e2e: saw \"$1\""
}
# wait_gone TEXT [SECONDS]: poll the screen until TEXT is gone.
wait_gone() {
  local deadline=$((SECONDS + ${2:-10}))
  while screen | grep -qF -- "$1"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "\"$1\" did not go away"
    sleep 0.1
  done
  echo "e2e: \"$1\" gone"
}
keys() { tmux -L "$sock" send-keys -t e2e "$@"; }

tmux -L "$sock" new-session -d -s e2e -x 100 -y 30 \
  "LIMBER_CONFIG_DIR='$tmp/config' LIMBER_DATA_DIR='$tmp/data' LIMBER_STATE_DIR='$tmp/state' TERM=xterm-256color '$tmp/limber' run e2e; echo \"EXIT=\$?\" > '$tmp/exit'; sleep 30"

wait_for "Does any of this apply to you?"
keys n
wait_for "Does pain spread"
keys n
wait_for "Are you pregnant?"
keys n
wait_for "LEFT"
wait_for "RIGHT"
wait_for "Pelvic tilt" 15
wait_gone "Next:" # the rest before it is over: the reps are counting
keys '!'
wait_for "end the session"
keys e
wait_for "Saved to your history"
keys q
for _ in $(seq 50); do [ -f "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit" 2>/dev/null)" = "EXIT=0" ] || fail "limber exited with $(cat "$tmp/exit" 2>/dev/null || echo nothing)"

hist="$tmp/data/history.d/$(cat "$tmp/state/device").jsonl" # this machine's file of the history
[ -f "$hist" ] || fail "no history file"
[ "$(wc -l < "$hist")" -eq 1 ] || fail "history has $(wc -l < "$hist") lines, want 1"
line=$(cat "$hist")
for want in '"routine":"e2e"' '"status":"pain"' '"side":"left","set":1,"sets":1,"outcome":"done"' \
            '"side":"right","set":1,"sets":1,"outcome":"done"' '"outcome":"pain"' '"pain":[{"exercise":"pelvic-tilt"'; do
  grep -qF -- "$want" <<<"$line" || fail "history record lacks $want: $line"
done
[ "$(stat -c %a "$hist")" = 600 ] || fail "history file mode $(stat -c %a "$hist"), want 600"
echo "e2e: ok"
