#!/usr/bin/env bash
# Redraws docs/figures.md, the contact sheet of every built-in exercise's figure: each keyframe
# side by side, grouped by library file, with the comparison of braille, line characters and
# ASCII that chose braille. Run it after changing a figure, and read the page: a figure a
# newcomer would misread (a leg through the floor, the wrong knee bent) is easy to see there.
#
#   scripts/figures.sh [--check]     (--check: fail when docs/figures.md is out of date)
#
# No PNG: freeze v0.2.2's bundled font has no braille glyphs, so its pictures of these pages
# are boxes; the Markdown renders in any UTF-8 terminal or browser with a braille font.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/figures.md
if [ "${1:-}" = --check ]; then
  tmp=$(mktemp)
  trap 'rm -f "$tmp"' EXIT
  go run ./scripts/contactsheet -o "$tmp"
  if ! cmp -s "$tmp" "$out"; then
    echo "figures: $out is out of date; run scripts/figures.sh" >&2
    exit 1
  fi
  echo "figures: $out is up to date"
  exit 0
fi
go run ./scripts/contactsheet -o "$out"
echo "figures: wrote $out ($(grep -c '^### ' "$out") exercises)"
