#!/usr/bin/env bash
# Builds limber against Bubble Tea v2.1.1 patched to flush frames on demand
# (scripts/bubbletea-flush-on-demand.patch) and prints the binary's path, for measuring beside
# the real coach:
#
#   ALSO="ondemand=$(scripts/build-ondemand.sh)" REPS=3 bash scripts/measure.sh startup keys cpu
#
# An experiment for docs/performance.md ("What Bubble Tea would need"); limber itself does not
# use it. Needs go, git and patch; works in a temporary copy, leaving the tree alone.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)/limber-ondemand}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
bt=$(go list -m -f '{{.Dir}}' charm.land/bubbletea/v2)
case "$bt" in *@v2.1.1) ;; *) echo "build-ondemand: the patch is for Bubble Tea v2.1.1, go.mod has $bt" >&2; exit 1 ;; esac
cp -r "$bt" "$tmp/bubbletea" && chmod -R u+w "$tmp/bubbletea"
patch -s -d "$tmp/bubbletea" -p1 <scripts/bubbletea-flush-on-demand.patch
mkdir "$tmp/src" && git archive HEAD | tar -x -C "$tmp/src"
(cd "$tmp/src" && go mod edit -replace "charm.land/bubbletea/v2=$tmp/bubbletea" && go build -o "$out" ./cmd/limber)
echo "$out"
