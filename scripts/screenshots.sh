#!/usr/bin/env bash
# Remakes the README's pictures from the real program, so they can be made again after any
# change: docs/run.png (the run screen of the desk break, on the seated twist's left side, in an
# 80×26 tmux window) and docs/stats.png (limber stats over a generated history, as a terminal
# shows it). Each screen is captured with tmux capture-pane -e (the text and its colours, as the
# terminal drew them) and drawn as a PNG by freeze (github.com/charmbracelet/freeze v0.2.2,
# fetched and built by go run; it is not a dependency of limber).
#
#   bash scripts/screenshots.sh            # writes docs/run.png and docs/stats.png
#
# Needs tmux, and the Go module proxy the first time (for freeze).
set -euo pipefail
cd "$(dirname "$0")/.."

freeze=(go run github.com/charmbracelet/freeze@v0.2.2)
tmp=$(mktemp -d)
sock="limber-shots-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

go build -o "$tmp/limber" ./cmd/limber
mkdir -p "$tmp/config/content" "$tmp/data"
# Safety answers of today, so the run goes straight to the routine; for the stats, a history of
# the last eleven weeks (the same every time: a fixed seed), one session in four of genhistory's
# kept, so the days differ as a person's do.
printf '{"v":2,"date":"%s","red_flags":false,"pregnant":false,"gentle_only":false}' "$(date -Iseconds)" \
  > "$tmp/data/safety.json"
go run ./scripts/genhistory -n 460 -seed 7 -o "$tmp/full.jsonl"
awk 'NR % 4 == 0' "$tmp/full.jsonl" > "$tmp/data/history.jsonl"

# start W H COMMAND: runs COMMAND in a fresh W×H tmux window, limber's folders the ones above.
start() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  tmux -L "$sock" -f /dev/null new-session -d -s shot -x "$1" -y "$2" \
    "env TERM=xterm-256color LIMBER_CONFIG_DIR='$tmp/config' LIMBER_DATA_DIR='$tmp/data' LIMBER_STATE_DIR='$tmp/state' sh -c '$3; echo __done__; exec sleep 600'"
}
screen() { tmux -L "$sock" capture-pane -p -t shot "$@"; }
# waitfor TEXT: waits until the window shows TEXT (10 s at most).
waitfor() {
  for _ in $(seq 100); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "screenshots: the window never showed \"$1\":" >&2
  screen >&2
  exit 1
}
# png NAME: draws the capture $tmp/NAME.ansi as docs/NAME.png. (freeze draws no background
# colours, so the side's block, reverse video on a terminal, shows as plain text.)
png() {
  "${freeze[@]}" --language ansi --window --padding 20,40 --output "docs/$1.png" "$tmp/$1.ansi" >/dev/null
  echo "wrote docs/$1.png"
}

# limber stats, with the command line above it, as on a terminal (accent-coloured headings).
start 80 60 "printf \"\\\$ limber stats\\n\"; '$tmp/limber' stats"
waitfor __done__
screen -e | sed '/__done__/,$d' > "$tmp/stats.ansi"
png stats

# The run screen: skip (n) to the first two-sided hold, the seated twist, and let its countdown
# run a few seconds.
start 80 26 "'$tmp/limber' run desk-break"
waitfor "Shoulder rolls"
for _ in $(seq 12); do
  screen | grep -qF "working side: your left" && break
  tmux -L "$sock" send-keys -t shot n
  sleep 0.4
done
waitfor "working side: your left"
sleep 3.3
screen -e > "$tmp/run.ansi"
png run
