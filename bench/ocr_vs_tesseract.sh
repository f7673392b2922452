#!/usr/bin/env bash
# OCR time per page: akn-ingest (preprocessing, Tesseract through its API,
# cleanup, structure, export) against the tesseract command line on the same
# image files, with the same language and one thread each
# (OMP_THREAD_LIMIT=1 for the command line; akn-ingest runs Tesseract's
# OpenMP regions on one thread itself). Median of N runs.
#
# Usage: bench/ocr_vs_tesseract.sh [RUNS] FILE...   (images or multi-page TIFFs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"; shift || true
[ $# -gt 0 ] || set -- ../shared/corpus/images/*.png fixtures/scan/sc_resolution_g4.tif
bin=build/akn-ingest
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
tess=(); akn=(); aknraw=()
for ((r = 0; r < runs; r++)); do
  tess+=("$(time_of bash -c 'for f in "$@"; do OMP_THREAD_LIMIT=1 tesseract "$f" - >/dev/null 2>&1; done' _ "$@")")
  akn+=("$(time_of "$bin" -q -j 1 --force --no-validate --out "$out/a" "$@")")
  printf '[ocr]\norientation = false\ndeskew = false\nbinarize = "never"\nremove_borders = false\ndespeckle = false\n' > "$out/raw.toml"
  aknraw+=("$(time_of "$bin" -q -j 1 --force --no-validate --config "$out/raw.toml" --out "$out/b" "$@")")
done
# Pages, as akn-ingest's report counts them.
pages=$(grep -o '"pages": *[0-9]*' "$out/a/report.json" | awk -F: '{s += $2} END {print s}')
t=$(printf '%s\n' "${tess[@]}" | median); a=$(printf '%s\n' "${akn[@]}" | median); b=$(printf '%s\n' "${aknraw[@]}" | median)
echo "files: $*"
echo "pages: $pages, runs: $runs (median)"
printf 'tesseract CLI (OMP_THREAD_LIMIT=1):           %6.2f s  %5.2f s/page\n' "$t" "$(echo "$t / $pages" | bc -l)"
printf 'akn-ingest, full pipeline:                    %6.2f s  %5.2f s/page  %.3fx\n' "$a" "$(echo "$a / $pages" | bc -l)" "$(echo "$a / $t" | bc -l)"
printf 'akn-ingest, preprocessing off:                %6.2f s  %5.2f s/page  %.3fx\n' "$b" "$(echo "$b / $pages" | bc -l)" "$(echo "$b / $t" | bc -l)"
