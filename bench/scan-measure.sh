#!/usr/bin/env bash
# Scans of known text, per failure class: renders born-digital fixtures
# (fixtures/pdf, fixtures/notes) into scans with build/akn-make-scan (300 and
# 200 dpi, skew, noise, two pages side by side as a two-column print,
# underlined titles and adoption lines as a typeset rule or typed underscores),
# converts them with akn-ingest and reads them with plain `tesseract`, and
# prints per scan:
#   - the CER of the clean body (the clean text before its "Notes" list)
#     against the true body: the body of the born-digital conversion
#     (tests/golden/fixtures/..., itself checked against fixtures-src);
#   - raw Tesseract's CER (its whole output, page by page) against the
#     same true body;
#   - the structure: preambular paragraphs, operative paragraphs and linked
#     notes of the AKN, against the born-digital AKN's ("ok" when equal).
# The scans are generated in a temporary directory, the same pixels on
# every run (seeded noise), and not kept; with SCAN_MEASURE_DIR=DIR they are
# kept in DIR, and a later run with the same DIR reads them (and raw
# Tesseract's text and time) again instead of making them.
#
# Last, the time per page of akn-ingest (one worker) and of the tesseract
# command line on the same scans, in the same session.
#
# Usage: bench/scan-measure.sh [FILTER]   (FILTER: a grep pattern on "fixture/variant")
# SCAN_MEASURE_CONFIG=FILE passes --config FILE to akn-ingest (to measure a
# step switched on or off).
# Needs: build/akn-ingest, build/akn-make-scan, build/akn-cer, tesseract (eng).
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-.}
for tool in build/akn-ingest build/akn-make-scan build/akn-cer; do
  [ -x "$tool" ] || { echo "scan-measure: build $tool first" >&2; exit 2; }
done
command -v tesseract > /dev/null || { echo "scan-measure: tesseract is missing" >&2; exit 2; }
export OMP_THREAD_LIMIT=1  # one core each, as a worker has
tmp=${SCAN_MEASURE_DIR:-$(mktemp -d)}
mkdir -p "$tmp/scans" "$tmp/raw"
[ -n "${SCAN_MEASURE_DIR:-}" ] || trap 'rm -rf "$tmp"' EXIT

# variant name -> akn-make-scan options
declare -A variant=(
  [300]="--dpi 300"
  [300g4]="--dpi 300 --binary --skew 0.6 --specks 150 --seed 3"
  [200]="--dpi 200"
  [skew]="--dpi 300 --skew 2.5"
  [noise]="--dpi 300 --grain 14 --blur 1 --shade 0.3 --specks 300 --seed 5"
  [2col]="--dpi 300 --columns 2"
  [ul300]="--dpi 300"
  [ul200]="--dpi 200"
  [ultyped300]="--dpi 300 --underline-style typed --seed 9"
  [ultyped200]="--dpi 200 --underline-style typed --seed 9"
)
# fixture -> the starts of the printed lines the ul* variants underline (its
# title, adoption line, annex and heading: what typewritten UN documents
# underline)
declare -A underlined=(
  [pdf/sc_resolution]="Resolution 2999|Adopted by|Annex|Ceasefire"
  [pdf/ga_three_pages]="Resolution adopted by|80/902.|organizations in the field"
)
# fixture (its PDF and golden under fixtures/ and tests/golden/fixtures/) -> variants
cases=(
  "pdf/sc_resolution 300 300g4 200 skew noise 2col ul300 ul200 ultyped300 ultyped200"
  "pdf/ga_two_pages 300 200 2col"
  "pdf/ga_three_pages 300 200 skew noise ul300 ultyped200"
  "pdf/ga_four_pages 300"
  "pdf/ga_parts 300 200"
  "notes/ga_one_note_per_page-writer 300 200"
  "notes/ga_notes_run_over-latex 300 200"
)

structure() {  # preambular/operative/notes of an AKN file
  local p o n
  p=$(grep -oE 'eId="preamble__container_[0-9]+"' "$1" | wc -l)
  o=$(grep -oE 'eId="para_[0-9]+"' "$1" | wc -l)
  n=$(grep -o '<authorialNote' "$1" | wc -l)
  echo "P$p O$o N$n"
}

names=()
for c in "${cases[@]}"; do
  read -r fixture vs <<< "$c"
  for v in $vs; do
    name="$(basename "$fixture")-$v"
    grep -q -- "$filter" <<< "$fixture/$v" || continue
    underline=()
    [[ $v != ul* ]] || underline=(--underline "${underlined[$fixture]}")
    names+=("$fixture/$v")
    [ ! -f "$tmp/raw/$name.seconds" ] || continue  # kept from an earlier run in SCAN_MEASURE_DIR
    # shellcheck disable=SC2086
    build/akn-make-scan ${variant[$v]} "${underline[@]}" "fixtures/$fixture.pdf" "$tmp/scans/$name.tif"
    start=$(date +%s.%N)
    tesseract "$tmp/scans/$name.tif" "$tmp/raw/$name" -l eng > /dev/null 2>&1
    echo "$(date +%s.%N) - $start" | bc > "$tmp/raw/$name.seconds"
  done
done
[ "${#names[@]}" -gt 0 ] || { echo "scan-measure: nothing matches $filter" >&2; exit 2; }
config=()
[ -z "${SCAN_MEASURE_CONFIG:-}" ] || config=(--config "$SCAN_MEASURE_CONFIG")
rm -rf "$tmp/out" "$tmp/measured"
mkdir -p "$tmp/measured"
for fv in "${names[@]}"; do
  name="$(basename "${fv%/*}")-${fv##*/}"
  ln "$tmp/scans/$name.tif" "$tmp/measured/$name.tif"  # akn-ingest follows no link out of its input
done
start=$(date +%s.%N)
build/akn-ingest -q -j 1 "${config[@]}" --out "$tmp/out" "$tmp/measured" > /dev/null 2>&1 || true
ingest_seconds=$(echo "$(date +%s.%N) - $start" | bc)

printf '%-36s %8s %8s  %-14s %-14s %s\n' scan "clean%" "raw%" structure truth ok
fail=0
for fv in "${names[@]}"; do
  fixture=${fv%/*}; v=${fv##*/}; name="$(basename "$fixture")-$v"
  golden="tests/golden/fixtures/$fixture"
  if [ ! -f "$tmp/out/$name.txt" ]; then
    printf '%-36s %8s\n' "$name" failed; fail=1; continue
  fi
  clean=$(build/akn-cer --body "$golden.txt" "$tmp/out/$name.txt")
  raw=$(build/akn-cer --body "$golden.txt" "$tmp/raw/$name.txt")
  got=$(structure "$tmp/out/$name.akn.xml"); want=$(structure "$golden.akn.xml")
  ok=yes; [ "$got" = "$want" ] || { ok=NO; fail=1; }
  printf '%-36s %8s %8s  %-14s %-14s %s\n' "$name" "$clean" "$raw" "$got" "$want" "$ok"
done
pages=$(grep -oE '"pagesConverted": *[0-9]+' "$tmp/out/report.json" | grep -oE '[0-9]+$')
tess_seconds=0
for fv in "${names[@]}"; do
  name="$(basename "${fv%/*}")-${fv##*/}"
  tess_seconds=$(echo "$tess_seconds + $(cat "$tmp/raw/$name.seconds")" | bc)
done
printf 'time per page (%d pages): akn-ingest %.2f s, tesseract %.2f s\n' "$pages" \
  "$(echo "$ingest_seconds / $pages" | bc -l)" "$(echo "$tess_seconds / $pages" | bc -l)"
exit $fail
