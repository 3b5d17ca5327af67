#!/usr/bin/env bash
# report-check.sh: renders limber report's HTML in a real browser (headless Chromium) and keeps
# a PNG screenshot and a PDF, failing when the page does not render: a missing or empty output,
# a console error, or a request to the network (the report must fetch nothing).
#
#   scripts/report-check.sh [OUT_DIR]      # default: a temporary folder; prints where
#
# It builds limber, makes a sample history of seven weeks up to today (sessions, check-ins with a note that
# tries HTML injection, goals, a pain stop, a flare-up) in a temporary data folder, and runs
# limber report on it. Chromium comes from Debian's chromium package, installed when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null; then
	echo "report-check: installing chromium" >&2
	apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi

go build -o "$work/limber" ./cmd/limber
go run ./scripts/genreport "$work/data"
LIMBER_DATA_DIR="$work/data" LIMBER_CONFIG_DIR="$work/config" "$work/limber" report --since "$(date -d "48 days ago" +%F)" -o "$out/report.html"
LIMBER_DATA_DIR="$work/data" LIMBER_CONFIG_DIR="$work/config" "$work/limber" report --since "$(date -d "48 days ago" +%F)" -o "$out/report.md"

if grep -q '<script' "$out/report.html" || grep -Eq '(src|href)="?https?:' "$out/report.html"; then
	echo "report-check: the report has a script or a link out" >&2
	exit 1
fi
if grep -q '<b>the train</b>' "$out/report.html"; then
	echo "report-check: a note from the log reached the HTML unescaped" >&2
	exit 1
fi

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
	--disable-sync --no-first-run --user-data-dir="$(mktemp -d)" --hide-scrollbars --enable-logging=stderr --v=0)
url="file://$(realpath "$out/report.html")"
timeout 120 chromium "${flags[@]}" --window-size=900,2600 --screenshot="$out/report.png" "$url" 2>"$work/png.log" || true
timeout 120 chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url" 2>"$work/pdf.log" || true

fail=0
for f in report.png report.pdf; do
	if [ ! -s "$out/$f" ]; then
		echo "report-check: Chromium made no $f" >&2
		fail=1
	fi
done
if grep -Ei 'Uncaught|CONSOLE.*error|Refused to|net::ERR' "$work/png.log" "$work/pdf.log" | grep -v 'dbus\|gcm\|Fontconfig' >&2; then
	echo "report-check: the page had errors while rendering" >&2
	fail=1
fi
if [ "$(head -c 4 "$out/report.pdf" 2>/dev/null)" != "%PDF" ]; then
	echo "report-check: report.pdf is no PDF" >&2
	fail=1
fi
if command -v pdfinfo >/dev/null; then
	pdfinfo "$out/report.pdf" | grep -E '^(Pages|Page size)' || true
fi
[ "$fail" = 0 ] || exit 1
echo "report-check: ok: $out/report.html, report.md, report.png, report.pdf"
