#!/usr/bin/env bash
# Parallel page OCR of one document (issue 19, "Speed of long scans"): the
# wall time of `akn-ingest -j 2` on one PDF whose pages are all read by OCR
# (--ocr always), with the pages read in turn (ocr.page_threads = 1, as
# before) and in parallel (page_threads = 0: the jobs no other document
# uses), against the tesseract command line on each page rendered at
# 300 dpi, all with OMP_THREAD_LIMIT=1, in the same session.
#
# Usage: bench/page-threads.sh [PDF (default ../shared/corpus/scan_ocr/A_45_189-EN.pdf)]
set -euo pipefail
cd "$(dirname "$0")/.."
pdf=${1:-../shared/corpus/scan_ocr/A_45_189-EN.pdf}
bin=build/akn-ingest
[ -x "$bin" ] || { echo "build first" >&2; exit 2; }
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
cp "$pdf" "$tmp/in/"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
secs() {
  local s e
  s=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || [ $? -eq 1 ] || { echo "failed: $*" >&2; exit 1; }
  e=$(date +%s.%N)
  echo "$e - $s" | bc
}
for threads in 1 0; do
  sed "s/^page_threads = .*/page_threads = $threads/" pipeline.toml > "$tmp/p$threads.toml"
  t=$(secs "$bin" -q -j 2 --ocr always --config "$tmp/p$threads.toml" --out "$tmp/out$threads" "$tmp/in")
  printf 'akn-ingest -j 2, page_threads = %s: %s s for %s pages (%s s a page)\n' "$threads" "$t" "$pages" \
    "$(echo "scale=2; $t / $pages" | bc)"
done
cmp -s "$tmp/out1/"*.txt "$tmp/out0/"*.txt && echo "texts identical" || echo "TEXTS DIFFER"
pdftoppm -r 300 -gray "$pdf" "$tmp/page"
total=0
for image in "$tmp"/page*.pgm; do
  t=$(secs tesseract "$image" "$tmp/t")
  total=$(echo "$total + $t" | bc)
done
printf 'tesseract command line, one page after another: %s s (%s s a page)\n' "$total" "$(echo "scale=2; $total / $pages" | bc)"
